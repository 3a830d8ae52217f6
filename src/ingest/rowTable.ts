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

  id(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.values.length;
      const v = s.length >= 13 ? flatCopy(s) : s;
      this.values.push(v);
      if (this.index.size < POOL_LIMIT) this.index.set(v, i);
    }
    return i;
  }
}

function flatCopy(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
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
  /** Per column: the last string stored and its index in the pool (a NUL string never matches a field read from text... and if it does, its index is looked up like any other). */
  private readonly last: string[] = Array.from({ length: STRS }, () => '\u0000\u0000');
  private readonly lastAt = new Int32Array(STRS);

  /** Number of rows. */
  get length(): number {
    return this.n;
  }

  /** Stores a copy of the row (later changes to the object are not seen). Throws on NaN. */
  push(r: IndicatorRow): void {
    const v = r.value;
    const l95 = r.lower95;
    const u95 = r.upper95;
    const l998 = r.lower998;
    const u998 = r.upper998;
    const c = r.count;
    const d = r.denominator;
    // NaN stands for null in the columns, so a NaN would come back as null: refused instead.
    // (null !== null is false, so one comparison per field covers both.)
    if (v !== v || l95 !== l95 || u95 !== u95 || l998 !== l998 || u998 !== u998 || c !== c || d !== d) {
      throw new RangeError('A number in the row is NaN; missing values must be null.');
    }
    const i = this.n;
    const b = i >>> BLOCK_BITS;
    if (b === this.nums.length) {
      this.nums.push(new Float64Array(BLOCK * NUMS));
      this.strs.push(new Int32Array(BLOCK * STRS));
    }
    const num = this.nums[b]!;
    let o = (i & BLOCK_MASK) * NUMS;
    num[o] = v === null ? NaN : v;
    num[o + 1] = l95 === null ? NaN : l95;
    num[o + 2] = u95 === null ? NaN : u95;
    num[o + 3] = l998 === null ? NaN : l998;
    num[o + 4] = u998 === null ? NaN : u998;
    num[o + 5] = c === null ? NaN : c;
    num[o + 6] = d === null ? NaN : d;
    const str = this.strs[b]!;
    o = (i & BLOCK_MASK) * STRS;
    // Each column usually repeats its last string (indicator, sex, age, notes; an area for
    // every indicator of an IoD record): that test is written out here so that the common
    // case costs one comparison, not a call (measured: calling a pool method for each of the
    // 12 strings made storing a row about 3x slower).
    const last = this.last;
    const at = this.lastAt;
    let x = r.indicatorId;
    str[o] = x === last[0] ? at[0]! : this.intern(0, x);
    x = r.areaCode;
    str[o + 1] = x === last[1] ? at[1]! : this.intern(1, x);
    x = r.areaName;
    str[o + 2] = x === last[2] ? at[2]! : this.intern(2, x);
    x = r.areaType;
    str[o + 3] = x === last[3] ? at[3]! : this.intern(3, x);
    x = r.sex;
    str[o + 4] = x === last[4] ? at[4]! : this.intern(4, x);
    x = r.age;
    str[o + 5] = x === last[5] ? at[5]! : this.intern(5, x);
    x = r.categoryType;
    str[o + 6] = x === last[6] ? at[6]! : this.intern(6, x);
    x = r.category;
    str[o + 7] = x === last[7] ? at[7]! : this.intern(7, x);
    x = r.period;
    str[o + 8] = x === last[8] ? at[8]! : this.intern(8, x);
    x = r.valueNote;
    str[o + 9] = x === last[9] ? at[9]! : this.intern(9, x);
    x = r.ciMethod;
    str[o + 10] = x === last[10] ? at[10]! : this.intern(10, x);
    x = r.publishedComparison;
    str[o + 11] = x === last[11] ? at[11]! : this.intern(11, x);
    this.n = i + 1;
  }

  private intern(col: number, s: string): number {
    const id = this.pools[col]!.id(s);
    this.last[col] = s;
    this.lastAt[col] = id;
    return id;
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
