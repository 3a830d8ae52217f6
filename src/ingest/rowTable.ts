// The accepted rows of an ingest, held column by column instead of as one object per row.
//
// A million IndicatorRow objects cost about 280 bytes each (19 properties, boxed doubles,
// the array holding them), and the garbage collector traces every one of them on each
// major collection. Here a row is 7 doubles and 12 string indexes (104 bytes), in blocks of
// typed arrays the collector does not look inside, and each distinct string is kept once
// per column. Row objects are built only when asked for (row(i), slice, iteration).
//
// Blocks of BLOCK rows, not one array doubled as it fills: growing never copies what is
// already stored (a doubling array briefly holds the old and the new copy, 3x the data) and
// at most one block is unused.

import type { CiMethod, IndicatorRow } from '../domain/indicators';

const BLOCK_BITS = 16;
const BLOCK = 1 << BLOCK_BITS;
const BLOCK_MASK = BLOCK - 1;
/** Numbers per row: value, lower95, upper95, lower998, upper998, count, denominator. */
const NUMS = 7;
/** Strings per row, in IndicatorRow's order (see S_* below). */
const STRS = 12;
const S_INDICATOR = 0;
const S_AREA_CODE = 1;
const S_AREA_NAME = 2;
const S_AREA_TYPE = 3;
const S_SEX = 4;
const S_AGE = 5;
const S_CATEGORY_TYPE = 6;
const S_CATEGORY = 7;
const S_PERIOD = 8;
const S_VALUE_NOTE = 9;
const S_CI_METHOD = 10;
const S_COMPARISON = 11;
/** Distinct strings a column looks up before it stops sharing them (a Map's size is bounded, ~16.7 million). */
const POOL_LIMIT = 1 << 22;

/**
 * The distinct strings of one column. Strings of 13 characters or more are copied when first
 * stored: V8 substrings can point into the parser's whole text chunk and keep it alive.
 */
class StringPool {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  // A column usually repeats its last value (indicator, sex, age, notes): checked before the map.
  private last = '';
  private lastIndex = -1;

  id(s: string): number {
    if (s === this.last && this.lastIndex >= 0) return this.lastIndex;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.values.length;
      const v = s.length >= 13 ? flatCopy(s) : s;
      this.values.push(v);
      if (this.index.size < POOL_LIMIT) this.index.set(v, i);
    }
    this.last = s;
    this.lastIndex = i;
    return i;
  }
}

function flatCopy(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}

function checkNumber(x: number | null, name: string): void {
  // NaN stands for null in the columns, so a NaN value would come back as null: refused instead.
  if (x !== null && (typeof x !== 'number' || x !== x)) throw new RangeError(`${name} is not a number (${String(x)}); missing values must be null.`);
}

/**
 * Rows stored column by column. `row(i)`, `slice` and iteration build ordinary IndicatorRow
 * objects (a new object each time, sharing the table's strings), equal to the rows pushed:
 * null stays null (never 0), -0 stays -0, strings are the same text.
 */
export class RowTable implements Iterable<IndicatorRow> {
  private nums: Float64Array[] = [];
  private strs: Int32Array[] = [];
  private readonly pools: StringPool[] = Array.from({ length: STRS }, () => new StringPool());
  private n = 0;

  /** Number of rows. */
  get length(): number {
    return this.n;
  }

  /** Stores a copy of the row (later changes to the object are not seen). Throws on NaN. */
  push(r: IndicatorRow): void {
    checkNumber(r.value, 'value');
    checkNumber(r.lower95, 'lower95');
    checkNumber(r.upper95, 'upper95');
    checkNumber(r.lower998, 'lower998');
    checkNumber(r.upper998, 'upper998');
    checkNumber(r.count, 'count');
    checkNumber(r.denominator, 'denominator');
    const i = this.n;
    const b = i >>> BLOCK_BITS;
    if (b === this.nums.length) {
      this.nums.push(new Float64Array(BLOCK * NUMS));
      this.strs.push(new Int32Array(BLOCK * STRS));
    }
    const num = this.nums[b]!;
    const str = this.strs[b]!;
    let o = (i & BLOCK_MASK) * NUMS;
    num[o] = r.value ?? NaN;
    num[o + 1] = r.lower95 ?? NaN;
    num[o + 2] = r.upper95 ?? NaN;
    num[o + 3] = r.lower998 ?? NaN;
    num[o + 4] = r.upper998 ?? NaN;
    num[o + 5] = r.count ?? NaN;
    num[o + 6] = r.denominator ?? NaN;
    const p = this.pools;
    o = (i & BLOCK_MASK) * STRS;
    str[o] = p[S_INDICATOR]!.id(r.indicatorId);
    str[o + 1] = p[S_AREA_CODE]!.id(r.areaCode);
    str[o + 2] = p[S_AREA_NAME]!.id(r.areaName);
    str[o + 3] = p[S_AREA_TYPE]!.id(r.areaType);
    str[o + 4] = p[S_SEX]!.id(r.sex);
    str[o + 5] = p[S_AGE]!.id(r.age);
    str[o + 6] = p[S_CATEGORY_TYPE]!.id(r.categoryType);
    str[o + 7] = p[S_CATEGORY]!.id(r.category);
    str[o + 8] = p[S_PERIOD]!.id(r.period);
    str[o + 9] = p[S_VALUE_NOTE]!.id(r.valueNote);
    str[o + 10] = p[S_CI_METHOD]!.id(r.ciMethod);
    str[o + 11] = p[S_COMPARISON]!.id(r.publishedComparison);
    this.n = i + 1;
  }

  /** Row i as a new IndicatorRow object (0 <= i < length; throws otherwise). */
  row(i: number): IndicatorRow {
    if (!Number.isInteger(i) || i < 0 || i >= this.n) throw new RangeError(`Row ${i} is outside the table (0 to ${this.n - 1}).`);
    return this.build(i);
  }

  private build(i: number): IndicatorRow {
    const b = i >>> BLOCK_BITS;
    const num = this.nums[b]!;
    const str = this.strs[b]!;
    const o = (i & BLOCK_MASK) * NUMS;
    const s = (i & BLOCK_MASK) * STRS;
    const p = this.pools;
    const v = num[o]!;
    const l95 = num[o + 1]!;
    const u95 = num[o + 2]!;
    const l998 = num[o + 3]!;
    const u998 = num[o + 4]!;
    const c = num[o + 5]!;
    const d = num[o + 6]!;
    // Same property order as the adapters' row literals, so JSON of these rows is unchanged.
    return {
      indicatorId: p[S_INDICATOR]!.values[str[s]!]!,
      areaCode: p[S_AREA_CODE]!.values[str[s + 1]!]!,
      areaName: p[S_AREA_NAME]!.values[str[s + 2]!]!,
      areaType: p[S_AREA_TYPE]!.values[str[s + 3]!]!,
      sex: p[S_SEX]!.values[str[s + 4]!]!,
      age: p[S_AGE]!.values[str[s + 5]!]!,
      categoryType: p[S_CATEGORY_TYPE]!.values[str[s + 6]!]!,
      category: p[S_CATEGORY]!.values[str[s + 7]!]!,
      period: p[S_PERIOD]!.values[str[s + 8]!]!,
      value: v === v ? v : null,
      lower95: l95 === l95 ? l95 : null,
      upper95: u95 === u95 ? u95 : null,
      lower998: l998 === l998 ? l998 : null,
      upper998: u998 === u998 ? u998 : null,
      count: c === c ? c : null,
      denominator: d === d ? d : null,
      valueNote: p[S_VALUE_NOTE]!.values[str[s + 9]!]!,
      ciMethod: p[S_CI_METHOD]!.values[str[s + 10]!]! as CiMethod,
      publishedComparison: p[S_COMPARISON]!.values[str[s + 11]!]!,
    };
  }

  /** Rows start..end-1 as new objects, with Array.prototype.slice's handling of negative and out-of-range bounds. */
  slice(start = 0, end = this.n): IndicatorRow[] {
    const n = this.n;
    const from = clampIndex(start, n);
    const to = clampIndex(end, n);
    const out: IndicatorRow[] = [];
    for (let i = from; i < to; i++) out.push(this.build(i));
    return out;
  }

  /** Yields each row as a new object, one at a time: nothing is materialised beyond the row in hand. */
  *[Symbol.iterator](): Iterator<IndicatorRow> {
    // Reads the length each step, like an array iterator, so rows pushed meanwhile are seen.
    for (let i = 0; i < this.n; i++) yield this.build(i);
  }

  /** Whether row i has the same duplicate-detection key as `r` (see keys.ts). */
  sameKey(i: number, r: IndicatorRow): boolean {
    const str = this.strs[i >>> BLOCK_BITS]!;
    const s = (i & BLOCK_MASK) * STRS;
    const p = this.pools;
    return (
      p[S_INDICATOR]!.values[str[s]!] === r.indicatorId &&
      p[S_AREA_CODE]!.values[str[s + 1]!] === r.areaCode &&
      p[S_PERIOD]!.values[str[s + 8]!] === r.period &&
      p[S_SEX]!.values[str[s + 4]!] === r.sex &&
      p[S_AGE]!.values[str[s + 5]!] === r.age &&
      p[S_CATEGORY_TYPE]!.values[str[s + 6]!] === r.categoryType &&
      p[S_CATEGORY]!.values[str[s + 7]!] === r.category
    );
  }

  /** Removes every row (the string pools are kept: they only ever hold strings already seen). */
  clear(): void {
    this.nums = [];
    this.strs = [];
    this.n = 0;
  }

  /** A table holding these rows (tests, and callers that have rows already). */
  static from(rows: Iterable<IndicatorRow>): RowTable {
    const t = new RowTable();
    for (const r of rows) t.push(r);
    return t;
  }
}

function clampIndex(x: number, n: number): number {
  const i = Math.trunc(Number(x)) || 0;
  return i < 0 ? Math.max(0, n + i) : Math.min(i, n);
}

/**
 * Gives an ingest result its `table` and `rows`, both NON-enumerable: spreading the result
 * (`{ ...result }`, `const { table, rejected, ...rest } = result`), structuredClone,
 * postMessage and JSON.stringify leave them out, so a summary posted from the worker never
 * copies or materialises the rows. Read them by name.
 *
 * `rows` is built from the table on first read and cached (a plain array from then on, which
 * the caller may change; later reads give that same array, not the table). On a
 * 1,000,000-row result reading `rows` costs what the row objects always cost (~280 MB):
 * large-upload callers iterate `table` instead.
 */
export function attachTable<T extends object>(result: T, table: RowTable): T & { table: RowTable; rows: IndicatorRow[] } {
  Object.defineProperty(result, 'table', { value: table, enumerable: false, writable: false, configurable: true });
  const settle = (rows: IndicatorRow[]) => {
    Object.defineProperty(result, 'rows', { value: rows, enumerable: false, writable: true, configurable: true });
    return rows;
  };
  Object.defineProperty(result, 'rows', {
    enumerable: false,
    configurable: true,
    get: () => settle(table.slice()),
    set: (rows: IndicatorRow[]) => void settle(rows),
  });
  return result as T & { table: RowTable; rows: IndicatorRow[] };
}
