// Quantile functions of the normal, chi-square and Student t distributions.
// These wrap the @stdlib packages (well-tested ports of the standard algorithms,
// accurate to about 1 ulp against R's qnorm/qchisq/qt) instead of hand-written
// approximations, so every interval rests on one well-kept numerical library.
import stdlibNormalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import stdlibChiSquareQuantile from '@stdlib/stats-base-dists-chisquare-quantile';
import stdlibTQuantile from '@stdlib/stats-base-dists-t-quantile';
import { isFiniteNumber, requireConfidence } from './validate';

function requireProbability(p: unknown): number {
  if (!isFiniteNumber(p) || p < 0 || p > 1) {
    throw new RangeError(`A probability must be a number from 0 to 1 (got ${String(p)}).`);
  }
  return p;
}

function requireDegreesOfFreedom(df: unknown): number {
  if (!isFiniteNumber(df) || df <= 0) {
    throw new RangeError(`Degrees of freedom must be a finite number greater than zero (got ${String(df)}).`);
  }
  return df;
}

/** Φ⁻¹(p): the p-quantile of the standard normal distribution (R: qnorm(p)). */
export function normalQuantile(p: number): number {
  return stdlibNormalQuantile(requireProbability(p), 0, 1);
}

/** χ²_{p;df}: the p-quantile of the chi-square distribution (R: qchisq(p, df)). */
export function chiSquareQuantile(p: number, df: number): number {
  return stdlibChiSquareQuantile(requireProbability(p), requireDegreesOfFreedom(df));
}

/** t_{p;df}: the p-quantile of Student's t distribution (R: qt(p, df)). */
export function studentTQuantile(p: number, df: number): number {
  return stdlibTQuantile(requireProbability(p), requireDegreesOfFreedom(df));
}

/**
 * Two-sided normal multiplier for a confidence level c: z = Φ⁻¹(c + (1 − c)/2),
 * written the way PHEindicatormethods writes it. z(0.95) = 1.95996…, z(0.998) = 3.09023…
 * (2.5758 is the 99% value, not 99.8%).
 */
export function zForConfidence(confidence: number): number {
  const c = requireConfidence(confidence);
  const z = normalQuantile(c + (1 - c) / 2);
  if (!Number.isFinite(z)) {
    throw new RangeError(`The confidence level ${c} is too close to 1 to give a finite interval.`);
  }
  return z;
}
