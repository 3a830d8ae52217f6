import { describe, expect, it } from 'vitest';
import { indirectlyStandardisedRate, indirectlyStandardisedRatio } from './index';

// Worked example (arithmetic by hand, limits checked in Python):
//   reference rates X/N = 200/100 000 = 0.002, 600/150 000 = 0.004, 900/90 000 = 0.01
//   local populations 1000, 2000, 1500
//   E = 1000·0.002 + 2000·0.004 + 1500·0.01 = 2 + 8 + 15 = 25
//   crude reference rate R = 1e5 · 1700 / 340 000 = 500 per 100 000
const reference = [
  { count: 200, population: 100000 },
  { count: 600, population: 150000 },
  { count: 900, population: 90000 },
];
const pops = [1000, 2000, 1500];

describe('indirectlyStandardisedRatio', () => {
  it('O = 12 (Byar): SMR = 12/25 = 0.48', () => {
    const local = [3, 4, 5].map((count, i) => ({ count, population: pops[i] ?? 0 }));
    const r = indirectlyStandardisedRatio(local, reference);
    expect(r.observed).toBe(12);
    expect(r.expected).toBeCloseTo(25, 12);
    expect(r.value).toBeCloseTo(0.48, 12);
    expect(r.method).toBe('byar');
    expect(r.lower).toBeCloseTo(0.24774039372316115, 12);
    expect(r.upper).toBeCloseTo(0.8385143221446679, 12);
  });

  it('O = 9 (exact χ², not suppressed): SMR = 0.36', () => {
    const local = [2, 3, 4].map((count, i) => ({ count, population: pops[i] ?? 0 }));
    const r = indirectlyStandardisedRatio(local, reference);
    expect(r.method).toBe('exact');
    expect(r.value).toBeCloseTo(0.36, 12);
    expect(r.lower).toBeCloseTo(4.115373097378328 / 25, 9);
    expect(r.upper).toBeCloseTo(17.08480345141917 / 25, 9);
  });

  it('applies the multiplier (SMR × 100)', () => {
    const local = [3, 4, 5].map((count, i) => ({ count, population: pops[i] ?? 0 }));
    const r = indirectlyStandardisedRatio(local, reference, { multiplier: 100 });
    expect(r.value).toBeCloseTo(48, 10);
    expect(r.upper).toBeCloseTo(100 * 0.8385143221446679, 9);
  });

  it('O = 0 gives SMR 0 with exact upper limit 3.68888/E', () => {
    const local = pops.map((population) => ({ count: 0, population }));
    const r = indirectlyStandardisedRatio(local, reference);
    expect(r).toMatchObject({ observed: 0, value: 0, lower: 0, method: 'exact' });
    expect(r.upper).toBeCloseTo(3.688879454113935 / 25, 10);
  });

  it('accepts the observed total instead of stratum counts', () => {
    const local = pops.map((population) => ({ count: null, population }));
    const r = indirectlyStandardisedRatio(local, reference, { observed: 12 });
    expect(r.observed).toBe(12);
    expect(r.value).toBeCloseTo(0.48, 12);
  });

  it('treats missing local counts and populations as 0', () => {
    const r = indirectlyStandardisedRatio(
      [
        { count: 12, population: 1000 },
        { count: null, population: null },
        { count: undefined, population: 1500 },
      ],
      reference,
    );
    // E = 2 + 0 + 15 = 17
    expect(r.expected).toBeCloseTo(17, 12);
    expect(r.value).toBeCloseTo(12 / 17, 12);
  });

  it('validates its input', () => {
    const local = [3, 4, 5].map((count, i) => ({ count, population: pops[i] ?? 0 }));
    expect(() => indirectlyStandardisedRatio(local.slice(0, 2), reference)).toThrow(/match one to one/);
    expect(() => indirectlyStandardisedRatio([{ count: -1, population: 10 }], [{ count: 1, population: 10 }])).toThrow(
      RangeError,
    );
    expect(() => indirectlyStandardisedRatio([{ count: 1, population: 10 }], [{ count: 1, population: 0 }])).toThrow(
      RangeError,
    );
    expect(() => indirectlyStandardisedRatio([{ count: 1, population: -10 }], [{ count: 1, population: 10 }])).toThrow(
      RangeError,
    );
    expect(() => indirectlyStandardisedRatio([{ count: 1, population: 10 }], [{ count: 0, population: 10 }])).toThrow(
      /expected number of events is zero/,
    );
    expect(() => indirectlyStandardisedRatio([], [])).toThrow(RangeError);
    expect(() => indirectlyStandardisedRatio(local, reference, { confidence: 0 })).toThrow(RangeError);
  });
});

describe('indirectlyStandardisedRate', () => {
  it('O = 12: rate = R·O/E = 500·0.48 = 240 per 100 000', () => {
    const local = [3, 4, 5].map((count, i) => ({ count, population: pops[i] ?? 0 }));
    const r = indirectlyStandardisedRate(local, reference);
    expect(r.referenceRate).toBeCloseTo(500, 10);
    expect(r.value).toBeCloseTo(240, 10);
    expect(r.lower).toBeCloseTo(123.87019686158057, 9);
    expect(r.upper).toBeCloseTo(419.257161072334, 9);
    expect(r.method).toBe('byar');
    expect(r).toMatchObject({ observed: 12 });
    expect(r.expected).toBeCloseTo(25, 12);
  });

  it('O = 9 uses the exact method (not suppressed)', () => {
    const local = [2, 3, 4].map((count, i) => ({ count, population: pops[i] ?? 0 }));
    const r = indirectlyStandardisedRate(local, reference);
    expect(r.method).toBe('exact');
    expect(r.value).toBeCloseTo(180, 10);
    expect(r.lower).toBeCloseTo(82.30746194756655, 7);
    expect(r.upper).toBeCloseTo(341.6960690283834, 7);
  });

  it('uses 99.8% limits when asked', () => {
    const local = [3, 4, 5].map((count, i) => ({ count, population: pops[i] ?? 0 }));
    const r95 = indirectlyStandardisedRate(local, reference);
    const r998 = indirectlyStandardisedRate(local, reference, { confidence: 0.998 });
    expect(r998.lower).toBeLessThan(r95.lower);
    expect(r998.upper).toBeGreaterThan(r95.upper);
    expect(r998.value).toBe(r95.value);
  });
});
