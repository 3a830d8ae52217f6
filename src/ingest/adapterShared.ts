// What every CSV layout's adapter shares: the Adapter interface, its context, and the number and note helpers.
// The adapters themselves are one file per publisher format (adapters.ts lists them).

import { parseNumber, showRaw } from './numbers';
import { type MetaState, type RowSink } from './sink';
import type { IndicatorMeta } from '../domain/indicators';
import type { IngestFormat } from './result';

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

export const CI_METHODS: ReadonlySet<string> = new Set(['published', 'wilson', 'byar', 'exact', 'dobson', 'none']);

export function badNumber(column: string, raw: string): string {
  return `${column}: not a number (${showRaw(raw)}).`;
}

/** The valueNote for a missing value: keeps the publisher's note, adds which marker was used. */
/**
 * The number in an optional column: null when the file has no such column or the cell is a
 * missing marker, or the reason for rejecting the row when the cell is not a number.
 */
export function optionalNumber(f: readonly string[], col: number, decimalComma: boolean, column: string): number | null | string {
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

export function missingValueNote(raw: string, note: string): string {
  const marker = raw.trim();
  if (marker === '') return note === '' ? 'No value published.' : note;
  const add = `Value missing or suppressed in the source (marker ${JSON.stringify(marker)}).`;
  return note === '' ? add : `${note} ${add}`;
}

export function withOrigin(meta: IndicatorMeta, ctx: AdapterContext): IndicatorMeta {
  return ctx.originGiven && meta.origin !== ctx.origin ? { ...meta, origin: ctx.origin } : meta;
}

export function periodSummary(periods: Set<string>): string {
  const list = [...periods].filter((p) => p !== '').sort();
  if (list.length === 0) return '';
  if (list.length === 1) return list[0]!;
  return `${list[0]} to ${list[list.length - 1]}`;
}

/** Finishes metadata built from a file: geographies and period from what was seen. */
export function finishBuiltMeta(st: MetaState): IndicatorMeta {
  const m = st.meta;
  return { ...m, geographies: [...st.areaTypes].filter((t) => t !== ''), period: periodSummary(st.periods) };
}
