// Change between two periods of a series: the app's one rule, used by the trends page (compareTwoPeriods,
// describeRecentChange) and by the ward profile, priorities and groups (assessTrend).
//
// THE RULE (shown on the trends page as TREND_METHOD):
//  - Direction: the change is a rise or a fall only when the two values differ at the precision shown;
//    equal when written, it is "the same", so the words never contradict the numbers.
//  - Significance: when both figures have 95% confidence intervals, the change is significant only when
//    the intervals do not overlap (significantChange in src/stats, methods.md §8.2; touching intervals
//    overlap). This is a conservative test: intervals can overlap a little even when a formal test would
//    find a difference, so "no clear change" means "not shown", not "shown to be the same". When either
//    figure has no interval, significance is not tested and the change in value is given.
//  - Meaning: a rise is worse news when low is good, better news when high is good; neither when the
//    figures are the same or the publisher makes no judgement.
import { type Breakdown } from './breakdown';
import { type Comparison } from './comparison';
import { type IndicatorIndex } from './indicatorIndex';
import { type IndicatorMeta, type Polarity } from '../domain/indicators';
import { significantChange, type Outcome } from '../stats';
import { fixedDecimals, formatNumber, formatValue, formatWithUnit } from './format';

/** One period's figure with its 95% limits: what the rule compares. */
export interface PeriodValue {
  period: string;
  value: number | null;
  lower95: number | null;
  upper95: number | null;
}

export interface TrendPoint extends PeriodValue {
  indicatorId: string;
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

/**
 * A benchmark's own change over the same series, to set beside an area's: "England: 19.9% (2019) to
 * 20.2% (2025)." Empty when the benchmark has fewer than two figures.
 */
export function benchmarkChange(points: readonly TrendPoint[], name: string, meta: IndicatorMeta): string {
  const withValues = points.filter((p): p is TrendPoint & { value: number } => p.value !== null && Number.isFinite(p.value));
  if (withValues.length < 2) return '';
  const previous = withValues[withValues.length - 2] as TrendPoint & { value: number };
  const latest = withValues[withValues.length - 1] as TrendPoint & { value: number };
  return `${name}: ${formatValue(previous.value, meta)} (${previous.period}) to ${formatValue(latest.value, meta)} (${latest.period}).`;
}

// ---------------------------------------------------------------------------------------------
// The rule

export const TREND_METHOD =
  'How we describe change: we compare the latest period with the one before it and with the period five before it. ' +
  'Where both figures have 95% confidence intervals, we call a change significant only when the two intervals do not overlap; ' +
  'when they overlap we say there is no clear change. Where the data have no intervals we give the change in value only and do not say whether it is significant.';

/** Which way a figure moved, at the precision shown. */
export type ChangeDirection = 'rise' | 'fall' | 'same';
export type ChangeSignificance = 'significant' | 'no-clear-change' | 'not-tested';
/** Whether a change is bad or good news, by the indicator's polarity. */
export type ChangeMeaning = 'worse' | 'better' | 'neither';

export interface PeriodChange<P extends PeriodValue = PeriodValue> {
  from: P;
  to: P;
  /** to − from, in the indicator's units. */
  difference: number;
  /** (to − from) / from, or null when from is 0. */
  relative: number | null;
  direction: ChangeDirection;
  /** The 95% intervals do not overlap: true; overlap: false; null when either figure has no interval. */
  significant: boolean | null;
  significance: ChangeSignificance;
  /** One sentence, e.g. "Rose significantly from 12.0% in 2019 to 15.0% in 2020 (the 95% confidence intervals do not overlap)." */
  words: string;
}

/** True when the figure has both 95% limits. */
export function hasInterval(p: PeriodValue): p is PeriodValue & { lower95: number; upper95: number } {
  return p.lower95 !== null && p.upper95 !== null && Number.isFinite(p.lower95) && Number.isFinite(p.upper95);
}

/** Bad or good news: a rise is worse when low is good; 'neither' for no change or no judgement. */
export function changeMeaning(direction: ChangeDirection, polarity: Polarity): ChangeMeaning {
  if (direction === 'same' || polarity === 'no-judgement') return 'neither';
  return (direction === 'rise') === (polarity === 'low-is-good') ? 'worse' : 'better';
}

/** Direction and significance of the change between two points that both have values (THE RULE above). */
export function compareTwoPeriods<P extends PeriodValue>(from: P, to: P, decimals: number, meta: IndicatorMeta): PeriodChange<P> {
  if (from.value === null || to.value === null) throw new Error('compareTwoPeriods needs two values');
  const difference = to.value - from.value;
  const relative = from.value === 0 ? null : difference / Math.abs(from.value);
  // Equal at the precision shown counts as no change, so the words never contradict the numbers.
  const shownSame = formatNumber(from.value, decimals) === formatNumber(to.value, decimals);
  const direction: ChangeDirection = shownSame ? 'same' : difference > 0 ? 'rise' : 'fall';
  const significant = significantChange(from, to);
  const a = `${formatWithUnit(from.value, decimals, meta)} in ${from.period}`;
  const b = `${formatWithUnit(to.value, decimals, meta)} in ${to.period}`;

  const facts = { from, to, difference, relative, direction, significant };
  if (significant !== null) {
    if (significant && direction !== 'same') {
      const verb = direction === 'rise' ? 'Rose' : 'Fell';
      return { ...facts, significance: 'significant', words: `${verb} significantly from ${a} to ${b} (the 95% confidence intervals do not overlap).` };
    }
    return { ...facts, significance: 'no-clear-change', words: `No clear change: ${a}, ${b} (the 95% confidence intervals overlap).` };
  }

  if (direction === 'same') {
    return { ...facts, significance: 'not-tested', words: `The same in ${to.period} as in ${from.period}: ${formatWithUnit(to.value, decimals, meta)}.` };
  }
  const verb = direction === 'rise' ? 'Rose' : 'Fell';
  const by = formatNumber(Math.abs(difference), decimals);
  const share = relative === null ? '' : `, ${formatNumber(Math.abs(relative) * 100, 1)}%`;
  return { ...facts, significance: 'not-tested', words: `${verb} from ${a} to ${b} (${direction === 'rise' ? 'up' : 'down'} ${by}${share}).` };
}

// ---------------------------------------------------------------------------------------------
// Recent change of a series (trends page)

export interface RecentChange<P extends PeriodValue = PeriodValue> {
  /** The latest period with a value, or null when the area has none. */
  latest: P | null;
  /** The change since the period just before the latest one. */
  sincePrevious: PeriodChange<P> | null;
  /** The change since five periods before the latest one. */
  sinceFiveEarlier: PeriodChange<P> | null;
  /** Sentences for the page, in order. */
  statements: string[];
  /** True when every comparison made used confidence intervals. */
  tested: boolean;
}

/**
 * The direction of recent change for one area's series (points oldest first, one per period): the latest
 * period with a value against the one just before it and the one five before it. Gaps in the series are
 * said, not skipped over.
 */
export function describeRecentChange<P extends PeriodValue>(points: readonly P[], meta: IndicatorMeta, decimals: number): RecentChange<P> {
  let last = -1;
  for (let i = points.length - 1; i >= 0; i--) {
    if (points[i]?.value !== null && points[i]?.value !== undefined) {
      last = i;
      break;
    }
  }
  if (last === -1) return { latest: null, sincePrevious: null, sinceFiveEarlier: null, statements: ['There are no figures to compare.'], tested: false };
  const latest = points[last] as P;
  const statements: string[] = [];
  if (last < points.length - 1) {
    statements.push(`The latest figure is for ${latest.period}: there is no figure for ${points.slice(last + 1).map((p) => p.period).join(', ')}.`);
  }
  const against = (offset: number, label: string): PeriodChange<P> | null => {
    const i = last - offset;
    if (i < 0) {
      statements.push(
        offset === 1
          ? `There is only one period, so there is no change to describe.`
          : `The series is too short for a comparison with five periods earlier (it has ${last + 1} period${last === 0 ? '' : 's'} up to ${latest.period}).`,
      );
      return null;
    }
    const earlier = points[i] as P;
    if (earlier.value === null) {
      statements.push(`${label} (${earlier.period}): there is no figure to compare with.`);
      return null;
    }
    const change = compareTwoPeriods(earlier, latest, decimals, meta);
    statements.push(`${label}: ${change.words.charAt(0).toLowerCase()}${change.words.slice(1)}`);
    return change;
  };
  const sincePrevious = against(1, 'Since the period before');
  const sinceFiveEarlier = against(5, 'Since five periods earlier');
  const made = [sincePrevious, sinceFiveEarlier].filter((c): c is PeriodChange<P> => c !== null);
  const tested = made.length > 0 && made.every((c) => c.significance !== 'not-tested');
  if (made.some((c) => c.significance === 'not-tested')) {
    statements.push('These figures have no confidence intervals, so we give the change in value only and cannot say whether it is significant.');
  }
  return { latest, sincePrevious, sinceFiveEarlier, statements, tested };
}

// ---------------------------------------------------------------------------------------------
// The latest change of a ward's indicator, with the "getting worse" flag (profile, priorities, groups)

const PAST: Record<ChangeDirection, 'rose' | 'fell' | 'unchanged'> = { rise: 'rose', fall: 'fell', same: 'unchanged' };

export interface TrendAssessment {
  previous: TrendPoint;
  latest: TrendPoint;
  change: 'rose' | 'fell' | 'unchanged';
  /** Whether the change is bad or good news, by the indicator's polarity. */
  direction: ChangeMeaning;
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
 * Compares the last two periods that have a value, at the indicator's fixed precision, by THE RULE above.
 * "Getting worse" means the latest change is in the bad direction for the indicator's polarity and is not
 * ruled out by overlapping 95% confidence intervals. The flag needs the latest value to be significantly
 * worse than the benchmark too.
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
  const measured = compareTwoPeriods(previous, latest, fixedDecimals(meta), meta);
  const change = PAST[measured.direction];
  const direction = changeMeaning(measured.direction, meta.polarity);
  const significant = measured.significant;
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
