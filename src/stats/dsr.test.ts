import { describe, expect, it } from 'vitest';
import { byarInterval, directlyStandardisedRate, ESP2013, ESP2013_WEIGHTS } from './index';

describe('ESP2013', () => {
  it('has the 19 PHE bands summing to 100 000 in order', () => {
    expect(ESP2013).toHaveLength(19);
    expect(ESP2013_WEIGHTS.reduce((s, w) => s + w, 0)).toBe(100000);
    expect(ESP2013[0]).toEqual({ band: '0-4', weight: 5000 });
    expect(ESP2013[18]).toEqual({ band: '90+', weight: 1000 });
    expect(ESP2013_WEIGHTS).toEqual([
      5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, 7000, 6500, 6000, 5500, 5000, 4000, 2500, 1500, 1000,
    ]);
  });
  it('cannot be changed by callers', () => {
    expect(Object.isFrozen(ESP2013)).toBe(true);
    expect(Object.isFrozen(ESP2013[0])).toBe(true);
  });
});

describe('directlyStandardisedRate: hand-worked example', () => {
  // Three bands, weights w = 5000, 7000, 4000 (Σw = 16 000),
  // events x = 2, 5, 8 (O = 15), populations n = 1000, 2000, 4000.
  //   Σ w·x/n = 5000·0.002 + 7000·0.0025 + 4000·0.002 = 10 + 17.5 + 8 = 35.5
  //   DSR = 100 000 · 35.5 / 16 000 = 221.875 per 100 000
  //   Σ w²·x/n² = 25e6·2/1e6 + 49e6·5/4e6 + 16e6·8/16e6 = 50 + 61.25 + 8 = 119.25
  //   V = 119.25 / 16 000² = 4.658203125e-7
  //   Byar for O = 15 at 95%: O_L = 8.389264013214046, O_U = 24.74163134323925
  //   DSR_L = 221.875 + 1e5·√(V/15)·(8.389264… − 15) = 105.37836130426709
  //   DSR_U = 221.875 + 1e5·√(V/15)·(24.741631… − 15) = 393.54534187552326
  const bands = [
    { count: 2, population: 1000 },
    { count: 5, population: 2000 },
    { count: 8, population: 4000 },
  ];
  const standardPopulation = [5000, 7000, 4000];

  it('reproduces the hand calculation', () => {
    const r = directlyStandardisedRate(bands, { standardPopulation });
    expect(r.suppressed).toBe(false);
    expect(r.count).toBe(15);
    expect(r.value).toBeCloseTo(221.875, 10);
    expect(r.lower).toBeCloseTo(105.37836130426709, 9);
    expect(r.upper).toBeCloseTo(393.54534187552326, 9);
    // The limits are DSR + m√(V/O)(O_{L,U} − O) with Byar O_L, O_U.
    const byar = byarInterval(15);
    const scale = 1e5 * Math.sqrt(4.658203125e-7 / 15);
    expect(r.lower).toBeCloseTo(221.875 + scale * ((byar.lower as number) - 15), 10);
  });

  it('uses Byar with z = 3.0902 at 99.8%', () => {
    const r = directlyStandardisedRate(bands, { standardPopulation, confidence: 0.998 });
    expect(r.lower).toBeCloseTo(58.95222778911969, 9);
    expect(r.upper).toBeCloseTo(508.9982284768928, 9);
  });

  it('accepts {band, weight} objects and scales weights (only ratios matter)', () => {
    const asObjects = standardPopulation.map((weight, i) => ({ band: `b${i}`, weight }));
    const scaled = standardPopulation.map((w) => w / 1000);
    const a = directlyStandardisedRate(bands, { standardPopulation: asObjects });
    const b = directlyStandardisedRate(bands, { standardPopulation: scaled });
    expect(a.value).toBeCloseTo(221.875, 10);
    expect(b.value).toBeCloseTo(221.875, 10);
    expect(b.upper).toBeCloseTo(393.54534187552326, 9);
  });

  it('treats a missing count as zero', () => {
    const r = directlyStandardisedRate(
      [
        { count: 10, population: 1000 },
        { count: null, population: 2000 },
      ],
      { standardPopulation: [1, 1] },
    );
    // (1·10/1000 + 1·0/2000)/2 = 0.005 → 500 per 100 000
    expect(r.value).toBeCloseTo(500, 10);
    expect(r.count).toBe(10);
  });
});

describe('directlyStandardisedRate: suppression at fewer than 10 events', () => {
  const standardPopulation = [5000, 7000, 4000];
  it('suppresses at 9 events', () => {
    const r = directlyStandardisedRate(
      [
        { count: 2, population: 1000 },
        { count: 4, population: 2000 },
        { count: 3, population: 4000 },
      ],
      { standardPopulation },
    );
    expect(r).toEqual({ value: null, lower: null, upper: null, count: 9, suppressed: true });
  });
  it('suppresses zero events', () => {
    const r = directlyStandardisedRate(
      ESP2013.map(() => ({ count: 0, population: 1000 })),
    );
    expect(r).toEqual({ value: null, lower: null, upper: null, count: 0, suppressed: true });
  });
  it('calculates at 10 events (Byar limits, not exact)', () => {
    // x = 2, 4, 4; Σ w·x/n = 10 + 14 + 4 = 28 → DSR = 1e5·28/16 000 = 175
    const r = directlyStandardisedRate(
      [
        { count: 2, population: 1000 },
        { count: 4, population: 2000 },
        { count: 4, population: 4000 },
      ],
      { standardPopulation },
    );
    expect(r.suppressed).toBe(false);
    expect(r.value).toBeCloseTo(175, 10);
    expect(r.lower).toBeCloseTo(70.44402151355818, 9);
    expect(r.upper).toBeCloseTo(343.320141000537, 9);
  });
});

describe('directlyStandardisedRate: 19 ESP2013 bands', () => {
  const counts = [1, 0, 0, 0, 1, 1, 2, 3, 4, 6, 9, 12, 18, 25, 35, 45, 50, 48, 40];
  const pops = [5200, 5400, 5300, 5600, 6100, 6500, 6900, 7000, 6800, 7200, 7400, 7100, 6500, 5900, 5200, 4100, 2700, 1500, 800];
  it('uses ESP2013 by default (values from an independent Python calculation)', () => {
    const r = directlyStandardisedRate(counts.map((count, i) => ({ count, population: pops[i] ?? 0 })));
    expect(r.count).toBe(300);
    expect(r.value).toBeCloseTo(298.9757401473151, 9);
    expect(r.lower).toBeCloseTo(265.9202753103978, 9);
    expect(r.upper).toBeCloseTo(334.98705704980193, 9);
  });
  it('equals the crude rate when every band has the same rate', () => {
    const r = directlyStandardisedRate(ESP2013.map(() => ({ count: 3, population: 1500 })));
    expect(r.value).toBeCloseTo(200, 10);
  });
  it('normalises weights over the bands supplied (an under-75 DSR)', () => {
    const under75 = ESP2013_WEIGHTS.slice(0, 15);
    const r = directlyStandardisedRate(
      under75.map(() => ({ count: 2, population: 1000 })),
      { standardPopulation: under75 },
    );
    expect(r.value).toBeCloseTo(200, 10);
  });
});

describe('directlyStandardisedRate: validation', () => {
  const ok = { count: 5, population: 100 };
  it('requires a standard population of the same length when there are not 19 bands', () => {
    expect(() => directlyStandardisedRate([ok, ok])).toThrow(RangeError);
    expect(() => directlyStandardisedRate([ok, ok], { standardPopulation: [1, 2, 3] })).toThrow(/must match/);
  });
  it.each<[unknown, string]>([
    [{ count: 5, population: 0 }, 'zero population'],
    [{ count: 5, population: -10 }, 'negative population'],
    [{ count: 5, population: Number.NaN }, 'NaN population'],
    [{ count: 5, population: null }, 'missing population'],
    [{ count: -1, population: 100 }, 'negative count'],
  ])('rejects %o (%s)', (bad) => {
    expect(() =>
      directlyStandardisedRate([ok, bad as { count: number; population: number }], { standardPopulation: [1, 1] }),
    ).toThrow(RangeError);
  });
  it('rejects negative or all-zero weights, empty bands and bad confidence', () => {
    expect(() => directlyStandardisedRate([ok, ok], { standardPopulation: [1, -1] })).toThrow(RangeError);
    expect(() => directlyStandardisedRate([ok, ok], { standardPopulation: [0, 0] })).toThrow(RangeError);
    expect(() => directlyStandardisedRate([])).toThrow(RangeError);
    expect(() => directlyStandardisedRate([ok, ok], { standardPopulation: [1, 1], confidence: 95 })).toThrow(RangeError);
  });
});
