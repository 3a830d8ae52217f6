// Recognising a file's layout from its header row. Columns are always found by name
// (after normalising case, spaces, underscores and punctuation), never by position.

import { CANONICAL_COLUMNS } from '../domain/indicators';
import { classifyIodColumn, iodEditionFromHeader, isIodLsoaCodeKey, type IodColumn } from './iod';
import type { IngestFormat } from './result';

/**
 * Header text → matching key: BOM removed, lower case, everything except letters and
 * digits dropped, except a '.' between two digits (a decimal point: "95.0", "99.8"). A
 * '.' anywhere else is a separator, as R's write.csv writes spaces. "Lower CI 95.0 limit",
 * "Lower_CI_95.0_limit", "Lower.CI.95.0.limit" and "lower ci 95.0 LIMIT" all become
 * "lowerci95.0limit"; "IndicatorID", "Indicator ID" and "Indicator.ID" all "indicatorid".
 */
export function headerKey(header: string): string {
  let h = header;
  if (h.charCodeAt(0) === 0xfeff) h = h.slice(1);
  return h.toLowerCase().replace(/(?<![0-9])\.|\.(?![0-9])/g, '').replace(/[^a-z0-9.]+/g, '');
}

/**
 * True when a header cell can name a row-number column that R (write.csv) or a
 * spreadsheet added in front of the data: empty, or R's "X" for an unnamed column.
 */
export function isRowNumberHeader(cell: string): boolean {
  const t = (cell.charCodeAt(0) === 0xfeff ? cell.slice(1) : cell).trim();
  return t === '' || t === 'X' || t === 'x';
}

/** Column index by key; the first occurrence wins (duplicates are reported). */
export interface HeaderIndex {
  raw: string[];
  keys: string[];
  byKey: Map<string, number>;
  duplicates: string[];
}

export function indexHeader(raw: string[]): HeaderIndex {
  const keys = raw.map(headerKey);
  const byKey = new Map<string, number>();
  const duplicates: string[] = [];
  keys.forEach((k, i) => {
    if (k === '') return;
    if (byKey.has(k)) duplicates.push(raw[i]!.trim());
    else byKey.set(k, i);
  });
  return { raw, keys, byKey, duplicates };
}

function find(h: HeaderIndex, aliases: readonly string[]): number {
  for (const a of aliases) {
    const i = h.byKey.get(a);
    if (i !== undefined) return i;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------
// Canonical and Fingertips exports

/** Column roles shared by the canonical format and Fingertips exports; -1 = absent. */
export interface LongColumns {
  indicatorId: number;
  indicatorName: number;
  areaCode: number;
  areaName: number;
  areaType: number;
  sex: number;
  age: number;
  categoryType: number;
  category: number;
  period: number;
  value: number;
  lower95: number;
  upper95: number;
  lower998: number;
  upper998: number;
  count: number;
  denominator: number;
  valueNote: number;
  ciMethod: number;
  publishedComparison: number;
  timePeriodSortable: number;
}

const LONG_ALIASES: Record<keyof LongColumns, readonly string[]> = {
  indicatorId: ['indicatorid'],
  indicatorName: ['indicatorname'],
  areaCode: ['areacode'],
  areaName: ['areaname'],
  areaType: ['areatype'],
  sex: ['sex'],
  age: ['age'],
  categoryType: ['categorytype'],
  category: ['category'],
  period: ['timeperiod'],
  value: ['value'],
  lower95: ['lowerci95.0limit', 'lowerci95limit'],
  upper95: ['upperci95.0limit', 'upperci95limit'],
  lower998: ['lowerci99.8limit'],
  upper998: ['upperci99.8limit'],
  count: ['count'],
  denominator: ['denominator'],
  valueNote: ['valuenote'],
  ciMethod: ['cimethod'],
  // Canonical: 'Published comparison'. Fingertips: 'Compared to England value or percentiles'.
  publishedComparison: ['publishedcomparison', 'comparedtoenglandvalueorpercentiles'],
  timePeriodSortable: ['timeperiodsortable'],
};

function longColumns(h: HeaderIndex): LongColumns {
  const out = {} as LongColumns;
  for (const k of Object.keys(LONG_ALIASES) as (keyof LongColumns)[]) out[k] = find(h, LONG_ALIASES[k]);
  return out;
}

/** Keys of every column a Fingertips export may have (so the rest can be reported as ignored). */
const FINGERTIPS_KNOWN = new Set([
  'indicatorid',
  'indicatorname',
  'parentcode',
  'parentname',
  'areacode',
  'areaname',
  'areatype',
  'sex',
  'age',
  'categorytype',
  'category',
  'timeperiod',
  'value',
  'lowerci95.0limit',
  'upperci95.0limit',
  'lowerci95limit',
  'upperci95limit',
  'lowerci99.8limit',
  'upperci99.8limit',
  'count',
  'denominator',
  'valuenote',
  'recenttrend',
  'comparedtoenglandvalueorpercentiles',
  'timeperiodsortable',
  'newdata',
  'comparedtogoal',
]);

export const CANONICAL_KEYS = CANONICAL_COLUMNS.map(headerKey);

// ---------------------------------------------------------------------------------------
// Tidy long files

export interface TidyColumns {
  areaCode: number;
  areaName: number;
  areaType: number;
  period: number;
  indicator: number;
  measure: number;
  unit: number;
  value: number;
  comparison: number;
  group: number;
}

const TIDY_ALIASES: Record<keyof TidyColumns, readonly string[]> = {
  areaCode: ['areacode', 'areacd'],
  areaName: ['areaname', 'areanm'],
  areaType: ['areatype', 'geography'],
  period: ['period', 'timeperiod'],
  indicator: ['indicator', 'indicatorname'],
  measure: ['measure'],
  unit: ['unit'],
  value: ['value'],
  comparison: ['comparedtoengland', 'comparedtoenglandvalueorpercentiles', 'significance'],
  group: ['inequality', 'group'],
};

// ---------------------------------------------------------------------------------------

export type Detection =
  | { format: 'canonical'; header: HeaderIndex; cols: LongColumns; missing: string[] }
  | { format: 'fingertips' | 'fingertips-underscore'; header: HeaderIndex; cols: LongColumns; ignored: string[] }
  | {
      format: 'deprivation';
      header: HeaderIndex;
      edition: string | null;
      code: number;
      name: number;
      measures: IodColumn[];
      ignored: string[];
    }
  | { format: 'tidy'; header: HeaderIndex; cols: TidyColumns; ignored: string[] }
  | { format: 'generic'; header: HeaderIndex }
  | { format: 'unknown'; header: HeaderIndex };

/** Keys that can name an area-code column in a generic table. */
export function isAreaCodeKey(k: string): boolean {
  if (k.includes('postcode')) return false;
  return k.endsWith('cd') || k.includes('code') || k === 'gss' || k === 'ons';
}

/** Keys that can name an area-name column in a generic table. */
export function isAreaNameKey(k: string): boolean {
  if (k.startsWith('indicator')) return false;
  return (
    k.endsWith('nm') ||
    k.includes('name') ||
    k === 'area' ||
    k === 'ward' ||
    k === 'geography' ||
    k === 'locality' ||
    k === 'lsoa' ||
    k === 'msoa' ||
    k === 'place' ||
    k === 'neighbourhood'
  );
}

export const KNOWN_FORMATS_TEXT =
  'Known formats: the dashboard\'s canonical CSV (Indicator ID, Area Code, …, CI method, Published comparison); ' +
  'an OHID Fingertips export (Indicator ID, Indicator Name, Area Code, Time period, Value, …, or the older IndicatorID/Timeperiod layout); ' +
  'an English Indices of Deprivation LSOA file (LSOA code (2011 or 2021) plus Score/Rank/Decile/population columns); ' +
  'a tidy long table (area_code, area_name, period, indicator, measure, unit, value, …); ' +
  'or a generic table with an area code or name column and numeric value columns.';

export function detectFormat(raw: string[], fileName = ''): Detection {
  const header = indexHeader(raw);
  const has = (k: string) => header.byKey.has(k);

  // 1. Canonical: the project's own columns, recognised by its two extra columns.
  if (has('cimethod') && has('publishedcomparison') && has('indicatorid')) {
    const missing = CANONICAL_COLUMNS.filter((_c, i) => !has(CANONICAL_KEYS[i]!));
    return { format: 'canonical', header, cols: longColumns(header), missing: [...missing] };
  }

  // 2. Fingertips export (current spaced names or the older underscore/camel layout).
  if (has('indicatorid') && has('indicatorname') && has('areacode') && has('timeperiod') && has('value')) {
    const cols = longColumns(header);
    const rawId = raw[cols.indicatorId]!;
    // R's write.csv writes "Indicator.ID": the current layout with dots for spaces, not the older one.
    const underscore = raw.some((r) => r.includes('_')) || !/[\s.]/.test(rawId.trim());
    const ignored = raw.filter((_r, i) => {
      const k = header.keys[i]!;
      if (k === '' || FINGERTIPS_KNOWN.has(k)) return false;
      // The 23rd column: "Compared to percentiles" or "Compared to <parent> value or percentiles".
      if (k.startsWith('comparedto')) return false;
      return true;
    });
    return { format: underscore ? 'fingertips-underscore' : 'fingertips', header, cols, ignored };
  }

  // 3. English Indices of Deprivation.
  const lsoa = header.keys.findIndex(isIodLsoaCodeKey);
  if (lsoa !== -1) {
    const measures: IodColumn[] = [];
    const ignored: string[] = [];
    raw.forEach((r, i) => {
      if (i === lsoa) return;
      const c = classifyIodColumn(r, i);
      if (c) measures.push(c);
      else {
        const k = header.keys[i]!;
        const context = k.startsWith('lsoaname') || k.startsWith('localauthoritydistrict');
        if (!context && k !== '') ignored.push(r.trim());
      }
    });
    if (measures.length > 0) {
      const name = header.keys.findIndex((k) => k.startsWith('lsoaname'));
      return {
        format: 'deprivation',
        header,
        edition: iodEditionFromHeader(raw, fileName),
        code: lsoa,
        name,
        measures,
        ignored,
      };
    }
  }

  // 4. Tidy long tables.
  const tidy = {} as TidyColumns;
  for (const k of Object.keys(TIDY_ALIASES) as (keyof TidyColumns)[]) tidy[k] = find(header, TIDY_ALIASES[k]);
  if ((tidy.areaCode !== -1 || tidy.areaName !== -1) && tidy.period !== -1 && tidy.indicator !== -1 && tidy.value !== -1) {
    const used = new Set(Object.values(tidy).filter((i) => i !== -1));
    const ignored = raw.filter((_r, i) => !used.has(i) && header.keys[i] !== '').map((r) => r.trim());
    return { format: 'tidy', header, cols: tidy, ignored };
  }

  // 5. Generic: any area-code or area-name column; the value columns are chosen from data.
  if (header.keys.some((k) => isAreaCodeKey(k) || isAreaNameKey(k))) return { format: 'generic', header };

  return { format: 'unknown', header };
}

export function describeFormat(format: IngestFormat): string {
  switch (format) {
    case 'canonical':
      return 'the dashboard\'s canonical CSV';
    case 'fingertips':
      return 'an OHID Fingertips export';
    case 'fingertips-underscore':
      return 'an OHID Fingertips export (older underscore layout)';
    case 'deprivation':
      return 'an English Indices of Deprivation file';
    case 'tidy':
      return 'a tidy long table';
    case 'generic':
      return 'a generic area table';
    default:
      return 'an unrecognised file';
  }
}
