// "All wards at a glance": every ward × every ward-level series, Fingertips' "tartan rug". Each cell is the
// ward's latest figure and how it compares with the benchmark of its own series (England where England has a
// figure for that period, otherwise the place), or, for figures without an interval that are placed among
// England's neighbourhoods, which national tenth it falls in. Pure shaping: no React, no DOM.
import type { IndicatorMeta, IndicatorRow } from '../../domain/indicators';
import type { Place } from '../../domain/place';
import type { Outcome } from '../../stats';
import { chooseBenchmark, compareRow, type Benchmark, type Comparison } from '../../core/comparison';
import { capitalise, formatValue, listInWords, shortUnit } from '../../core/format';
import type { IndicatorIndex } from '../../core/indicatorIndex';
import { notOwnLineIds } from '../../core/indicatorRoles';
import { nationalTenth } from '../../core/nationalTenth';
import { outcomeSentence } from '../../core/outcomes';
import { summarySeries, type SummarySeries } from '../../core/series';
import { byName, byValueMissingLast } from '../../core/sortMissingLast';
import { groupByTheme } from '../../core/themes';
import { toSafeCsv } from '../../ingest';

/** What a missing figure shows: a dash, with the words "no data" beside it (never 0). */
export const MISSING_VALUE = '–';

export interface OverviewCell {
  value: number | null;
  /** formatValue's text, or "–" when there is no figure. */
  valueText: string;
  outcome: Outcome;
  /** True for a figure without an interval placed among England's neighbourhoods: no significance colour. */
  placed: boolean;
  /** The cell's short text mark: "worse", "similar", "highest 20%", "no data", "benchmark". */
  mark: string;
  /** The same in a full phrase, for screen readers and the CSV: "significantly worse than England". */
  words: string;
}

export interface OverviewColumn extends SummarySeries {
  /** The column's name in the address bar: the indicator id, or the series key when the indicator has several columns. */
  id: string;
  theme: string;
  /** The name without a trailing bracket where that still tells the columns apart. */
  shortName: string;
  /** The unit without its bracketed note ("per 100,000", "%", "score"). */
  unit: string;
  period: string;
  benchmark: Benchmark | null;
  /** "lower is better", "higher is better", or '' when the publisher makes no judgement. */
  polarityWords: string;
}

export interface OverviewRow {
  code: string;
  name: string;
  cells: OverviewCell[];
  /** Figures significantly worse (or worst) than their benchmark. */
  worse: number;
  better: number;
  /** Figures tested against a benchmark (any outcome but not compared). */
  tested: number;
}

export interface OverviewModel {
  columns: OverviewColumn[];
  /** The columns' themes in order, with how many columns each spans. */
  themes: { theme: string; span: number }[];
  /** The place's wards in name order. */
  wards: OverviewRow[];
  country: OverviewRow;
  place: OverviewRow;
  /** "England", or "England (York where England has no figure)". */
  benchmarkWords: string;
  /** Names of the columns compared with the place because England has no figure for their period. */
  placeBenchmarked: string[];
  summary: string;
}

const WORSE: readonly Outcome[] = ['worse', 'worst'];
const BETTER: readonly Outcome[] = ['better', 'best'];

/** The short word in a cell, and beside its colour in the key. */
export const MARKS: Record<Outcome, string> = {
  worse: 'worse',
  worst: 'worse, very sure',
  better: 'better',
  best: 'better, very sure',
  similar: 'similar',
  higher: 'higher',
  lower: 'lower',
  'not-compared': 'not compared',
};

/** "highest 20%" / "lowest 10%": which tenth of England's neighbourhoods a figure falls in, shortly. */
export function tenthMark(tenth: number): string {
  return tenth >= 6 ? `highest ${(11 - tenth) * 10}%` : `lowest ${tenth * 10}%`;
}

/** One cell: the value, and its comparison (or national placement) in a short mark and a full phrase. */
export function overviewCell(row: IndicatorRow | undefined, benchmark: Benchmark | null, meta: IndicatorMeta, isBenchmark = false): OverviewCell {
  const value = row?.value ?? null;
  if (value === null || !Number.isFinite(value)) {
    return { value: null, valueText: MISSING_VALUE, outcome: 'not-compared', placed: false, mark: 'no data', words: 'no data' };
  }
  const valueText = formatValue(value, meta);
  if (isBenchmark) return { value, valueText, outcome: 'not-compared', placed: false, mark: 'benchmark', words: 'the benchmark' };
  const comparison: Comparison = compareRow(row, benchmark, meta);
  if (comparison.outcome === 'not-compared') {
    if (comparison.placement && meta.englandLsoaTenths) {
      return { value, valueText, outcome: 'not-compared', placed: true, mark: tenthMark(nationalTenth(value, meta.englandLsoaTenths)), words: comparison.placement };
    }
    return { value, valueText, outcome: 'not-compared', placed: false, mark: 'not compared', words: `not compared: ${comparison.reason}` };
  }
  const words = outcomeSentence(comparison.outcome, benchmark?.name ?? '', comparison.source);
  const mark = comparison.source === 'published' ? `${MARKS[comparison.outcome]}*` : MARKS[comparison.outcome];
  return { value, valueText, outcome: comparison.outcome, placed: false, mark, words };
}

function tally(code: string, name: string, cells: OverviewCell[]): OverviewRow {
  return {
    code,
    name,
    cells,
    worse: cells.filter((c) => WORSE.includes(c.outcome)).length,
    better: cells.filter((c) => BETTER.includes(c.outcome)).length,
    tested: cells.filter((c) => c.outcome !== 'not-compared').length,
  };
}

/** Short names: a trailing bracket is dropped unless it names the sex or two columns would then read alike. */
function shortNames(names: readonly string[]): string[] {
  const shortened = names.map((n) => n.replace(/\s*\((?![^)]*\b(?:fe)?males?\b)[^)]*\)\s*$/i, '').trim() || n);
  return shortened.map((s, i) => (shortened.filter((t) => t === s).length > 1 ? (names[i] as string) : s));
}

/**
 * Every summary series with ward figures (as the ward profile lists them: editions another indicator continues
 * and the age-band shares left out), in theme order, and every ward's cell of each.
 */
export function buildOverview(index: IndicatorIndex, place: Place): OverviewModel {
  const skipped = notOwnLineIds(index.meta.values(), place);
  const found: { series: SummarySeries; theme: string; period: string; rows: Map<string, IndicatorRow>; benchmark: Benchmark | null }[] = [];
  for (const [theme, metas] of groupByTheme([...index.meta.values()])) {
    for (const meta of metas) {
      if (skipped.has(meta.id)) continue;
      for (const series of summarySeries(index, meta)) {
        const period = index.latestPeriod(meta.id, series.breakdown);
        if (!period) continue;
        const rows = index.rows(meta.id, period, series.breakdown);
        if (!place.wards.some((w) => rows.has(w.code))) continue;
        const benchmark = chooseBenchmark(index, meta.id, period, [place.country, place.localAuthority], series.breakdown);
        found.push({ series, theme, period, rows, benchmark });
      }
    }
  }
  const perIndicator = new Map<string, number>();
  for (const f of found) perIndicator.set(f.series.meta.id, (perIndicator.get(f.series.meta.id) ?? 0) + 1);
  const names = shortNames(found.map((f) => f.series.name));
  const columns: OverviewColumn[] = found.map((f, i) => ({
    ...f.series,
    id: perIndicator.get(f.series.meta.id) === 1 ? f.series.meta.id : f.series.key,
    theme: f.theme,
    shortName: names[i] as string,
    unit: shortUnit(f.series.meta),
    period: f.period,
    benchmark: f.benchmark,
    polarityWords: f.series.meta.polarity === 'low-is-good' ? 'lower is better' : f.series.meta.polarity === 'high-is-good' ? 'higher is better' : '',
  }));

  const rowFor = (area: { code: string; name: string }) =>
    tally(
      area.code,
      area.name,
      found.map((f) => overviewCell(f.rows.get(area.code), f.benchmark, f.series.meta, f.benchmark?.code === area.code)),
    );
  const wards = [...place.wards].sort((a, b) => a.name.localeCompare(b.name)).map(rowFor);

  const themes: { theme: string; span: number }[] = [];
  for (const c of columns) {
    const last = themes[themes.length - 1];
    if (last && last.theme === c.theme) last.span += 1;
    else themes.push({ theme: c.theme, span: 1 });
  }

  const placeBenchmarked = columns.filter((c) => c.benchmark?.code === place.localAuthority.code).map((c) => c.name);
  const benchmarkWords =
    placeBenchmarked.length === 0
      ? place.country.name
      : placeBenchmarked.length === columns.length
        ? place.localAuthority.name
        : `${place.country.name} (or ${place.localAuthority.name} where ${place.country.name} has no figure)`;

  return {
    columns,
    themes,
    wards,
    country: rowFor(place.country),
    place: rowFor(place.localAuthority),
    benchmarkWords,
    placeBenchmarked,
    summary: overviewSummary(wards, columns.length, benchmarkWords),
  };
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/**
 * "Westfield has the most figures significantly worse than England: 8 of the 13 of its 48 figures that could be
 * tested for significance; 9 wards have none." Ties are named together; a place with no ward worse says so.
 */
export function overviewSummary(wards: readonly OverviewRow[], columnCount: number, benchmarkWords: string): string {
  if (wards.length === 0 || columnCount === 0) return 'There are no ward figures to compare.';
  const most = Math.max(...wards.map((w) => w.worse));
  if (most === 0) return `No ward has a figure significantly worse than ${benchmarkWords}.`;
  const top = wards.filter((w) => w.worse === most);
  const none = wards.filter((w) => w.worse === 0).length;
  const names = listInWords(top.map((w) => w.name));
  const lead = `${names} ${plural(top.length, 'has', 'have')} the most figures significantly worse than ${benchmarkWords}`;
  const first = top[0] as OverviewRow;
  const count =
    top.length === 1
      ? `${most} of the ${first.tested} of its ${columnCount} figures that could be tested for significance`
      : `${most} each`;
  const rest = none > 0 ? `; ${none} ${plural(none, 'ward has', 'wards have')} none` : '';
  return `${lead}: ${count}${rest}.`;
}

// ---------------------------------------------------------------------------------------------
// Sorting

export interface OverviewSort {
  /** The column sorted by; null sorts by ward name. */
  column: number | null;
  descending: boolean;
}

/** The address bar's `sort` ("census2021-bad-health:desc", "name:desc") → a sort; anything unknown → by name. */
export function parseSort(text: string | undefined, columns: readonly OverviewColumn[]): OverviewSort {
  if (!text) return { column: null, descending: false };
  const cut = text.lastIndexOf(':');
  const [id, order] = cut === -1 ? [text, 'desc'] : [text.slice(0, cut), text.slice(cut + 1)];
  const descending = order !== 'asc';
  if (id === 'name') return { column: null, descending };
  const column = columns.findIndex((c) => c.id === id);
  return column === -1 ? { column: null, descending: false } : { column, descending };
}

/** The sort as address-bar text; null for the default (ward names A to Z). */
export function sortText(sort: OverviewSort, columns: readonly OverviewColumn[]): string | null {
  if (sort.column === null) return sort.descending ? 'name:desc' : null;
  const column = columns[sort.column];
  return column ? `${column.id}:${sort.descending ? 'desc' : 'asc'}` : null;
}

/** The sort after activating a column's button: a new column sorts highest first, the same one flips. */
export function nextSort(sort: OverviewSort, column: number | null): OverviewSort {
  if (sort.column === column) return { column, descending: !sort.descending };
  return { column, descending: column !== null };
}

/** Wards by name, or by one column's value with missing figures always last. */
export function sortWards(wards: readonly OverviewRow[], sort: OverviewSort): OverviewRow[] {
  const { column } = sort;
  if (column === null) return [...wards].sort(byName(sort.descending));
  return [...wards].sort(byValueMissingLast((w) => w.cells[column]?.value ?? null, sort.descending));
}

/** "Wards sorted by Bad or very bad health (2021), highest first." */
export function sortWords(sort: OverviewSort, columns: readonly OverviewColumn[]): string {
  const column = sort.column === null ? undefined : columns[sort.column];
  if (!column) return `Wards in alphabetical order, ${sort.descending ? 'Z to A' : 'A to Z'}.`;
  return `Wards sorted by ${column.name} (${column.period}), ${sort.descending ? 'highest' : 'lowest'} first; wards with no data last.`;
}

// ---------------------------------------------------------------------------------------------
// Download

/** The table as CSV cells, in the order shown: per series its value (unrounded, empty when missing) and comparison. */
export function overviewCsvRows(model: OverviewModel, wards: readonly OverviewRow[]): (string | number | null)[][] {
  const header = ['Area code', 'Area name'];
  for (const c of model.columns) {
    const label = `${c.name} (${c.meta.unit}, ${c.period})`;
    header.push(label, `${label}: compared with ${c.benchmark?.name ?? 'no benchmark'}`);
  }
  const line = (row: OverviewRow) => [
    row.code,
    row.name,
    ...row.cells.flatMap((cell) => [cell.value, capitalise(cell.words)]),
  ];
  return [header, line(model.country), line(model.place), ...wards.map(line)];
}

/** CSV safe to open in a spreadsheet (formula-like text neutralised), with a BOM so Excel reads UTF-8. */
export function overviewCsv(model: OverviewModel, wards: readonly OverviewRow[]): string {
  return `\uFEFF${toSafeCsv(overviewCsvRows(model, wards))}`;
}

/** Why some columns are compared with the place, for the note under the summary; '' when none (or all) are. */
export function placeBenchmarkNote(model: OverviewModel, placeName: string, countryName: string): string {
  const n = model.placeBenchmarked.length;
  if (n === 0 || n === model.columns.length) return '';
  return `${countryName} has no figure for the latest period of ${n} ${plural(n, 'indicator', 'indicators')}, so ${plural(n, 'it is', 'they are')} compared with ${placeName} instead: ${plural(n, 'its heading says', 'their headings say')} “vs ${placeName}”.`;
}
