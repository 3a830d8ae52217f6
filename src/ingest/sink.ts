// Checks shared by every format, applied to each row a format adapter builds: area
// matching, negative or impossible counts, duplicates, interval order, and intervals
// computed with src/stats when a file gives a count and denominator but no limits.
// Written as plain loops and branches: this runs once per row on million-row files.

import { crudeRate, wilsonInterval } from '../stats';
import { AreaMatcher, AreaTypeResolver, areaTypeFromCode, listSome } from './areas';
import { RowKeySet } from './keys';
import { roundingHalfUnit } from './numbers';
import { RowTable } from './rowTable';
import type { IndicatorMeta, IndicatorRow } from '../domain/indicators';
import type { KnownArea, RejectedRecord } from './result';

/** Per-indicator state kept while ingesting. */
export interface MetaState {
  meta: IndicatorMeta;
  isProportion: boolean;
  /** Intervals may be computed: a proportion or rate with a known multiplier. */
  canCompute: boolean;
  multiplier: number;
  /** Collect the area types and periods seen (for metadata built from the file). */
  collect: boolean;
  areaTypes: Set<string>;
  periods: Set<string>;
  rows: number;
  /** Created on first use: the warning for rows whose value is not the crude ratio. */
  notCrude?: { key: string; text: (n: number, lines: string) => string };
  contradicts?: { key: string; text: (n: number, lines: string) => string };
  /** Age-standardised (from its unit or name): its value is not meant to be count ÷ denominator. */
  standardised: boolean;
  modelledCount?: { key: string; text: (n: number, lines: string) => string };
}

export function metaState(meta: IndicatorMeta, collect: boolean): MetaState {
  const isProportion = meta.valueType === 'proportion';
  const m = meta.multiplier;
  return {
    meta,
    isProportion,
    canCompute: (isProportion || meta.valueType === 'rate') && typeof m === 'number' && Number.isFinite(m) && m > 0,
    multiplier: m ?? 0,
    collect,
    standardised: /standardi[sz]|\bdsr\b|\bisr\b|\bsmr\b|\bsar\b/i.test(`${meta.unit} ${meta.name}`),
    areaTypes: new Set(),
    periods: new Set(),
    rows: 0,
  };
}

/** Counts of things worth a warning, with the first few line numbers of each. */
class Tally {
  private readonly entries = new Map<string, { count: number; lines: number[]; text: (n: number, lines: string) => string }>();

  note(key: string, line: number, text: (n: number, lines: string) => string): void {
    let e = this.entries.get(key);
    if (e === undefined) {
      e = { count: 0, lines: [], text };
      this.entries.set(key, e);
    }
    e.count++;
    if (e.lines.length < 5) e.lines.push(line);
  }

  messages(): string[] {
    const out: string[] = [];
    for (const e of this.entries.values()) {
      const lines = e.lines.join(', ') + (e.count > e.lines.length ? ', …' : '');
      out.push(e.text(e.count, lines));
    }
    return out;
  }
}

function rowsWord(n: number): string {
  return n === 1 ? '1 row' : `${n.toLocaleString('en-GB')} rows`;
}

type Text = (n: number, lines: string) => string;

// Warning texts are module constants so that noting a row allocates nothing.
const has = (n: number) => (n === 1 ? 'has' : 'have');
const OUTSIDE_95: Text = (n, lines) => `${rowsWord(n)} ${has(n)} a value outside the 95% interval (lines ${lines}); kept as published.`;
const OUTSIDE_998: Text = (n, lines) => `${rowsWord(n)} ${has(n)} a value outside the 99.8% interval (lines ${lines}); kept as published.`;
const ORDER_95: Text = (n, lines) => `${rowsWord(n)} ${has(n)} a lower 95% limit above the upper limit (lines ${lines}); kept as published.`;
const ORDER_998: Text = (n, lines) => `${rowsWord(n)} ${has(n)} a lower 99.8% limit above the upper limit (lines ${lines}); kept as published.`;
const PARTIAL: Text = (n, lines) =>
  `${rowsWord(n)} ${n === 1 ? 'gives' : 'give'} published 95% limits but no 99.8% limits (lines ${lines}); the 99.8% limits were left blank rather than mixing computed and published limits in one row.`;
const ZERO_DENOMINATOR: Text = (n, lines) => `${rowsWord(n)} ${has(n)} a zero denominator (lines ${lines}); no interval was computed.`;
const COMPUTED: Record<string, Text> = {
  wilson: (n) => `Computed 95% and 99.8% intervals for ${rowsWord(n)} from count and denominator (method: Wilson score).`,
  byar: (n) => `Computed 95% and 99.8% intervals for ${rowsWord(n)} from count and denominator (method: Byar).`,
  exact: (n) => `Computed 95% and 99.8% intervals for ${rowsWord(n)} from count and denominator (method: exact Poisson).`,
};

export class RowSink {
  /** The accepted rows, stored column by column (rowTable.ts): row objects are not kept. */
  readonly table = new RowTable();
  readonly rejected: RejectedRecord[] = [];
  readonly matcher: AreaMatcher | null;
  readonly areaTypes = new AreaTypeResolver();
  /** Record-level keys (IoD LSOA codes, generic area+period). */
  private readonly keys = new Map<string, number>();
  /** Row-level keys (indicator, area, period, sex, age, category type, category). */
  private readonly rowKeys = new RowKeySet(this.table);
  private readonly tally = new Tally();

  constructor(knownAreas: readonly KnownArea[] | undefined, label: string | undefined) {
    this.matcher = knownAreas && knownAreas.length > 0 ? new AreaMatcher(knownAreas, label) : null;
  }

  note(key: string, line: number, text: (n: number, lines: string) => string): void {
    this.tally.note(key, line, text);
  }

  /**
   * Fills in the row's area code (from the lookup, for name-only rows) and area type.
   * Returns a rejection reason, or null.
   * @param requireMatch generic files keyed by name: names not in the lookup are rejected.
   */
  resolveArea(row: { areaCode: string; areaName: string; areaType: string }, requireMatch: boolean): string | null {
    const matcher = this.matcher;
    if (row.areaCode !== '') {
      if (matcher !== null) matcher.matchCode(row.areaCode, row.areaName);
    } else if (row.areaName === '') {
      return 'No area code or area name.';
    } else if (matcher === null) {
      return `Area "${row.areaName}" has no code, and no area lookup was supplied to match its name.`;
    } else {
      const m = matcher.matchName(row.areaName);
      if (m.kind === 'name') {
        row.areaCode = m.area.code;
        if (row.areaType === '') row.areaType = m.area.type;
      } else if (m.kind === 'ambiguous') {
        return `Area name "${row.areaName}" matches more than one area in ${matcher.label}: ${m.candidates.map((a) => `${a.name} (${a.code})`).join(', ')}.`;
      } else {
        return requireMatch
          ? `Area "${row.areaName}" is not in ${matcher.label} (names must match when the file has no area codes).`
          : `Area "${row.areaName}" has no code and is not in ${matcher.label}.`;
      }
    }
    if (row.areaType === '') row.areaType = areaTypeFromCode(row.areaCode);
    return null;
  }

  /** Registers a record key; returns the line that already holds it, or 0. */
  claim(key: string, line: number): number {
    const prev = this.keys.get(key);
    if (prev !== undefined) return prev;
    this.keys.set(key, line);
    return 0;
  }

  /**
   * Validates one long row and keeps it. Returns null when accepted, or the reason.
   * @param rawValue the Value field as written (for the rounding allowance when checking
   *   that value = count/denominator × multiplier before computing intervals)
   * @param explicitCi the file stated the interval method (canonical 'CI method' column)
   */
  accept(row: IndicatorRow, st: MetaState, line: number, rawValue: string, explicitCi: boolean, requireMatch: boolean): string | null {
    const areaReason = this.resolveArea(row, requireMatch);
    if (areaReason !== null) return areaReason;

    const c = row.count;
    const d = row.denominator;
    if (c !== null && c < 0) return `Count is negative (${c}).`;
    if (d !== null && d < 0) return `Denominator is negative (${d}).`;
    if (c !== null && d !== null && c > d && st.isProportion) {
      return `Count (${c}) is larger than the denominator (${d}), which is impossible for a proportion.`;
    }

    // The table refuses NaN (it stands for null there); checked before the key is claimed.
    const nan = nanField(row);
    if (nan !== null) return `${nan} is not a number.`;
    const prev = this.rowKeys.add(row, line, this.table.length);
    if (prev !== 0) {
      return `Duplicate of line ${prev}: same indicator, area, period, sex, age, category type and category.`;
    }

    const v = row.value;
    if (v !== null) {
      const tol = Math.abs(v) * 1e-9 + 1e-12;
      const l95 = row.lower95;
      const u95 = row.upper95;
      if ((l95 !== null && l95 > v + tol) || (u95 !== null && u95 < v - tol)) {
        this.tally.note('outside95', line, OUTSIDE_95);
      }
      const l998 = row.lower998;
      const u998 = row.upper998;
      if ((l998 !== null && l998 > v + tol) || (u998 !== null && u998 < v - tol)) {
        this.tally.note('outside998', line, OUTSIDE_998);
      }
    }
    if (row.lower95 !== null && row.upper95 !== null && row.lower95 > row.upper95) {
      this.tally.note('order95', line, ORDER_95);
    }
    if (row.lower998 !== null && row.upper998 !== null && row.lower998 > row.upper998) {
      this.tally.note('order998', line, ORDER_998);
    }

    if (row.ciMethod === 'published') {
      if (row.lower998 === null && row.upper998 === null && (row.lower95 !== null || row.upper95 !== null) && c !== null && d !== null) {
        this.tally.note('partial', line, PARTIAL);
      }
      // Only whole-number counts: a modelled count (4018.333333) is itself rounded, so the value need not match it exactly.
      if (v !== null && c !== null && d !== null && d > 0 && st.canCompute && !st.standardised && Number.isInteger(c) && this.contradicts(v, c, d, st, rawValue)) {
        this.noteContradiction(st, line);
      }
    } else if (!explicitCi && v !== null && c !== null && d !== null && st.canCompute) {
      this.computeIntervals(row, st, line, rawValue, v, c, d);
    }

    if (st.collect) {
      st.areaTypes.add(row.areaType);
      st.periods.add(row.period);
    }
    st.rows++;
    // The row is complete here (intervals computed above): the table keeps a copy, not the object.
    this.table.push(row);
    return null;
  }

  /** The value differs from count ÷ denominator × multiplier by more than its rounding. */
  private contradicts(v: number, c: number, d: number, st: MetaState, rawValue: string): boolean {
    const diff = Math.abs((st.multiplier * c) / d - v);
    // Publishers compute from unrounded populations, so a value printed to 6 decimals can differ from
    // count ÷ denominator by a little more than its last digit (OHID's York self-harm 10-14 rate 2017/18:
    // 251.079643 against 25 ÷ 9,957 × 100,000 = 251.0796425). One part in a million is not a contradiction.
    if (diff <= Math.abs(v) * 1e-6 + 1e-12) return false;
    return diff > roundingHalfUnit(rawValue) * 1.000001 + 1e-12;
  }

  private noteContradiction(st: MetaState, line: number): void {
    const m = st.multiplier;
    st.contradicts ??= {
      key: `contradicts:${st.meta.id}`,
      text: (n, lines) =>
        `Indicator ${st.meta.id}: ${rowsWord(n)} ${has(n)} a value that contradicts ${n === 1 ? 'its' : 'their'} own count and denominator ` +
        `(count ÷ denominator × ${m.toLocaleString('en-GB')} differs by more than rounding; line${n === 1 ? '' : 's'} ${lines}); kept as published, but check ${n === 1 ? 'it' : 'them'} against the source.`,
    };
    this.tally.note(st.contradicts.key, line, st.contradicts.text);
  }

  private computeIntervals(row: IndicatorRow, st: MetaState, line: number, rawValue: string, v: number, c: number, d: number): void {
    if (d === 0) {
      this.tally.note('zeroDenominator', line, ZERO_DENOMINATOR);
      return;
    }
    // A count that is not a whole number is a modelled or estimated figure: an interval computed
    // as if it were observed events would claim a precision the publisher did not (e.g. OHID's
    // modelled prevalence, which it leaves "Not compared").
    if (!Number.isInteger(c)) {
      st.modelledCount ??= {
        key: `modelledCount:${st.meta.id}`,
        text: (n, lines) =>
          `Indicator ${st.meta.id}: ${rowsWord(n)} ${has(n)} a count that is not a whole number (lines ${lines}), so it is a modelled or estimated figure; no intervals were computed for ${n === 1 ? 'it' : 'them'}.`,
      };
      this.tally.note(st.modelledCount.key, line, st.modelledCount.text);
      return;
    }
    const m = st.multiplier;
    const crude = (m * c) / d;
    // Only compute when the published value is this crude ratio (allowing for its rounding):
    // an age-standardised rate with a count and population must not get crude-rate limits.
    const tol = Math.max(roundingHalfUnit(rawValue) * 1.000001, Math.abs(v) * 1e-6) + 1e-12;
    if (Math.abs(crude - v) > tol) {
      // Not age-standardised, so the value should be the crude ratio: it contradicts its count.
      if (!st.standardised) {
        this.noteContradiction(st, line);
        return;
      }
      st.notCrude ??= {
        key: `notCrude:${st.meta.id}`,
        text: (n, lines) =>
          `Indicator ${st.meta.id}: ${rowsWord(n)} ${has(n)} a count and denominator but a value that is not count ÷ denominator × ${m} (lines ${lines}), e.g. an age-standardised rate; no intervals were computed for ${n === 1 ? 'it' : 'them'}.`,
      };
      this.tally.note(st.notCrude.key, line, st.notCrude.text);
      return;
    }
    try {
      if (st.isProportion) {
        const a = wilsonInterval(c, d, { confidence: 0.95, multiplier: m });
        const b = wilsonInterval(c, d, { confidence: 0.998, multiplier: m });
        row.lower95 = a.lower;
        row.upper95 = a.upper;
        row.lower998 = b.lower;
        row.upper998 = b.upper;
        row.ciMethod = 'wilson';
      } else {
        const a = crudeRate(c, d, { confidence: 0.95, multiplier: m });
        const b = crudeRate(c, d, { confidence: 0.998, multiplier: m });
        row.lower95 = a.lower;
        row.upper95 = a.upper;
        row.lower998 = b.lower;
        row.upper998 = b.upper;
        row.ciMethod = a.method;
      }
      this.tally.note(row.ciMethod, line, COMPUTED[row.ciMethod]!);
    } catch (e) {
      this.tally.note('ciFailed', line, (n, lines) => `Intervals could not be computed for ${rowsWord(n)} (lines ${lines}): ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** Keeps a row that has already been checked by its adapter (IoD records). */
  keep(row: IndicatorRow, st: MetaState): void {
    st.rows++;
    if (st.collect) {
      st.areaTypes.add(row.areaType);
      st.periods.add(row.period);
    }
    this.table.push(row);
  }

  warnings(): string[] {
    const out = this.tally.messages();
    if (this.matcher) out.push(...this.matcher.warnings());
    return out;
  }
}

/** The first numeric field holding NaN, or null. Parsers never give NaN; this keeps the key set and the table in step if one ever did. */
function nanField(r: IndicatorRow): string | null {
  if (r.value !== null && Number.isNaN(r.value)) return 'Value';
  if (r.lower95 !== null && Number.isNaN(r.lower95)) return 'Lower 95% limit';
  if (r.upper95 !== null && Number.isNaN(r.upper95)) return 'Upper 95% limit';
  if (r.lower998 !== null && Number.isNaN(r.lower998)) return 'Lower 99.8% limit';
  if (r.upper998 !== null && Number.isNaN(r.upper998)) return 'Upper 99.8% limit';
  if (r.count !== null && Number.isNaN(r.count)) return 'Count';
  if (r.denominator !== null && Number.isNaN(r.denominator)) return 'Denominator';
  return null;
}

export { listSome };
