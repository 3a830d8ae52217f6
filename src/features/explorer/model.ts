// View model of the Indicator explorer: a ranked bar chart with 95% confidence intervals, coloured by the
// comparison with a chosen benchmark, its one-sentence summary, its table and its CSV. Pure: no React, no DOM.
// Statistics come from comparison.ts (compareRow) and colours and labels from outcomes.ts (outcomeStyle);
// the CSV download is in csv.ts.
import type { Place } from '../../domain/place';
import type { IndicatorMeta, IndicatorRow } from '../../domain/indicators';
import type { Outcome } from '../../stats';
import { seriesName, type Breakdown } from '../../core/breakdown';
import { chooseBenchmark, compareRow, type Benchmark } from '../../core/comparison';
import { capitalise, formatInterval, formatValue, listInWords, lowerFirst, unitLabel } from '../../core/format';
import type { IndicatorIndex } from '../../core/indicatorIndex';
import { areasOf, GEOGRAPHY_LABEL, type Geography } from '../../core/mapModel';
import { outcomeSentence, outcomeStyle, type OutcomeStyle, type Palette } from '../../core/outcomes';
import { byName, byValueMissingLast } from '../../core/sortMissingLast';
import type { BenchmarkChoice } from '../../ui/url/keys';

// Which benchmark the reader asked for (country, place or none) is an address-bar key: declared in ui/url/keys.
export { BENCHMARK_CHOICES, type BenchmarkChoice } from '../../ui/url/keys';

export interface ResolvedBenchmark {
  requested: BenchmarkChoice;
  /** The benchmark actually used; null when none was chosen or none has a value. */
  benchmark: Benchmark | null;
  /** Set when the requested benchmark has no value and another was used (or none): says so in words. */
  note: string | null;
}

/** The requested benchmark if it has a value for this indicator and period, otherwise the other one, and says so. */
export function resolveBenchmark(
  index: IndicatorIndex,
  place: Place,
  indicatorId: string,
  period: string,
  requested: BenchmarkChoice,
  breakdown?: Breakdown,
): ResolvedBenchmark {
  if (requested === 'none') return { requested, benchmark: null, note: null };
  const country = { code: place.country.code, name: place.country.name };
  const authority = { code: place.localAuthority.code, name: place.localAuthority.name };
  const [wanted, other] = requested === 'country' ? [country, authority] : [authority, country];
  const benchmark = chooseBenchmark(index, indicatorId, period, [wanted, other], breakdown);
  const meta = index.meta.get(indicatorId);
  const shown = breakdown ?? index.breakdowns(indicatorId)[0];
  const name = meta && shown ? seriesName(meta.name, shown, index.breakdowns(indicatorId)) : (meta?.name ?? indicatorId);
  if (benchmark && benchmark.code === wanted.code) return { requested, benchmark, note: null };
  if (benchmark) {
    return {
      requested,
      benchmark,
      note: `${wanted.name} has no figure for ${name} in ${period}, so areas are compared with ${benchmark.name} instead.`,
    };
  }
  return {
    requested,
    benchmark: null,
    note: `Neither ${wanted.name} nor ${other.name} has a figure for ${name} in ${period}, so areas are not compared.`,
  };
}

/** One area of the chosen geography: a bar when it has a value, a "No data" line when not. */
export interface ExplorerRow {
  code: string;
  name: string;
  /** Null when missing or suppressed: never drawn as a bar, never shown as 0. */
  value: number | null;
  lower95: number | null;
  upper95: number | null;
  count: number | null;
  denominator: number | null;
  /** Whisker lengths below and above the value, for recharts' ErrorBar; null when there is no interval. */
  whisker: [number, number] | null;
  /** 1 = highest value; null when missing. */
  rank: number | null;
  outcome: Outcome;
  /** Plain-English reason when the area is not compared ('' when it is). */
  notComparedReason: string;
  style: OutcomeStyle;
  valueText: string;
  intervalText: string;
  /** The comparison as a sentence fragment: "significantly worse than England", "no data", … */
  comparisonText: string;
  /** Why a value is missing, from the source's value note. */
  missingNote: string;
}

export interface LegendItem {
  outcome: Outcome;
  label: string;
  colour: string;
  text: string;
  count: number;
  /** The category in words: "significantly worse than England", "not compared: no confidence interval". */
  description: string;
}

export interface ReferenceValue {
  code: string;
  name: string;
  value: number;
  valueText: string;
  /** Line style in the chart: England dashed, the place dotted. */
  kind: 'country' | 'place';
}

export interface ExplorerModel {
  meta: IndicatorMeta;
  /** The indicator's name, with its breakdown when it has several. */
  name: string;
  /** The one breakdown every figure of the model belongs to, and all the indicator has. */
  breakdown: Breakdown;
  breakdowns: Breakdown[];
  period: string;
  geography: Geography;
  placeName: string;
  /** "ward", "neighbourhood (LSOA)" … */
  areaSingular: string;
  /** "wards", "neighbourhoods (LSOAs)" … */
  areaPlural: string;
  /** Every area of the geography, ranked highest first, missing last. */
  rows: ExplorerRow[];
  /** Areas with a value, highest first: one bar each. */
  bars: ExplorerRow[];
  /** Areas with no value: listed in words under the chart. */
  missing: ExplorerRow[];
  resolved: ResolvedBenchmark;
  benchmark: Benchmark | null;
  references: ReferenceValue[];
  /** Only the outcome categories present among the bars, in reading order. */
  legend: LegendItem[];
  /** Whether each bar's outcome is written beside it (not when every bar has the same "not compared"). */
  showOutcomeWords: boolean;
  domain: [number, number];
  ticks: number[];
  confidence: string;
  title: string;
  subtitle: string;
  summary: string;
}

export interface ExplorerInput {
  index: IndicatorIndex;
  place: Place;
  indicatorId: string;
  geography: Geography;
  benchmark: BenchmarkChoice;
  palette: Palette;
  period?: string;
  /** The breakdown shown (sex, age, category); the indicator's headline one when absent. */
  breakdown?: Breakdown;
}

const JUDGED_ORDER: Outcome[] = ['worst', 'worse', 'similar', 'better', 'best', 'higher', 'lower', 'not-compared'];
const NEUTRAL_ORDER: Outcome[] = ['higher', 'similar', 'lower', 'worst', 'worse', 'better', 'best', 'not-compared'];

function outcomeOrder(meta: IndicatorMeta): Outcome[] {
  return meta.polarity === 'no-judgement' ? NEUTRAL_ORDER : JUDGED_ORDER;
}

/** compareRow's terse reasons, in words a reader understands. */
function reasonInWords(reason: string, meta: IndicatorMeta, choice: BenchmarkChoice): string {
  switch (reason) {
    case 'no confidence interval':
      return meta.valueType === 'score' || meta.valueType === 'rank'
        ? `a ${meta.valueType} has no confidence interval`
        : 'there is no confidence interval';
    case 'no benchmark value':
      return choice === 'none' ? 'no comparison chosen' : 'no benchmark figure';
    case 'this is the benchmark':
      return 'this is the benchmark';
    case 'no value':
      return 'no data';
    default:
      return reason;
  }
}

/** Round numbers for the value axis: about five steps of 1, 2, 2.5 or 5 × a power of ten. */
export function niceScale(min: number, max: number, steps = 5): { domain: [number, number]; ticks: number[] } {
  let lo = Math.min(min, 0);
  let hi = Math.max(max, 0);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return { domain: [0, 1], ticks: [0, 1] };
  if (hi === lo) hi = lo + 1;
  const raw = (hi - lo) / steps;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power) as number;
  lo = Math.floor(lo / step + 1e-9) * step;
  hi = Math.ceil(hi / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let t = lo; t <= hi + step / 2; t += step) ticks.push(Number(t.toFixed(10)));
  return { domain: [ticks[0] as number, ticks[ticks.length - 1] as number], ticks };
}

const isAre = (n: number) => (n === 1 ? 'is' : 'are');

/** The outcome as it reads after "3 are …" in the summary. */
function outcomePhrase(outcome: Outcome, benchmarkName: string, first: boolean): string {
  const than = first ? ` than ${benchmarkName}` : '';
  switch (outcome) {
    case 'worse':
      return `significantly worse${than}`;
    case 'better':
      return `significantly better${than}`;
    case 'worst':
      return `significantly worse${than}, very sure (99.8% confidence)`;
    case 'best':
      return `significantly better${than}, very sure (99.8% confidence)`;
    case 'higher':
      return `significantly higher${than}`;
    case 'lower':
      return `significantly lower${than}`;
    case 'similar':
      return first ? `similar to ${benchmarkName}` : 'similar';
    case 'not-compared':
      return 'not compared';
  }
}

function ranked(rows: ExplorerRow[]): ExplorerRow[] {
  return [...rows].sort(byValueMissingLast((r) => r.value, true));
}

/** The one-sentence text summary of the chart. */
export function explorerSummary(model: Omit<ExplorerModel, 'summary'>): string {
  const { meta, name, period, placeName, areaPlural, bars, missing, benchmark, resolved } = model;
  const total = bars.length + missing.length;
  const lead = `${name}, ${period}`;
  const noData = missing.length > 0 ? `${missing.length} ${missing.length === 1 ? 'has' : 'have'} no data` : '';
  if (bars.length === 0) return `${lead}: none of ${placeName}'s ${total} ${areaPlural} has data.`;
  const compared = bars.filter((b) => b.outcome !== 'not-compared');
  if (compared.length === 0) {
    const high = bars[0] as ExplorerRow;
    const low = bars[bars.length - 1] as ExplorerRow;
    const range =
      bars.length === 1
        ? `${high.name} is ${high.valueText}`
        : `${placeName}'s ${bars.length} ${areaPlural} with data range from ${low.valueText} in ${low.name} to ${high.valueText} in ${high.name}`;
    const reasons = [...new Set(bars.map((b) => b.notComparedReason))];
    const median = meta.englandLsoaTenths?.[4];
    const aboveMedian = median === undefined ? 0 : bars.filter((b) => b.value !== null && b.value > median).length;
    const why =
      median !== undefined
        ? `none has a confidence interval, so each is placed among England's neighbourhoods instead: ${aboveMedian} of ${bars.length} ${aboveMedian === 1 ? 'is' : 'are'} higher than England's middle neighbourhood (${meta.polarity === 'high-is-good' ? 'higher is better' : meta.polarity === 'low-is-good' ? 'lower is better' : 'neither is better'})`
        : resolved.requested === 'none' || !benchmark
        ? 'they are not compared with a benchmark'
        : `none is compared with ${benchmark.name}, because ${listInWords(reasons)}`;
    return `${lead}: ${range}; ${why}${noData ? `; ${noData}` : ''}.`;
  }
  const parts: string[] = [];
  let first = true;
  for (const outcome of outcomeOrder(meta)) {
    const group = bars.filter((b) => b.outcome === outcome);
    if (group.length === 0) continue;
    if (outcome === 'not-compared') {
      const reasons = [...new Set(group.map((b) => b.notComparedReason))];
      parts.push(`${group.length} ${isAre(group.length)} not compared (${listInWords(reasons)})`);
      continue;
    }
    parts.push(`${group.length} ${isAre(group.length)} ${outcomePhrase(outcome, benchmark?.name ?? '', first)}`);
    first = false;
  }
  if (noData) parts.push(noData);
  return `${lead}: of ${placeName}'s ${total} ${areaPlural}, ${listInWords(parts)}.`;
}

export function buildExplorerModel(input: ExplorerInput): ExplorerModel | null {
  const { index, place, indicatorId, geography, palette } = input;
  const meta = index.meta.get(indicatorId);
  const breakdowns = index.breakdowns(indicatorId);
  const breakdown = input.breakdown ?? breakdowns[0];
  const period =
    input.period && index.periods(indicatorId, breakdown).includes(input.period) ? input.period : index.latestPeriod(indicatorId, breakdown);
  if (!meta || !period || !breakdown) return null;
  const rowsByCode = index.rows(indicatorId, period, breakdown);
  const resolved = resolveBenchmark(index, place, indicatorId, period, input.benchmark, breakdown);
  const name = seriesName(meta.name, breakdown, breakdowns);
  const benchmark = resolved.benchmark;
  const benchmarkName = benchmark?.name ?? '';

  const rows = ranked(
    areasOf(place, geography).map((area): ExplorerRow => {
      const row: IndicatorRow | undefined = rowsByCode.get(area.code);
      const value = row?.value ?? null;
      const lower95 = value === null ? null : (row?.lower95 ?? null);
      const upper95 = value === null ? null : (row?.upper95 ?? null);
      const comparison = compareRow(row, benchmark, meta);
      const notComparedReason = comparison.outcome === 'not-compared' ? reasonInWords(comparison.reason, meta, resolved.requested) : '';
      let comparisonText: string;
      if (value === null) comparisonText = 'no data';
      else if (comparison.placement) comparisonText = `no confidence interval; ${comparison.placement}`;
      else if (comparison.outcome === 'not-compared') comparisonText = benchmark ? `not compared (${notComparedReason})` : 'not compared';
      else comparisonText = outcomeSentence(comparison.outcome, benchmarkName, comparison.source);
      return {
        code: area.code,
        name: area.name,
        value,
        lower95,
        upper95,
        count: row?.count ?? null,
        denominator: row?.denominator ?? null,
        whisker: value !== null && lower95 !== null && upper95 !== null ? [value - lower95, upper95 - value] : null,
        rank: null,
        outcome: comparison.outcome,
        notComparedReason,
        style: outcomeStyle(comparison.outcome, palette),
        valueText: formatValue(value, meta),
        intervalText: formatInterval(value === null ? undefined : row, meta),
        comparisonText,
        missingNote: value === null ? (row?.valueNote || (row ? 'No value published.' : 'Not in the data.')) : '',
      };
    }),
  );
  // Equal values share a rank.
  rows.forEach((r, i) => {
    if (r.value === null) return;
    const previous = rows[i - 1];
    r.rank = previous && previous.value === r.value ? previous.rank : i + 1;
  });
  const bars = rows.filter((r) => r.value !== null);
  const missing = rows.filter((r) => r.value === null);

  const references: ReferenceValue[] = [];
  for (const [kind, area] of [
    ['country', place.country],
    ['place', place.localAuthority],
  ] as const) {
    const value = rowsByCode.get(area.code)?.value;
    if (value !== null && value !== undefined) {
      references.push({ code: area.code, name: area.name, value, valueText: formatValue(value, meta), kind });
    }
  }

  const legend: LegendItem[] = [];
  for (const outcome of outcomeOrder(meta)) {
    const group = bars.filter((b) => b.outcome === outcome);
    if (group.length === 0) continue;
    const style = outcomeStyle(outcome, palette);
    const reasons = [...new Set(group.map((b) => b.notComparedReason))];
    legend.push({
      outcome,
      label: style.label,
      colour: style.colour,
      text: style.text,
      count: group.length,
      description:
        outcome === 'not-compared' ? listInWords(reasons) : outcomeSentence(outcome, benchmarkName),
    });
  }
  const showOutcomeWords = !(legend.length === 1 && legend[0]?.outcome === 'not-compared');

  const extremes = [
    ...bars.flatMap((b) => [b.value as number, b.lower95 ?? (b.value as number), b.upper95 ?? (b.value as number)]),
    ...references.map((r) => r.value),
  ];
  const { domain, ticks } = niceScale(Math.min(...extremes, 0), Math.max(...extremes, 0));
  const confidence = meta.comparisonLevel === 0.998 ? '99.8%' : '95%';
  const singular = GEOGRAPHY_LABEL[geography].singular;
  const areaPlural = lowerFirst(GEOGRAPHY_LABEL[geography].plural);
  const unit = capitalise(unitLabel(meta));
  const title = `${name} by ${singular}, ${period}`;
  const nothingCompared = bars.length > 0 && bars.every((b) => b.outcome === 'not-compared');
  let subtitle = `${unit}; compared with ${benchmark?.name}, ${confidence} confidence`;
  if (!benchmark) subtitle = `${unit}; not compared with a benchmark`;
  else if (nothingCompared) {
    subtitle = `${unit}; not compared with ${benchmark.name}: ${listInWords([...new Set(bars.map((b) => b.notComparedReason))])}`;
  }
  const base: Omit<ExplorerModel, 'summary'> = {
    meta,
    name,
    breakdown,
    breakdowns,
    period,
    geography,
    placeName: place.localAuthority.name,
    areaSingular: singular,
    areaPlural,
    rows,
    bars,
    missing,
    resolved,
    benchmark,
    references,
    legend,
    showOutcomeWords,
    domain,
    ticks,
    confidence,
    title,
    subtitle,
  };
  return { ...base, summary: explorerSummary(base) };
}

/** The words written beside a bar: its value and, when colours carry a meaning, its outcome. */
export function barLabel(model: ExplorerModel, row: ExplorerRow): string {
  return model.showOutcomeWords ? `${row.valueText} (${row.style.label})` : row.valueText;
}

/** Splits an area name into lines of at most maxChars, at spaces, for a narrow axis. */
export function wrapLabel(name: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of name.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export type ExplorerSortKey = 'name' | 'value' | 'lower95' | 'upper95' | 'count' | 'denominator' | 'outcome';

/** Sorts the table; missing values always go last, whichever the direction, so they never read as lowest. */
export function sortExplorerRows(rows: ExplorerRow[], key: ExplorerSortKey, descending: boolean, meta?: IndicatorMeta): ExplorerRow[] {
  const order = meta ? outcomeOrder(meta) : JUDGED_ORDER;
  if (key === 'name') return [...rows].sort(byName(descending));
  const valueOf = (r: ExplorerRow): number | null => (key === 'outcome' ? (r.value === null ? null : order.indexOf(r.outcome)) : r[key]);
  return [...rows].sort(byValueMissingLast(valueOf, descending));
}
