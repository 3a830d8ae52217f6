import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { PipelineError } from './errors';

export interface RawFile {
  /** Path relative to the raw folder, as recorded in the manifest. */
  path: string;
  sha256: string;
  bytes: number;
  text: string;
}

/** Every raw file read is remembered so the manifest lists exactly what the snapshot was built from. */
export class RawFolder {
  readonly root: string;
  readonly read = new Map<string, RawFile>();

  constructor(root: string) {
    if (!existsSync(root)) throw new PipelineError(root, 'raw data folder not found');
    this.root = root;
  }

  file(path: string): RawFile {
    const cached = this.read.get(path);
    if (cached) return cached;
    const full = join(this.root, path);
    if (!existsSync(full)) throw new PipelineError(path, `missing raw file (looked in ${this.root})`);
    const buffer = readFileSync(full);
    const text = buffer.toString('utf8').replace(/^\uFEFF/, '');
    const raw: RawFile = {
      path,
      sha256: createHash('sha256').update(buffer).digest('hex'),
      bytes: buffer.length,
      text,
    };
    this.read.set(path, raw);
    return raw;
  }

  /** A binary file (a workbook): recorded in the manifest like the others, its bytes returned as they are. */
  binary(path: string): { file: RawFile; buffer: Buffer } {
    const file = this.file(path);
    return { file, buffer: readFileSync(join(this.root, path)) };
  }

  json<T>(path: string): T {
    const raw = this.file(path);
    try {
      return JSON.parse(raw.text) as T;
    } catch (error) {
      throw new PipelineError(path, `not valid JSON (${(error as Error).message})`);
    }
  }
}

export interface CsvRecord {
  line: number;
  get(column: string): string;
}

/**
 * Reads a raw CSV and checks that every column the pipeline relies on is there, by name.
 * Line numbers count physical lines, so a quoted newline inside a field does not shift them.
 */
export function readCsv(raw: RawFile, requiredColumns: readonly string[]): CsvRecord[] {
  const parsed = Papa.parse<string[]>(raw.text, { header: false, skipEmptyLines: false });
  const [header, ...body] = parsed.data;
  if (!header || header.length === 0 || (header.length === 1 && header[0] === '')) {
    throw new PipelineError(raw.path, 'file is empty', 1);
  }
  const index = new Map(header.map((name, i) => [name.trim(), i]));
  const missing = requiredColumns.filter((c) => !index.has(c));
  if (missing.length > 0) {
    throw new PipelineError(raw.path, `unexpected columns: missing ${missing.map((m) => `"${m}"`).join(', ')}`, 1);
  }
  const records: CsvRecord[] = [];
  let line = 1 + newlinesIn(header);
  for (const fields of body) {
    line += 1;
    const startLine = line;
    line += newlinesIn(fields);
    if (fields.length === 1 && fields[0] === '') continue;
    if (fields.length !== header.length) {
      throw new PipelineError(raw.path, `expected ${header.length} fields, found ${fields.length}`, startLine);
    }
    records.push({
      line: startLine,
      get(column: string) {
        const i = index.get(column);
        if (i === undefined) throw new PipelineError(raw.path, `no column "${column}"`, startLine);
        return fields[i] ?? '';
      },
    });
  }
  return records;
}

function newlinesIn(fields: string[]): number {
  let n = 0;
  for (const f of fields) for (let i = f.indexOf('\n'); i !== -1; i = f.indexOf('\n', i + 1)) n++;
  return n;
}

/** Strict number: thousands separators allowed (IoD writes "29,199"), anything else non-numeric is an error. */
export function parseNumber(text: string, file: string, line: number, column: string): number {
  const cleaned = text.trim().replace(/,/g, '');
  if (cleaned === '' || !/^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(cleaned)) {
    throw new PipelineError(file, `"${column}" is not a number: "${text}"`, line);
  }
  return Number(cleaned);
}
