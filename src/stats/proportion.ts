// Proportions with Wilson score limits (methods.md §2).
import { zForConfidence } from './quantiles';
import { requireConfidence, requireMultiplier, requireNonNegative, requirePositive } from './validate';

export interface ProportionOptions {
  /** Two-sided confidence level in (0, 1). Default 0.95. */
  confidence?: number;
  /** Output scale: 100 gives a percentage (the default), 1 a proportion. */
  multiplier?: number;
}

export interface Estimate {
  value: number;
  lower: number;
  upper: number;
}

/**
 * Wilson score interval for x cases out of n, without continuity correction:
 * L, U = [2x + z² ∓ z·√(z² + 4x(1 − x/n))] / [2(n + z²)], all multiplied by m.
 * x need not be an integer. L = 0 when x = 0 and U = m when x = n.
 */
export function wilsonInterval(numerator: number, denominator: number, options: ProportionOptions = {}): Estimate {
  const x = requireNonNegative(numerator, 'The numerator');
  const n = requirePositive(denominator, 'The denominator');
  if (x > n) {
    throw new RangeError(`The numerator (${x}) cannot be larger than the denominator (${n}) for a proportion.`);
  }
  const confidence = requireConfidence(options.confidence ?? 0.95);
  const m = requireMultiplier(options.multiplier ?? 100);
  const z = zForConfidence(confidence);
  const z2 = z * z;
  const root = z * Math.sqrt(z2 + 4 * x * (1 - x / n));
  const denom = 2 * (n + z2);
  // At x = 0 and x = n the formula is exactly 0 and 1; return those exactly rather
  // than a value one rounding step away.
  return {
    value: (m * x) / n,
    lower: x === 0 ? 0 : (m * (2 * x + z2 - root)) / denom,
    upper: x === n ? m : (m * (2 * x + z2 + root)) / denom,
  };
}
