// Slope and relative index of inequality (methods.md §9): population-weighted least
// squares on rank midpoints, with a seeded Monte Carlo confidence interval.
import { createRandom } from './random';
import { normalQuantile } from './quantiles';
import { isFiniteNumber, requireConfidence, requireFinite, requireNonNegative, requirePositive } from './validate';

export type SiiValueType = 'rate' | 'proportion' | 'other';

export interface SiiGroup {
  /** Population of the quantile; must be greater than 0. */
  population: number;
  /** Indicator value. Rates must be > 0; proportions strictly between 0 and 1 (not %). */
  value: number;
  /** 95% lower limit (used for the standard error when se is not given). */
  lower?: number | null;
  /** 95% upper limit. */
  upper?: number | null;
  /** Standard error on the link scale (ln for rates, logit for proportions). Overrides the limits. */
  se?: number | null;
}

export interface SiiOptions {
  valueType: SiiValueType;
  /** Fit on the link scale (ln / logit) and back-transform. Needs 95% limits. Default false. */
  transform?: boolean;
  /** Confidence level of the SII interval, in (0, 1). Default 0.95. */
  confidence?: number;
  /** Monte Carlo repetitions, at least 1000. Default 100 000. */
  repetitions?: number;
  /** Whole-number seed for the random draws. Default 1, so results are always reproducible. */
  seed?: number;
  /** Output scale; may be negative to flip the direction (RII is then inverted). Default 1. */
  multiplier?: number;
}

export interface SiiResult {
  sii: number;
  rii: number;
  intercept: number;
  lower: number;
  upper: number;
  riiLower: number;
  riiUpper: number;
}

export const SII_MINIMUM_REPETITIONS = 1000;
export const SII_DEFAULT_SEED = 1;

interface Link {
  g(y: number): number;
  inverse(eta: number): number;
}

const LINKS: Record<SiiValueType, Link> = {
  other: { g: (y) => y, inverse: (eta) => eta },
  rate: { g: (y) => Math.log(y), inverse: (eta) => Math.exp(eta) },
  proportion: { g: (y) => Math.log(y / (1 - y)), inverse: (eta) => 1 / (1 + Math.exp(-eta)) },
};

/** Round half to even, as R's round() does (IEC 60559). */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * 1-based ranks of the Monte Carlo percentiles: round(R(1−c')) and round(R·c') with
 * c' = c + (1−c)/2 (R = 100 000 at 95% gives 2 500 and 97 500). Clamped to 1..R.
 */
export function percentileRanks(repetitions: number, confidence: number): { lower: number; upper: number } {
  const cPrime = confidence + (1 - confidence) / 2;
  const clamp = (k: number) => Math.min(repetitions, Math.max(1, k));
  return {
    lower: clamp(roundHalfEven(repetitions * (1 - cPrime))),
    upper: clamp(roundHalfEven(repetitions * cPrime)),
  };
}

/** Rank midpoints b_j and population shares a_j (quantiles ordered most to least deprived). */
export function rankMidpoints(populations: readonly number[]): { a: number[]; b: number[] } {
  const total = populations.reduce((s, p) => s + p, 0);
  const a = populations.map((p) => p / total);
  const b: number[] = [];
  let cumulative = 0;
  for (const share of a) {
    b.push(cumulative + share / 2);
    cumulative += share;
  }
  return { a, b };
}

/**
 * The 2×K hat matrix H = (XᵀX)⁻¹Xᵀ for X = [√a, b√a], so that [β₀, β₁] = H·(√a ∘ y).
 * Returned already multiplied by √a, so [β₀, β₁] = Σ_j h_j·y_j.
 */
function fitWeights(a: readonly number[], b: readonly number[]): { h0: Float64Array; h1: Float64Array } {
  let s00 = 0;
  let s01 = 0;
  let s11 = 0;
  a.forEach((aj, j) => {
    const bj = b[j] ?? 0;
    s00 += aj;
    s01 += aj * bj;
    s11 += aj * bj * bj;
  });
  const det = s00 * s11 - s01 * s01;
  if (!(det > 0)) throw new RangeError('The quantile populations do not give distinct ranks, so no slope can be fitted.');
  const k = a.length;
  const h0 = new Float64Array(k);
  const h1 = new Float64Array(k);
  a.forEach((aj, j) => {
    const bj = b[j] ?? 0;
    // Row j of X is √a_j·(1, b_j); (XᵀX)⁻¹Xᵀ column j times √a_j gives a_j-weighted terms.
    h0[j] = (aj * (s11 - s01 * bj)) / det;
    h1[j] = (aj * (s00 * bj - s01)) / det;
  });
  return { h0, h1 };
}

function fit(h0: Float64Array, h1: Float64Array, y: ArrayLike<number>): [number, number] {
  let b0 = 0;
  let b1 = 0;
  for (let j = 0; j < h0.length; j++) {
    const yj = y[j] ?? 0;
    b0 += (h0[j] ?? 0) * yj;
    b1 += (h1[j] ?? 0) * yj;
  }
  return [b0, b1];
}

function validateGroups(groups: readonly SiiGroup[], valueType: SiiValueType, transform: boolean): void {
  if (!Array.isArray(groups)) throw new RangeError('The SII groups must be given as a list.');
  if (groups.length < 2) {
    throw new RangeError(`The slope index of inequality needs at least 2 groups (got ${groups.length}).`);
  }
  groups.forEach((grp, i) => {
    const label = `group ${i + 1}`;
    if (grp === null || typeof grp !== 'object') throw new RangeError(`The data for ${label} are missing.`);
    requirePositive(requireFinite(grp.population, `The population of ${label}`), `The population of ${label}`);
    const v = requireFinite(grp.value, `The value of ${label}`);
    checkOnScale(v, valueType, `The value of ${label}`);
    const hasSe = grp.se !== null && grp.se !== undefined;
    const hasLimits = grp.lower !== null && grp.lower !== undefined && grp.upper !== null && grp.upper !== undefined;
    if (hasSe) requireNonNegative(grp.se, `The standard error of ${label}`);
    if (transform && !hasLimits) {
      throw new RangeError(`With transform on, every group needs its 95% lower and upper limits; ${label} has none.`);
    }
    if (!hasSe && !hasLimits) {
      throw new RangeError(`Each group needs either a standard error or 95% lower and upper limits; ${label} has neither.`);
    }
    if (hasLimits) {
      const lo = requireFinite(grp.lower, `The lower limit of ${label}`);
      const hi = requireFinite(grp.upper, `The upper limit of ${label}`);
      if (lo > hi) throw new RangeError(`The lower limit of ${label} (${lo}) is above its upper limit (${hi}).`);
      if (!hasSe) {
        checkOnScale(lo, valueType, `The lower limit of ${label}`);
        checkOnScale(hi, valueType, `The upper limit of ${label}`);
      }
    }
  });
}

function checkOnScale(v: number, valueType: SiiValueType, what: string): void {
  if (valueType === 'rate' && !(v > 0)) {
    throw new RangeError(`${what} must be greater than 0 for a rate (it is log-transformed); got ${v}.`);
  }
  if (valueType === 'proportion' && !(v > 0 && v < 1)) {
    throw new RangeError(
      `${what} must be a proportion strictly between 0 and 1 (it is logit-transformed; divide percentages by 100 and use multiplier 100); got ${v}.`,
    );
  }
}

/**
 * Slope index of inequality and relative index of inequality, methods.md §9.
 * Groups are ordered from most to least deprived. Point estimates are deterministic;
 * the limits come from a seeded Monte Carlo simulation and repeat exactly for a seed.
 */
export function slopeIndexOfInequality(groups: readonly SiiGroup[], options: SiiOptions): SiiResult {
  if (options === null || typeof options !== 'object') throw new RangeError('SII options with a valueType are required.');
  const { valueType } = options;
  if (!(valueType in LINKS)) {
    throw new RangeError(`Unknown SII value type ${JSON.stringify(valueType)}; use 'rate', 'proportion' or 'other'.`);
  }
  const transform = options.transform ?? false;
  if (typeof transform !== 'boolean') throw new RangeError('The transform option must be true or false.');
  const confidence = requireConfidence(options.confidence ?? 0.95);
  const repetitions = options.repetitions ?? 100000;
  if (!Number.isSafeInteger(repetitions) || repetitions < SII_MINIMUM_REPETITIONS) {
    throw new RangeError(
      `The number of repetitions must be a whole number of at least ${SII_MINIMUM_REPETITIONS} (got ${String(repetitions)}).`,
    );
  }
  const seed = options.seed ?? SII_DEFAULT_SEED;
  const m = requireFinite(options.multiplier ?? 1, 'The multiplier');
  if (m === 0) throw new RangeError('The multiplier must not be zero.');
  validateGroups(groups, valueType, transform);

  const link = LINKS[valueType];
  const k = groups.length;
  const { a, b } = rankMidpoints(groups.map((grp) => grp.population));
  const { h0, h1 } = fitWeights(a, b);

  // Values and standard errors on the link scale. The se always uses z for 95%.
  const z95 = normalQuantile(0.975);
  const eta = new Float64Array(k);
  const se = new Float64Array(k);
  groups.forEach((grp, j) => {
    eta[j] = link.g(grp.value);
    se[j] = isFiniteNumber(grp.se)
      ? grp.se
      : (link.g(grp.upper as number) - link.g(grp.lower as number)) / (2 * z95);
  });

  // Point estimates.
  let sii: number;
  let rii: number;
  let intercept: number;
  let beta0: number;
  let beta1: number;
  if (transform) {
    [beta0, beta1] = fit(h0, h1, eta);
    const top = link.inverse(beta0 + beta1);
    const bottom = link.inverse(beta0);
    sii = m * (top - bottom);
    rii = top / bottom;
    intercept = Math.abs(m) * bottom;
  } else {
    [beta0, beta1] = fit(h0, h1, groups.map((grp) => grp.value));
    sii = m * beta1;
    rii = (beta0 + beta1) / beta0;
    intercept = beta0;
  }
  if (m < 0) rii = 1 / rii;

  // Monte Carlo: draw on the link scale, refit, collect the statistics.
  const random = createRandom(seed);
  const draws = new Float64Array(k);
  const slopes = new Float64Array(repetitions);
  const riis = transform ? null : new Float64Array(repetitions);
  for (let r = 0; r < repetitions; r++) {
    for (let j = 0; j < k; j++) {
      const d = (eta[j] ?? 0) + (se[j] ?? 0) * random.nextNormal();
      draws[j] = transform ? d : link.inverse(d);
    }
    const [b0, b1] = fit(h0, h1, draws);
    if (riis) {
      slopes[r] = m * b1;
      const ratio = (b0 + b1) / b0;
      riis[r] = m < 0 ? 1 / ratio : ratio;
    } else {
      slopes[r] = b1;
    }
  }
  slopes.sort();
  riis?.sort();
  const ranks = percentileRanks(repetitions, confidence);
  const lowSlope = slopes[ranks.lower - 1] ?? Number.NaN;
  const highSlope = slopes[ranks.upper - 1] ?? Number.NaN;

  if (riis) {
    return {
      sii,
      rii,
      intercept,
      lower: lowSlope,
      upper: highSlope,
      riiLower: riis[ranks.lower - 1] ?? Number.NaN,
      riiUpper: riis[ranks.upper - 1] ?? Number.NaN,
    };
  }

  // With transform: map each percentile slope back round the midpoint μ = β₀ + β₁/2.
  const mu = beta0 + beta1 / 2;
  const siiAt = (s: number) => m * (link.inverse(mu + s / 2) - link.inverse(mu - s / 2));
  const riiAt = (s: number) => link.inverse(mu + s / 2) / link.inverse(mu - s / 2);
  if (m < 0) {
    // Only a negative multiplier flips the direction: swap the ends and invert the RII.
    return {
      sii,
      rii,
      intercept,
      lower: siiAt(highSlope),
      upper: siiAt(lowSlope),
      riiLower: 1 / riiAt(highSlope),
      riiUpper: 1 / riiAt(lowSlope),
    };
  }
  return {
    sii,
    rii,
    intercept,
    lower: siiAt(lowSlope),
    upper: siiAt(highSlope),
    riiLower: riiAt(lowSlope),
    riiUpper: riiAt(highSlope),
  };
}
