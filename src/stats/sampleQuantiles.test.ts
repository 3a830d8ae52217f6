import { describe, expect, it } from 'vitest';
import { quantile } from 'simple-statistics';
import { fiveNumberSummary, quantileSorted } from './sampleQuantiles';
import { createRandom } from './random';

/** R's type 7 written out from its definition, to check the library against. */
function type7(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return a + (h - lo) * (b - a);
}

describe('quantileSorted: linear interpolation (R type 7, as Excel QUARTILE.INC)', () => {
  // Moved from the ward profile's spine chart tests (Excel: QUARTILE.INC({1,2,3,4},1) = 1.75, …).
  it('computes quartiles by linear interpolation (R type 7)', () => {
    expect(quantileSorted([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted([1, 2, 3, 4], 0.75)).toBe(3.25);
    expect(quantileSorted([7], 0.25)).toBe(7);
  });

  it('worked values', () => {
    // R: quantile(1:9, c(.25, .5, .75)) = 3, 5, 7 (h is a whole number: no interpolation).
    expect([0.25, 0.5, 0.75].map((p) => quantileSorted([1, 2, 3, 4, 5, 6, 7, 8, 9], p))).toEqual([3, 5, 7]);
    // R: quantile(c(3, 6, 7, 8, 8, 9, 10, 13, 15, 16, 20), c(0, .1, .9, 1)) = 3, 6, 16, 20.
    const x = [3, 6, 7, 8, 8, 9, 10, 13, 15, 16, 20];
    expect([0, 0.1, 0.9, 1].map((p) => quantileSorted(x, p))).toEqual([3, 6, 16, 20]);
  });

  it('matches the type 7 definition and simple-statistics’ quantile on random samples', () => {
    const random = createRandom(12);
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(random.nextUniform() * 40);
      const values = Array.from({ length: n }, () => Math.round(random.nextUniform() * 1000) / 10);
      const sorted = [...values].sort((a, b) => a - b);
      const ps = [0.25, 0.5, 0.75];
      const ours = ps.map((p) => quantileSorted(sorted, p));
      expect(ours).toEqual(quantile(values, ps));
      ours.forEach((q, i) => expect(q).toBeCloseTo(type7(sorted, ps[i] as number), 12));
    }
  });

  it('refuses an empty sample or a probability outside 0 to 1', () => {
    expect(() => quantileSorted([], 0.5)).toThrow(RangeError);
    expect(() => quantileSorted([1, 2], 1.5)).toThrow(RangeError);
    expect(() => quantileSorted([1, 2], Number.NaN)).toThrow(RangeError);
  });
});

describe('fiveNumberSummary', () => {
  it('gives the minimum, quartiles and maximum', () => {
    expect(fiveNumberSummary([1, 2, 3, 4, 5, 6, 7, 8, 9])).toEqual({ min: 1, q1: 3, median: 5, q3: 7, max: 9, n: 9 });
    expect(fiveNumberSummary([4, 2, 3, 1])).toEqual({ min: 1, q1: 1.75, median: 2.5, q3: 3.25, max: 4, n: 4 });
  });

  it('leaves missing values out, never as 0, and is null without values', () => {
    expect(fiveNumberSummary([4, null, 2, undefined, 3, 1, Number.NaN])).toEqual({ min: 1, q1: 1.75, median: 2.5, q3: 3.25, max: 4, n: 4 });
    expect(fiveNumberSummary([null, undefined])).toBeNull();
    expect(fiveNumberSummary([])).toBeNull();
  });
});
