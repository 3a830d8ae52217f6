import { describe, expect, it } from 'vitest';
import { byarInterval, countInterval, crudeRate, exactPoissonInterval } from './index';
import { exactPoissonByBisection } from './test-helpers';

describe('exactPoissonInterval', () => {
  it('gives the published O = 0 upper limits: 3.68888 (95%) and 6.90776 (99.8%)', () => {
    const r95 = exactPoissonInterval(0);
    expect(r95.lower).toBe(0);
    expect(r95.upper).toBeCloseTo(3.68888, 5);
    // Closed form for O = 0: −ln(α/2).
    expect(r95.upper).toBeCloseTo(-Math.log(0.025), 12);
    const r998 = exactPoissonInterval(0, { confidence: 0.998 });
    expect(r998.lower).toBe(0);
    expect(r998.upper).toBeCloseTo(6.90776, 5);
    expect(r998.upper).toBeCloseTo(-Math.log(0.001), 12);
  });

  it('matches the classic table (Garwood) for O = 10 at 95%: 4.795, 18.390', () => {
    const r = exactPoissonInterval(10);
    expect(r.lower).toBeCloseTo(4.795, 3);
    expect(r.upper).toBeCloseTo(18.39, 3);
  });

  // Second, independent method: bisection on the Poisson distribution function.
  it.each([0, 1, 2, 5, 9, 10, 20, 57])('agrees with Poisson-CDF bisection for O = %s at 95%% and 99.8%%', (o) => {
    for (const c of [0.95, 0.998]) {
      const ref = exactPoissonByBisection(o, c);
      const r = exactPoissonInterval(o, { confidence: c });
      expect(r.lower).toBeCloseTo(ref.lower, 9);
      expect(r.upper).toBeCloseTo(ref.upper, 9);
    }
  });

  it('rejects negative or missing counts', () => {
    expect(() => exactPoissonInterval(-1)).toThrow(RangeError);
    expect(() => exactPoissonInterval(Number.NaN)).toThrow(RangeError);
    expect(() => exactPoissonInterval(3, { confidence: 1.2 })).toThrow(RangeError);
  });
});

describe('byarInterval', () => {
  // Reference values: Byar's formulas evaluated in Python with statistics.NormalDist z.
  it.each([
    [10, 0.95, 4.787449913967564, 18.391458605756473],
    [10, 0.998, 2.916318374695686, 24.19372492788055],
    [15, 0.95, 8.389264013214046, 24.74163134323925],
    [100, 0.95, 81.36210549052788, 121.6279375792065],
    [100, 0.998, 71.90369187259837, 134.94362176226318],
    [250, 0.95, 219.9668842477233, 282.98851872402724],
    [1, 0.95, 0.01307213290150435, 5.5637555824752605],
  ])('O = %s at %s', (o, c, lower, upper) => {
    const r = byarInterval(o, { confidence: c });
    expect(r.lower).not.toBeNull();
    expect(r.lower as number).toBeCloseTo(lower, 10);
    expect(r.upper).toBeCloseTo(upper, 10);
  });

  it('returns a null lower limit when the formula goes negative (O = 1 at 99.8%)', () => {
    const r = byarInterval(1, { confidence: 0.998 });
    expect(r.lower).toBeNull();
    expect(r.upper).toBeCloseTo(9.362180217908362, 10);
  });

  it('returns a null lower limit for O = 0, where the formula is undefined', () => {
    const r = byarInterval(0);
    expect(r.lower).toBeNull();
    expect(r.upper).toBeCloseTo((1 - 1 / 9 + 1.959963984540054 / 3) ** 3, 12);
  });

  it('is within 0.2% of the exact limits for O ≥ 10 at 95% (TG-CI)', () => {
    for (const o of [10, 11, 20, 50, 100, 1000]) {
      const b = byarInterval(o);
      const e = exactPoissonInterval(o);
      expect(Math.abs((b.lower as number) / e.lower - 1)).toBeLessThan(0.002);
      expect(Math.abs(b.upper / e.upper - 1)).toBeLessThan(0.002);
    }
  });

  it('rejects negative counts', () => {
    expect(() => byarInterval(-3)).toThrow(/cannot be negative/);
  });
});

describe('countInterval and crudeRate: exact below 10 events, Byar from 10', () => {
  it('uses exact limits at 9 events and Byar at 10, and says which', () => {
    const nine = countInterval(9);
    expect(nine.method).toBe('exact');
    expect(nine.lower).toBeCloseTo(4.115373097378328, 9);
    expect(nine.upper).toBeCloseTo(17.08480345141917, 9);
    const ten = countInterval(10);
    expect(ten.method).toBe('byar');
    expect(ten.lower).toBeCloseTo(4.787449913967564, 10);
    expect(ten.upper).toBeCloseTo(18.391458605756473, 10);
  });

  it('crude rate of 9 events in 12 345 people uses exact limits', () => {
    const r = crudeRate(9, 12345);
    expect(r.method).toBe('exact');
    expect(r.value).toBeCloseTo((9 / 12345) * 100000, 10);
    expect(r.lower).toBeCloseTo((4.115373097378328 / 12345) * 100000, 8);
    expect(r.upper).toBeCloseTo((17.08480345141917 / 12345) * 100000, 8);
  });

  it('crude rate of 10 events uses Byar limits', () => {
    const r = crudeRate(10, 20000, { multiplier: 1000 });
    expect(r.method).toBe('byar');
    expect(r.value).toBeCloseTo(0.5, 12);
    expect(r.lower).toBeCloseTo((4.787449913967564 / 20000) * 1000, 12);
    expect(r.upper).toBeCloseTo((18.391458605756473 / 20000) * 1000, 12);
  });

  it('crude rate with zero events has lower limit 0 and upper 3.68888/n', () => {
    const r = crudeRate(0, 5000);
    expect(r).toMatchObject({ value: 0, lower: 0, method: 'exact' });
    expect(r.upper).toBeCloseTo((3.688879454113935 / 5000) * 100000, 8);
    const r998 = crudeRate(0, 5000, { confidence: 0.998 });
    expect(r998.upper).toBeCloseTo((6.907755278982137 / 5000) * 100000, 8);
  });

  it('allows more events than person-years (250 events in 220 person-years)', () => {
    const r = crudeRate(250, 220, { multiplier: 1 });
    expect(r.method).toBe('byar');
    expect(r.value).toBeCloseTo(250 / 220, 12);
    expect(r.lower).toBeCloseTo(219.9668842477233 / 220, 12);
    expect(r.upper).toBeCloseTo(282.98851872402724 / 220, 12);
  });

  it('99.8% limits use z = 3.0902 (Byar at O = 100)', () => {
    const r = crudeRate(100, 100000, { confidence: 0.998 });
    expect(r.lower).toBeCloseTo(71.90369187259837, 9);
    expect(r.upper).toBeCloseTo(134.94362176226318, 9);
  });

  it.each([
    [-1, 100],
    [5, 0],
    [5, -100],
    [5, Number.NaN],
    [Number.NaN, 100],
    [5, null],
  ])('rejects count %s with denominator %s', (o, n) => {
    expect(() => crudeRate(o as number, n as number)).toThrow(RangeError);
  });
});
