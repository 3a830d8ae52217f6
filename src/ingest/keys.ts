// Duplicate detection for millions of rows without building a key string per row.
//
// A row's key (indicator, area, period, sex, age, category type, category) is hashed to a
// 30-bit integer and stored in an open-addressing table of row indexes (typed arrays, so
// the garbage collector has almost nothing to trace). A slot whose hash matches is
// confirmed by comparing the key fields with the row that owns it, so the answer is exact:
// two different keys with the same hash simply occupy two slots.

import type { IndicatorRow } from '../domain/indicators';

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

function sameKey(a: IndicatorRow, b: IndicatorRow): boolean {
  return (
    a.indicatorId === b.indicatorId &&
    a.areaCode === b.areaCode &&
    a.period === b.period &&
    a.sex === b.sex &&
    a.age === b.age &&
    a.categoryType === b.categoryType &&
    a.category === b.category
  );
}

export class RowKeySet {
  /** Slot → owner index + 1 (0 = empty). Size is a power of two, at most half full. */
  private table = new Int32Array(1 << 12);
  private mask = (1 << 12) - 1;
  private hashes = new Int32Array(1 << 11);
  private lines = new Int32Array(1 << 11);
  private readonly owners: IndicatorRow[] = [];

  get size(): number {
    return this.owners.length;
  }

  /** Adds the row's key; returns the line already holding the same key, or 0. */
  add(row: IndicatorRow, line: number): number {
    const h = rowKeyHash(row);
    const table = this.table;
    const mask = this.mask;
    let slot = h & mask;
    for (;;) {
      const e = table[slot]!;
      if (e === 0) break;
      const i = e - 1;
      if (this.hashes[i] === h && sameKey(this.owners[i]!, row)) return this.lines[i]!;
      slot = (slot + 1) & mask;
    }
    const n = this.owners.length;
    if (n === this.hashes.length) {
      const hashes = new Int32Array(n * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
      const lines = new Int32Array(n * 2);
      lines.set(this.lines);
      this.lines = lines;
    }
    this.owners.push(row);
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
    for (let i = 0; i < this.owners.length; i++) {
      let slot = hashes[i]! & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = i + 1;
    }
    this.table = table;
    this.mask = mask;
  }
}
