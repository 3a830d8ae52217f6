import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSnapshotRows } from '../../scripts/vite/compiledSnapshot';
import { compiledRowsProblem, expandRows } from '../../src/data/compiledRows';
import { ingestCsvText } from '../../src/ingest';
import type { IndicatorMeta } from '../../src/domain/indicators';
import type { Manifest } from '../../src/domain/place';

// The real bundled snapshot: what the page expands must be exactly what src/ingest reads from data/indicators.csv.
describe('the compiled snapshot', () => {
  const compiled = compileSnapshotRows('data');
  it('is the manifest’s indicators.csv, read by src/ingest, row for row', () => {
    const manifest = JSON.parse(readFileSync('data/manifest.json', 'utf8')) as Manifest;
    const expected = manifest.outputs.find((o) => o.path === 'indicators.csv')?.sha256;
    expect(compiledRowsProblem(JSON.parse(JSON.stringify(compiled)), expected)).toBeNull();
    const metadata = JSON.parse(readFileSync('data/indicators-meta.json', 'utf8')) as IndicatorMeta[];
    const direct = ingestCsvText(readFileSync('data/indicators.csv', 'utf8'), { fileName: 'indicators.csv', metadata, origin: 'bundled' });
    expect(compiled.rejected).toBe(0);
    expect(compiled.warnings).toEqual(direct.warnings);
    expect(expandRows(compiled)).toEqual(direct.rows);
  });
});
