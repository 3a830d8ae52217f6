// Duplicate detection for millions of rows without building a key string per row.
//
// A row's key (indicator, area, period, sex, age, category type, category) is hashed to a
// 30-bit integer and stored in an open-addressing table of row indexes (typed arrays, so
// the garbage collector has almost nothing to trace). A slot whose hash matches is
// confirmed by comparing the key fields with the row that owns it, so the answer is exact:
// two different keys with the same hash simply occupy two slots. The owner is looked up in
// the RowTable that stores the accepted rows (by its index there), so the set holds no row
// objects of its own: it would otherwise keep a million of them alive.

import type { IndicatorRow } from '../domain/indicators';
import type { RowTable } from './rowTable';

function mix(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return Math.imul(h ^ 0x1f, 0x01000193);
}

/** FNV-1a over the key fields (with a separator after each), finalised and folded to 30 bits. */
export function rowKeyHash(r: IndicatorRow): number {
  let h = 0x811c9dc5 | 0;
  h = mix(h, r.indicatorId);
  h = mix(h, r.areaCode);
  h = mix(h, r.period);
  h = mix(h, r.sex);
  h = mix(h, r.age);
  h = mix(h, r.categoryType);
  h = mix(h, r.category);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h & 0x3fffffff;
}

export class RowKeySet {
  /** Slot → owner index + 1 (0 = empty). Size is a power of two, at most half full. */
  private table = new Int32Array(1 << 12);
  private mask = (1 << 12) - 1;
  private hashes = new Int32Array(1 << 11);
  private lines = new Int32Array(1 << 11);
  /** Entry → index of its row in the table. */
  private owners = new Int32Array(1 << 11);
  private n = 0;

  constructor(private readonly rows: RowTable) {}

  get size(): number {
    return this.n;
  }

  /**
   * Adds the row's key; returns the line already holding the same key, or 0. When 0 is
   * returned the caller must store the row at index `at` of the table before the next add.
   */
  add(row: IndicatorRow, line: number, at: number): number {
    const h = rowKeyHash(row);
    const table = this.table;
    const mask = this.mask;
    let slot = h & mask;
    for (;;) {
      const e = table[slot]!;
      if (e === 0) break;
      const i = e - 1;
      if (this.hashes[i] === h && this.rows.sameKey(this.owners[i]!, row)) return this.lines[i]!;
      slot = (slot + 1) & mask;
    }
    const n = this.n;
    if (n === this.hashes.length) {
      this.hashes = grown(this.hashes);
      this.lines = grown(this.lines);
      this.owners = grown(this.owners);
    }
    this.owners[n] = at;
    this.n = n + 1;
    this.hashes[n] = h;
    this.lines[n] = line;
    table[slot] = n + 1;
    if ((n + 1) * 2 > table.length) this.grow();
    return 0;
  }

  private grow(): void {
    const size = this.table.length * 2;
    const table = new Int32Array(size);
    const mask = size - 1;
    const hashes = this.hashes;
    for (let i = 0; i < this.n; i++) {
      let slot = hashes[i]! & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = i + 1;
    }
    this.table = table;
    this.mask = mask;
  }
}

function grown(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
