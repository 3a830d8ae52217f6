import { describe, expect, it } from 'vitest';
import { intervalExcludes, intervalsOverlap, significantChange } from './overlap';

describe('intervalsOverlap (methods.md §8.2, double overlapping CIs)', () => {
  it('overlapping and separate intervals, either way round', () => {
    expect(intervalsOverlap({ lower: 8, upper: 12 }, { lower: 9, upper: 13 })).toBe(true);
    expect(intervalsOverlap({ lower: 9, upper: 13 }, { lower: 8, upper: 12 })).toBe(true);
    expect(intervalsOverlap({ lower: 9, upper: 11 }, { lower: 14, upper: 16 })).toBe(false);
    expect(intervalsOverlap({ lower: 14, upper: 16 }, { lower: 9, upper: 11 })).toBe(false);
    // One inside the other.
    expect(intervalsOverlap({ lower: 1, upper: 20 }, { lower: 9, upper: 11 })).toBe(true);
  });

  it('intervals that only touch overlap (inclusive ties, §11.2)', () => {
    expect(intervalsOverlap({ lower: 9, upper: 11 }, { lower: 11, upper: 13 })).toBe(true);
    expect(intervalsOverlap({ lower: 11, upper: 13 }, { lower: 9, upper: 11 })).toBe(true);
    expect(intervalsOverlap({ lower: 9, upper: 11 }, { lower: 11.000001, upper: 13 })).toBe(false);
  });

  it('a missing or non-finite limit gives null, never a guess', () => {
    expect(intervalsOverlap({ lower: null, upper: 11 }, { lower: 14, upper: 16 })).toBeNull();
    expect(intervalsOverlap({ lower: 9, upper: 11 }, { lower: 14, upper: undefined })).toBeNull();
    expect(intervalsOverlap({ lower: 9, upper: Number.NaN }, { lower: 14, upper: 16 })).toBeNull();
    expect(intervalsOverlap({ lower: 9, upper: 11 }, { lower: Number.NEGATIVE_INFINITY, upper: 16 })).toBeNull();
  });
});

describe('significantChange', () => {
  it('is significant only when the 95% intervals do not overlap (worked values)', () => {
    // 10.0 (9–11) to 15.0 (14–16): separate, a significant rise.
    expect(significantChange({ lower95: 9, upper95: 11 }, { lower95: 14, upper95: 16 })).toBe(true);
    // 20.0 (19–21) to 15.0 (14–16): separate, a significant fall.
    expect(significantChange({ lower95: 19, upper95: 21 }, { lower95: 14, upper95: 16 })).toBe(true);
    // 10.0 (8–12) to 11.0 (9–13): overlapping, no clear change.
    expect(significantChange({ lower95: 8, upper95: 12 }, { lower95: 9, upper95: 13 })).toBe(false);
  });

  it('touching intervals are not a significant change', () => {
    expect(significantChange({ lower95: 9, upper95: 11 }, { lower95: 11, upper95: 13 })).toBe(false);
    expect(significantChange({ lower95: 11, upper95: 13 }, { lower95: 9, upper95: 11 })).toBe(false);
  });

  it('cannot be judged when either figure has no interval', () => {
    expect(significantChange({ lower95: 9, upper95: 11 }, { lower95: null, upper95: null })).toBeNull();
    expect(significantChange({ lower95: null, upper95: 11 }, { lower95: 14, upper95: 16 })).toBeNull();
    expect(significantChange({ lower95: 9, upper95: 11 }, { lower95: 14, upper95: null })).toBeNull();
  });
});

describe('intervalExcludes', () => {
  it('is true only when the value lies outside the interval; a value on a limit is inside', () => {
    expect(intervalExcludes({ lower: 2.0, upper: 4.2 }, 0)).toBe(true);
    expect(intervalExcludes({ lower: -4.2, upper: -2.0 }, 0)).toBe(true);
    expect(intervalExcludes({ lower: -1.5, upper: 3.1 }, 0)).toBe(false);
    expect(intervalExcludes({ lower: 0, upper: 3.1 }, 0)).toBe(false);
    expect(intervalExcludes({ lower: -3.1, upper: 0 }, 0)).toBe(false);
  });

  it('is null when a limit is missing', () => {
    expect(intervalExcludes({ lower: null, upper: 3.1 }, 0)).toBeNull();
    expect(intervalExcludes({ lower: 1, upper: Number.NaN }, 0)).toBeNull();
  });
});
