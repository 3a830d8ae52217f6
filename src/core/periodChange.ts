// Change between the last two periods of a series: which way it moved, whether that is good or bad
// news by the indicator's polarity, and whether the 95% intervals rule the change out.
import { type Breakdown } from './breakdown';
import { type Comparison } from './comparison';
import { type IndicatorIndex } from './indicatorIndex';
import { type IndicatorMeta } from '../domain/indicators';
import { type Outcome } from '../stats/compare';
import { formatValue } from './format';

export interface TrendPoint {
  indicatorId: string;
  period: string;
  value: number | null;
  lower95: number | null;
  upper95: number | null;
}

/**
 * Every period of one series (and of the indicators it continues, in the same breakdown) for one area,
 * oldest first. Without a breakdown, each indicator's first (headline) one. A continued indicator without
 * that breakdown adds no points: periods of different breakdowns are never joined.
 */
export function trendPoints(index: IndicatorIndex, indicatorIds: readonly string[], areaCode: string, breakdown?: Breakdown): TrendPoint[] {
  const points: TrendPoint[] = [];
  for (const id of indicatorIds) {
    for (const period of index.periods(id, breakdown)) {
      const row = index.rows(id, period, breakdown).get(areaCode);
      if (!row) continue;
      points.push({ indicatorId: id, period, value: row.value, lower95: row.lower95, upper95: row.upper95 });
    }
  }
  return points.sort((x, y) => x.period.localeCompare(y.period));
}

export type ChangeDirection = 'worse' | 'better' | 'neither';

export interface TrendAssessment {
  previous: TrendPoint;
  latest: TrendPoint;
  change: 'rose' | 'fell' | 'unchanged';
  /** Whether the change is bad or good news, by the indicator's polarity. */
  direction: ChangeDirection;
  /** Non-overlapping 95% intervals: true; overlapping: false; null when either has no interval. */
  significant: boolean | null;
  /** "Rose from 8.1% (2019) to 12.0% (2025)" — with the significance in words where it can be tested. */
  sentence: string;
  /** "Worse than England and getting worse". */
  flag: boolean;
  flagText: string;
}

const WORSE: ReadonlySet<Outcome> = new Set<Outcome>(['worse', 'worst']);

/**
 * Compares the last two periods that have a value. "Getting worse" means the latest change is in the bad
 * direction for the indicator's polarity and is not ruled out by overlapping 95% confidence intervals.
 * The flag needs the latest value to be significantly worse than the benchmark too.
 */
export function assessTrend(
  points: readonly TrendPoint[],
  meta: IndicatorMeta,
  latestComparison: Comparison,
  benchmarkName: string | null,
): TrendAssessment | null {
  const withValues = points.filter((p): p is TrendPoint & { value: number } => p.value !== null && Number.isFinite(p.value));
  if (withValues.length < 2) return null;
  const previous = withValues[withValues.length - 2] as TrendPoint & { value: number };
  const latest = withValues[withValues.length - 1] as TrendPoint & { value: number };
  const decimals = meta.valueType === 'rank' || meta.valueType === 'count' ? 0 : 1;
  const rounded = (v: number) => Number(v.toFixed(decimals));
  const delta = rounded(latest.value) - rounded(previous.value);
  const change = delta > 0 ? 'rose' : delta < 0 ? 'fell' : 'unchanged';
  const direction: ChangeDirection =
    change === 'unchanged' || meta.polarity === 'no-judgement'
      ? 'neither'
      : (change === 'rose') === (meta.polarity === 'low-is-good')
        ? 'worse'
        : 'better';
  const hasIntervals = [previous.lower95, previous.upper95, latest.lower95, latest.upper95].every((v) => v !== null);
  const significant = !hasIntervals
    ? null
    : (latest.lower95 as number) > (previous.upper95 as number) || (latest.upper95 as number) < (previous.lower95 as number);
  const fmt = (v: number) => formatValue(v, meta);
  let sentence =
    change === 'unchanged'
      ? `Was ${fmt(latest.value)} in both ${previous.period} and ${latest.period}`
      : `${change === 'rose' ? 'Rose' : 'Fell'} from ${fmt(previous.value)} (${previous.period}) to ${fmt(latest.value)} (${latest.period})`;
  if (change !== 'unchanged' && significant === true) sentence += ', a significant change';
  if (change !== 'unchanged' && significant === false) sentence += ', within the margin of error';
  sentence += '.';
  const flag = WORSE.has(latestComparison.outcome) && direction === 'worse' && significant !== false && benchmarkName !== null;
  return {
    previous,
    latest,
    change,
    direction,
    significant,
    sentence,
    flag,
    flagText: flag ? `Worse than ${benchmarkName} and getting worse` : '',
  };
}
