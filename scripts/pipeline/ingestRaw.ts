// Reads a raw indicator file through src/ingest (the same ingestion path as the app's uploads and
// its reading of the bundled snapshot), and turns anything ingest could not read, or rejected
// without the pipeline expecting it, into a PipelineError naming the file and line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { decodeBytes, ingestCsvText } from '../../src/ingest';
import type { IngestFormat, IngestResult } from '../../src/ingest';
import type { IndicatorMeta } from '../../src/domain/indicators';
import { PipelineError } from './errors';
import type { RawFolder } from './readRaw';

export interface IngestSpec {
  path: string;
  /** The layout ingest must recognise; any other is an error (a renamed column can change it). */
  format: IngestFormat;
  /** The text encoding the file is known to be in (PROVENANCE); checked, not assumed. */
  encoding: 'utf-8' | 'windows-1252';
  /** Header names the pipeline relies on, exactly as the file writes them. */
  columns: readonly string[];
  /** Metadata ingest labels the rows with (matched by Fingertips ID, or by indicator name in tidy files). */
  metadata: IndicatorMeta[];
  /**
   * Rejections the pipeline expects, given the raw record (by header name) and ingest's reason.
   * Anything else ingest rejects stops the build.
   */
  expectRejection?: (record: Record<string, string>, reason: string) => boolean;
}

export interface IngestedFile {
  result: IngestResult;
  /** Number of rejections that were expected (reported by tests, never silently dropped). */
  expectedRejections: number;
}

interface RawRecord {
  fields: string[];
  /** Physical line on which the record starts (1-based), as the pipeline's other errors count lines. */
  line: number;
}

/**
 * Records as ingest counts them: one per record, blank lines included, in order; ingest's
 * `line` N is the Nth of these. Each carries its physical start line for error messages.
 * `preview` stops after that many records (enough to find the header).
 */
function rawRecords(text: string, preview = 0): RawRecord[] {
  const newline = text.includes('\n') ? '\n' : '\r';
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, newline, preview });
  const out: RawRecord[] = [];
  let line = 1;
  for (const fields of parsed.data) {
    out.push({ fields: fields.map((f) => f.replace(/\r$/, '')), line });
    line += 1;
    for (const f of fields) for (let i = f.indexOf('\n'); i !== -1; i = f.indexOf('\n', i + 1)) line += 1;
  }
  return out;
}

/** Records read to find the header: ingest skips at most 5 one-field lines (titles, disclaimers) and any blank lines before it. */
const MAX_PREAMBLE = 10;

export function ingestRaw(raw: RawFolder, spec: IngestSpec): IngestedFile {
  const { path } = spec;
  raw.file(path); // checks it exists and records it (with its checksum) for the manifest
  const decoded = decodeBytes(new Uint8Array(readFileSync(join(raw.root, path))));
  if (decoded.encoding !== spec.encoding) {
    throw new PipelineError(path, `expected ${spec.encoding} text, but it reads as ${decoded.encoding}`);
  }

  // The header is the first record with more than one field (ingest skips one-field preamble lines).
  const headerRecord = rawRecords(decoded.text, MAX_PREAMBLE).find((r) => r.fields.length > 1);
  if (headerRecord === undefined) throw new PipelineError(path, 'no header row', 1);
  const header = headerRecord.fields.map((h) => h.replace(/^\uFEFF/, '').trim());
  const missing = spec.columns.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new PipelineError(path, `unexpected columns: missing ${missing.map((m) => `"${m}"`).join(', ')}`, headerRecord.line);
  }

  const result = ingestCsvText(decoded.text, { fileName: path, metadata: spec.metadata, origin: 'bundled' });
  if (result.error !== undefined) throw new PipelineError(path, `not read by src/ingest: ${result.error}`);
  if (result.format !== spec.format) {
    throw new PipelineError(path, `src/ingest read it as "${result.format}", expected "${spec.format}"`);
  }

  let expectedRejections = 0;
  const records = result.rejected.length > 0 ? rawRecords(decoded.text) : [];
  for (const rejection of result.rejected) {
    const record = records[rejection.line - 1];
    const fields = record?.fields ?? [];
    const byName = Object.fromEntries(header.map((h, i) => [h, fields[i] ?? '']));
    if (!spec.expectRejection?.(byName, rejection.reason)) {
      throw new PipelineError(path, `row rejected by src/ingest: ${rejection.reason}`, record?.line ?? rejection.line);
    }
    expectedRejections += 1;
  }
  return { result, expectedRejections };
}
