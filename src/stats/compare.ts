// Comparing a value with a benchmark by "CI overlapping reference value"
// (methods.md §8.1–8.2). The direction is found first; polarity then names it.

/** Which direction is good. Same union as `Polarity` in src/ingest/types.ts. */
export type Polarity = 'high-is-good' | 'low-is-good' | 'no-judgement';

/** Every label a comparison can produce. 'best'/'worst' come only from the two-level method. */
export type Outcome = 'better' | 'similar' | 'worse' | 'higher' | 'lower' | 'best' | 'worst' | 'not-compared';

/** Labels of the single-level comparison. */
export type SingleLevelOutcome = Exclude<Outcome, 'best' | 'worst'>;

export const POLARITIES: readonly Polarity[] = Object.freeze(['high-is-good', 'low-is-good', 'no-judgement']);

type Maybe = number | null | undefined;

export interface IntervalToCompare {
  /** The area's value. Not used by the rule (only the limits are), so it may be omitted. */
  value?: Maybe;
  lower: Maybe;
  upper: Maybe;
}

export interface TwoLevelIntervalToCompare {
  value?: Maybe;
  lower95: Maybe;
  upper95: Maybe;
  lower998: Maybe;
  upper998: Maybe;
}

type Direction = 'higher' | 'similar' | 'lower';

function missing(x: Maybe): x is null | undefined {
  return x === null || x === undefined || Number.isNaN(x);
}

function requirePolarity(polarity: unknown): Polarity {
  if (!POLARITIES.includes(polarity as Polarity)) {
    throw new RangeError(
      `Unknown polarity ${JSON.stringify(polarity)}; use 'high-is-good', 'low-is-good' or 'no-judgement'.`,
    );
  }
  return polarity as Polarity;
}

function nameDirection(direction: Direction, polarity: Polarity): SingleLevelOutcome {
  if (direction === 'similar') return 'similar';
  if (polarity === 'no-judgement') return direction;
  const good = (direction === 'higher') === (polarity === 'high-is-good');
  return good ? 'better' : 'worse';
}

/**
 * Single-level comparison at whatever level the interval was computed (the caller picks
 * 95% or 99.8%): U < B → lower; L > B → higher; L ≤ B ≤ U (limits inclusive) → similar.
 * Only the benchmark's point value is used. 'not-compared' when a limit or B is missing.
 */
export function compareWithBenchmark(
  interval: IntervalToCompare,
  benchmarkValue: Maybe,
  polarity: Polarity,
): SingleLevelOutcome {
  const p = requirePolarity(polarity);
  if (interval === null || interval === undefined) return 'not-compared';
  const { lower, upper } = interval;
  if (missing(lower) || missing(upper) || missing(benchmarkValue)) return 'not-compared';
  if (lower > upper) {
    throw new RangeError(`The lower confidence limit (${lower}) is above the upper limit (${upper}).`);
  }
  const direction: Direction = upper < benchmarkValue ? 'lower' : lower > benchmarkValue ? 'higher' : 'similar';
  return nameDirection(direction, p);
}

/**
 * Two levels, five categories (Fingertips method 17): similar when B is inside the 95%
 * interval; better/worse (or higher/lower) when outside the 95% but inside the 99.8%
 * interval (limits inclusive); best/worst beyond the 99.8% interval. With no-judgement
 * polarity the result stays 'higher'/'lower' at both levels.
 */
export function compareTwoLevels(
  interval: TwoLevelIntervalToCompare,
  benchmarkValue: Maybe,
  polarity: Polarity,
): Outcome {
  const p = requirePolarity(polarity);
  if (interval === null || interval === undefined) return 'not-compared';
  const { lower95, upper95, lower998, upper998 } = interval;
  if (missing(lower95) || missing(upper95) || missing(lower998) || missing(upper998) || missing(benchmarkValue)) {
    return 'not-compared';
  }
  if (lower95 > upper95 || lower998 > upper998) {
    throw new RangeError('A lower confidence limit is above its upper limit.');
  }
  if (lower998 > lower95 || upper998 < upper95) {
    throw new RangeError('The 99.8% interval must contain the 95% interval.');
  }
  const at95 = nameDirection(
    upper95 < benchmarkValue ? 'lower' : lower95 > benchmarkValue ? 'higher' : 'similar',
    p,
  );
  const beyond998 = upper998 < benchmarkValue || lower998 > benchmarkValue;
  if (!beyond998 || p === 'no-judgement') return at95;
  return at95 === 'better' ? 'best' : 'worst';
}
