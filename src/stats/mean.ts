// Means with Student t limits (methods.md §6).
import { studentTQuantile } from './quantiles';
import { requireConfidence, requireFinite } from './validate';

export interface MeanOptions {
  /** Two-sided confidence level in (0, 1). Default 0.95. */
  confidence?: number;
}

export interface MeanEstimate {
  value: number;
  lower: number;
  upper: number;
  /** Sample standard deviation (divisor n − 1). */
  sd: number;
  n: number;
}

/** v̄ ∓ t_{1−α/2; n−1}·s/√n, with s the sample standard deviation. No suppression. */
export function meanInterval(values: readonly number[], options: MeanOptions = {}): MeanEstimate {
  if (!Array.isArray(values)) throw new RangeError('The values for a mean must be given as a list of numbers.');
  if (values.length === 0) throw new RangeError('A mean needs at least one value, and its interval at least two; the list is empty.');
  if (values.length < 2) {
    throw new RangeError(`A confidence interval for a mean needs at least 2 values (got ${values.length}).`);
  }
  const confidence = requireConfidence(options.confidence ?? 0.95);
  const xs = values.map((v, i) => requireFinite(v, `Value ${i + 1} of the list`));
  const n = xs.length;
  const mean = xs.reduce((s, v) => s + v, 0) / n;
  const sumSquares = xs.reduce((s, v) => s + (v - mean) * (v - mean), 0);
  const sd = Math.sqrt(sumSquares / (n - 1));
  const halfWidth = (studentTQuantile(1 - (1 - confidence) / 2, n - 1) * sd) / Math.sqrt(n);
  return { value: mean, lower: mean - halfWidth, upper: mean + halfWidth, sd, n };
}
