// Generic tables, read through a user-confirmed (or unambiguous proposed) column mapping
// Split out of adapters.ts unchanged.

import { normaliseSex, plainHeader } from './breakdown';
import { fileStem, guessUnit, slugify } from './guess';
import { Interner } from './intern';
import { parseNumber } from './numbers';
import { metaState, type MetaState } from './sink';
import type { IndicatorMeta, IndicatorRow } from '../domain/indicators';
import type { ColumnMapping } from './result';
import { type Adapter, type AdapterContext, badNumber, optionalNumber, emptyPeriodReason, missingValueNote, withOrigin, finishBuiltMeta } from './adapterShared';

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
