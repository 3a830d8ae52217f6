// The bundled figures in the form the page reads: compiled at build time from data/indicators.csv
// after src/ingest has validated it (scripts/vite/compiledSnapshot.ts), so a page load parses JSON
// rather than re-reading and re-validating CSV. Columnar, with one table of shared strings: an area
// name or period repeated on thousands of rows is stored, and held in memory, once.
// Pure: no DOM, no fetch; the same code compiles (Node) and expands (browser).
import type { CiMethod, IndicatorRow } from '../domain/indicators';

export const COMPILED_FORMAT = 'york-dashboard-rows/1';

const TEXT_FIELDS = [
  'indicatorId',
  'areaCode',
  'areaName',
  'areaType',
  'sex',
  'age',
  'categoryType',
  'category',
  'period',
  'valueNote',
  'ciMethod',
  'publishedComparison',
] as const satisfies readonly (keyof IndicatorRow)[];

const NUMBER_FIELDS = ['value', 'lower95', 'upper95', 'lower998', 'upper998', 'count', 'denominator'] as const satisfies readonly (keyof IndicatorRow)[];

type TextField = (typeof TEXT_FIELDS)[number];
type NumberField = (typeof NUMBER_FIELDS)[number];

export interface CompiledRows {
  format: typeof COMPILED_FORMAT;
  /** SHA-256 of the indicators.csv compiled, as data/manifest.json lists it: a file from another build is caught. */
  sourceSha256: string;
  count: number;
  /** What reading the CSV reported (shown on About), and the rows it could not read. */
  warnings: string[];
  rejected: number;
  firstRejectedReason: string;
  strings: string[];
  /** Per field, each row's index into `strings`. */
  text: Record<TextField, number[]>;
  /** Per field, each row's number; null is missing (never 0). */
  numbers: Record<NumberField, (number | null)[]>;
}

export interface CompileInput {
  rows: readonly IndicatorRow[];
  sourceSha256: string;
  warnings: readonly string[];
  rejected: number;
  firstRejectedReason?: string;
}

export function compileRows(input: CompileInput): CompiledRows {
  const strings: string[] = [];
  const slot = new Map<string, number>();
  const intern = (s: string) => {
    let i = slot.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      slot.set(s, i);
    }
    return i;
  };
  const text = Object.fromEntries(TEXT_FIELDS.map((f) => [f, input.rows.map((r) => intern(r[f]))])) as Record<TextField, number[]>;
  const numbers = Object.fromEntries(NUMBER_FIELDS.map((f) => [f, input.rows.map((r) => r[f])])) as Record<NumberField, (number | null)[]>;
  return {
    format: COMPILED_FORMAT,
    sourceSha256: input.sourceSha256,
    count: input.rows.length,
    warnings: [...input.warnings],
    rejected: input.rejected,
    firstRejectedReason: input.firstRejectedReason ?? '',
    strings,
    text,
    numbers,
  };
}

/** Why a fetched file is not a whole compiled snapshot (null when it is). Checked before any row is built. */
export function compiledRowsProblem(value: unknown, expectedSha256: string | undefined): string | null {
  if (typeof value !== 'object' || value === null) return 'it is not a compiled figures file';
  const c = value as Partial<CompiledRows>;
  if (c.format !== COMPILED_FORMAT) return `it is in an unknown format (${String(c.format)})`;
  if (expectedSha256 !== undefined && c.sourceSha256 !== expectedSha256) return 'it comes from a different build of the snapshot than the rest of the page';
  const n = c.count;
  if (typeof n !== 'number' || !Array.isArray(c.strings) || !c.text || !c.numbers) return 'it is incomplete';
  for (const f of TEXT_FIELDS) if (!Array.isArray(c.text[f]) || c.text[f].length !== n) return 'it is incomplete';
  for (const f of NUMBER_FIELDS) if (!Array.isArray(c.numbers[f]) || c.numbers[f].length !== n) return 'it is incomplete';
  const size = c.strings.length;
  for (const f of TEXT_FIELDS) if (c.text[f].some((i) => !(i >= 0 && i < size))) return 'it refers to text it does not hold';
  return null;
}

/** The rows, rebuilt; every row's strings are the shared table's, so equal names are one string in memory. */
export function expandRows(c: CompiledRows): IndicatorRow[] {
  const { strings, text, numbers } = c;
  const at = (f: TextField, i: number) => strings[text[f][i] as number] as string;
  const rows: IndicatorRow[] = new Array(c.count);
  for (let i = 0; i < c.count; i++) {
    rows[i] = {
      indicatorId: at('indicatorId', i),
      areaCode: at('areaCode', i),
      areaName: at('areaName', i),
      areaType: at('areaType', i),
      sex: at('sex', i),
      age: at('age', i),
      categoryType: at('categoryType', i),
      category: at('category', i),
      period: at('period', i),
      value: numbers.value[i] ?? null,
      lower95: numbers.lower95[i] ?? null,
      upper95: numbers.upper95[i] ?? null,
      lower998: numbers.lower998[i] ?? null,
      upper998: numbers.upper998[i] ?? null,
      count: numbers.count[i] ?? null,
      denominator: numbers.denominator[i] ?? null,
      valueNote: at('valueNote', i),
      ciMethod: at('ciMethod', i) as CiMethod,
      publishedComparison: at('publishedComparison', i),
    };
  }
  return rows;
}
