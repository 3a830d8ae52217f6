// Canonical CSV and Fingertips exports
// Split out of adapters.ts unchanged.

import { guessUnit } from './guess';
import { blankRow } from './blankRow';
import { AreaInterner, Interner, trimField } from './intern';
import { parseNumber, showRaw } from './numbers';
import { metaState, type MetaState } from './sink';
import type { CiMethod, IndicatorMeta, IndicatorRow } from '../domain/indicators';
import type { IngestFormat } from './result';
import type { LongColumns } from './detect';
import { type Adapter, type AdapterContext, CI_METHODS, badNumber, optionalNumber, emptyPeriodReason, missingValueNote, withOrigin, finishBuiltMeta } from './adapterShared';

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
  /**
   * One row object, refilled for every record: the sink stores a copy of each row it accepts
   * (rowTable.ts) and keeps no reference to the object, so a fresh one per record would only
   * be garbage for the collector.
   */
  private readonly scratch: IndicatorRow = blankRow();

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

    const row = this.scratch;
    row.indicatorId = st.meta.id;
    row.areaCode = areaCode;
    row.areaName = area.name;
    row.areaType = this.ctx.sink.areaTypes.resolve(areaTypeLabel, areaCode);
    row.sex = c.sex >= 0 ? this.iSex.get(trimField(f[c.sex] ?? '')) : '';
    row.age = c.age >= 0 ? this.iAge.get(trimField(f[c.age] ?? '')) : '';
    row.categoryType = c.categoryType >= 0 ? this.iCategoryType.get(trimField(f[c.categoryType] ?? '')) : '';
    row.category = c.category >= 0 ? this.iCategory.get(trimField(f[c.category] ?? '')) : '';
    row.period = this.iPeriod.get(period);
    row.value = value;
    row.lower95 = lower95;
    row.upper95 = upper95;
    row.lower998 = lower998;
    row.upper998 = upper998;
    row.count = count;
    row.denominator = denominator;
    row.valueNote = valueNote;
    row.ciMethod = ciMethod;
    row.publishedComparison = c.publishedComparison >= 0 ? this.iComparison.get(trimField(f[c.publishedComparison] ?? '')) : '';
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
