import Papa from 'papaparse';
import { CANONICAL_COLUMNS, type IndicatorRow } from '../../src/domain/indicators';

const AREA_ORDER = ['England', 'Region', 'Local authority', 'Constituency', 'MSOA', 'Ward', 'LSOA'];

/** Fixed precision keeps the snapshot byte-identical between runs and machines. */
export function formatNumber(x: number | null): string {
  if (x === null) return '';
  if (!Number.isFinite(x)) throw new RangeError(`cannot write ${x} to the snapshot`);
  const rounded = Number(x.toFixed(6));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** Category labels that start with a number ("5-9", "10-14", "85+") sort by that number, so age bands come out in order. */
function categoryKey(category: string): string {
  const lead = /^\d+/.exec(category);
  return lead ? `${lead[0].padStart(6, '0')}${category.slice(lead[0].length)}` : category;
}

function compareRows(a: IndicatorRow, b: IndicatorRow): number {
  const keys: [string, string][] = [
    [a.indicatorId, b.indicatorId],
    [String(AREA_ORDER.indexOf(a.areaType)).padStart(2, '0'), String(AREA_ORDER.indexOf(b.areaType)).padStart(2, '0')],
    [a.areaCode, b.areaCode],
    [a.period, b.period],
    [a.sex, b.sex],
    [a.age, b.age],
    [a.categoryType, b.categoryType],
    [categoryKey(a.category), categoryKey(b.category)],
  ];
  for (const [x, y] of keys) if (x !== y) return x < y ? -1 : 1;
  return 0;
}

export function toCanonicalCsv(rows: IndicatorRow[]): string {
  const sorted = [...rows].sort(compareRows);
  const data = sorted.map((r) => [
    r.indicatorId,
    r.areaCode,
    r.areaName,
    r.areaType,
    r.sex,
    r.age,
    r.categoryType,
    r.category,
    r.period,
    formatNumber(r.value),
    formatNumber(r.lower95),
    formatNumber(r.upper95),
    formatNumber(r.lower998),
    formatNumber(r.upper998),
    formatNumber(r.count),
    formatNumber(r.denominator),
    r.valueNote,
    r.ciMethod,
    r.publishedComparison,
  ]);
  return Papa.unparse({ fields: [...CANONICAL_COLUMNS], data }, { newline: '\n' }) + '\n';
}
