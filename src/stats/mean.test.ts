import { describe, expect, it } from 'vitest';
import { meanInterval } from './index';

describe('meanInterval', () => {
  it('worked example: 2,4,4,4,5,5,7,9', () => {
    // mean 40/8 = 5; Σ(v − 5)² = 9+1+1+1+0+0+4+16 = 32; s = √(32/7) = 2.138089935299395
    // t(0.975; 7) = 2.364624251592785 (table: 2.365); half-width = t·s/√8
    const r = meanInterval([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(r.n).toBe(8);
    expect(r.value).toBe(5);
    expect(r.sd).toBeCloseTo(Math.sqrt(32 / 7), 14);
    const half = (2.364624251592785 * Math.sqrt(32 / 7)) / Math.sqrt(8);
    expect(r.lower).toBeCloseTo(5 - half, 10);
    expect(r.upper).toBeCloseTo(5 + half, 10);
    expect(r.upper - r.lower).toBeCloseTo(2 * 2.365 * 2.138089935299395 / Math.sqrt(8), 2);
  });

  it('two values use t with 1 degree of freedom (12.706)', () => {
    const r = meanInterval([1, 3]);
    // s = √2, se = 1, half-width = 12.7062…
    expect(r.value).toBe(2);
    expect(r.upper - r.value).toBeCloseTo(Math.tan(Math.PI * 0.475), 9);
  });

  it('gives a zero-width interval for identical values', () => {
    expect(meanInterval([4, 4, 4])).toEqual({ value: 4, lower: 4, upper: 4, sd: 0, n: 3 });
  });

  it('is wider at 99.8% than at 95%', () => {
    const v = [10, 12, 9, 14, 11];
    const a = meanInterval(v);
    const b = meanInterval(v, { confidence: 0.998 });
    expect(b.lower).toBeLessThan(a.lower);
    expect(b.upper).toBeGreaterThan(a.upper);
  });

  it('rejects empty lists, single values, non-numbers and bad confidence', () => {
    expect(() => meanInterval([])).toThrow(/empty/);
    expect(() => meanInterval([3])).toThrow(/at least 2/);
    expect(() => meanInterval([1, Number.NaN])).toThrow(RangeError);
    expect(() => meanInterval([1, Infinity])).toThrow(RangeError);
    expect(() => meanInterval([1, 2], { confidence: 1.5 })).toThrow(RangeError);
    expect(() => meanInterval(null as unknown as number[])).toThrow(RangeError);
  });
});
