// Generic tables: propose a column mapping from the header and the first records, or
// check a mapping the user confirmed.

import { genericIndicatorId } from './adapters';
import { headerKey, isAreaCodeKey, isAreaNameKey } from './detect';
import { parseNumber } from './numbers';
import { ColumnMappingSchema, describeIssues } from './schemas';
import type { ColumnMapping } from './result';

const ONS_CODE = /^[EWSNKL]\d{8}$/;

const COUNT_KEYS = new Set(['count', 'numerator', 'n', 'events', 'cases', 'deaths', 'observed']);
const DENOMINATOR_KEYS = new Set(['denominator', 'denom', 'population', 'pop', 'persons', 'personyears']);
const PERIOD_KEYS = new Set(['period', 'timeperiod', 'year', 'yr', 'date', 'financialyear', 'years']);

function isLowerKey(k: string): boolean {
  return k.startsWith('lower') || k === 'lcl' || k === 'lci' || k === 'll' || k.startsWith('lowerci');
}
function isUpperKey(k: string): boolean {
  return k.startsWith('upper') || k === 'ucl' || k === 'uci' || k === 'ul' || k.startsWith('upperci');
}

export interface MappingProposal {
  mapping: ColumnMapping | null;
  needsMapping: boolean;
  /** Why the user has to confirm, or what was assumed. */
  notes: string[];
}

/**
 * Proposes how to read a generic table. `needsMapping` is false only when the choice is
 * unambiguous: one area-code column (or, without codes, one area-name column) and exactly
 * one numeric value column, with count/denominator/limit columns recognised by name.
 */
export function proposeMapping(header: string[], sample: string[][], fileName: string | undefined, decimalComma: boolean): MappingProposal {
  const keys = header.map(headerKey);
  const notes: string[] = [];
  const values = (i: number) => sample.map((r) => (r[i] ?? '').trim()).filter((v) => v !== '');

  const codeCols: number[] = [];
  const nameCols: number[] = [];
  let period = -1;
  const numeric: number[] = [];
  keys.forEach((k, i) => {
    const vs = values(i);
    const looksCode = vs.length > 0 && vs.filter((v) => ONS_CODE.test(v)).length >= vs.length * 0.8;
    const allNumeric = vs.length > 0 && vs.every((v) => {
      const n = parseNumber(v, decimalComma);
      return n === null || n === n;
    }) && vs.some((v) => parseNumber(v, decimalComma) !== null);
    if (isAreaCodeKey(k) && (looksCode || vs.length === 0)) codeCols.push(i);
    else if (looksCode && !allNumeric) codeCols.push(i);
    else if (period === -1 && (PERIOD_KEYS.has(k) || k.includes('year') || k.includes('period'))) period = i;
    else if (isAreaNameKey(k) && !allNumeric) nameCols.push(i);
    else if (allNumeric) numeric.push(i);
  });

  const col = (i: number) => header[i]!.trim();
  let areaCode: number | undefined = codeCols[0];
  if (codeCols.length > 1) {
    notes.push(`Several columns hold area codes (${codeCols.map(col).join(', ')}); choose the one the values belong to.`);
  }
  let areaName: number | undefined;
  if (areaCode !== undefined) {
    const stem = keys[areaCode]!.replace(/(cd|code)$/, '');
    areaName = nameCols.find((i) => keys[i]!.replace(/(nm|name)$/, '') === stem) ?? nameCols[0];
  } else {
    areaName = nameCols[0];
    if (nameCols.length > 1) notes.push(`Several columns could hold area names (${nameCols.map(col).join(', ')}); choose one.`);
  }
  if (areaCode === undefined && areaName === undefined) {
    notes.push('No column of area codes or area names was found.');
    areaCode = undefined;
  } else if (areaCode === undefined) {
    notes.push('The table has area names but no area codes: names will be matched to the area lookup, and names not in it will be rejected.');
  }

  let count = -1;
  let denominator = -1;
  let lower = -1;
  let upper = -1;
  const valueCols: number[] = [];
  for (const i of numeric) {
    const k = keys[i]!;
    if (count === -1 && COUNT_KEYS.has(k)) count = i;
    else if (denominator === -1 && DENOMINATOR_KEYS.has(k)) denominator = i;
    else if (lower === -1 && isLowerKey(k)) lower = i;
    else if (upper === -1 && isUpperKey(k)) upper = i;
    else valueCols.push(i);
  }
  if (valueCols.length === 0) notes.push('No numeric value column was found in the first rows.');
  if (valueCols.length > 1) {
    notes.push(`${valueCols.length} numeric columns could each be an indicator (${valueCols.map(col).slice(0, 12).join(', ')}${valueCols.length > 12 ? ', …' : ''}); confirm which to import.`);
    // Count/denominator/limits only make sense with a single value column.
    for (const i of [count, denominator, lower, upper]) if (i !== -1) valueCols.push(i);
    count = denominator = lower = upper = -1;
    valueCols.sort((a, b) => a - b);
  }

  let fixedPeriod: string | undefined;
  if (period === -1) {
    const year = /(?:^|[^0-9])((?:19|20)\d{2})(?:[^0-9]|$)/.exec(fileName ?? '');
    fixedPeriod = year ? year[1]! : '';
    notes.push(
      year
        ? `No period column: the period ${year[1]} was taken from the file name; change it if it is wrong.`
        : 'No period column: rows will have no period unless one is entered.',
    );
  }

  const needsMapping =
    codeCols.length > 1 ||
    (areaCode === undefined && (areaName === undefined || nameCols.length > 1)) ||
    valueCols.length !== 1;

  if (valueCols.length === 0 || (areaCode === undefined && areaName === undefined)) {
    return { mapping: null, needsMapping: true, notes };
  }
  const mapping: ColumnMapping = {
    areaCode: areaCode !== undefined ? col(areaCode) : null,
    areaName: areaName !== undefined ? col(areaName) : null,
    period: period !== -1 ? col(period) : null,
    values: valueCols.map((i) => ({ column: col(i), indicatorId: genericIndicatorId(fileName, col(i)), name: col(i) })),
    count: count !== -1 ? col(count) : null,
    denominator: denominator !== -1 ? col(denominator) : null,
    lower95: lower !== -1 ? col(lower) : null,
    upper95: upper !== -1 ? col(upper) : null,
  };
  if (fixedPeriod !== undefined) mapping.fixedPeriod = fixedPeriod;
  return { mapping, needsMapping, notes };
}

/** Checks a user-supplied mapping against the schema and the header. Returns an error message or null. */
export function checkMapping(mapping: unknown, header: string[]): { mapping: ColumnMapping } | { error: string } {
  const parsed = ColumnMappingSchema.safeParse(mapping);
  if (!parsed.success) return { error: `The column mapping is not valid: ${describeIssues(parsed.error)}.` };
  const m = parsed.data as ColumnMapping;
  const names = new Set(header.map((h) => h.trim()));
  const wanted = [m.areaCode, m.areaName, m.period, m.count, m.denominator, m.lower95, m.upper95, ...m.values.map((v) => v.column)];
  const missing = wanted.filter((c): c is string => typeof c === 'string' && !names.has(c.trim()));
  if (missing.length > 0) {
    return { error: `The column mapping names columns that are not in the file: ${[...new Set(missing)].join(', ')}.` };
  }
  return { mapping: m };
}
