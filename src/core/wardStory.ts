// A ward in plain English, for a resident and as the start of a councillor's page: where the ward stands
// among the place's wards on deprivation, who lives there, what is significantly worse and better than
// England (or the place, where England has no figure, said so), and the place's own context (life
// expectancy, alcohol) where no ward figure exists. Rules, not guesswork: the same rule for every ward, and
// every indicator it names comes from the place's roles or the metadata. Pure.
import type { IndicatorMeta, IndicatorRow } from '../domain/indicators';
import type { Place } from '../domain/place';
import { chooseBenchmark, compareRow, type Comparison } from './comparison';
import type { ConcernNotice } from './concernNotice';
import { periodWithAge } from './figureAge';
import { capitalise, countNoun, formatAbout, formatNumber, formatValue, formatWhole, ordinal } from './format';
import type { IndicatorIndex } from './indicatorIndex';
import { placeRole } from './indicatorRoles';
import type { AreaProfileLine } from './mapModel';
import type { Breakdown } from './breakdown';
import { outcomeDirection } from './panelWords';

/** A figure as a sentence shows it: "6.1%", "80.1 years", "724.0"; the other units go in unitAndPeriod. */
export function figureText(value: number | null | undefined, meta: IndicatorMeta): string {
  const text = formatValue(value, meta);
  return meta.unit === 'years' && value !== null && value !== undefined && Number.isFinite(value) ? `${text} years` : text;
}

/**
 * The brackets after a comparison: the unit (unless the figure carries it, as "%" and "years" do), its own
 * brackets turned into commas so there are no brackets within brackets, then the period:
 * "(per 100,000, age-standardised, 2017/18)", "(2021)".
 */
export function unitAndPeriod(meta: IndicatorMeta, period: string, snapshotDate: string): string {
  const unit = meta.unit === '%' || meta.unit === 'years' ? '' : meta.unit.replace(/\s*\(([^)]*)\)/g, ', $1').trim();
  return `(${[unit, periodWithAge(period, snapshotDate)].filter(Boolean).join(', ')})`;
}

export interface DeprivationPlace {
  /** 1 = the most deprived. Ties share the better position. */
  position: number;
  /** Wards with a figure. */
  of: number;
  /** All the place's wards. */
  wardCount: number;
  sentence: string;
  /** What was measured: "Index of Multiple Deprivation score, 2025: 45.2 (score, higher = more deprived)". */
  measure: string;
}

/**
 * "Westfield is the most deprived of York's 21 wards", "… the 4th most deprived …", "… the least deprived …",
 * "… the 3rd least deprived …", on the place's deprivation role (higher = more deprived, as the role says).
 * Null when the role, the ward's figure or the other wards' figures are missing.
 */
export function deprivationPlace(index: IndicatorIndex, place: Place, wardCode: string): DeprivationPlace | null {
  const id = placeRole(place, 'deprivation');
  const meta = id ? index.meta.get(id) : undefined;
  const period = id ? index.latestPeriod(id) : undefined;
  const ward = place.wards.find((w) => w.code === wardCode);
  if (!id || !meta || !period || !ward) return null;
  const rows = index.rows(id, period);
  const own = rows.get(wardCode)?.value;
  if (own === null || own === undefined) return null;
  const values = place.wards.map((w) => rows.get(w.code)?.value).filter((v): v is number => v !== null && v !== undefined);
  const position = values.filter((v) => v > own).length + 1;
  const fromBottom = values.filter((v) => v < own).length + 1;
  const placeName = place.localAuthority.name;
  const among = values.length === place.wards.length ? `${placeName}’s ${place.wards.length} wards` : `the ${values.length} of ${placeName}’s ${place.wards.length} wards with a figure`;
  const where =
    position === 1 ? 'the most deprived' : fromBottom === 1 ? 'the least deprived' : position <= fromBottom ? `the ${ordinal(position)} most deprived` : `the ${ordinal(fromBottom)} least deprived`;
  const others = [place.localAuthority, place.country].flatMap((a) => {
    const v = rows.get(a.code)?.value;
    return v === null || v === undefined ? [] : [`${a.name} ${figureText(v, meta)}`];
  });
  return {
    position,
    of: values.length,
    wardCount: place.wards.length,
    sentence: `${ward.name} is ${where} of ${among}`,
    measure: `${meta.name}: ${[`${ward.name} ${figureText(own, meta)}`, ...others].join(', ')} ${unitAndPeriod(meta, period, place.snapshotDate)}`,
  };
}

/** The most and least deprived wards, for the place's own briefing: "Of York's 21 wards, Westfield is the most deprived and Wheldrake the least". */
export function deprivationExtremes(index: IndicatorIndex, place: Place): string | null {
  const id = placeRole(place, 'deprivation');
  const period = id ? index.latestPeriod(id) : undefined;
  if (!id || !period) return null;
  const rows = index.rows(id, period);
  const ranked = place.wards
    .map((w) => ({ name: w.name, value: rows.get(w.code)?.value }))
    .filter((w): w is { name: string; value: number } => w.value !== null && w.value !== undefined)
    .sort((a, b) => b.value - a.value);
  const [most, least] = [ranked[0], ranked.at(-1)];
  if (!most || !least || ranked.length < 2) return null;
  return `Of ${place.localAuthority.name}’s ${place.wards.length} wards, ${most.name} is the most deprived and ${least.name} the least`;
}

/** Census age bands ("0-4" … "85+") of one area, as shares (%). */
function bandShares(index: IndicatorIndex, id: string, areaCode: string): { start: number; share: number }[] {
  const out: { start: number; share: number }[] = [];
  for (const b of index.breakdowns(id)) {
    if (b.categoryType === '') continue;
    const start = /^(\d+)/.exec(b.category);
    const period = index.latestPeriod(id, b);
    const value = period ? index.rows(id, period, b).get(areaCode)?.value : undefined;
    if (start && value !== null && value !== undefined) out.push({ start: Number(start[1]), share: value });
  }
  return out;
}

/**
 * "About 15,610 residents live in Westfield (Census 2021): about 3,120 children aged under 15 (20.0%; England
 * 17.4%) and about 2,400 residents aged 65 and over (15.4%; England 18.4%)." The residents are the denominator
 * of the place's groupResidents role; the ages come from its ageBands role. Null without the residents.
 */
export function residentsSentence(index: IndicatorIndex, place: Place, wardCode: string, wardName: string): string | null {
  const residentsId = placeRole(place, 'groupResidents');
  const residentsMeta = residentsId ? index.meta.get(residentsId) : undefined;
  const period = residentsId ? index.latestPeriod(residentsId) : undefined;
  const residents = residentsId && period ? index.rows(residentsId, period).get(wardCode)?.denominator : undefined;
  if (!residentsMeta || residents === null || residents === undefined) return null;
  const noun = countNoun(residentsMeta);
  const head = `${capitalise(formatAbout(residents))} ${noun} live in ${wardName} (${residentsMeta.source.startsWith('Census') ? 'Census 2021' : `${period}`})`;
  const bandsId = placeRole(place, 'ageBands');
  if (!bandsId) return `${head}.`;
  const own = bandShares(index, bandsId, wardCode);
  const country = bandShares(index, bandsId, place.country.code);
  const sum = (bands: { start: number; share: number }[], test: (start: number) => boolean) =>
    bands.length === 0 ? null : bands.filter((b) => test(b.start)).reduce((t, b) => t + b.share, 0);
  const groups = [
    { noun: 'children aged under 15', test: (s: number) => s < 15 },
    { noun: `${noun} aged 65 and over`, test: (s: number) => s >= 65 },
  ];
  const parts = groups.flatMap((g) => {
    const share = sum(own, g.test);
    if (share === null) return [];
    const englandShare = sum(country, g.test);
    const england = englandShare === null ? '' : `; ${place.country.name} ${formatNumber(englandShare, 1)}%`;
    return [`${formatAbout((residents * share) / 100)} ${g.noun} (${formatNumber(share, 1)}%${england})`];
  });
  return parts.length === 0 ? `${head}.` : `${head}: ${parts.join(' and ')}.`;
}

export interface StoryFinding {
  key: string;
  indicatorId: string;
  /** The series' name, as the table names it. */
  name: string;
  /** England, or the place where England has no figure. */
  benchmarkName: string;
  sentence: string;
  /** The two figures side by side for a key message: "16.9% against 13.2%". */
  figures: string;
  /** Relative gap from the benchmark, for ordering. */
  gap: number;
  /** The outcome is the publisher's own label (no interval in the data). */
  published: boolean;
}

export interface FindingGroup {
  direction: 'worse' | 'better';
  benchmarkName: string;
  /** "Significantly worse than England", "Better than York, where England has no figure". */
  heading: string;
  findings: StoryFinding[];
}

const directionOf = (c: Comparison) => outcomeDirection(c.outcome);

/** "Emergency admissions: 124.6, where England is 100.0 (ratio, England ≈ 100, 2025)." One benchmark, its figure, unit and period. */
export function findingSentence(line: AreaProfileLine, snapshotDate: string): string {
  const benchmark = line.benchmark as NonNullable<AreaProfileLine['benchmark']>;
  const label = line.comparison.source === 'published' ? `; ${directionOf(line.comparison)} as the publisher judges it` : '';
  return `${line.name}: ${figureText(line.row?.value, line.meta)}, where ${benchmark.name} is ${figureText(benchmark.row.value, line.meta)} ${unitAndPeriod(line.meta, line.period, snapshotDate)}${label}.${line.meta.superseded ? ` ${line.meta.superseded}` : ''}`;
}

/**
 * The ward's significant differences, in four groups and this order: worse than England, worse than the
 * place (England has no figure), better than England, better than the place. Each group is one benchmark;
 * within it the largest gap comes first. Empty groups are left out.
 */
export function findingGroups(lines: readonly AreaProfileLine[], place: Place, snapshotDate: string): FindingGroup[] {
  const country = place.country.name;
  const local = place.localAuthority.name;
  const groups: FindingGroup[] = [
    { direction: 'worse', benchmarkName: country, heading: `Worse than ${country}`, findings: [] },
    { direction: 'worse', benchmarkName: local, heading: `Worse than ${local} as a whole (${country} has no figure)`, findings: [] },
    { direction: 'better', benchmarkName: country, heading: `Better than ${country}`, findings: [] },
    { direction: 'better', benchmarkName: local, heading: `Better than ${local} as a whole (${country} has no figure)`, findings: [] },
  ];
  for (const line of lines) {
    const direction = directionOf(line.comparison);
    const value = line.row?.value;
    if (!direction || !line.benchmark || value === null || value === undefined) continue;
    const group = groups.find((g) => g.direction === direction && g.benchmarkName === line.benchmark?.name);
    if (!group) continue;
    const benchmarkValue = line.benchmark.row.value as number;
    group.findings.push({
      key: line.key,
      indicatorId: line.meta.id,
      name: line.name,
      benchmarkName: line.benchmark.name,
      sentence: findingSentence(line, snapshotDate),
      figures: `${figureText(value, line.meta)} against ${figureText(benchmarkValue, line.meta)}`,
      gap: benchmarkValue === 0 ? 0 : Math.abs(value - benchmarkValue) / Math.abs(benchmarkValue),
      published: line.comparison.source === 'published',
    });
  }
  for (const g of groups) g.findings.sort((a, b) => b.gap - a.gap);
  return groups.filter((g) => g.findings.length > 0);
}

export interface ContextLine {
  key: string;
  sentence: string;
}

function placeFigure(index: IndicatorIndex, place: Place, meta: IndicatorMeta, row: IndicatorRow, period: string, snapshotDate: string, subject: string, breakdown?: Breakdown): string {
  const england = chooseBenchmark(index, meta.id, period, [place.country], breakdown);
  const placeName = place.localAuthority.name;
  const comparison = compareRow(row, england, meta);
  const direction = directionOf(comparison);
  const verdict =
    direction && comparison.source === 'published'
      ? `: ${direction} than ${place.country.name}, as the publisher judges it`
      : direction
        ? `: significantly ${direction} than ${place.country.name}`
        : comparison.outcome === 'similar'
          ? `: not significantly different from ${place.country.name}`
          : '';
  const englandText = england ? `, where ${place.country.name} is ${figureText(england.row.value, meta)}` : ` (${place.country.name} has no figure)`;
  return `${subject}: ${placeName} ${figureText(row.value, meta)}${englandText} ${unitAndPeriod(meta, period, snapshotDate)}${verdict}.`;
}

/**
 * The place's context, published for it as a whole: life expectancy at birth for males and females (the
 * lifeExpectancy role, one sentence per sex), then the alcohol series the concern notice names.
 */
export function placeContextLines(index: IndicatorIndex, place: Place, concern: ConcernNotice | null, snapshotDate: string): ContextLine[] {
  const lines: ContextLine[] = [];
  const lifeId = placeRole(place, 'lifeExpectancy');
  const life = lifeId ? index.meta.get(lifeId) : undefined;
  if (life) {
    const words: Record<string, string> = { Male: 'men', Female: 'women' };
    for (const b of index.breakdowns(life.id)) {
      const who = words[b.sex];
      const period = index.latestPeriod(life.id, b);
      const row = period ? index.rows(life.id, period, b).get(place.localAuthority.code) : undefined;
      if (!who || !period || !row || row.value === null || b.categoryType !== '') continue;
      lines.push({ key: `${life.id}|${b.sex}`, sentence: placeFigure(index, place, life, row, period, snapshotDate, `${capitalise(life.name.toLowerCase())}, ${who}`, b) });
    }
  }
  const alcohol = concern?.series;
  if (alcohol) {
    const period = index.latestPeriod(alcohol.id);
    const row = period ? index.rows(alcohol.id, period).get(place.localAuthority.code) : undefined;
    if (period && row && row.value !== null) lines.push({ key: alcohol.id, sentence: placeFigure(index, place, alcohol, row, period, snapshotDate, alcohol.name) });
  }
  return lines;
}

export interface WardStory {
  wardName: string;
  deprivation: DeprivationPlace | null;
  residents: string | null;
  groups: FindingGroup[];
  context: ContextLine[];
  concern: ConcernNotice | null;
}

/** Everything a ward's plain-English page says, from the ward's profile lines and the index. */
export function buildWardStory(index: IndicatorIndex, place: Place, wardCode: string, lines: readonly AreaProfileLine[], concern: ConcernNotice | null): WardStory | null {
  const ward = place.wards.find((w) => w.code === wardCode);
  if (!ward) return null;
  return {
    wardName: ward.name,
    deprivation: deprivationPlace(index, place, wardCode),
    residents: residentsSentence(index, place, wardCode, ward.name),
    groups: findingGroups(lines, place, place.snapshotDate),
    context: placeContextLines(index, place, concern, place.snapshotDate),
    concern,
  };
}

/** "7 findings", "1 finding". */
export const findingCount = (n: number) => `${formatWhole(n)} ${n === 1 ? 'finding' : 'findings'}`;
