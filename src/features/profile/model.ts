// The ward profile ("How is my ward doing?"): every indicator for one ward as a Fingertips-style
// spine chart, a trend flag, the age profile and the ward's neighbourhoods (LSOAs). Pure shaping only.
import type { IndicatorMeta, IndicatorRow, Polarity } from '../../domain/indicators';
import type { Place } from '../../domain/place';
import { fiveNumberSummary, type FiveNumberSummary, type Outcome } from '../../stats';
import { chooseBenchmark, compareRow, type Benchmark, type Comparison } from '../../core/comparison';
import { capitalise, formatInterval, formatNumber, formatValue, countText } from '../../core/format';
import type { IndicatorIndex } from '../../core/indicatorIndex';
import { outcomeSentence } from '../../core/outcomes';
import { groupByTheme } from '../../core/themes';
import { buildAreaProfile, type AreaProfileLine } from '../../core/mapModel';
import { summarySeries, type SummarySeries } from '../../core/series';
import { keyLsoaIndicators, trendLink, notOwnLineIds } from '../../core/indicatorRoles';
import { type TrendAssessment, assessTrend, benchmarkChange, trendPoints } from '../../core/periodChange';
import { areaDisplayName } from '../../core/areaNames';

/** The age profile and the editions other indicators continue: not lines of their own. */
// ---------------------------------------------------------------------------------------------
// Spine chart geometry

/** The spread of the place's wards (min, quartiles by R type 7, max): missing values are left out, never counted as 0. */
export type SpineRange = FiveNumberSummary;

/** The spread of the place's wards: missing values are left out, never counted as 0. */
export function wardRange(values: readonly (number | null | undefined)[]): SpineRange | null {
  return fiveNumberSummary(values);
}

/** Positions on the spine from 0 (left) to 1 (right); the benchmark is always at 0.5. */
export interface SpinePositions {
  centre: 0.5;
  marker: number | null;
  min: number;
  q1: number;
  q3: number;
  max: number;
  /** True when higher values are drawn to the left (low is good: worse on the left, as in Fingertips). */
  reversed: boolean;
}

/**
 * Fingertips spine layout: the benchmark sits on the centre line and the scale is stretched so the value
 * furthest from it just reaches an end. Worse is always on the left for judged indicators (so for
 * low-is-good indicators high values are on the left); for no-judgement indicators lower is on the left.
 */
export function spinePositions(
  centreValue: number,
  range: SpineRange,
  value: number | null,
  polarity: Polarity,
): SpinePositions {
  const points = [range.min, range.max, ...(value === null ? [] : [value])];
  const half = Math.max(...points.map((v) => Math.abs(v - centreValue)));
  const reversed = polarity === 'low-is-good';
  const at = (v: number) => {
    if (!(half > 0)) return 0.5;
    const offset = (v - centreValue) / (2 * half);
    return 0.5 + (reversed ? -offset : offset);
  };
  const [a, b] = [at(range.min), at(range.max)];
  const [c, d] = [at(range.q1), at(range.q3)];
  return {
    centre: 0.5,
    marker: value === null ? null : at(value),
    min: Math.min(a, b),
    max: Math.max(a, b),
    q1: Math.min(c, d),
    q3: Math.max(c, d),
    reversed,
  };
}

// ---------------------------------------------------------------------------------------------
// The profile lines

/** One line per summary series (meta, breakdown, key, name as in SummarySeries): every figure, the spread of wards, the benchmark and the trend are of its breakdown. */
export interface ProfileLine extends SummarySeries {
  theme: string;
  period: string;
  row: IndicatorRow | undefined;
  value: number | null;
  valueText: string;
  intervalText: string;
  /** "133 of 3,083" (or "about 510 of 3,233" for estimated counts); '' when there is no count. */
  countText: string;
  placeValue: number | null;
  placeValueText: string;
  englandValue: number | null;
  englandValueText: string;
  benchmark: Benchmark | null;
  comparison: Comparison;
  /** "significantly worse than England", or why it is not compared. */
  comparisonText: string;
  /** The value on the spine's centre line: the benchmark's, or the place's median ward where there is none. */
  centreName: string;
  centreValue: number | null;
  range: SpineRange | null;
  positions: SpinePositions | null;
  trend: TrendAssessment | null;
  trendNote: string;
}

function notComparedText(comparison: Comparison, meta: IndicatorMeta, place: Place): string {
  if (comparison.reason === 'no value') return 'No data, so not compared';
  if (comparison.placement) return `No confidence interval; ${comparison.placement}`;
  if (meta.valueType === 'score') return 'Not compared: a score has no confidence interval';
  if (meta.valueType === 'rank') return 'Not compared: a rank has no confidence interval';
  if (comparison.reason === 'no benchmark value') return `Not compared: no ${place.country.name} or ${place.localAuthority.name} figure`;
  if (comparison.reason === 'no confidence interval') return 'Not compared: no confidence interval';
  if (comparison.reason === 'this is the benchmark') return `Not compared: no ${place.country.name} figure`;
  return 'Not compared';
}

/**
 * One line per summary series (summarySeries: the headline, or males and females side by side) that has
 * ward figures in the place, in theme order.
 */
export function buildWardProfile(index: IndicatorIndex, place: Place, wardCode: string): ProfileLine[] {
  const lines: ProfileLine[] = [];
  const skipped = notOwnLineIds(index.meta.values(), place);
  for (const [theme, metas] of groupByTheme([...index.meta.values()])) {
    for (const meta of metas) {
      if (skipped.has(meta.id)) continue;
      for (const { breakdown, key, name } of summarySeries(index, meta)) {
        const period = index.latestPeriod(meta.id, breakdown);
        if (!period) continue;
        const rows = index.rows(meta.id, period, breakdown);
        const wardValues = place.wards.map((w) => rows.get(w.code)?.value ?? null);
        if (!place.wards.some((w) => rows.has(w.code))) continue;
        const row = rows.get(wardCode);
        const value = row?.value ?? null;
        const benchmark = chooseBenchmark(index, meta.id, period, [place.country, place.localAuthority], breakdown);
        const comparison = compareRow(row, benchmark, meta);
        const placeValue = rows.get(place.localAuthority.code)?.value ?? null;
        const englandValue = rows.get(place.country.code)?.value ?? null;
        const range = wardRange(wardValues);
        const centreValue = benchmark?.row.value ?? range?.median ?? null;
        const centreName = benchmark?.name ?? `${place.localAuthority.name}'s middle ward`;
        const link = trendLink(meta);
        const trend = assessTrend(
          trendPoints(index, [...(link?.previous ?? []), meta.id], wardCode, breakdown),
          meta,
          comparison,
          benchmark?.name ?? null,
        );
        lines.push({
          meta,
          breakdown,
          key,
          name,
          theme,
          period,
          row,
          value,
          valueText: formatValue(value, meta),
          intervalText: formatInterval(row, meta),
          countText: countText(row),
          placeValue,
          placeValueText: formatValue(placeValue, meta),
          englandValue,
          englandValueText: formatValue(englandValue, meta),
          benchmark,
          comparison,
          comparisonText:
            comparison.outcome === 'not-compared'
              ? notComparedText(comparison, meta, place)
              : capitalise(outcomeSentence(comparison.outcome, benchmark?.name ?? '', comparison.source)),
          centreName,
          centreValue,
          range,
          positions: range && centreValue !== null ? spinePositions(centreValue, range, value, meta.polarity) : null,
          trend,
          // Where an indicator continues an earlier edition (IoD2019 → 2025), England's change over the same
          // editions is said beside the ward's, so a rise is read against the country's.
          trendNote:
            trend && link
              ? [link.note, benchmarkChange(trendPoints(index, [...link.previous, meta.id], place.country.code, breakdown), place.country.name, meta)]
                  .filter(Boolean)
                  .join(' ')
              : '',
        });
      }
    }
  }
  return lines;
}

export interface ContextLine extends AreaProfileLine {
  /** "Similar to England (as judged by the publisher)", or why it is not compared. */
  comparisonText: string;
}

/**
 * The place's context for a ward profile: every summary series the place has a figure for but its wards
 * do not (life expectancy for males and females, say), beside England's figure of the same breakdown.
 */
export function placeContext(index: IndicatorIndex, place: Place): ContextLine[] {
  const skipped = notOwnLineIds(index.meta.values(), place);
  return buildAreaProfile(index, place, place.localAuthority.code)
    .filter((line) => {
      if (skipped.has(line.meta.id)) return false;
      const rows = index.rows(line.meta.id, line.period, line.breakdown);
      return !place.wards.some((w) => rows.has(w.code));
    })
    .map((line) => ({
      ...line,
      comparisonText:
        line.comparison.outcome === 'not-compared'
          ? notComparedText(line.comparison, line.meta, place)
          : capitalise(outcomeSentence(line.comparison.outcome, line.benchmark?.name ?? '', line.comparison.source)),
    }));
}


const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** "Of 14 indicators for Acomb, 2 are significantly worse than England, …" */
export function profileSummary(areaName: string, lines: readonly ProfileLine[], countryName: string): string {
  const withValue = lines.filter((l) => l.value !== null);
  const missing = lines.length - withValue.length;
  const count = (list: readonly ProfileLine[], outcomes: Outcome[]) => list.filter((l) => outcomes.includes(l.comparison.outcome)).length;
  // One sentence per benchmark, the country's first: a count of "worse than York" is never added to one of "better than England".
  const benchmarks = [...new Set(withValue.map((l) => l.benchmark?.name).filter((n): n is string => Boolean(n)))].sort((a, b) =>
    a === countryName ? -1 : b === countryName ? 1 : a.localeCompare(b),
  );
  const sentences = benchmarks.flatMap((name) => {
    const judged = withValue.filter((l) => l.benchmark?.name === name);
    const worse = count(judged, ['worse', 'worst']);
    const better = count(judged, ['better', 'best']);
    const similar = count(judged, ['similar']);
    if (worse + better + similar === 0) return [];
    const against = name === countryName ? `Compared with ${name}` : `Compared with ${name}, where ${countryName} has no figure`;
    return [`${against}: ${worse} ${plural(worse, 'is', 'are')} significantly worse, ${better} significantly better and ${similar} not significantly different.`];
  });
  const judgedTotal = count(withValue, ['better', 'best', 'worse', 'worst', 'similar']);
  // Figures without intervals that are placed among England's neighbourhoods are counted apart: they are judged, by place, not by test.
  const placed = withValue.filter((l) => l.comparison.outcome === 'not-compared' && l.comparison.placement).length;
  const other = withValue.length - judgedTotal - placed;
  const rest: string[] = [];
  if (placed > 0) rest.push(`${placed} ${plural(placed, 'has', 'have')} no confidence interval and ${plural(placed, 'is', 'are')} placed among England's neighbourhoods instead`);
  if (other > 0) rest.push(`${other} ${plural(other, 'is', 'are')} not judged better or worse`);
  if (missing > 0) rest.push(`${missing} ${plural(missing, 'has', 'have')} no data`);
  let text = [`This profile holds ${lines.length} indicators for ${areaName}.`, ...sentences, ...(rest.length ? [`${capitalise(rest.join('; '))}.`] : [])].join(' ');
  const flagged = lines.filter((l) => l.trend?.flag).length;
  if (flagged > 0) text += ` ${flagged} ${plural(flagged, 'is', 'are')} worse than the benchmark and getting worse.`;
  return text;
}

// ---------------------------------------------------------------------------------------------
// Age profile

export interface AgeBand {
  band: string;
  start: number;
  /** Last year of age in the band; null for the open top band ("85+"). */
  end: number | null;
  area: number | null;
  comparator: number | null;
}

export function parseAgeBand(label: string): { start: number; end: number | null } | null {
  const open = /^(\d+)\s*\+$/.exec(label.trim());
  if (open) return { start: Number(open[1]), end: null };
  const closed = /^(\d+)\s*(?:-|–|to)\s*(\d+)$/.exec(label.trim());
  if (closed) return { start: Number(closed[1]), end: Number(closed[2]) };
  return null;
}

/**
 * Age-band shares of an area beside a comparator's, youngest first. Reads category rows (not in the index)
 * of the given indicator (the place's ageBands role); without one, rows broken down by 'Age band'.
 */
export function ageProfile(
  rows: readonly IndicatorRow[],
  areaCode: string,
  comparatorCode: string,
  indicatorId: string | null = null,
): AgeBand[] {
  const bands = new Map<string, AgeBand>();
  for (const row of rows) {
    if (indicatorId === null ? row.categoryType !== 'Age band' : row.indicatorId !== indicatorId) continue;
    if (row.areaCode !== areaCode && row.areaCode !== comparatorCode) continue;
    const parsed = parseAgeBand(row.category);
    if (!parsed) continue;
    const band = bands.get(row.category) ?? { band: row.category, ...parsed, area: null, comparator: null };
    if (row.areaCode === areaCode) band.area = row.value;
    else band.comparator = row.value;
    bands.set(row.category, band);
  }
  return [...bands.values()].sort((a, b) => a.start - b.start);
}

/** Broad age groups used to describe the profile in words. */
export const BROAD_AGE_GROUPS: { start: number; end: number | null; words: string }[] = [
  { start: 0, end: 14, words: 'aged under 15' },
  { start: 15, end: 24, words: 'aged 15 to 24' },
  { start: 25, end: 44, words: 'aged 25 to 44' },
  { start: 45, end: 64, words: 'aged 45 to 64' },
  { start: 65, end: null, words: 'aged 65 and over' },
];

function meanAge(bands: readonly AgeBand[], key: 'area' | 'comparator'): number | null {
  let total = 0;
  let weighted = 0;
  for (const b of bands) {
    const share = b[key];
    if (share === null) return null;
    const mid = b.end === null ? b.start + 5 : (b.start + b.end + 1) / 2;
    total += share;
    weighted += share * mid;
  }
  return total > 0 ? weighted / total : null;
}

function groupShare(bands: readonly AgeBand[], key: 'area' | 'comparator', start: number, end: number | null): number {
  return bands
    .filter((b) => b.start >= start && (end === null || (b.end !== null && b.end <= end)))
    .reduce((s, b) => s + (b[key] ?? 0), 0);
}

/**
 * "Hull Road's residents are much younger than England's: 56% are aged 15 to 24, against 12% in England."
 * Younger or older comes from the mean age (band midpoints, 90 for 85+): 'much' at 8 years or more,
 * 'similar' under 3. The figure quoted is the broad age group the area has most more of than the comparator.
 */
export function ageSentence(areaName: string, bands: readonly AgeBand[], comparatorName = 'England'): string {
  const areaMean = meanAge(bands, 'area');
  const compMean = meanAge(bands, 'comparator');
  if (bands.length === 0 || areaMean === null || compMean === null) return `No age profile data for ${areaName}.`;
  const diff = areaMean - compMean;
  const groups = BROAD_AGE_GROUPS.map((g) => {
    const area = groupShare(bands, 'area', g.start, g.end);
    const comparator = groupShare(bands, 'comparator', g.start, g.end);
    return { ...g, area, comparator, excess: area - comparator };
  });
  const top = groups.reduce((best, g) => (g.excess > best.excess ? g : best));
  const lead =
    Math.abs(diff) < 3
      ? `${areaName}'s residents have an age mix like ${comparatorName}'s`
      : `${areaName}'s residents are ${Math.abs(diff) >= 8 ? 'much ' : ''}${diff < 0 ? 'younger' : 'older'} than ${comparatorName}'s`;
  return `${lead}: ${formatNumber(top.area, 0)}% are ${top.words}, against ${formatNumber(top.comparator, 0)}% in ${comparatorName}.`;
}

// ---------------------------------------------------------------------------------------------
// Neighbourhoods (LSOAs) of the ward

export interface LsoaFigures {
  code: string;
  name: string;
  cells: { indicatorId: string; value: number | null; valueText: string }[];
}

export function wardLsoas(
  index: IndicatorIndex,
  place: Place,
  wardCode: string,
  indicatorIds: readonly string[] = keyLsoaIndicators(place),
): { columns: IndicatorMeta[]; lsoas: LsoaFigures[] } {
  const columns = indicatorIds.map((id) => index.meta.get(id)).filter((m): m is IndicatorMeta => m !== undefined);
  const rowsById = columns.map((meta) => {
    const period = index.latestPeriod(meta.id);
    return period ? index.rows(meta.id, period) : new Map<string, IndicatorRow>();
  });
  const lsoas = place.lsoas
    .filter((l) => l.wardCode === wardCode)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((l) => ({
      code: l.code,
      name: areaDisplayName(place, l.code, l.name),
      cells: columns.map((meta, i) => {
        const value = rowsById[i]?.get(l.code)?.value ?? null;
        return { indicatorId: meta.id, value, valueText: formatValue(value, meta) };
      }),
    }));
  return { columns, lsoas };
}

/** Whether a code is one of the place's wards or neighbourhoods (an LSOA opens its ward's profile). */
export function isWardOrNeighbourhood(place: Place, code: string): boolean {
  return place.wards.some((w) => w.code === code) || place.lsoas.some((l) => l.code === code);
}

/** The first ward alphabetically, the ward given, or the ward of a neighbourhood given. */
export function resolveWard(place: Place, code: string | undefined): { code: string; name: string } | null {
  const sorted = [...place.wards].sort((a, b) => a.name.localeCompare(b.name));
  const ward = place.wards.find((w) => w.code === code);
  if (ward) return ward;
  const lsoa = place.lsoas.find((l) => l.code === code);
  const parent = lsoa ? place.wards.find((w) => w.code === lsoa.wardCode) : undefined;
  return parent ?? sorted[0] ?? null;
}
