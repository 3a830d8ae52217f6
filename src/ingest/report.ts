import { toSafeCsv, type IngestFormat, type KnownArea, type RejectedRecord } from './';
import type { Place } from '../domain/place';
import type { IndicatorMeta, IndicatorRow } from '../domain/indicators';

export const FORMAT_NAMES: Record<IngestFormat, string> = {
  canonical: "the dashboard's own format",
  fingertips: 'an OHID Fingertips export',
  'fingertips-underscore': 'an OHID Fingertips export (older layout)',
  deprivation: 'an English Indices of Deprivation file',
  tidy: 'a tidy long table (area, period, indicator, value)',
  generic: 'a table of areas and values',
  unknown: 'an unrecognised layout',
};

/** Every area the place knows, so uploads can be matched by code or name. */
export function knownAreasOf(place: Place): KnownArea[] {
  return [
    { code: place.country.code, name: place.country.name, type: 'England' },
    { code: place.region.code, name: place.region.name, type: 'Region' },
    { code: place.localAuthority.code, name: place.localAuthority.name, type: 'Local authority' },
    ...place.wards.map((w) => ({ ...w, type: 'Ward' })),
    ...place.msoas.map((m) => ({ ...m, type: 'MSOA' })),
    ...place.lsoas.map((l) => ({ code: l.code, name: l.name, type: 'LSOA' })),
  ];
}

export function statsSentence(stats: { read: number; accepted: number; rejected: number }): string {
  const n = (x: number) => x.toLocaleString('en-GB');
  return `${n(stats.read)} rows read: ${n(stats.accepted)} accepted, ${n(stats.rejected)} rejected.`;
}

/** The full rejection list as a CSV the user can open in a spreadsheet safely. */
export function rejectionsCsv(rejected: RejectedRecord[]): string {
  return toSafeCsv([['Line', 'Reason'], ...rejected.map((r) => [r.line, r.reason])]);
}

export function newDatasetId(now: number, random: number): string {
  return `${now.toString(36)}${Math.floor(random * 1e6).toString(36)}`;
}

/** What an imported file holds, for the import report. Lists are in the order first seen. */
export interface ImportContents {
  indicators: { count: number; names: string[] };
  periods: { count: number; first: string; last: string };
  /** Area types with the number of different areas of each (`more`: at least that many; counting stopped). */
  areaTypes: { type: string; areas: number; more: boolean }[];
  sexes: string[];
  ages: string[];
  /** Category types with their categories. */
  categories: { type: string; values: string[] }[];
  /** Some list reached its limit (DISTINCT_LIMIT values; AREA_LIMIT areas): its count is a minimum. */
  periodsMore: boolean;
}

/** Values kept per list: enough to count and name a few, bounded for a 1,000,000-row file. */
const DISTINCT_LIMIT = 5000;
/** Areas counted per area type: more than England's LSOAs (33,755). */
const AREA_LIMIT = 100_000;

function addCapped(set: Set<string>, value: string, limit = DISTINCT_LIMIT): void {
  if (value !== '' && set.size < limit) set.add(value);
}

/**
 * One pass over the accepted rows: indicators, periods, area types and breakdowns. Takes any
 * iterable, so a large upload passes `result.table` and no array of rows is built.
 */
export function summariseContents(rows: Iterable<IndicatorRow>, indicators: readonly Pick<IndicatorMeta, 'id' | 'name'>[]): ImportContents {
  const periods = new Set<string>();
  const areas = new Map<string, Set<string>>();
  const sexes = new Set<string>();
  const ages = new Set<string>();
  const categories = new Map<string, Set<string>>();
  const ids = new Set<string>();
  for (const r of rows) {
    ids.add(r.indicatorId);
    addCapped(periods, r.period);
    const type = r.areaType === '' ? 'Other' : r.areaType;
    let a = areas.get(type);
    if (a === undefined) areas.set(type, (a = new Set()));
    addCapped(a, r.areaCode || r.areaName, AREA_LIMIT);
    addCapped(sexes, r.sex);
    addCapped(ages, r.age);
    if (r.categoryType !== '' || r.category !== '') {
      const t = r.categoryType || 'Category';
      let c = categories.get(t);
      if (c === undefined) categories.set(t, (c = new Set()));
      addCapped(c, r.category);
    }
  }
  const sortedPeriods = [...periods].sort();
  const withRows = indicators.filter((m) => ids.has(m.id));
  return {
    indicators: { count: withRows.length, names: withRows.map((m) => m.name) },
    periods: { count: periods.size, first: sortedPeriods[0] ?? '', last: sortedPeriods[sortedPeriods.length - 1] ?? '' },
    areaTypes: [...areas].map(([type, set]) => ({ type, areas: set.size, more: set.size >= AREA_LIMIT })),
    sexes: [...sexes],
    ages: [...ages],
    categories: [...categories].map(([type, set]) => ({ type, values: [...set] })),
    periodsMore: periods.size >= DISTINCT_LIMIT,
  };
}

function some(items: readonly string[], limit: number): string {
  if (items.length <= limit) return items.join(', ');
  return `${items.slice(0, limit).join(', ')} and ${(items.length - limit).toLocaleString('en-GB')} more`;
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** The report's sentences on what the file holds, in plain words. */
export function contentsSentences(c: ImportContents): string[] {
  const out: string[] = [];
  if (c.indicators.count > 0) {
    const names = c.indicators.names.map((n) => (n.length > 90 ? `${n.slice(0, 90)}…` : n));
    const list = some(names, 3);
    out.push(`${plural(c.indicators.count, 'indicator', 'indicators')}: ${list}${list.endsWith('…') ? '' : '.'}`);
  }
  if (c.periods.count === 1) out.push(`Period: ${c.periods.first}.`);
  else if (c.periods.count > 1) out.push(`${c.periodsMore ? 'At least ' : ''}${plural(c.periods.count, 'period', 'periods')}, from ${c.periods.first} to ${c.periods.last}.`);
  if (c.areaTypes.length > 0) {
    out.push(`Areas: ${c.areaTypes.map((a) => `${a.more ? 'at least ' : ''}${plural(a.areas, areaSingular(a.type), areaPlural(a.type))}`).join(', ')}.`);
  }
  const parts: string[] = [];
  if (c.ages.length > 0) parts.push(`${plural(c.ages.length, 'age group', 'age groups')}: ${some(c.ages, 6)}`);
  if (c.sexes.length > 0) parts.push(`${plural(c.sexes.length, 'sex', 'sexes')}: ${some(c.sexes, 3)}`);
  if (parts.length > 0) out.push(`Breakdowns: ${parts.join('; ')}.`);
  for (const cat of c.categories.slice(0, 5)) {
    const more = cat.values.length >= DISTINCT_LIMIT ? 'at least ' : '';
    out.push(`${cat.type}: ${more}${plural(cat.values.length, 'category', 'categories')} (${some(cat.values, 5)}).`);
  }
  if (c.categories.length > 5) out.push(`and ${c.categories.length - 5} more category types.`);
  return out;
}

function areaSingular(type: string): string {
  if (type === 'England' || /^[A-Z]{2,}$/.test(type)) return type;
  return type === 'Other' ? 'other area' : type.toLowerCase();
}

function areaPlural(type: string): string {
  if (type === 'England') return 'England';
  if (/^[A-Z]{2,}$/.test(type)) return `${type}s`;
  const t = type.toLowerCase();
  if (t === 'local authority') return 'local authorities';
  if (t === 'constituency') return 'constituencies';
  if (t === 'other') return 'other areas';
  return /s$/.test(t) ? t : `${t}s`;
}
