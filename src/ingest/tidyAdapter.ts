// Tidy long tables (area_code, area_name, [area_type,] period, indicator, measure, unit, value, …)
// Split out of adapters.ts unchanged.

import { normaliseSex, type BreakdownColumn } from './breakdown';
import { guessUnit, slugify } from './guess';
import { Interner } from './intern';
import { parseNumber } from './numbers';
import { metaState, type MetaState } from './sink';
import type { IndicatorMeta, IndicatorRow } from '../domain/indicators';
import type { TidyColumns } from './detect';
import { type Adapter, type AdapterContext, badNumber, emptyPeriodReason, missingValueNote, withOrigin, finishBuiltMeta } from './adapterShared';

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
