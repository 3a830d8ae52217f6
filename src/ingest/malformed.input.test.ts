// A corpus of malformed and hostile inputs, part of it: Unusable input, delimiters, line endings and blank lines.
// Every file here is SYNTHETIC: written by the tests themselves to exercise one failure mode; none of the numbers are
// real statistics. Shared helpers are in malformedHelpers.ts.

import { describe, expect, it } from 'vitest';
import { decodeBytes, ingestCsvText } from './index';
import { canonicalCsv } from './test-helpers';
import { CANONICAL_COLUMNS } from '../domain/indicators';
import { META, PNG, utf16le } from './malformedHelpers';

describe('unusable input gives a clear error and never throws', () => {
  it('empty string', () => {
    const r = ingestCsvText('');
    expect(r.error).toBe('The file is empty.');
    expect(r.format).toBe('unknown');
    expect(r.stats).toEqual({ read: 0, accepted: 0, rejected: 0 });
  });

  it('only blank lines', () => {
    const r = ingestCsvText('\r\n\n  \n');
    expect(r.error).toBe('The file contains only blank lines.');
  });

  it('header only (canonical and Fingertips)', () => {
    const c = ingestCsvText(CANONICAL_COLUMNS.join(',') + '\r\n', { metadata: META });
    expect(c.format).toBe('canonical');
    expect(c.error).toMatch(/header row .* but no data rows/);
    expect(c.stats.read).toBe(0);
    const f = ingestCsvText('Indicator ID,Indicator Name,Area Code,Area Name,Time period,Value');
    expect(f.format).toBe('fingertips');
    expect(f.error).toMatch(/no data rows/);
  });

  it("binary junk: a PNG's bytes decoded as text", () => {
    for (const label of ['utf-8', 'windows-1252']) {
      const r = ingestCsvText(new TextDecoder(label).decode(PNG));
      expect(r.error).toMatch(/PNG image|binary file/);
      expect(r.rows).toHaveLength(0);
    }
    const d = decodeBytes(PNG);
    expect(d.warning).toMatch(/PNG/);
    expect(ingestCsvText(d.text).error).toMatch(/PNG/);
    // A spreadsheet saved as .xlsx (a zip) gets its own message.
    expect(ingestCsvText('PK\u0003\u0004\u0014\u0000\u0006\u0000').error).toMatch(/zip archive .*xlsx/);
  });

  it('UTF-16 text read as 8-bit text (NULs between letters) is recognised, and decodeBytes reads it properly', () => {
    const csv = 'area_code,value\r\nE05010311,12.5\r\n';
    const bytes = utf16le(csv, true);
    const wrong = new TextDecoder('utf-8').decode(bytes);
    const r = ingestCsvText(wrong);
    expect(r.error).toMatch(/UTF-16/);
    expect(r.error).toMatch(/decodeBytes/);

    const d = decodeBytes(bytes);
    expect(d.encoding).toBe('utf-16le');
    expect(d.text).toBe(csv);
    const noBom = decodeBytes(utf16le(csv, false));
    expect(noBom.encoding).toBe('utf-16le');
    expect(noBom.text).toBe(csv);
    expect(noBom.warning).toMatch(/UTF-16/);
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0x00, 0x2c, 0x00, 0x42]);
    expect(decodeBytes(be)).toEqual({ text: 'A,B', encoding: 'utf-16be' });
  });

  it('decodeBytes: UTF-8 with and without BOM, and Windows-1252 when UTF-8 is invalid (0xA3 = £)', () => {
    const utf8 = new TextEncoder().encode('name,value\n£5 – café,1\n');
    expect(decodeBytes(utf8)).toEqual({ text: 'name,value\n£5 – café,1\n', encoding: 'utf-8' });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect(decodeBytes(withBom).text.charCodeAt(0)).toBe('n'.charCodeAt(0));
    const cp1252 = new Uint8Array([0x41, 0x2c, 0xa3, 0x35, 0x20, 0x96, 0x20, 0x80, 0x0a]);
    const d = decodeBytes(cp1252);
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).toBe('A,£5 – €\n');
    expect(d.warning).toMatch(/Windows-1252/);
  });

  it('unknown headers: lists the columns it saw and the formats it knows', () => {
    const r = ingestCsvText('foo,bar,baz\n1,2,3\n');
    expect(r.format).toBe('unknown');
    expect(r.error).toContain('"foo", "bar", "baz"');
    expect(r.error).toMatch(/Fingertips/);
    expect(r.error).toMatch(/Indices of Deprivation/);
    expect(r.error).toMatch(/tidy/);
    expect(r.error).toMatch(/generic/);
  });

  it('a 10,000-column header is summarised, not dumped', () => {
    const header = Array.from({ length: 10000 }, (_, i) => `c${i}`).join(',');
    const r = ingestCsvText(`${header}\n${'1,'.repeat(9999)}1\n`);
    expect(r.format).toBe('unknown');
    expect(r.error).toContain('(10,000)');
    expect(r.error).toContain('and 9,970 more');
    expect(r.error!.length).toBeLessThan(2000);
  });
});

describe('delimiters, line endings and blank lines', () => {
  it('semicolon-delimited files are detected and parsed (decimal comma), with a warning', () => {
    const text = 'area_code;area_name;period;indicator;measure;unit;value;significance\nE06000014;York;2020;Thing;Percentage;Persons;12,5;Better\n';
    const r = ingestCsvText(text);
    expect(r.delimiter).toBe(';');
    expect(r.format).toBe('tidy');
    expect(r.warnings[0]).toMatch(/semicolon-delimited/);
    expect(r.rows[0]!.value).toBe(12.5);
  });

  it('CRLF, LF and mixed line endings give identical rows', () => {
    const records = [{ 'Area Name': 'Acomb\nwest' }, { 'Area Code': 'E05010312' }, { 'Area Code': 'E05010313', 'Value note': 'ends,with,commas' }];
    const lf = ingestCsvText(canonicalCsv(records, '\n'), { metadata: META });
    const crlf = ingestCsvText(canonicalCsv(records, '\r\n'), { metadata: META });
    const mixed = ingestCsvText(canonicalCsv(records, '\r\n').replace(/\r\n(?=p1,E05010312)/, '\n'), { metadata: META });
    expect(lf.stats.accepted).toBe(3);
    expect(crlf.rows).toEqual(lf.rows);
    expect(mixed.rows).toEqual(lf.rows);
    expect(lf.rows[0]!.areaName).toBe('Acomb\nwest');
    expect(lf.rows[2]!.publishedComparison).toBe('Similar');
  });

  it('blank lines are skipped, not counted as read, reported, and do not shift line numbers', () => {
    const lines = canonicalCsv([{}, { 'Area Code': 'E05010312' }, {}]).trimEnd().split('\n');
    const text = [lines[0], '', lines[1], '  ', ',,,', lines[2], lines[3]].join('\r\n');
    const r = ingestCsvText(text, { metadata: META });
    expect(r.stats).toEqual({ read: 3, accepted: 2, rejected: 1 });
    expect(r.rejected[0]!.line).toBe(7); // the spreadsheet row of the duplicate
    expect(r.rejected[0]!.reason).toMatch(/^Duplicate of line 3:/);
    expect(r.warnings).toContain('Skipped 3 blank lines (not counted as rows read).');
  });

  it('a byte-order mark before the header is ignored', () => {
    const r = ingestCsvText('\uFEFF' + canonicalCsv([{}]), { metadata: META });
    expect(r.format).toBe('canonical');
    expect(r.stats.accepted).toBe(1);
  });
});
