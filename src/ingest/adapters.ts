// One adapter per layout: it turns a parsed CSV record (string[]) into IndicatorRows and
// hands them to the RowSink for the checks every format shares. Adapters only ever
// receive records of a length the session has already checked (>= minFields).

import { normaliseSex, plainHeader, type BreakdownColumn } from './breakdown';
import { fileStem, guessUnit, slugify } from './guess';
import { AreaInterner, Interner, trimField } from './intern';
import { iodMeta, type IodColumn } from './iod';
import { parseNumber, showRaw } from './numbers';
import { metaState, type MetaState, type RowSink } from './sink';
import type { CiMethod, IndicatorMeta, IndicatorRow } from '../domain/indicators';
import type { ColumnMapping, IngestFormat } from './result';
import type { LongColumns, TidyColumns } from './detect';

export interface Adapter {
  readonly format: IngestFormat;
  /** Records shorter than this are rejected before record() is called. */
  readonly minFields: number;
  /** Records longer than this (the header's length) are rejected. */
  readonly maxFields: number;
  /** Returns null when the record was accepted, or why it was rejected. Never throws on bad data. */
  record(f: string[], line: number): string | null;
  indicators(): IndicatorMeta[];
  warnings(): string[];
}

export interface AdapterContext {
  sink: RowSink;
  decimalComma: boolean;
  origin: 'bundled' | 'imported';
  originGiven: boolean;
  fileName: string;
  metadata: Map<string, IndicatorMeta>;
  metadataByName: Map<string, IndicatorMeta>;
}

const CI_METHODS: ReadonlySet<string> = new Set(['published', 'wilson', 'byar', 'exact', 'dobson', 'none']);

function badNumber(column: string, raw: string): string {
  return `${column}: not a number (${showRaw(raw)}).`;
}

/** The valueNote for a missing value: keeps the publisher's note, adds which marker was used. */
/**
 * The number in an optional column: null when the file has no such column or the cell is a
 * missing marker, or the reason for rejecting the row when the cell is not a number.
 */
function optionalNumber(f: readonly string[], col: number, decimalComma: boolean, column: string): number | null | string {
  if (col < 0) return null;
  const raw = f[col] ?? '';
  const v = parseNumber(raw, decimalComma);
  return v !== v ? badNumber(column, raw) : v;
}

/**
 * Why a record with an empty period is rejected. The usual cause is a comma inside a name
 * that was not quoted: every later field moves one place, the period lands in the Value
 * column and the period column gets whatever came before it (often an empty Category).
 */
export function emptyPeriodReason(column: string, value: string): string {
  const v = value.trim();
  const shifted = /^(?:19|20)\d{2}/.test(v) ? ` and Value holds "${v.length > 20 ? `${v.slice(0, 20)}…` : v}", which looks like a period` : '';
  return (
    `${column} is empty${shifted}. If a name earlier in the row has a comma and is not in quotes, ` +
    'it was split in two and every later field moved one place; put such names in quotes and load the file again.'
  );
}

function missingValueNote(raw: string, note: string): string {
  const marker = raw.trim();
  if (marker === '') return note === '' ? 'No value published.' : note;
  const add = `Value missing or suppressed in the source (marker ${JSON.stringify(marker)}).`;
  return note === '' ? add : `${note} ${add}`;
}

function withOrigin(meta: IndicatorMeta, ctx: AdapterContext): IndicatorMeta {
  return ctx.originGiven && meta.origin !== ctx.origin ? { ...meta, origin: ctx.origin } : meta;
}

function periodSummary(periods: Set<string>): string {
  const list = [...periods].filter((p) => p !== '').sort();
  if (list.length === 0) return '';
  if (list.length === 1) return list[0]!;
  return `${list[0]} to ${list[list.length - 1]}`;
}

/** Finishes metadata built from a file: geographies and period from what was seen. */
function finishBuiltMeta(st: MetaState): IndicatorMeta {
  const m = st.meta;
  return { ...m, geographies: [...st.areaTypes].filter((t) => t !== ''), period: periodSummary(st.periods) };
}

// ---------------------------------------------------------------------------------------
// Canonical CSV and Fingertips exports

export class LongAdapter implements Adapter {
  readonly minFields: number;
  readonly maxFields: number;
  private readonly states = new Map<string, MetaState>();
  private readonly guessed: string[] = [];
  private readonly unknownIds = new Map<string, number>();
  private lastId = '\u0000';
  private lastState: MetaState | undefined;
  private lastMethod = '\u0000';
  private lastCiMethod: CiMethod | '' = '';
  private readonly iArea = new AreaInterner();
  private readonly iSex = new Interner();
  private readonly iAge = new Interner();
  private readonly iCategoryType = new Interner();
  private readonly iCategory = new Interner();
  private readonly iPeriod = new Interner();
  private readonly iNote = new Interner();
  private readonly iComparison = new Interner();

  constructor(
    readonly format: IngestFormat,
    private readonly c: LongColumns,
    headerLength: number,
    private readonly ctx: AdapterContext,
  ) {
    this.maxFields = headerLength;
    if (format === 'canonical') {
      // Every canonical column must be present in every record.
      this.minFields = headerLength;
    } else {
      // Fingertips: real exports drop trailing empty fields (Compared to goal…), so a
      // record must reach "Compared to England value or percentiles" and may stop there.
      const required = [c.indicatorId, c.indicatorName, c.areaCode, c.areaName, c.period, c.value, c.lower95, c.upper95, c.count, c.denominator, c.publishedComparison];
      this.minFields = Math.max(...required) + 1;
    }
  }

  private stateFor(id: string, name: string): MetaState | undefined {
    let st = this.states.get(id);
    if (st !== undefined) return st;
    const known = this.ctx.metadata.get(id);
    if (known !== undefined) {
      st = metaState(withOrigin(known, this.ctx), false);
    } else if (this.format === 'canonical') {
      return undefined;
    } else {
      const g = guessUnit(name);
      const cleanName = name.replace(/\s+/g, ' ').trim();
      const meta: IndicatorMeta = {
        id,
        name: cleanName,
        definition: '',
        whyItMatters: '',
        unit: g.unit,
        valueType: g.valueType,
        multiplier: g.multiplier,
        polarity: 'no-judgement',
        comparisonLevel: 0.95,
        geographies: [],
        theme: '',
        period: '',
        source: 'OHID Fingertips export',
        sourceFiles: this.ctx.fileName ? [this.ctx.fileName] : [],
        publisher: 'Office for Health Improvement and Disparities (OHID), Fingertips',
        licence: 'Open Government Licence v3.0',
        attribution: 'Contains public sector information licensed under the Open Government Licence v3.0 (OHID Fingertips).',
        caveats: ['Unit, value type and polarity were guessed from the indicator name, not taken from Fingertips metadata.'],
        origin: this.ctx.origin,
      };
      st = metaState(meta, true);
      this.guessed.push(
        `Indicator ${id} ("${cleanName}"): the dashboard has no description of it, so the unit was guessed from its name as ${g.unit ? `"${g.unit}"` : 'unknown'} (${g.valueType}${g.multiplier ? `, multiplier ${g.multiplier}` : ''}), polarity set to "no-judgement" and comparison level to 95%.`,
      );
    }
    this.states.set(id, st);
    return st;
  }

  record(f: string[], line: number): string | null {
    const c = this.c;
    const dc = this.ctx.decimalComma;
    const id = trimField(f[c.indicatorId]!);
    let st: MetaState | undefined;
    if (id === this.lastId) st = this.lastState;
    else {
      if (id === '') return 'Indicator ID is empty.';
      st = this.stateFor(id, c.indicatorName >= 0 ? (f[c.indicatorName] ?? '') : '');
      this.lastId = id;
      this.lastState = st;
    }
    if (st === undefined) {
      this.unknownIds.set(id, (this.unknownIds.get(id) ?? 0) + 1);
      return `Indicator ID "${id}" is not one of the dashboard's indicators (indicators-meta.json).`;
    }

    const rawValue = f[c.value]!;
    const period = trimField(f[c.period]!);
    if (period === '') return emptyPeriodReason('Time period', rawValue);
    const value = parseNumber(rawValue, dc);
    if (value !== value) return badNumber('Value', rawValue);
    const lower95 = optionalNumber(f, c.lower95, dc, 'Lower CI 95.0 limit');
    if (typeof lower95 === 'string') return lower95;
    const upper95 = optionalNumber(f, c.upper95, dc, 'Upper CI 95.0 limit');
    if (typeof upper95 === 'string') return upper95;
    const lower998 = optionalNumber(f, c.lower998, dc, 'Lower CI 99.8 limit');
    if (typeof lower998 === 'string') return lower998;
    const upper998 = optionalNumber(f, c.upper998, dc, 'Upper CI 99.8 limit');
    if (typeof upper998 === 'string') return upper998;
    const count = optionalNumber(f, c.count, dc, 'Count');
    if (typeof count === 'string') return count;
    const denominator = optionalNumber(f, c.denominator, dc, 'Denominator');
    if (typeof denominator === 'string') return denominator;

    // CI method: stated (canonical files) or inferred from whether limits were given.
    let ciMethod: CiMethod | '' = '';
    const rawMethod = c.ciMethod >= 0 ? (f[c.ciMethod] ?? '') : '';
    if (rawMethod !== '') {
      if (rawMethod === this.lastMethod) ciMethod = this.lastCiMethod;
      else {
        const m = rawMethod.trim().toLowerCase();
        if (m !== '' && !CI_METHODS.has(m)) {
          return `CI method: unknown method ${showRaw(rawMethod)} (expected published, wilson, byar, exact, dobson or none).`;
        }
        ciMethod = m as CiMethod | '';
        this.lastMethod = rawMethod;
        this.lastCiMethod = ciMethod;
      }
    }
    const explicitCi = ciMethod !== '';
    if (ciMethod === '') {
      ciMethod = lower95 !== null || upper95 !== null || lower998 !== null || upper998 !== null ? 'published' : 'none';
    }

    const area = this.iArea.get(trimField(f[c.areaCode]!), c.areaName >= 0 ? trimField(f[c.areaName] ?? '') : '');
    const areaCode = area.code;
    const areaTypeLabel = c.areaType >= 0 ? (f[c.areaType] ?? '') : '';
    let valueNote = c.valueNote >= 0 ? this.iNote.get(trimField(f[c.valueNote] ?? '')) : '';
    if (value === null) valueNote = this.iNote.get(missingValueNote(rawValue, valueNote));

    const row: IndicatorRow = {
      indicatorId: st.meta.id,
      areaCode,
      areaName: area.name,
      areaType: this.ctx.sink.areaTypes.resolve(areaTypeLabel, areaCode),
      sex: c.sex >= 0 ? this.iSex.get(trimField(f[c.sex] ?? '')) : '',
      age: c.age >= 0 ? this.iAge.get(trimField(f[c.age] ?? '')) : '',
      categoryType: c.categoryType >= 0 ? this.iCategoryType.get(trimField(f[c.categoryType] ?? '')) : '',
      category: c.category >= 0 ? this.iCategory.get(trimField(f[c.category] ?? '')) : '',
      period: this.iPeriod.get(period),
      value,
      lower95,
      upper95,
      lower998,
      upper998,
      count,
      denominator,
      valueNote,
      ciMethod,
      publishedComparison: c.publishedComparison >= 0 ? this.iComparison.get(trimField(f[c.publishedComparison] ?? '')) : '',
    };
    return this.ctx.sink.accept(row, st, line, rawValue, explicitCi, false);
  }

  indicators(): IndicatorMeta[] {
    const out: IndicatorMeta[] = [];
    for (const st of this.states.values()) {
      if (st.rows === 0) continue;
      out.push(st.collect ? finishBuiltMeta(st) : st.meta);
    }
    return out;
  }

  warnings(): string[] {
    const out = [...this.guessed];
    if (this.unknownIds.size > 0) {
      const list = [...this.unknownIds].map(([id, n]) => `${id} (${n} row${n === 1 ? '' : 's'})`);
      out.push(
        `${this.unknownIds.size} indicator id${this.unknownIds.size === 1 ? ' is' : 's are'} not among the dashboard's indicators, so their rows were rejected: ${list.slice(0, 20).join(', ')}${list.length > 20 ? ` and ${list.length - 20} more` : ''}.`,
      );
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------
// English Indices of Deprivation: one record per LSOA, one indicator per measure column

export class IodAdapter implements Adapter {
  readonly format = 'deprivation' as const;
  readonly minFields: number;
  readonly maxFields: number;
  private readonly states: MetaState[];
  private readonly values: (number | null)[];

  constructor(
    private readonly code: number,
    private readonly name: number,
    private readonly measures: IodColumn[],
    private readonly edition: string,
    headerLength: number,
    private readonly ctx: AdapterContext,
  ) {
    this.maxFields = headerLength;
    this.minFields = Math.max(code, name, ...measures.map((m) => m.index)) + 1;
    this.states = measures.map((m) => {
      const id = `iod${edition}-${m.key}`;
      const known = ctx.metadata.get(id);
      // Geographies (LSOA) and period (the edition) are known up front: nothing to collect.
      return metaState(known ? withOrigin(known, ctx) : iodMeta(m, edition, ctx.origin, ctx.fileName), false);
    });
    this.values = measures.map(() => null);
  }

  record(f: string[], line: number): string | null {
    const sink = this.ctx.sink;
    const dc = this.ctx.decimalComma;
    // Parse every measure first, so a bad cell rejects the whole record and keeps nothing.
    const vals = this.values;
    const ms = this.measures;
    for (let i = 0; i < ms.length; i++) {
      const m = ms[i]!;
      const raw = f[m.index]!;
      const v = parseNumber(raw, dc);
      if (v !== v) return badNumber(m.header, raw);
      if (v !== null && v < 0 && m.measure !== 'score') return `${m.header}: must not be negative (${v}).`;
      vals[i] = v;
    }
    const area = { areaCode: f[this.code]!.trim(), areaName: this.name >= 0 ? f[this.name]!.trim() : '', areaType: 'LSOA' };
    if (area.areaCode === '') return 'LSOA code is empty.';
    const reason = sink.resolveArea(area, false);
    if (reason !== null) return reason;
    const prev = sink.claim(area.areaCode, line);
    if (prev !== 0) return `Duplicate of line ${prev}: the same LSOA appears twice.`;
    for (let i = 0; i < ms.length; i++) {
      const v = vals[i]!;
      const st = this.states[i]!;
      sink.keep(
        {
          indicatorId: st.meta.id,
          areaCode: area.areaCode,
          areaName: area.areaName,
          areaType: area.areaType,
          sex: 'Persons',
          age: 'All ages',
          categoryType: '',
          category: '',
          period: this.edition,
          value: v,
          lower95: null,
          upper95: null,
          lower998: null,
          upper998: null,
          count: null,
          denominator: null,
          valueNote: v === null ? missingValueNote(f[ms[i]!.index]!, '') : '',
          ciMethod: 'none',
          publishedComparison: '',
        },
        st,
      );
    }
    return null;
  }

  indicators(): IndicatorMeta[] {
    return this.states.filter((s) => s.rows > 0).map((s) => s.meta);
  }

  warnings(): string[] {
    return [];
  }
}

// ---------------------------------------------------------------------------------------
// Tidy long tables (area_code, area_name, [area_type,] period, indicator, measure, unit, value, …)

const SEXES = new Map([
  ['male', 'Male'],
  ['males', 'Male'],
  ['female', 'Female'],
  ['females', 'Female'],
  ['persons', 'Persons'],
  ['person', 'Persons'],
  ['all persons', 'Persons'],
]);

function isNa(s: string): boolean {
  return s === '' || s === 'NA' || s === 'N/A' || s === 'na' || s === 'n/a';
}

interface TidyState extends MetaState {
  measure: string;
}

export class TidyAdapter implements Adapter {
  readonly format = 'tidy' as const;
  readonly minFields: number;
  readonly maxFields: number;
  private readonly byName = new Map<string, TidyState>();
  private readonly ids = new Set<string>();
  private readonly guessed: string[] = [];
  private readonly groupHeader: string;
  private lastName = '\u0000';
  private lastState: TidyState | undefined;

  private readonly iBreakdown = new Interner();

  constructor(
    private readonly c: TidyColumns,
    header: string[],
    private readonly ctx: AdapterContext,
    /** Text columns that vary within area × period × indicator (see breakdown.ts). */
    private readonly breakdowns: readonly BreakdownColumn[] = [],
  ) {
    this.maxFields = header.length;
    this.minFields = Math.max(...Object.values(c)) + 1;
    this.groupHeader = c.group >= 0 ? header[c.group]!.trim() : '';
  }

  private stateFor(name: string, measure: string, unit: string): TidyState {
    const known = this.ctx.metadataByName.get(name.toLowerCase());
    let st: TidyState;
    if (known) {
      st = { ...metaState(withOrigin(known, this.ctx), false), measure };
    } else {
      let id = slugify(name);
      for (let k = 2; this.ids.has(id); k++) id = `${slugify(name)}-${k}`;
      const isYears = unit.trim().toLowerCase() === 'years';
      const g = isYears ? { unit: 'years', valueType: 'years' as const, multiplier: null } : guessUnit(`${measure} ${name}`);
      const meta: IndicatorMeta = {
        id,
        name,
        definition: '',
        whyItMatters: '',
        unit: g.unit || measure,
        valueType: g.valueType,
        multiplier: g.multiplier,
        polarity: 'no-judgement',
        comparisonLevel: 0.95,
        geographies: [],
        theme: '',
        period: '',
        source: this.ctx.fileName || 'Imported table',
        sourceFiles: this.ctx.fileName ? [this.ctx.fileName] : [],
        publisher: '',
        licence: '',
        attribution: '',
        caveats: [`Measure as published: "${measure}". Unit, value type and polarity were guessed, not taken from the publisher's metadata.`],
        origin: this.ctx.origin,
      };
      st = { ...metaState(meta, true), measure };
      this.guessed.push(
        `Indicator "${name}" (id ${id}): the dashboard has no description of it, so the unit was guessed from its measure "${measure}" as ${g.unit ? `"${g.unit}"` : 'unknown'} (${g.valueType}), polarity set to "no-judgement" and comparison level to 95%.`,
      );
    }
    this.ids.add(st.meta.id);
    this.byName.set(name, st);
    return st;
  }

  record(f: string[], line: number): string | null {
    const c = this.c;
    const name = f[c.indicator]!.trim();
    if (name === '') return 'Indicator name is empty.';
    const measure = c.measure >= 0 ? f[c.measure]!.trim() : '';
    const unit = c.unit >= 0 ? f[c.unit]!.trim() : '';
    let st: TidyState | undefined;
    if (name === this.lastName) st = this.lastState!;
    else {
      st = this.byName.get(name) ?? this.stateFor(name, measure, unit);
      this.lastName = name;
      this.lastState = st;
    }
    if (measure !== st.measure) {
      return `Measure "${measure}" differs from "${st.measure}" used earlier for indicator "${name}"; one indicator cannot mix measures.`;
    }
    const rawValue = f[c.value]!;
    const period = f[c.period]!.trim();
    if (period === '') return emptyPeriodReason('period', rawValue);
    const value = isNa(rawValue.trim()) ? null : parseNumber(rawValue, this.ctx.decimalComma);
    if (value !== value) return badNumber('value', rawValue);

    // Sex: in `unit` (u75 mortality: Male/Female/Persons), else in `inequality`/`group`.
    // Any other group value is a category, kept as published.
    let sex = SEXES.get(unit.toLowerCase()) ?? '';
    let categoryType = '';
    let category = '';
    if (c.group >= 0) {
      const g = f[c.group]!.trim();
      if (!isNa(g)) {
        const gs = SEXES.get(g.toLowerCase());
        if (gs !== undefined && sex === '') sex = gs;
        else if (gs === undefined) {
          categoryType = this.groupHeader;
          category = g;
        }
      }
    }
    let age = '';
    for (let i = 0; i < this.breakdowns.length; i++) {
      const b = this.breakdowns[i]!;
      const v = (f[b.index] ?? '').trim();
      if (isNa(v)) continue;
      if (b.role === 'sex') sex = this.iBreakdown.get(normaliseSex(v));
      else if (b.role === 'age') age = this.iBreakdown.get(v);
      else {
        categoryType = categoryType === '' ? b.label : `${categoryType} / ${b.label}`;
        category = category === '' ? this.iBreakdown.get(v) : `${category} / ${v}`;
      }
    }
    if (sex === '') sex = 'Persons';
    const comparison = c.comparison >= 0 ? f[c.comparison]!.trim() : '';
    // 'NA' is missing here too (ONS writes area code "na" for non-standard areas).
    let areaCode = c.areaCode >= 0 ? f[c.areaCode]!.trim() : '';
    if (isNa(areaCode)) areaCode = '';
    let areaType = c.areaType >= 0 ? f[c.areaType]!.trim() : '';
    if (isNa(areaType)) areaType = '';
    const row: IndicatorRow = {
      indicatorId: st.meta.id,
      areaCode,
      areaName: c.areaName >= 0 ? f[c.areaName]!.trim() : '',
      areaType: this.ctx.sink.areaTypes.resolve(areaType, areaCode),
      sex,
      age,
      categoryType,
      category,
      period,
      value,
      lower95: null,
      upper95: null,
      lower998: null,
      upper998: null,
      count: null,
      denominator: null,
      valueNote: value === null ? missingValueNote(rawValue, '') : '',
      ciMethod: 'none',
      publishedComparison: isNa(comparison) ? '' : comparison,
    };
    return this.ctx.sink.accept(row, st, line, rawValue, false, false);
  }

  indicators(): IndicatorMeta[] {
    const out: IndicatorMeta[] = [];
    for (const st of this.byName.values()) if (st.rows > 0) out.push(st.collect ? finishBuiltMeta(st) : st.meta);
    return out;
  }

  warnings(): string[] {
    return this.guessed.length > 20 ? [...this.guessed.slice(0, 20), `… and ${this.guessed.length - 20} more indicators with guessed units.`] : [...this.guessed];
  }
}

// ---------------------------------------------------------------------------------------
// Generic tables, read through a user-confirmed (or unambiguous proposed) column mapping

export class GenericAdapter implements Adapter {
  readonly format = 'generic' as const;
  readonly minFields: number;
  readonly maxFields: number;
  private readonly code: number;
  private readonly name: number;
  private readonly period: number;
  private readonly valueCols: number[];
  private readonly count: number;
  private readonly denominator: number;
  private readonly lower: number;
  private readonly upper: number;
  private readonly states: MetaState[];
  private readonly fixedPeriod: string;
  private readonly category: number;
  private readonly categoryType: string;
  private readonly sex: number;
  private readonly age: number;
  /** Records rejected because they repeat another's area, period and breakdown. */
  duplicates = 0;
  private readonly iCategory = new Interner();
  private readonly iSex = new Interner();
  private readonly iAge = new Interner();

  constructor(
    readonly mapping: ColumnMapping,
    header: string[],
    private readonly ctx: AdapterContext,
  ) {
    const idx = (col: string | null | undefined) => (col ? header.findIndex((h) => h.trim() === col.trim()) : -1);
    this.code = idx(mapping.areaCode);
    this.name = idx(mapping.areaName);
    this.period = idx(mapping.period);
    this.valueCols = mapping.values.map((v) => idx(v.column));
    this.count = idx(mapping.count);
    this.denominator = idx(mapping.denominator);
    this.lower = idx(mapping.lower95);
    this.upper = idx(mapping.upper95);
    this.fixedPeriod = (mapping.fixedPeriod ?? '').trim();
    this.category = idx(mapping.category);
    this.categoryType = this.category >= 0 ? (mapping.categoryType ?? '').trim() || plainHeader(header[this.category]!) : '';
    this.sex = idx(mapping.sex);
    this.age = idx(mapping.age);
    this.maxFields = header.length;
    this.minFields =
      Math.max(this.code, this.name, this.period, this.count, this.denominator, this.lower, this.upper, this.category, this.sex, this.age, ...this.valueCols) + 1;
    this.states = mapping.values.map((v) => {
      const known = ctx.metadata.get(v.indicatorId);
      if (known) return metaState(withOrigin(known, ctx), false);
      const g = v.valueType ? { unit: v.unit ?? '', valueType: v.valueType, multiplier: v.multiplier ?? null } : guessUnit(v.name);
      const meta: IndicatorMeta = {
        id: v.indicatorId,
        name: v.name,
        definition: '',
        whyItMatters: '',
        unit: v.unit ?? g.unit,
        valueType: g.valueType,
        multiplier: v.multiplier !== undefined ? v.multiplier : g.multiplier,
        polarity: 'no-judgement',
        comparisonLevel: 0.95,
        geographies: [],
        theme: '',
        period: '',
        source: ctx.fileName || 'Imported table',
        sourceFiles: ctx.fileName ? [ctx.fileName] : [],
        publisher: '',
        licence: '',
        attribution: '',
        caveats: ['Imported from a user-supplied table; unit and polarity were not verified.'],
        origin: ctx.origin,
      };
      return metaState(meta, true);
    });
  }

  record(f: string[], line: number): string | null {
    const dc = this.ctx.decimalComma;
    const sink = this.ctx.sink;
    const values: (number | null)[] = [];
    for (let i = 0; i < this.valueCols.length; i++) {
      const raw = f[this.valueCols[i]!]!;
      const v = parseNumber(raw, dc);
      if (v !== v) return badNumber(this.mapping.values[i]!.column, raw);
      values.push(v);
    }
    const num = (col: number, label: string | null | undefined) => optionalNumber(f, col, dc, label ?? '');
    const count = num(this.count, this.mapping.count);
    if (typeof count === 'string') return count;
    const denominator = num(this.denominator, this.mapping.denominator);
    if (typeof denominator === 'string') return denominator;
    const lower = num(this.lower, this.mapping.lower95);
    if (typeof lower === 'string') return lower;
    const upper = num(this.upper, this.mapping.upper95);
    if (typeof upper === 'string') return upper;

    const area = {
      areaCode: this.code >= 0 ? f[this.code]!.trim() : '',
      areaName: this.name >= 0 ? f[this.name]!.trim() : '',
      areaType: '',
    };
    const period = this.period >= 0 ? f[this.period]!.trim() : this.fixedPeriod;
    if (this.period >= 0 && period === '') return emptyPeriodReason(`${this.mapping.period}`, f[this.valueCols[0]!]!);
    const sex = this.sex >= 0 ? this.iSex.get(normaliseSex(f[this.sex]!)) : 'Persons';
    const age = this.age >= 0 ? this.iAge.get(f[this.age]!.trim()) : '';
    const category = this.category >= 0 ? this.iCategory.get(f[this.category]!.trim()) : '';
    const categoryType = category === '' ? '' : this.categoryType;
    const rows: IndicatorRow[] = [];
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      rows.push({
        indicatorId: this.states[i]!.meta.id,
        areaCode: area.areaCode,
        areaName: area.areaName,
        areaType: area.areaType,
        sex,
        age,
        categoryType,
        category,
        period,
        value: v,
        lower95: lower,
        upper95: upper,
        lower998: null,
        upper998: null,
        count,
        denominator,
        valueNote: v === null ? missingValueNote(f[this.valueCols[i]!]!, '') : '',
        ciMethod: lower !== null || upper !== null ? 'published' : 'none',
        publishedComparison: '',
      });
    }
    if (rows.length === 1) {
      const reason = sink.accept(rows[0]!, this.states[0]!, line, f[this.valueCols[0]!]!, false, this.code < 0);
      if (reason !== null && reason.startsWith('Duplicate of line')) this.duplicates++;
      return reason;
    }
    // Several value columns: check the shared area and key once, then keep every row.
    const reason = sink.resolveArea(area, this.code < 0);
    if (reason !== null) return reason;
    const prev = sink.claim(`${area.areaCode}\u001f${period}\u001f${sex}\u001f${age}\u001f${category}`, line);
    if (prev !== 0) {
      this.duplicates++;
      return `Duplicate of line ${prev}: same area, period${this.sex >= 0 || this.age >= 0 || this.category >= 0 ? ' and breakdown' : ''}.`;
    }
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      r.areaCode = area.areaCode;
      r.areaType = area.areaType;
      sink.keep(r, this.states[i]!);
    }
    return null;
  }

  indicators(): IndicatorMeta[] {
    return this.states.filter((s) => s.rows > 0).map((s) => (s.collect ? finishBuiltMeta(s) : s.meta));
  }

  warnings(): string[] {
    return [];
  }
}

/** Default indicator id for a generic value column: "<file stem>-<column>". */
export function genericIndicatorId(fileName: string | undefined, column: string): string {
  return `${fileStem(fileName)}-${slugify(column, 40)}`;
}
