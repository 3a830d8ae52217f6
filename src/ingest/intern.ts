// Sharing one string object between rows that repeat a value (sex, age, period, area…).
// A million-row file otherwise keeps a million copies of "Persons": interning cuts the
// memory the rows hold and the garbage collector's work, which is most of the cost of a
// large ingest.

/**
 * Returns a canonical instance of each distinct string, up to `limit` distinct values per
 * column (beyond that, strings are returned as they are). The last four values are checked
 * before the map, since a column usually cycles through a few values (Persons, Male,
 * Female). Stored strings are copied so that they do not keep the parser's whole text
 * chunk alive (V8 substrings can point into it).
 */
export class Interner {
  private readonly map = new Map<string, string>();
  private a = '\u0000';
  private b = '\u0000';
  private c = '\u0000';
  private d = '\u0000';

  constructor(private readonly limit = 4096) {}

  get(s: string): string {
    if (s === this.a) return this.a;
    if (s === this.b) return this.b;
    if (s === this.c) return this.c;
    if (s === this.d) return this.d;
    let v = this.map.get(s);
    if (v === undefined) {
      if (this.map.size >= this.limit) return s;
      v = s.length >= 13 ? copyString(s) : s;
      this.map.set(v, v);
    }
    this.d = this.c;
    this.c = this.b;
    this.b = this.a;
    this.a = v;
    return v;
  }
}

export interface AreaPair {
  code: string;
  name: string;
}

/**
 * Interns area code and name together with one map lookup per row (files repeat each
 * area once per indicator, period and sex). A row whose name differs from the first name
 * seen for its code keeps its own name.
 */
export class AreaInterner {
  private readonly map = new Map<string, AreaPair>();
  private last: AreaPair = { code: '\u0000', name: '\u0000' };

  constructor(private readonly limit = 1 << 17) {}

  get(code: string, name: string): AreaPair {
    const l = this.last;
    if (code === l.code && name === l.name) return l;
    let e = this.map.get(code);
    if (e === undefined) {
      if (this.map.size >= this.limit) return { code, name };
      e = { code: code.length >= 13 ? copyString(code) : code, name: name.length >= 13 ? copyString(name) : name };
      this.map.set(e.code, e);
    } else if (e.name !== name) {
      return { code: e.code, name };
    }
    this.last = e;
    return e;
  }
}

/** trim() without the call when there is nothing to trim (the usual case). */
export function trimField(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  return s.charCodeAt(0) > 32 && s.charCodeAt(n - 1) > 32 ? s : s.trim();
}

/** A flat copy of a string that shares no storage with its source. */
function copyString(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}
