// Directly standardised rates by the Dobson method with Byar limits (methods.md §4),
// and the 2013 European Standard Population in PHE's 19-band form.
import { byarInterval } from './poisson';
import { isMissing, requireConfidence, requireFinite, requireMultiplier, requireNonEmptyArray, requireNonNegative, requirePositive } from './validate';

export interface StandardPopulationBand {
  readonly band: string;
  readonly weight: number;
}

/**
 * European Standard Population 2013 as PHE uses it: Eurostat's 0 and 1–4 merged into
 * 0–4, and 90–94 and 95+ merged into 90+, giving 19 five-year bands summing to 100 000.
 */
export const ESP2013: readonly StandardPopulationBand[] = Object.freeze(
  (
    [
      ['0-4', 5000],
      ['5-9', 5500],
      ['10-14', 5500],
      ['15-19', 5500],
      ['20-24', 6000],
      ['25-29', 6000],
      ['30-34', 6500],
      ['35-39', 7000],
      ['40-44', 7000],
      ['45-49', 7000],
      ['50-54', 7000],
      ['55-59', 6500],
      ['60-64', 6000],
      ['65-69', 5500],
      ['70-74', 5000],
      ['75-79', 4000],
      ['80-84', 2500],
      ['85-89', 1500],
      ['90+', 1000],
    ] as const
  ).map(([band, weight]) => Object.freeze({ band, weight })),
);

/** The ESP2013 weights alone, in band order (0–4 first, 90+ last). */
export const ESP2013_WEIGHTS: readonly number[] = Object.freeze(ESP2013.map((b) => b.weight));

/** The ESP2013 band labels, in the same order as the weights. */
export const ESP2013_BANDS: readonly string[] = Object.freeze(ESP2013.map((b) => b.band));

export interface StratumCount {
  /** Events in the stratum. A missing count (null/undefined) is treated as 0, as PHE does. */
  count: number | null | undefined;
  /** Population (or person-years) of the stratum; must be present and greater than 0. */
  population: number;
}

export interface DsrOptions {
  /** Two-sided confidence level in (0, 1). Default 0.95. */
  confidence?: number;
  /** Output scale. Default 100 000 (rate per 100 000). */
  multiplier?: number;
  /**
   * Standard-population weights, one per band, in the same order as the bands.
   * Either plain numbers or {band, weight} objects. Default ESP2013 (19 bands).
   */
  standardPopulation?: readonly number[] | readonly StandardPopulationBand[];
}

export type DsrResult =
  | { value: number; lower: number; upper: number; count: number; suppressed: false }
  | { value: null; lower: null; upper: null; count: number; suppressed: true };

/** Totals below this are suppressed: PHE does not publish a DSR for fewer than 10 events. */
export const DSR_MINIMUM_EVENTS = 10;

function weightsOf(standard: readonly number[] | readonly StandardPopulationBand[]): number[] {
  return standard.map((w: number | StandardPopulationBand, i) =>
    requireNonNegative(typeof w === 'number' ? w : w?.weight, `The standard-population weight for band ${i + 1}`),
  );
}

/**
 * Directly standardised rate (Dobson method):
 *   DSR = m·Σ(wᵢxᵢ/nᵢ)/Σwᵢ,  V = Σ(wᵢ²xᵢ/nᵢ²)/(Σwᵢ)²,  O = Σxᵢ,
 *   limits = DSR + m·√(V/O)·(O_{L,U} − O), with Byar O_L, O_U for O.
 * Weights are normalised over the bands supplied. Suppressed (nulls) when O < 10.
 */
export function directlyStandardisedRate(bands: readonly StratumCount[], options: DsrOptions = {}): DsrResult {
  requireNonEmptyArray(bands, 'The age bands');
  const confidence = requireConfidence(options.confidence ?? 0.95);
  const m = requireMultiplier(options.multiplier ?? 100000);
  const standard = options.standardPopulation;
  if (standard === undefined && bands.length !== ESP2013.length) {
    throw new RangeError(
      `${bands.length} age bands were given but the default standard population (ESP2013) has ${ESP2013.length}; pass a standardPopulation with one weight per band.`,
    );
  }
  const weights = weightsOf(standard ?? ESP2013);
  if (weights.length !== bands.length) {
    throw new RangeError(
      `The standard population has ${weights.length} weights but ${bands.length} age bands were given; they must match one to one.`,
    );
  }
  const totalWeight = weights.reduce((s, w) => s + w, 0);
  if (totalWeight <= 0) throw new RangeError('The standard-population weights must not all be zero.');

  let weightedRate = 0;
  let variance = 0;
  let observed = 0;
  bands.forEach((b, i) => {
    const x = isMissing(b?.count) ? 0 : requireNonNegative(b.count, `The count of events in band ${i + 1}`);
    const n = requirePositive(requireFinite(b?.population, `The population of band ${i + 1}`), `The population of band ${i + 1}`);
    const w = weights[i] ?? 0;
    weightedRate += (w * x) / n;
    variance += (w * w * x) / (n * n);
    observed += x;
  });

  if (observed < DSR_MINIMUM_EVENTS) {
    return { value: null, lower: null, upper: null, count: observed, suppressed: true };
  }
  const dsr = (m * weightedRate) / totalWeight;
  const v = variance / (totalWeight * totalWeight);
  const { lower: oLower, upper: oUpper } = byarInterval(observed, { confidence });
  if (oLower === null) {
    throw new RangeError(`Byar's lower limit is not defined for ${observed} events at this confidence level.`);
  }
  const scale = m * Math.sqrt(v / observed);
  return {
    value: dsr,
    lower: dsr + scale * (oLower - observed),
    upper: dsr + scale * (oUpper - observed),
    count: observed,
    suppressed: false,
  };
}
