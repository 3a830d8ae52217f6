// Public types of the ingestion core: what goes in (options) and what comes out (result).
// The data model itself (IndicatorRow, IndicatorMeta) lives in ./types.ts.

import type { AreaType, IndicatorMeta, IndicatorRow, ValueType } from '../domain/indicators';
import type { RowTable } from './rowTable';

/** The layouts ingestCsvText recognises from a file's header (see README.md in this folder). */
export type IngestFormat =
  | 'canonical'
  | 'fingertips'
  | 'fingertips-underscore'
  | 'deprivation'
  | 'tidy'
  | 'generic'
  | 'unknown';

/** An area the dashboard knows (e.g. York's wards, LSOAs, the LA, the region and England). */
export interface KnownArea {
  code: string;
  name: string;
  type: AreaType | string;
}

/**
 * How to read a generic table (an area column plus value columns). ingestCsvText proposes
 * one in `result.mapping`; the UI shows it with `result.preview` and passes the confirmed
 * (possibly edited) mapping back as `options.columnMapping`. Column names are header texts
 * exactly as they appear in the file.
 */
export interface ColumnMapping {
  /** Column holding ONS area codes (E05…, E01…). At least one of areaCode/areaName is needed. */
  areaCode: string | null;
  /** Column holding area names. Without areaCode, names must match options.knownAreas. */
  areaName: string | null;
  /** Column holding the period (year, financial year…); null when the file has none. */
  period: string | null;
  /** Period written on every row when `period` is null (e.g. "2021"). */
  fixedPeriod?: string;
  /** One indicator per value column. */
  values: GenericValueColumn[];
  /** Count, denominator and 95% limits: only allowed with exactly one value column. */
  count?: string | null;
  denominator?: string | null;
  lower95?: string | null;
  upper95?: string | null;
  /**
   * Breakdown column: rows that share area and period but differ here are different series
   * (its values become IndicatorRow.category, `categoryType` or the header in plain words
   * becomes IndicatorRow.categoryType). Additive.
   */
  category?: string | null;
  categoryType?: string;
  /** Column holding the sex (Male, Female, Persons…); rows are "Persons" without one. Additive. */
  sex?: string | null;
  /** Column holding the age band. Additive. */
  age?: string | null;
  /**
   * Import even when some rows repeat an area, period and breakdown (the repeats are then
   * rejected as duplicates). Without it such a mapping is sent back to the user. Additive.
   */
  allowDuplicates?: boolean;
}

export interface GenericValueColumn {
  column: string;
  /** Indicator id given to this column's rows (proposed as "<file>-<column>", slugged). */
  indicatorId: string;
  /** Indicator name shown to users (proposed as the column header). */
  name: string;
  unit?: string;
  valueType?: ValueType;
  /** 100 for a percentage, 100000 for a rate per 100,000; null when not a ratio. */
  multiplier?: number | null;
}

export interface IngestOptions {
  /** Used in messages, in generated indicator ids (generic files) and in IndicatorMeta.sourceFiles. */
  fileName?: string;
  /** The metadata sidecar (data/indicators-meta.json) for canonical files; also used, when ids or names match, to label other formats. */
  metadata?: IndicatorMeta[];
  /** Areas to match codes and names against. Without it no matching is done. */
  knownAreas?: KnownArea[];
  /** How warnings name the lookup, e.g. "York's lookup" (default "the area lookup"). Additive to the brief. */
  knownAreasLabel?: string;
  /** For generic files: the user-confirmed column mapping. */
  columnMapping?: ColumnMapping;
  /** Written to IndicatorMeta.origin of indicators built from the file (default 'imported'). */
  origin?: 'bundled' | 'imported';
}

export interface StreamIngestOptions extends IngestOptions {
  /** Called after each chunk with the fraction of the input read so far (0..1, non-decreasing, ends at 1). */
  onProgress?(fraction: number): void;
  /** Aborting rejects the promise with a DOMException named 'AbortError'; nothing partial is returned. */
  signal?: AbortSignal;
  /** Bytes per chunk for a Blob, characters per chunk for a string (default 1 MiB). */
  chunkSize?: number;
}

export interface RejectedRecord {
  /**
   * Row number as a spreadsheet shows it: the file's first record is 1 (normally the
   * header), blank lines count, and a quoted field that spans several lines stays one row.
   */
  line: number;
  reason: string;
}

export interface IngestStats {
  /** Data records read: excludes the header, lines before it and fully blank lines (those are counted in a warning). */
  read: number;
  accepted: number;
  rejected: number;
}

export interface IngestResult {
  format: IngestFormat;
  indicators: IndicatorMeta[];
  /**
   * Long rows. A wide record (an IoD LSOA row, a generic row with several value columns) gives one row per indicator.
   * Built from `table` on first read, then cached: on a large upload that costs one object per
   * row (~280 bytes each), so large-upload code reads `table`. Not enumerable (see `table`).
   */
  rows: IndicatorRow[];
  /**
   * The same rows, stored column by column (`length`, `row(i)`, `slice(start, end)`, and
   * `for (const row of table)`, which builds one row object at a time). Additive. Like `rows`
   * it is a non-enumerable property: `{ ...result }`, rest destructuring, structuredClone and
   * JSON leave both out, so spreading a result never copies or materialises its rows.
   */
  readonly table: RowTable;
  rejected: RejectedRecord[];
  warnings: string[];
  /** Counts CSV records, not output rows; read === accepted + rejected always. */
  stats: IngestStats;
  /** Set when the file could not be ingested at all (empty, binary, unknown header…). Additive. */
  error?: string;
  /** Generic files: the proposed (or applied) column mapping. Additive. */
  mapping?: ColumnMapping;
  /**
   * Generic files: true when the mapping is ambiguous, or would make rows collide, and the
   * user must confirm it; nothing may be stored then (rows is empty). Additive.
   */
  needsMapping?: boolean;
  /** Generic files: the header and first records, for the mapping dialog. Additive. */
  preview?: { header: string[]; rows: string[][] };
  /** The delimiter that was used (',' ';' '\t' or '|'). Additive. */
  delimiter?: string;
  /** ingestCsvStream with a Blob: the text encoding used. Additive. */
  encoding?: TextEncodingName;
}

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
