// English Indices of Deprivation: one record per LSOA, one indicator per measure column
// Split out of adapters.ts unchanged.

import { iodMeta, type IodColumn } from './iod';
import { parseNumber } from './numbers';
import { blankRow } from './blankRow';
import { metaState, type MetaState } from './sink';
import type { IndicatorMeta, IndicatorRow } from '../domain/indicators';
import { type Adapter, type AdapterContext, badNumber, missingValueNote, withOrigin } from './adapterShared';

export class IodAdapter implements Adapter {
  readonly format = 'deprivation' as const;
  readonly minFields: number;
  readonly maxFields: number;
  private readonly states: MetaState[];
  private readonly values: (number | null)[];
  /**
   * One row object, refilled for every measure of every record: the sink's table stores a
   * copy of each row it keeps (rowTable.ts), so a fresh object per row (525,504 of them for
   * IoD2019 File 2) would only be garbage.
   */
  private readonly scratch: IndicatorRow = blankRow({ areaType: 'LSOA', sex: 'Persons', age: 'All ages' });

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
    const row = this.scratch;
    row.areaCode = area.areaCode;
    row.areaName = area.areaName;
    row.areaType = area.areaType;
    row.period = this.edition;
    for (let i = 0; i < ms.length; i++) {
      const v = vals[i]!;
      const st = this.states[i]!;
      row.indicatorId = st.meta.id;
      row.value = v;
      row.valueNote = v === null ? missingValueNote(f[ms[i]!.index]!, '') : '';
      sink.keep(row, st);
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
