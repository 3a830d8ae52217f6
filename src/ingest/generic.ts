// Generic tables: propose a column mapping from the header and the first records, or
// check a mapping the user confirmed.

import { genericIndicatorId } from './adapters';
import { findBreakdowns, plainHeader, type BreakdownColumn } from './breakdown';
import { headerKey, isAreaCodeKey, isAreaNameKey } from './detect';
import { parseNumber } from './numbers';
import { ColumnMappingSchema } from './schemas';
import type { ColumnMapping } from './result';

/** An ONS (GSS) area code: E, W, S, N, K or L, then 8 digits (E05013714, E01000001, E92000001, K04000001). */
export const ONS_CODE = /^[EWSNKL]\d{8}$/;
/** Other codes that are clearly identifiers but not areas: GP practices (A81001), NHS organisations (RCB, 03Q). */
const OTHER_CODE = /^[A-Z][A-Z0-9]{2,5}$/;

const COUNT_KEYS = new Set(['count', 'numerator', 'n', 'events', 'cases', 'deaths', 'observed']);
const DENOMINATOR_KEYS = new Set(['denominator', 'denom', 'population', 'pop', 'persons', 'personyears']);
const PERIOD_KEYS = new Set(['period', 'timeperiod', 'year', 'yr', 'date', 'financialyear', 'years']);

function isLowerKey(k: string): boolean {
  return k.startsWith('lower') || k === 'lcl' || k === 'lci' || k === 'll' || k.endsWith('lowerci') || k.endsWith('lcl');
}
function isUpperKey(k: string): boolean {
  return k.startsWith('upper') || k === 'ucl' || k === 'uci' || k === 'ul' || k.endsWith('upperci') || k.endsWith('ucl');
}

/** Nomis API columns that describe the query, not a breakdown of the figures. */
const NOMIS_NOT_BREAKDOWN = new Set(['geographyname', 'datename', 'obsstatusname', 'obsconfname', 'measuresname']);

export interface MappingProposal {
  mapping: ColumnMapping | null;
  needsMapping: boolean;
  /** Why the user has to confirm, or what was assumed. */
  notes: string[];
  /** Set when no column holds areas: what the user can do. */
  noAreas?: string;
}

/** Adds the breakdown columns found to a mapping (first of each role; more categories are noted). */
function applyBreakdowns(mapping: ColumnMapping, header: string[], found: BreakdownColumn[], notes: string[]): void {
  const col = (i: number) => header[i]!.trim();
  const categories = found.filter((b) => b.role === 'category');
  const sex = found.find((b) => b.role === 'sex');
  const age = found.find((b) => b.role === 'age');
  if (sex) mapping.sex = col(sex.index);
  if (age) mapping.age = col(age.index);
  if (categories.length > 0) {
    mapping.category = col(categories[0]!.index);
    mapping.categoryType = categories[0]!.label;
  }
  const used = [sex, age, categories[0]].filter((b): b is BreakdownColumn => b !== undefined);
  if (used.length > 0) {
    notes.push(
      `Rows that share area and period differ in ${used.map((b) => `"${col(b.index)}"`).join(' and ')}, so ${used.length === 1 ? 'it is' : 'these are'} read as a breakdown (${used
        .map((b) => (b.role === 'category' ? `category type “${b.label}”` : b.role))
        .join(', ')}), not as duplicates.`,
    );
  }
  if (categories.length > 1) {
    notes.push(`Other columns also vary within an area and period (${categories.slice(1).map((b) => col(b.index)).join(', ')}); only one can be the breakdown, so choose it.`);
  }
}

/** A plain-English explanation for a table with no column of areas. */
function noAreasMessage(header: string[], sample: string[][]): string {
  const col = (i: number) => header[i]!.trim();
  let other = '';
  for (let i = 0; i < header.length && other === ''; i++) {
    const vs = sample.map((r) => (r[i] ?? '').trim()).filter((v) => v !== '').slice(0, 50);
    if (vs.length > 0 && vs.every((v) => OTHER_CODE.test(v) && /\d/.test(v))) {
      other = ` The column "${col(i)}" holds codes such as ${vs[0]}, which are not area codes${/practice/i.test(col(i)) ? ' (GP practice codes: practices are not areas on the map)' : ''}.`;
    }
  }
  return (
    `No column holds area codes the dashboard knows (ONS codes of 9 characters, such as E05013714 for a ward, E01000001 for a neighbourhood (LSOA) or E06000014 for a local authority) or area names.${other} ` +
    'To import it, add a column of ward, neighbourhood or local-authority codes (for GP practice figures, first add up the practices of each ward or primary care network), ' +
    'or, if one of the columns does hold areas, choose it below.'
  );
}

/**
 * Proposes how to read a generic table. `needsMapping` is false only when the choice is
 * unambiguous: one area-code column (or, without codes, one area-name column) and exactly
 * one numeric value column, with count/denominator/limit columns recognised by name. An
 * area-code column is recognised by its values (ONS codes) whatever its name. A text column
 * that varies between records of the same area and period is proposed as the breakdown
 * (sex, age or category), and a numeric "… Code" column beside it is not a value.
 */
export function proposeMapping(header: string[], sample: string[][], fileName: string | undefined, decimalComma: boolean): MappingProposal {
  const keys = header.map(headerKey);
  const notes: string[] = [];
  const values = (i: number) => sample.map((r) => (r[i] ?? '').trim()).filter((v) => v !== '');
  const col = (i: number) => header[i]!.trim();

  // A Nomis API download: OBS_VALUE holds the figures, GEOGRAPHY_CODE the areas, *_NAME the dimensions.
  const obs = keys.indexOf('obsvalue');
  const geo = keys.indexOf('geographycode');
  if (obs !== -1 && geo !== -1) return proposeNomis(header, keys, sample, fileName, decimalComma, obs, geo);

  const codeCols: number[] = [];
  const nameCols: number[] = [];
  const textCols: number[] = [];
  let period = -1;
  const numeric: number[] = [];
  keys.forEach((k, i) => {
    if (k === '') return;
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
    else textCols.push(i);
  });

  // Several code columns (LSOA, ward and authority codes side by side): the one with the most
  // different values is the area the figures belong to; the others are its parents.
  let areaCode: number | undefined = codeCols[0];
  if (codeCols.length > 1) {
    const distinct = (i: number) => new Set(values(i)).size;
    const ranked = [...codeCols].sort((a, b) => distinct(b) - distinct(a));
    areaCode = ranked[0];
    if (distinct(ranked[0]!) === distinct(ranked[1]!)) {
      notes.push(`Several columns hold area codes (${codeCols.map(col).join(', ')}); choose the one the values belong to.`);
    } else {
      notes.push(`Several columns hold area codes (${codeCols.map(col).join(', ')}); "${col(areaCode!)}" was chosen because it has the most different codes (the others look like the areas they belong to).`);
    }
  }
  const ambiguousCodes = codeCols.length > 1 && notes.some((n) => n.endsWith('choose the one the values belong to.'));
  let areaName: number | undefined;
  if (areaCode !== undefined) {
    const stem = keys[areaCode]!.replace(/(cd|code)$/, '');
    areaName = nameCols.find((i) => keys[i]!.replace(/(nm|name)$/, '') === stem) ?? nameCols[0];
  } else {
    areaName = nameCols[0];
    if (nameCols.length > 1) notes.push(`Several columns could hold area names (${nameCols.map(col).join(', ')}); choose one.`);
  }
  let noAreas: string | undefined;
  if (areaCode === undefined && areaName === undefined) {
    noAreas = noAreasMessage(header, sample);
  } else if (areaCode === undefined) {
    notes.push('The table has area names but no area codes: names will be matched to the area lookup, and names not in it will be rejected.');
  }

  // Breakdowns: text columns (and spare name columns) that vary within an area and period.
  const keyCols = [areaCode ?? areaName, period].filter((i): i is number => i !== undefined && i !== -1);
  const candidates = [...textCols, ...nameCols.filter((i) => i !== areaName)].sort((a, b) => a - b);
  const found = keyCols.length > 0 ? findBreakdowns(header, sample, keyCols, candidates, decimalComma) : [];
  // "Age (6 categories) Code" beside "Age (6 categories)" is the breakdown's code, not a value.
  const companion = new Set(found.flatMap((b) => [`${keys[b.index]}code`, `${keys[b.index]!.replace(/name$/, '')}code`, `${keys[b.index]}cd`]));
  const numericValues = numeric.filter((i) => !companion.has(keys[i]!));

  let count = -1;
  let denominator = -1;
  let lower = -1;
  let upper = -1;
  const valueCols: number[] = [];
  for (const i of numericValues) {
    const k = keys[i]!;
    if (count === -1 && COUNT_KEYS.has(k)) count = i;
    else if (denominator === -1 && DENOMINATOR_KEYS.has(k)) denominator = i;
    else if (lower === -1 && isLowerKey(k)) lower = i;
    else if (upper === -1 && isUpperKey(k)) upper = i;
    else valueCols.push(i);
  }
  if (valueCols.length === 0) notes.push('No column of numbers was found in the first rows to use as the values.');
  if (valueCols.length > 1) {
    notes.push(`${valueCols.length} columns of numbers could each be an indicator (${valueCols.map(col).slice(0, 12).join(', ')}${valueCols.length > 12 ? ', …' : ''}); confirm which to import.`);
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
    ambiguousCodes ||
    (areaCode === undefined && (areaName === undefined || nameCols.length > 1)) ||
    valueCols.length !== 1 ||
    found.filter((b) => b.role === 'category').length > 1;

  const mapping: ColumnMapping = {
    areaCode: areaCode !== undefined ? col(areaCode) : null,
    areaName: areaName !== undefined ? col(areaName) : null,
    period: period !== -1 ? col(period) : null,
    values: valueCols.map((i) => ({ column: col(i), indicatorId: genericIndicatorId(fileName, col(i)), name: plainHeader(col(i)) })),
    count: count !== -1 ? col(count) : null,
    denominator: denominator !== -1 ? col(denominator) : null,
    lower95: lower !== -1 ? col(lower) : null,
    upper95: upper !== -1 ? col(upper) : null,
  };
  if (fixedPeriod !== undefined) mapping.fixedPeriod = fixedPeriod;
  applyBreakdowns(mapping, header, found, notes);
  const out: MappingProposal = { mapping, needsMapping: needsMapping || noAreas !== undefined, notes };
  if (noAreas !== undefined) out.noAreas = noAreas;
  return out;
}

function proposeNomis(header: string[], keys: string[], sample: string[][], fileName: string | undefined, decimalComma: boolean, obs: number, geo: number): MappingProposal {
  const col = (i: number) => header[i]!.trim();
  const notes: string[] = ['This is a Nomis download: the figures are in OBS_VALUE, the areas in GEOGRAPHY_CODE; the other columns describe the query.'];
  const dateName = keys.indexOf('datename');
  const period = dateName !== -1 ? dateName : keys.indexOf('date');
  const nameIdx = keys.indexOf('geographyname');
  const candidates = keys.flatMap((k, i) => (k.endsWith('name') && !NOMIS_NOT_BREAKDOWN.has(k) ? [i] : []));
  const found = findBreakdowns(header, sample, [geo, period].filter((i) => i !== -1), candidates, decimalComma);
  const measure = keys.indexOf('measurename');
  const measures = measure === -1 ? [] : [...new Set(sample.map((r) => (r[measure] ?? '').trim()))];
  const name = measures.length === 1 && measures[0] !== '' ? measures[0]! : 'Value';
  const mapping: ColumnMapping = {
    areaCode: col(geo),
    areaName: nameIdx !== -1 ? col(nameIdx) : null,
    period: period !== -1 ? col(period) : null,
    values: [{ column: col(obs), indicatorId: `${genericIndicatorId(fileName, name)}`, name }],
    count: null,
    denominator: null,
    lower95: null,
    upper95: null,
  };
  if (period === -1) mapping.fixedPeriod = '';
  applyBreakdowns(mapping, header, found, notes);
  return { mapping, needsMapping: found.filter((b) => b.role === 'category').length > 1, notes };
}

/** Checks a user-supplied mapping against the schema and the header. Returns an error message or null. */
export function checkMapping(mapping: unknown, header: string[]): { mapping: ColumnMapping } | { error: string } {
  const parsed = ColumnMappingSchema.safeParse(mapping);
  if (!parsed.success) {
    return { error: `The columns chosen do not fit together: ${[...new Set(parsed.error.issues.map((i) => i.message))].slice(0, 3).join('; ')}.` };
  }
  const m = parsed.data as ColumnMapping;
  const names = new Set(header.map((h) => h.trim()));
  const wanted = [m.areaCode, m.areaName, m.period, m.count, m.denominator, m.lower95, m.upper95, m.category, m.sex, m.age, ...m.values.map((v) => v.column)];
  const missing = wanted.filter((c): c is string => typeof c === 'string' && !names.has(c.trim()));
  if (missing.length > 0) {
    return { error: `The column mapping names columns that are not in the file: ${[...new Set(missing)].join(', ')}.` };
  }
  return { mapping: m };
}
