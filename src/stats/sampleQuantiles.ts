// Quantiles of a sample (quartiles of wards or authorities), as distinct from the quantile functions of
// distributions in quantiles.ts. One method everywhere: linear interpolation between order statistics,
// R's type 7 (numpy's default, Excel's QUARTILE.INC / PERCENTILE.INC), computed by simple-statistics'
// quantileSorted: with h = (n − 1)p, Q(p) = x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎), x sorted ascending.
import { quantileSorted as ssQuantileSorted } from 'simple-statistics';
import { isFiniteNumber } from './validate';

/** Q(p) of numbers already sorted ascending, by linear interpolation (R type 7, Excel QUARTILE.INC). */
export function quantileSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('A quantile needs at least one value.');
  if (!isFiniteNumber(p) || p < 0 || p > 1) throw new RangeError(`A quantile's probability must be from 0 to 1 (got ${String(p)}).`);
  return ssQuantileSorted(sorted, p);
}

/** The spread of a sample: minimum, quartiles, maximum and how many values there were. */
export interface FiveNumberSummary {
  min: number;
  /** Lower quartile (25th percentile). */
  q1: number;
  median: number;
  /** Upper quartile (75th percentile). */
  q3: number;
  max: number;
  /** Number of values with a figure. */
  n: number;
}

/**
 * Minimum, quartiles (type 7) and maximum of the values that are finite numbers: missing values are
 * left out, never counted as 0. Null when no value is present.
 */
export function fiveNumberSummary(values: readonly (number | null | undefined)[]): FiveNumberSummary | null {
  const sorted = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return {
    min: sorted[0] as number,
    q1: quantileSorted(sorted, 0.25),
    median: quantileSorted(sorted, 0.5),
    q3: quantileSorted(sorted, 0.75),
    max: sorted[sorted.length - 1] as number,
    n: sorted.length,
  };
}
