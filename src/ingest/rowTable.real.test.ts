// The columnar table gives back exactly the row objects the adapters built, on every real
// file the other tests read (../shared/data/samples and the raw indicator files): the rows
// are recorded as they are pushed into the table (before the table existed, they were the
// result), and compared with [...result.table] and result.rows.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Place } from '../domain/place';
import type { IndicatorRow } from '../domain/indicators';
import { decodeBytes, ingestCsvText, type IngestOptions } from './index';
import { knownAreasOf } from './report';
import { RowTable } from './rowTable';

const here = dirname(fileURLToPath(import.meta.url));
const SAMPLES_DIR = resolve(process.env.SAMPLES_DIR ?? resolve(here, '../../../shared/data/samples'));
const RAW_DIR = '/work/shared/data/raw/indicators';
const place = JSON.parse(readFileSync(resolve(here, '../../data/place.json'), 'utf8')) as Place;
const YORK: IngestOptions = { knownAreas: knownAreasOf(place), knownAreasLabel: "York's lookup" };

const list = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.csv')).sort().map((f) => resolve(dir, f)) : []);
const files = [...list(SAMPLES_DIR), ...list(RAW_DIR)];

afterEach(() => vi.restoreAllMocks());

/** Ingests with every pushed row recorded (a copy, as the table keeps a copy). */
function recorded(text: string, options: IngestOptions) {
  let pushed: IndicatorRow[] = [];
  const push = RowTable.prototype.push;
  const clear = RowTable.prototype.clear;
  vi.spyOn(RowTable.prototype, 'push').mockImplementation(function (this: RowTable, r: IndicatorRow) {
    push.call(this, r);
    pushed.push({ ...r });
  });
  vi.spyOn(RowTable.prototype, 'clear').mockImplementation(function (this: RowTable) {
    clear.call(this);
    pushed = [];
  });
  const result = ingestCsvText(text, options);
  vi.restoreAllMocks();
  return { result, pushed };
}

describe.skipIf(files.length === 0)('the table gives back the rows the adapters built, on real files', () => {
  it.each(files.map((f) => [f.slice(f.lastIndexOf('/') + 1), f]))('%s', (name, path) => {
    const text = decodeBytes(new Uint8Array(readFileSync(path))).text;
    let { result, pushed } = recorded(text, { fileName: name, ...YORK });
    // Generic tables wait for the user to confirm a mapping: confirm the proposed one.
    if (result.needsMapping && result.mapping) ({ result, pushed } = recorded(text, { fileName: name, ...YORK, columnMapping: { ...result.mapping, allowDuplicates: true } }));
    expect(result.table.length).toBe(pushed.length);
    expect(result.rows).toEqual(pushed);
    // Iteration builds rows with the same code as `rows`; compared in full on the smaller files only, to keep the run short.
    if (pushed.length <= 100_000) expect([...result.table]).toEqual(pushed);
    else expect([...result.table].length).toBe(pushed.length);
    if (pushed.length > 2) expect(result.table.slice(1, 3)).toEqual(pushed.slice(1, 3));
  });
});
