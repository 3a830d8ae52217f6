// Indirect standardisation: standardised ratios (SMR) and indirectly standardised
// rates (methods.md §5). Limits come from the count rule of §3 applied to the observed
// total O: exact χ² when O < 10, Byar when O ≥ 10. The uncertainty in E is ignored.
import { countInterval, type CountMethod } from './poisson';
import { isMissing, requireConfidence, requireFinite, requireMultiplier, requireNonEmptyArray, requireNonNegative, requirePositive } from './validate';

export interface LocalStratum {
  /** Local events. Missing (null/undefined/NaN) is treated as 0, as PHE does. */
  count: number | null | undefined;
  /** Local population. Missing is treated as 0 (the stratum then adds nothing to E). */
  population: number | null | undefined;
}

export interface ReferenceStratum {
  /** Reference (e.g. England) events. Missing is treated as 0. */
  count: number | null | undefined;
  /** Reference population: must be present and greater than 0 (it is a divisor). */
  population: number;
}

export interface IndirectOptions {
  /** Two-sided confidence level in (0, 1). Default 0.95. */
  confidence?: number;
  /** Ratio: k (1 for a ratio, 100 for "SMR × 100"). Rate: m (default 100 000). */
  multiplier?: number;
  /** The observed total O, when it is known as a total rather than by stratum. */
  observed?: number;
}

export interface IndirectRatioResult {
  observed: number;
  expected: number;
  value: number;
  lower: number;
  upper: number;
  method: CountMethod;
}

export interface IndirectRateResult extends IndirectRatioResult {
  /** Crude reference rate R = m·ΣX/ΣN. */
  referenceRate: number;
}

interface Totals {
  observed: number;
  expected: number;
  referenceEvents: number;
  referencePopulation: number;
}

function totals(
  bands: readonly LocalStratum[],
  reference: readonly ReferenceStratum[],
  observedTotal: number | undefined,
): Totals {
  requireNonEmptyArray(bands, 'The local strata');
  requireNonEmptyArray(reference, 'The reference strata');
  if (bands.length !== reference.length) {
    throw new RangeError(
      `${bands.length} local strata and ${reference.length} reference strata were given; they must match one to one.`,
    );
  }
  let observed = 0;
  let expected = 0;
  let referenceEvents = 0;
  let referencePopulation = 0;
  bands.forEach((b, i) => {
    const r = reference[i];
    const x = isMissing(b?.count) ? 0 : requireNonNegative(b.count, `The local count in stratum ${i + 1}`);
    const n = isMissing(b?.population) ? 0 : requireNonNegative(b.population, `The local population in stratum ${i + 1}`);
    const bigX = isMissing(r?.count) ? 0 : requireNonNegative(r?.count, `The reference count in stratum ${i + 1}`);
    const bigN = requirePositive(
      requireFinite(r?.population, `The reference population in stratum ${i + 1}`),
      `The reference population in stratum ${i + 1}`,
    );
    observed += x;
    expected += (n * bigX) / bigN;
    referenceEvents += bigX;
    referencePopulation += bigN;
  });
  if (observedTotal !== undefined) observed = requireNonNegative(observedTotal, 'The observed total');
  if (!(expected > 0)) {
    throw new RangeError(
      'The expected number of events is zero (no local population in strata where the reference had events), so no ratio can be formed.',
    );
  }
  return { observed, expected, referenceEvents, referencePopulation };
}

/**
 * Indirectly standardised ratio (SMR): k·O/E with E = Σ nᵢXᵢ/Nᵢ and limits k·O_L/E, k·O_U/E.
 * Default multiplier k = 1 (a ratio); use 100 for "SMR × 100". Not suppressed for small O.
 */
export function indirectlyStandardisedRatio(
  bands: readonly LocalStratum[],
  reference: readonly ReferenceStratum[],
  options: IndirectOptions = {},
): IndirectRatioResult {
  const confidence = requireConfidence(options.confidence ?? 0.95);
  const k = requireMultiplier(options.multiplier ?? 1);
  const { observed, expected } = totals(bands, reference, options.observed);
  const limits = countInterval(observed, { confidence });
  return {
    observed,
    expected,
    value: (k * observed) / expected,
    lower: (k * limits.lower) / expected,
    upper: (k * limits.upper) / expected,
    method: limits.method,
  };
}

/**
 * Indirectly standardised rate: R·O/E, where R = m·ΣXᵢ/ΣNᵢ is the crude reference rate;
 * limits R·O_L/E and R·O_U/E. Default m = 100 000.
 */
export function indirectlyStandardisedRate(
  bands: readonly LocalStratum[],
  reference: readonly ReferenceStratum[],
  options: IndirectOptions = {},
): IndirectRateResult {
  const confidence = requireConfidence(options.confidence ?? 0.95);
  const m = requireMultiplier(options.multiplier ?? 100000);
  const { observed, expected, referenceEvents, referencePopulation } = totals(bands, reference, options.observed);
  const referenceRate = (m * referenceEvents) / referencePopulation;
  const limits = countInterval(observed, { confidence });
  return {
    observed,
    expected,
    referenceRate,
    value: (referenceRate * observed) / expected,
    lower: (referenceRate * limits.lower) / expected,
    upper: (referenceRate * limits.upper) / expected,
    method: limits.method,
  };
}
