// "York among England's authorities": the distribution of every English local authority for one
// indicator, period and sex, with York's rank, the quartiles and the quarter York falls in, and
// York's published comparison with England. Pure shaping only.
//
// METHODS
//  - Rank: 1 is the highest value. Ties share the best rank of the tie ("standard competition
//    ranking": 1, 2, 2, 4), and the page says "joint". Authorities with no value are not ranked and
//    are counted separately, never as 0.
//  - Quartiles: fiveNumberSummary() in src/stats (simple-statistics' quantile), which interpolates linearly between order statistics
//    (type 7 in R, numpy's default, as Excel's QUARTILE.INC), over the authorities with a value.
//  - Quarter: the lowest quarter holds values at or below the lower quartile; the second, values above
//    it up to the median; the third, above the median up to the upper quartile; the highest, above
//    the upper quartile. A value on a boundary goes to the lower quarter.
import type { IndicatorMeta, IndicatorRow } from '../../domain/indicators';
import { fiveNumberSummary, type FiveNumberSummary, type Outcome } from '../../stats';
import { breakdownKey, type Breakdown, breakdownWords } from '../../core/breakdown';
import { byName, byValueMissingLast } from '../../core/sortMissingLast';
import { breakdownsOf, indicatorRows } from '../../core/series';
import { displayDecimals, formatFigure, formatWithUnit, ordinal, publisherShortName, sentenceName } from '../../core/format';
import { isAuthority } from '../../core/authorityList';
import { publishedOutcome, publishedWords } from '../../core/publishedLabel';
import { sortPeriods } from '../../core/periods';

/** The method, in words, for the page. */
export const RANK_METHOD =
  'How we rank: 1 is the authority with the highest value. Authorities with the same value share a rank (shown “joint” or with “=”), and the next rank is skipped. ' +
  'Quartiles are computed over the authorities with a figure by linear interpolation (simple-statistics’ quantile, as Excel’s QUARTILE.INC); a value on a quartile goes to the lower quarter. ' +
  'Authorities with no figure are not ranked.';

// ---------------------------------------------------------------------------------------------
// Ranking and quartiles

/**
 * Ranks with ties, 1 for the highest value (standard competition ranking: 1, 2, 2, 4). Null values
 * get a null rank. Returns ranks in the input order.
 */
export function rankDescending(values: readonly (number | null)[]): (number | null)[] {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => b - a);
  const firstIndex = new Map<number, number>();
  present.forEach((v, i) => {
    if (!firstIndex.has(v)) firstIndex.set(v, i + 1);
  });
  return values.map((v) => (v === null || !Number.isFinite(v) ? null : (firstIndex.get(v) ?? null)));
}

/** How many values equal each value (for "joint 45th"). */
export function tieCounts(values: readonly (number | null)[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const v of values) if (v !== null && Number.isFinite(v)) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/** Lowest, quartiles, highest and how many authorities have a value. */
export type Quartiles = FiveNumberSummary;

/** Quartiles by linear interpolation (R type 7, simple-statistics' quantile, as Excel QUARTILE.INC); null when there are no values. */
export function quartilesOf(values: readonly (number | null)[]): Quartiles | null {
  return fiveNumberSummary(values);
}

/** 1 = lowest quarter … 4 = highest quarter; a value on a boundary goes to the lower quarter. */
export type Quarter = 1 | 2 | 3 | 4;

export function quarterOf(value: number, q: Quartiles): Quarter {
  if (value <= q.q1) return 1;
  if (value <= q.median) return 2;
  if (value <= q.q3) return 3;
  return 4;
}

export const QUARTER_WORDS: Record<Quarter, { short: string; table: string; long: string }> = {
  4: { short: 'Highest quarter', table: 'Highest', long: 'the highest quarter of authorities (the 25% with the highest values)' },
  3: { short: 'Second-highest quarter', table: '2nd highest', long: 'the second-highest quarter of authorities (above the median)' },
  2: { short: 'Second-lowest quarter', table: '2nd lowest', long: 'the second-lowest quarter of authorities (below the median)' },
  1: { short: 'Lowest quarter', table: 'Lowest', long: 'the lowest quarter of authorities (the 25% with the lowest values)' },
};

/** "York ranks 45th of 151 authorities, where 1 is the highest value." ("joint 45th" when tied). */
export function rankSentence(placeName: string, rank: number | null, tiedWith: number, ranked: number): string {
  if (rank === null) return `${placeName} has no figure for this period, so it is not ranked among the ${ranked} authorities that have one.`;
  const joint = tiedWith > 1 ? `joint ${ordinal(rank)} (with ${tiedWith - 1} other${tiedWith > 2 ? 's' : ''} on the same value)` : ordinal(rank);
  return `${placeName} ranks ${joint} of ${ranked} authorities, where 1 is the highest value.`;
}

// ---------------------------------------------------------------------------------------------
// The distribution

export interface AuthorityEntry {
  code: string;
  name: string;
  value: number | null;
  lower95: number | null;
  upper95: number | null;
  /** The publisher's label, verbatim. */
  published: string;
  outcome: Outcome;
  rank: number | null;
  /** How many authorities share this value (1 when not tied). */
  tiedWith: number;
  quarter: Quarter | null;
  isPlace: boolean;
}

export interface AuthoritiesModel {
  meta: IndicatorMeta;
  period: string;
  breakdown: Breakdown;
  /** The breakdown in words after the indicator's name ("males", "0-9 yrs"); "" for the headline. */
  breakdownText: string;
  decimals: number;
  /** Every authority with a row, highest value first, those without a value last (by name). */
  entries: AuthorityEntry[];
  /** Authorities with a value (the ones ranked and drawn). */
  ranked: number;
  /** Authorities with a row but no value. */
  missing: number;
  quartiles: Quartiles | null;
  place: AuthorityEntry | null;
  country: { code: string; name: string; value: number | null } | null;
  rankText: string;
  /** Said when the file does not hold every English authority (e.g. one region's download). */
  coverageText: string;
  quarterText: string;
  comparisonText: string;
  summary: string;
  hasIntervals: boolean;
}

/** Fewer rows than this and the file is not all of England (England has about 150 upper-tier and 300 lower-tier authorities). */
export const FULL_COVERAGE = 100;

export interface AuthoritiesInput {
  meta: IndicatorMeta;
  period: string;
  breakdown: Breakdown;
  /** Every breakdown the indicator has, so the words name only what tells this one apart. */
  breakdowns: readonly Breakdown[];
  rows: readonly IndicatorRow[];
  place: { code: string; name: string };
  country: { code: string; name: string };
}

export function buildAuthoritiesModel(input: AuthoritiesInput): AuthoritiesModel {
  const { meta, period, breakdown } = input;
  const breakdownText = breakdownWords(meta, breakdown, input.breakdowns);
  const rows = indicatorRows(input.rows, meta.id, breakdown).filter((r) => r.period === period);
  const authorityRows = rows.filter(isAuthority);
  const countryRow = rows.find((r) => r.areaCode === input.country.code) ?? null;
  const values = authorityRows.map((r) => r.value);
  const ranks = rankDescending(values);
  const ties = tieCounts(values);
  const quartiles = quartilesOf(values);
  const entries: AuthorityEntry[] = authorityRows.map((r, i) => ({
    code: r.areaCode,
    name: r.areaCode === input.place.code ? input.place.name : r.areaName,
    value: r.value,
    lower95: r.lower95,
    upper95: r.upper95,
    published: r.publishedComparison,
    outcome: publishedOutcome(r.publishedComparison),
    rank: ranks[i] ?? null,
    tiedWith: r.value === null ? 0 : (ties.get(r.value) ?? 1),
    quarter: r.value === null || quartiles === null ? null : quarterOf(r.value, quartiles),
    isPlace: r.areaCode === input.place.code,
  }));
  entries.sort(byValueMissingLast((e) => e.value, true));
  const ranked = entries.filter((e) => e.value !== null).length;
  const decimals = displayDecimals([...values, countryRow?.value ?? null], meta);
  const place = entries.find((e) => e.isPlace) ?? null;
  const country = countryRow ? { code: countryRow.areaCode, name: input.country.name, value: countryRow.value } : null;

  const rankText = rankSentence(input.place.name, place?.rank ?? null, place?.tiedWith ?? 0, ranked);
  const quarterText =
    place?.quarter && quartiles
      ? `${input.place.name} is in ${QUARTER_WORDS[place.quarter].long}. The quartiles are ${formatFigure(quartiles.q1, decimals, meta)} (lower), ${formatFigure(quartiles.median, decimals, meta)} (median) and ${formatFigure(quartiles.q3, decimals, meta)} (upper).`
      : '';
  const publisher = publisherShortName(meta);
  const comparisonText = !place
    ? ''
    : place.outcome === 'not-compared'
      ? `No comparison with ${input.country.name} is published for ${period}${place.published.trim() ? ` (the file says “${place.published.trim()}”)` : ''}.`
      : `${publishedWords(place.published, input.country.name)}, as published by ${publisher}.`;

  return {
    meta,
    period,
    breakdown,
    breakdownText,
    decimals,
    entries,
    ranked,
    missing: entries.length - ranked,
    quartiles,
    place,
    country,
    rankText,
    coverageText:
      entries.length < FULL_COVERAGE
        ? `Only ${entries.length} authorities are in this file, not every English authority: ranks and quarters are among these ${ranked}.`
        : '',
    quarterText,
    comparisonText,
    summary: authoritiesSummary(input.place.name, place, ranked, country, meta, period, breakdownText, decimals),
    hasIntervals: entries.some((e) => e.lower95 !== null && e.upper95 !== null),
  };
}

/**
 * "In 2017/18, hospital admissions for alcohol-related conditions in York were 724 per 100,000: 40th
 * highest of 326 authorities, in the highest quarter, and worse than England (632), as published by
 * OHID Fingertips."
 */
export function authoritiesSummary(
  placeName: string,
  place: AuthorityEntry | null,
  ranked: number,
  country: { name: string; value: number | null } | null,
  meta: IndicatorMeta,
  period: string,
  /** The breakdown in words (breakdownWords), "" for the headline. */
  who: string,
  decimals: number,
): string {
  const subject = `${placeName}’s figure for ${sentenceName(meta)}${who ? ` (${who})` : ''}`;
  if (!place || place.value === null || place.rank === null) {
    return `In ${period} there is no figure for ${sentenceName(meta)}${who ? ` (${who})` : ''} in ${placeName}; ${ranked} authorities have one.`;
  }
  const rank = `${place.tiedWith > 1 ? 'joint ' : ''}${ordinal(place.rank)} highest of ${ranked} authorities`;
  const quarter = place.quarter ? `, in the ${QUARTER_WORDS[place.quarter].short.toLowerCase()}` : '';
  const countryValue = country?.value !== null && country?.value !== undefined ? ` (${formatWithUnit(country.value, decimals, meta)})` : '';
  const countryName = country?.name ?? 'England';
  const compared =
    place.outcome === 'not-compared'
      ? `; ${countryName}: ${country?.value !== null && country?.value !== undefined ? formatWithUnit(country.value, decimals, meta) : 'no figure'}`
      : `, and ${publishedWords(place.published, countryName).replace(/^./, (c) => c.toLowerCase())}${countryValue}, as published by ${publisherShortName(meta)}`;
  return `In ${period}, ${subject} was ${formatWithUnit(place.value, decimals, meta)}: ${rank}${quarter}${compared}.`;
}

// ---------------------------------------------------------------------------------------------
// Choices offered

/** Indicators with figures for at least `minimum` authorities in some period. */
export function authorityIndicatorIds(rows: readonly IndicatorRow[], minimum = 2): Set<string> {
  const counts = new Map<string, Set<string>>();
  for (const r of rows) {
    if (r.value === null || !isAuthority(r)) continue;
    const key = `${r.indicatorId}\u0000${breakdownKey(r)}\u0000${r.period}`;
    let set = counts.get(key);
    if (!set) counts.set(key, (set = new Set()));
    set.add(r.areaCode);
  }
  const ids = new Set<string>();
  for (const [key, set] of counts) if (set.size >= minimum) ids.add(key.split('\u0000')[0] as string);
  return ids;
}

/** The breakdowns of an indicator that have authority figures, headline-like first. */
export function authorityBreakdowns(rows: readonly IndicatorRow[], indicatorId: string): Breakdown[] {
  return breakdownsOf(
    rows.filter((r) => r.indicatorId === indicatorId && isAuthority(r) && r.value !== null),
    indicatorId,
  );
}

/** Periods of one series (indicator and breakdown) that have authority figures, oldest first. */
export function authorityPeriods(rows: readonly IndicatorRow[], indicatorId: string, breakdown: Breakdown): string[] {
  return sortPeriods(indicatorRows(rows, indicatorId, breakdown).filter((r) => isAuthority(r) && r.value !== null).map((r) => r.period));
}

/** The period asked for when it exists; otherwise the latest one with a figure for the place; otherwise the latest. */
export function choosePeriod(periods: readonly string[], wanted: string | undefined, rows: readonly IndicatorRow[], indicatorId: string, breakdown: Breakdown, placeCode: string): string | undefined {
  if (wanted !== undefined && periods.includes(wanted)) return wanted;
  const placePeriods = new Set(indicatorRows(rows, indicatorId, breakdown).filter((r) => r.areaCode === placeCode && r.value !== null).map((r) => r.period));
  for (let i = periods.length - 1; i >= 0; i--) if (placePeriods.has(periods[i] as string)) return periods[i];
  return periods[periods.length - 1];
}

export type AuthoritySortKey = 'rank' | 'name' | 'value';

/** Missing values last whichever the direction, so they are never read as the lowest. */
export function sortEntries(entries: readonly AuthorityEntry[], key: AuthoritySortKey, descending: boolean): AuthorityEntry[] {
  if (key === 'name') return [...entries].sort(byName(descending));
  return [...entries].sort(byValueMissingLast((e) => (key === 'rank' ? e.rank : e.value), descending));
}
