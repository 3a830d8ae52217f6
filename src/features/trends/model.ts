// "How has York changed over time?": time series for York, England, the region and comparator
// authorities, the direction of recent change in words, and York's published comparison with England
// for each period. Pure shaping only: no React, no fetching.
//
// indicatorIndex keeps only 'Persons' rows, but several local-authority indicators are published for
// males and females only, so series here are shaped from the rows directly.
import type { IndicatorMeta, IndicatorRow } from '../../domain/indicators';
import { breakdownKey, type Breakdown, breakdownWords } from '../../core/breakdown';
import { capitalise, formatNumber, displayDecimals, formatWithUnit, publisherShortName, sentenceName } from '../../core/format';
import { breakdownsOf, indicatorRows } from '../../core/series';
import { publishedClause } from '../../core/publishedLabel';
import { sortPeriods } from '../../core/periods';
import { describeRecentChange, hasInterval, type RecentChange } from '../../core/periodChange';


// ---------------------------------------------------------------------------------------------
// Series

export interface SeriesPoint {
  period: string;
  value: number | null;
  lower95: number | null;
  upper95: number | null;
  /** The publisher's label, verbatim ("" when none). */
  published: string;
}

export type SeriesKind = 'place' | 'country' | 'region' | 'comparator';

export interface Series {
  code: string;
  name: string;
  kind: SeriesKind;
  /** One point per period of the view, in the same order; a missing period has value null. */
  points: SeriesPoint[];
  /** True when this area has at least one value. */
  hasData: boolean;
}

/** One point per period for one area: missing periods are gaps (value null), never 0. */
export function seriesPoints(rows: readonly IndicatorRow[], areaCode: string, periods: readonly string[]): SeriesPoint[] {
  const byPeriod = new Map<string, IndicatorRow>();
  for (const r of rows) if (r.areaCode === areaCode) byPeriod.set(r.period, r);
  return periods.map((period) => {
    const r = byPeriod.get(period);
    return {
      period,
      value: r?.value ?? null,
      lower95: r?.lower95 ?? null,
      upper95: r?.upper95 ?? null,
      published: r?.publishedComparison ?? '',
    };
  });
}

// ---------------------------------------------------------------------------------------------
// The direction of change, in words: core/periodChange.ts (compareTwoPeriods, describeRecentChange,
// TREND_METHOD), the rule every view uses.

// ---------------------------------------------------------------------------------------------
// The one-sentence summary

/**
 * "Hospital admissions for alcohol-related conditions in York rose from 447 per 100,000 in 2008/09,
 * better than England, to 724 per 100,000 in 2017/18, worse than England (published by OHID
 * Fingertips)." First and latest periods with a value; the comparison is the publisher's label.
 */
export function trendSummary(
  placeName: string,
  points: readonly SeriesPoint[],
  meta: IndicatorMeta,
  decimals: number,
  /** The breakdown in words ("females", "0-9 yrs"), "" for the headline (breakdownWords). */
  who: string,
  benchmarkName = 'England',
): string {
  const withValues = points.filter((p) => p.value !== null);
  const subject = `${capitalise(sentenceName(meta))}${who ? ` for ${who}` : ''} in ${placeName}`;
  const first = withValues[0];
  const last = withValues[withValues.length - 1];
  if (!first || !last) return `${subject}: there are no figures in this snapshot.`;
  const publisher = publisherShortName(meta);
  if (first === last) {
    const clause = publishedClause(last.published, benchmarkName);
    return `${subject} was ${formatWithUnit(last.value, decimals, meta)} in ${last.period}${clause ? `, ${clause}` : ''} (${clause ? 'published by' : 'source:'} ${publisher}); there is only one period, so no trend.`;
  }
  const firstText = formatNumber(first.value as number, decimals);
  const lastText = formatNumber(last.value as number, decimals);
  const c1 = publishedClause(first.published, benchmarkName);
  const c2 = publishedClause(last.published, benchmarkName);
  const source = c1 !== '' || c2 !== '' ? `published by ${publisher}` : `source: ${publisher}`;
  const end = `${formatWithUnit(last.value, decimals, meta)} in ${last.period}${c2 ? `, ${c2}` : ''}`;
  if (firstText === lastText) {
    return `${subject} was ${formatWithUnit(first.value, decimals, meta)} in ${first.period}${c1 ? `, ${c1},` : ''} and the same, ${end} (${source}).`;
  }
  const verb = (last.value as number) > (first.value as number) ? 'rose' : 'fell';
  const start = `${formatWithUnit(first.value, decimals, meta)} in ${first.period}${c1 ? `, ${c1},` : ''}`;
  return `${subject} ${verb} from ${start} to ${end} (${source}).`;
}

// ---------------------------------------------------------------------------------------------
// The whole view

export interface TrendsInput {
  indicatorId: string;
  breakdown: Breakdown;
  /** Every breakdown the indicator has, so the words name only what tells this one apart. */
  breakdowns: readonly Breakdown[];
  meta: IndicatorMeta;
  /** Rows of the snapshot (York, its region, England). */
  snapshotRows: readonly IndicatorRow[];
  /** Rows of every authority (authorities.csv), or [] while it loads. */
  authorityRows: readonly IndicatorRow[];
  place: { code: string; name: string };
  region: { code: string; name: string };
  country: { code: string; name: string };
  comparators: readonly { code: string; name: string }[];
}

export interface TrendsModel {
  meta: IndicatorMeta;
  breakdown: Breakdown;
  /** The breakdown in words after the indicator's name ("males", "0-9 yrs"); "" for the headline. */
  breakdownText: string;
  periods: string[];
  decimals: number;
  /** York first, then England, the region where present, and the comparators in the order chosen. */
  series: Series[];
  place: Series;
  country: Series | null;
  recent: RecentChange<SeriesPoint>;
  summary: string;
  hasIntervals: boolean;
  /** Comparators chosen that have no figure for this indicator and sex. */
  comparatorsWithoutData: string[];
}

export function buildTrendsModel(input: TrendsInput): TrendsModel {
  const { meta, breakdown } = input;
  const breakdownText = breakdownWords(meta, breakdown, input.breakdowns);
  const snap = indicatorRows(input.snapshotRows, input.indicatorId, breakdown);
  const comparatorCodes = new Set(input.comparators.map((c) => c.code));
  const auth = input.authorityRows.length > 0 ? indicatorRows(input.authorityRows, input.indicatorId, breakdown).filter((r) => comparatorCodes.has(r.areaCode)) : [];
  const periods = sortPeriods([...snap, ...auth].filter((r) => r.value !== null || r.publishedComparison !== '').map((r) => r.period));
  const make = (code: string, name: string, kind: SeriesKind, rows: readonly IndicatorRow[]): Series => {
    const points = seriesPoints(rows, code, periods);
    return { code, name, kind, points, hasData: points.some((p) => p.value !== null) };
  };
  const place = make(input.place.code, input.place.name, 'place', snap);
  const countrySeries = make(input.country.code, input.country.name, 'country', snap);
  const regionSeries = make(input.region.code, input.region.name, 'region', snap);
  const comparatorSeries = input.comparators
    .filter((c) => c.code !== input.place.code)
    .map((c) => make(c.code, c.name, 'comparator', auth));
  const series = [place, ...(countrySeries.hasData ? [countrySeries] : []), ...(regionSeries.hasData ? [regionSeries] : []), ...comparatorSeries.filter((s) => s.hasData)];
  const decimals = displayDecimals(
    series.flatMap((s) => s.points.map((p) => p.value)),
    meta,
  );
  return {
    meta,
    breakdown,
    breakdownText,
    periods,
    decimals,
    series,
    place,
    country: countrySeries.hasData ? countrySeries : null,
    recent: describeRecentChange(place.points, meta, decimals),
    summary: trendSummary(input.place.name, place.points, meta, decimals, breakdownText, input.country.name),
    hasIntervals: series.some((s) => s.points.some(hasInterval)),
    comparatorsWithoutData: comparatorSeries.filter((s) => !s.hasData).map((s) => s.name),
  };
}

/** Indicators with figures for the place in two or more periods of one breakdown: the ones a trend can be drawn for. */
export function trendIndicators(metas: Iterable<IndicatorMeta>, rows: readonly IndicatorRow[], placeCode: string): IndicatorMeta[] {
  const periods = new Map<string, Map<string, Set<string>>>();
  for (const r of rows) {
    if (r.areaCode !== placeCode || r.value === null) continue;
    let perBreakdown = periods.get(r.indicatorId);
    if (!perBreakdown) periods.set(r.indicatorId, (perBreakdown = new Map()));
    const key = breakdownKey(r);
    let set = perBreakdown.get(key);
    if (!set) perBreakdown.set(key, (set = new Set()));
    set.add(r.period);
  }
  const most = (id: string) => Math.max(0, ...[...(periods.get(id)?.values() ?? [])].map((set) => set.size));
  return [...metas].filter((m) => most(m.id) >= 2);
}

/** The breakdowns of an indicator a trend can be drawn for: two or more periods for the place. */
export function trendBreakdowns(rows: readonly IndicatorRow[], indicatorId: string, placeCode: string): Breakdown[] {
  const periods = new Map<string, Set<string>>();
  for (const r of rows) {
    if (r.indicatorId !== indicatorId || r.areaCode !== placeCode || r.value === null) continue;
    const key = breakdownKey(r);
    let set = periods.get(key);
    if (!set) periods.set(key, (set = new Set()));
    set.add(r.period);
  }
  return breakdownsOf(rows, indicatorId, placeCode).filter((b) => (periods.get(breakdownKey(b))?.size ?? 0) >= 2);
}

/** Comparator codes from the address bar's text ("E08000035,E06000010"), as pickComparators keeps them. */
/** The comparators asked for (the `compare` key's codes): known codes only, no duplicates, at most `max`. */
export function pickComparators(codes: readonly string[], known: ReadonlyMap<string, string>, max: number, exclude: string): string[] {
  const out: string[] = [];
  for (const code of codes) {
    if (code === '' || code === exclude || out.includes(code)) continue;
    if (known.size > 0 && !known.has(code)) continue;
    out.push(code);
    if (out.length >= max) break;
  }
  return out;
}
