// Counts and crude rates: Byar's approximation and exact (chi-square) Poisson limits,
// with PHE's rule "exact below 10 events, Byar from 10" (methods.md §3).
import { chiSquareQuantile, zForConfidence } from './quantiles';
import { requireConfidence, requireMultiplier, requireNonNegative, requirePositive } from './validate';

export interface ConfidenceOptions {
  /** Two-sided confidence level in (0, 1). Default 0.95. */
  confidence?: number;
}

export interface CountInterval {
  lower: number;
  upper: number;
}

export interface ByarInterval {
  /** null when Byar's lower limit is negative or undefined (O = 0), as PHEindicatormethods returns NA. */
  lower: number | null;
  upper: number;
}

/** Which limits were used for a count: exact χ² (O < 10) or Byar (O ≥ 10). */
export type CountMethod = 'exact' | 'byar';

/** Counts below this use exact limits; this many or more use Byar (methods.md §3, §11.6). */
export const EXACT_BELOW = 10;

/**
 * Byar's approximate confidence limits for an observed count O:
 * O_L = O(1 − 1/(9O) − z/(3√O))³,  O_U = (O+1)(1 − 1/(9(O+1)) + z/(3√(O+1)))³.
 */
export function byarInterval(count: number, options: ConfidenceOptions = {}): ByarInterval {
  const o = requireNonNegative(count, 'The count of events');
  const z = zForConfidence(requireConfidence(options.confidence ?? 0.95));
  const upper = (o + 1) * (1 - 1 / (9 * (o + 1)) + z / (3 * Math.sqrt(o + 1))) ** 3;
  // The lower formula is undefined at O = 0 (its limit is −∞) and can go negative for
  // very small O at high confidence; PHEindicatormethods then gives NA.
  const lower = o === 0 ? null : o * (1 - 1 / (9 * o) - z / (3 * Math.sqrt(o))) ** 3;
  return { lower: lower === null || lower < 0 ? null : lower, upper };
}

/**
 * Exact Poisson limits from the chi-square distribution:
 * O_L = ½χ²_{α/2; 2O} (0 when O = 0),  O_U = ½χ²_{1−α/2; 2O+2}.
 */
export function exactPoissonInterval(count: number, options: ConfidenceOptions = {}): CountInterval {
  const o = requireNonNegative(count, 'The count of events');
  const confidence = requireConfidence(options.confidence ?? 0.95);
  const alpha = 1 - confidence;
  return {
    lower: o === 0 ? 0 : chiSquareQuantile(alpha / 2, 2 * o) / 2,
    upper: chiSquareQuantile(1 - alpha / 2, 2 * o + 2) / 2,
  };
}

/**
 * Limits for an observed count by PHE's rule: exact when O < 10, Byar when O ≥ 10.
 * (Byar's lower limit cannot be negative for O ≥ 10 at any confidence below 1 that a
 * double can represent, so the result is always numeric.)
 */
export function countInterval(count: number, options: ConfidenceOptions = {}): CountInterval & { method: CountMethod } {
  const o = requireNonNegative(count, 'The count of events');
  if (o < EXACT_BELOW) return { ...exactPoissonInterval(o, options), method: 'exact' };
  const byar = byarInterval(o, options);
  if (byar.lower === null) {
    throw new RangeError(`Byar's lower limit is not defined for ${o} events at this confidence level.`);
  }
  return { lower: byar.lower, upper: byar.upper, method: 'byar' };
}

export interface RateOptions extends ConfidenceOptions {
  /** Output scale, e.g. 100 000 for a rate per 100 000 (the default). */
  multiplier?: number;
}

export interface RateEstimate {
  value: number;
  lower: number;
  upper: number;
  method: CountMethod;
}

/**
 * Crude rate r = m·O/n with limits m·O_L/n and m·O_U/n, where O_L, O_U are exact
 * (O < 10) or Byar (O ≥ 10). O may exceed n (events per person-year).
 */
export function crudeRate(count: number, denominator: number, options: RateOptions = {}): RateEstimate {
  const o = requireNonNegative(count, 'The count of events');
  const n = requirePositive(denominator, 'The denominator (population or person-years)');
  const m = requireMultiplier(options.multiplier ?? 100000);
  const limits = countInterval(o, options);
  return {
    value: (m * o) / n,
    lower: (m * limits.lower) / n,
    upper: (m * limits.upper) / n,
    method: limits.method,
  };
}
