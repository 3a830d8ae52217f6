// Independent reference computations used only by the tests. Exact Poisson limits are
// found here by bisection on the Poisson distribution function, a second method that
// shares nothing with the chi-square quantiles used by the engine.

/** P(X ≤ k) for X ~ Poisson(λ), by direct summation of the terms. */
export function poissonCdf(k: number, lambda: number): number {
  let term = Math.exp(-lambda);
  let sum = term;
  for (let i = 1; i <= k; i++) {
    term *= lambda / i;
    sum += term;
  }
  return sum;
}

function bisect(isAbove: (x: number) => boolean, lo: number, hi: number): number {
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (isAbove(mid)) hi = mid;
    else lo = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Exact Poisson limits for an integer count O at confidence c:
 * upper λ_U with P(X ≤ O | λ_U) = α/2; lower λ_L with P(X ≥ O | λ_L) = α/2 (0 when O = 0).
 */
export function exactPoissonByBisection(count: number, confidence: number): { lower: number; upper: number } {
  const half = (1 - confidence) / 2;
  const hi = 10 * count + 100;
  const upper = bisect((lambda) => poissonCdf(count, lambda) <= half, 0, hi);
  const lower = count === 0 ? 0 : bisect((lambda) => 1 - poissonCdf(count - 1, lambda) >= half, 0, hi);
  return { lower, upper };
}

/** Relative closeness check that also works for values near zero. */
export function relClose(actual: number, expected: number, tolerance: number): boolean {
  return Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected));
}
