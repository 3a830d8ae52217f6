import { describe, expect, it } from 'vitest';
import { wilsonInterval } from './index';

// Reference limits computed independently in Python (standard library only) with the
// other Wilson form (p̂ + z²/2n ∓ z√(p̂(1−p̂)/n + z²/4n²)) / (1 + z²/n), z from
// statistics.NormalDist. The four Newcombe (1998, Stat Med 17:857, Table I) cases agree
// with the published 4-decimal limits: 81/263 → 0.2553–0.3662, 15/148 → 0.0624–0.1605,
// 0/20 → 0–0.1611, 1/29 → 0.0061–0.1718.
describe('wilsonInterval: worked values', () => {
  it.each([
    // x, n, confidence, value %, lower %, upper %
    [0.445, 1, 0.95, 44.5, 4.3817447720588225, 93.34621276979156],
    [81, 263, 0.95, 30.798479087452474, 25.528851987827426, 36.620957698280016],
    [15, 148, 0.95, 10.135135135135135, 6.238639953073628, 16.0487241723308],
    [0, 20, 0.95, 0, 0, 16.11251580528193],
    [1, 29, 0.95, 3.4482758620689653, 0.6113214292762661, 17.175521879320282],
    [5, 10, 0.95, 50, 23.659309051256404, 76.34069094874359],
    [65, 100, 0.998, 65, 49.54946574070448, 77.83540614089686],
    [20, 20, 0.95, 100, 83.88748419471807, 100],
  ])('%s of %s at %s', (x, n, c, value, lower, upper) => {
    const r = wilsonInterval(x, n, { confidence: c });
    expect(r.value).toBeCloseTo(value, 10);
    expect(r.lower).toBeCloseTo(lower, 10);
    expect(r.upper).toBeCloseTo(upper, 10);
  });

  it('matches Newcombe (1998) published limits to 4 dp (multiplier 1)', () => {
    const r = wilsonInterval(81, 263, { multiplier: 1 });
    expect(r.lower).toBeCloseTo(0.2553, 4);
    expect(r.upper).toBeCloseTo(0.3662, 4);
    const s = wilsonInterval(1, 29, { multiplier: 1 });
    expect(s.lower).toBeCloseTo(0.0061, 4);
    expect(s.upper).toBeCloseTo(0.1718, 4);
  });

  it('gives exactly 0 for the lower limit when x = 0 and exactly m for the upper when x = n', () => {
    const zero = wilsonInterval(0, 37);
    expect(zero.lower).toBe(0);
    expect(zero.upper).toBeGreaterThan(0);
    const all = wilsonInterval(37, 37);
    expect(all.upper).toBe(100);
    expect(all.lower).toBeLessThan(100);
    expect(wilsonInterval(37, 37, { multiplier: 1 }).upper).toBe(1);
  });

  it('defaults to a percentage at 95%', () => {
    const r = wilsonInterval(5, 10);
    expect(r.value).toBe(50);
    expect(r.lower).toBeCloseTo(23.659309051256404, 10);
  });

  it('widens at 99.8% using z = 3.0902, not the 99% z = 2.5758', () => {
    const r998 = wilsonInterval(65, 100, { confidence: 0.998 });
    const r99 = wilsonInterval(65, 100, { confidence: 0.99 });
    expect(r998.lower).toBeLessThan(r99.lower);
    expect(r998.lower).toBeCloseTo(49.54946574070448, 10);
  });
});

describe('wilsonInterval: validation', () => {
  it.each<[unknown, unknown, string]>([
    [-1, 10, 'negative numerator'],
    [11, 10, 'numerator above denominator'],
    [1, 0, 'zero denominator'],
    [1, -5, 'negative denominator'],
    [Number.NaN, 10, 'NaN numerator'],
    [1, Number.NaN, 'NaN denominator'],
    [null, 10, 'missing numerator'],
    [1, undefined, 'missing denominator'],
  ])('throws RangeError for %s / %s (%s)', (x, n) => {
    expect(() => wilsonInterval(x as number, n as number)).toThrow(RangeError);
  });
  it('explains the numerator > denominator error in plain English', () => {
    expect(() => wilsonInterval(11, 10)).toThrow(/cannot be larger than the denominator/);
  });
  it('rejects a confidence level given as a percentage or at the ends', () => {
    expect(() => wilsonInterval(1, 10, { confidence: 95 })).toThrow(RangeError);
    expect(() => wilsonInterval(1, 10, { confidence: 1 })).toThrow(RangeError);
    expect(() => wilsonInterval(1, 10, { confidence: 0 })).toThrow(RangeError);
  });
  it('rejects a zero or negative multiplier', () => {
    expect(() => wilsonInterval(1, 10, { multiplier: 0 })).toThrow(RangeError);
    expect(() => wilsonInterval(1, 10, { multiplier: -100 })).toThrow(RangeError);
  });
});
