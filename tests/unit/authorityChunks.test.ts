import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitByIndicator } from '../../scripts/vite/authorityChunks';

describe('authorities.csv split per indicator for the app', () => {
  it('keeps every row once, under its indicator, each chunk with the header', () => {
    const text = readFileSync('data/authorities.csv', 'utf8');
    const chunks = splitByIndicator(text);
    const header = text.slice(0, text.indexOf('\n'));
    let rows = 0;
    for (const [id, chunk] of chunks) {
      const lines = chunk.trimEnd().split('\n');
      expect(lines[0]).toBe(header);
      expect(lines.slice(1).every((l) => l.startsWith(`${id},`)), id).toBe(true);
      rows += lines.length - 1;
    }
    expect(rows).toBe(text.trimEnd().split('\n').length - 1);
    expect(chunks.has('ons-health-index-overall')).toBe(true);
  });

  it('names the line of a row without an indicator id (synthetic text)', () => {
    expect(() => splitByIndicator('Indicator ID,Area Code\n"a,b",E1\n')).toThrow('authorities.csv, line 2: no indicator id in the first column');
    expect(() => splitByIndicator('Area Code\n')).toThrow(/first column should be "Indicator ID"/);
  });
});

describe('each indicator’s authority figures, compiled for the page', () => {
  it('are exactly what src/ingest reads from that part of authorities.csv, none rejected, each carrying the file’s checksum', async () => {
    const { compileCsvText, readMetadata, sha256Hex } = await import('../../scripts/vite/compiledSnapshot');
    const { compiledRowsProblem, expandRows } = await import('../../src/data/compiledRows');
    const { ingestCsvText } = await import('../../src/ingest');
    const text = readFileSync('data/authorities.csv', 'utf8');
    const metadata = readMetadata('data');
    const sha = sha256Hex(text);
    let rows = 0;
    for (const [id, part] of splitByIndicator(text)) {
      const compiled = JSON.parse(JSON.stringify(compileCsvText(part, metadata, 'authorities.csv', sha)));
      expect(compiledRowsProblem(compiled, sha), id).toBeNull();
      expect(compiled.rejected, id).toBe(0);
      rows += compiled.count;
      if (id === 'ons-drug-misuse-deaths') {
        expect(expandRows(compiled)).toEqual(ingestCsvText(part, { fileName: 'authorities.csv', metadata, origin: 'bundled' }).rows);
      }
    }
    expect(rows).toBe(text.trimEnd().split('\n').length - 1);
    expect(compiledRowsProblem(JSON.parse(JSON.stringify(compileCsvText(splitByIndicator(text).get('ons-health-index-overall') as string, metadata, 'authorities.csv', sha))), 'another build')).toMatch(/different build/);
  });
});
