// How one priorities finding is scored: the five criteria and their points (the method is set out at the
// top of model.ts; change it there and here together). Pure arithmetic: no React, no data.
import type { IndicatorMeta } from '../../domain/indicators';
import type { Outcome } from '../../stats';

/** Points for each criterion; their maxima add up to 100. */
export const WEIGHTS = {
  worst: 35,
  worse: 25,
  gap: 25,
  residents: 20,
  trend: 10,
  deprivation: 10,
} as const;

/** A relative gap of this size (100%: twice as bad as the benchmark) earns the full gap points. */
export const GAP_FULL_AT = 1;
/** This many residents above the benchmark's rate earn the full residents points. */
export const RESIDENTS_FULL_AT = 1000;
/** Wards in this most deprived share of the place's wards are "one of York's most deprived wards". */
export const MOST_DEPRIVED_SHARE = 1 / 5;

export interface Points {
  significance: number;
  gap: number;
  residents: number;
  trend: number;
  deprivation: number;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** Relative gap from the benchmark, positive in the bad direction. */
export function relativeGap(value: number, benchmarkValue: number, polarity: IndicatorMeta['polarity']): number | null {
  if (!(benchmarkValue > 0)) return null;
  const diff = polarity === 'high-is-good' ? benchmarkValue - value : value - benchmarkValue;
  return diff / benchmarkValue;
}

/** Residents above (or, for high-is-good, short of) the benchmark's rate. */
export function excessCount(
  count: number | null,
  denominator: number | null,
  benchmarkValue: number,
  multiplier: number | null,
  polarity: IndicatorMeta['polarity'],
): number | null {
  if (count === null || denominator === null || !(denominator > 0) || !(multiplier !== null && multiplier > 0)) return null;
  const expected = (denominator * benchmarkValue) / multiplier;
  return polarity === 'high-is-good' ? expected - count : count - expected;
}

export interface ScoreInputs {
  outcome: Outcome;
  gap: number | null;
  excess: number | null;
  gettingWorse: boolean;
  deprivationRank: number | null;
  deprivationOf: number;
}

/** The five criteria as points (see the comment at the top of this file). */
export function scoreFinding(input: ScoreInputs): { points: Points; score: number } {
  const significance = input.outcome === 'worst' ? WEIGHTS.worst : input.outcome === 'worse' ? WEIGHTS.worse : 0;
  const gap = input.gap === null ? 0 : WEIGHTS.gap * clamp01(input.gap / GAP_FULL_AT);
  const residents =
    input.excess === null || input.excess <= 0
      ? 0
      : WEIGHTS.residents * clamp01(Math.log10(1 + input.excess) / Math.log10(1 + RESIDENTS_FULL_AT));
  const trend = input.gettingWorse ? WEIGHTS.trend : 0;
  const deprivation =
    input.deprivationRank === null || input.deprivationOf < 2
      ? 0
      : (WEIGHTS.deprivation * (input.deprivationOf - input.deprivationRank)) / (input.deprivationOf - 1);
  const points = { significance, gap, residents, trend, deprivation };
  const total = significance + gap + residents + trend + deprivation;
  return { points, score: Math.round(total * 10) / 10 };
}
