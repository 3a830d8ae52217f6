// A corpus of malformed and hostile inputs, part of it: Rows that do not fit, and strict number parsing.
// Every file here is SYNTHETIC: written by the tests themselves to exercise one failure mode; none of the numbers are
// real statistics. Shared helpers are in malformedHelpers.ts.

import { describe, expect, it } from 'vitest';
import { ingestCsvText, MISSING_MARKERS } from './index';
import { canonicalCsv, meta } from './test-helpers';
import { CANONICAL_COLUMNS } from '../domain/indicators';
import { META, ok, canon } from './malformedHelpers';

describe('rows that do not fit', () => {
  it('a row of 10,000 columns is rejected; the rows around it are kept', () => {
    const good = canonicalCsv([{ 'Area Code': 'E05010311' }, { 'Area Code': 'E05010312' }]).trimEnd().split('\n');
    const text = [good[0], good[1], 'x,'.repeat(9999) + 'x', good[2]].join('\n');
    const r = ingestCsvText(text, { metadata: META });
    ok(r);
    expect(r.stats).toEqual({ read: 3, accepted: 2, rejected: 1 });
    expect(r.rejected[0]!.line).toBe(3);
    expect(r.rejected[0]!.reason).toMatch(/^Row has 10,000 fields but the header has 19\. /);
  });

  it('a row with too few fields is rejected with the counts', () => {
    const text = canonicalCsv([{}]) + 'p1,E05010312,Acomb\n';
    const r = ingestCsvText(text, { metadata: META });
    expect(r.rejected).toEqual([{ line: 3, reason: 'Row has only 3 fields; at least 19 are needed (the header has 19).' }]);
  });

  it('an unterminated quote is reported on its row, and counted once', () => {
    const text = canonicalCsv([{ 'Area Code': 'E05010311' }]) + 'p1,E05010312,"Acomb,Ward,Persons\nmore text\n';
    const r = ingestCsvText(text, { metadata: META });
    ok(r);
    expect(r.stats).toEqual({ read: 2, accepted: 1, rejected: 1 });
    expect(r.rejected[0]!.line).toBe(3);
    expect(r.rejected[0]!.reason).toMatch(/quoted field is never closed/);
  });

  it('the canonical format needs every canonical column', () => {
    const header = CANONICAL_COLUMNS.filter((c) => c !== 'Count').join(',');
    const r = ingestCsvText(`${header}\n`, { metadata: META });
    expect(r.format).toBe('canonical');
    expect(r.error).toMatch(/lacks these columns: Count/);
  });

  it('canonical rows whose indicator is not in the metadata are rejected; without metadata every row is', () => {
    const r = canon([{ 'Indicator ID': 'p1' }, { 'Indicator ID': 'zz9', 'Area Code': 'E05010312' }]);
    expect(r.stats).toEqual({ read: 2, accepted: 1, rejected: 1 });
    expect(r.rejected[0]).toEqual({ line: 3, reason: 'Indicator ID "zz9" is not one of the dashboard\'s indicators (indicators-meta.json).' });
    expect(r.warnings.some((w) => w.includes('zz9 (1 row)'))).toBe(true);
    const none = ingestCsvText(canonicalCsv([{}, { 'Area Code': 'E05010312' }]));
    expect(none.stats).toEqual({ read: 2, accepted: 0, rejected: 2 });
    expect(none.error).toMatch(/indicator descriptions \(indicators-meta.json\)/);
  });

  it('invalid metadata entries are dropped with a warning; valid ones are used', () => {
    const bad = { ...meta('p1'), valueType: 'percentage' } as unknown as ReturnType<typeof meta>;
    const r = ingestCsvText(canonicalCsv([{ 'Indicator ID': 'p1' }, { 'Indicator ID': 'r1' }]), { metadata: [bad, META[1]!] });
    expect(r.warnings.some((w) => /1 metadata entry is not valid .*entry 1 \(p1\)/.test(w))).toBe(true);
    expect(r.stats).toEqual({ read: 2, accepted: 1, rejected: 1 });
    expect(r.rows[0]!.indicatorId).toBe('r1');
  });

  it('an unknown CI method is rejected', () => {
    const r = canon([{ 'CI method': 'guesswork' }]);
    expect(r.rejected[0]!.reason).toMatch(/CI method: unknown method "guesswork"/);
  });
});

describe('numbers are parsed strictly', () => {
  it('rejects "12abc", "1,23", hex and Infinity, naming the column', () => {
    const bad: [string, string][] = [
      ['Value', '12abc'],
      ['Value', '1,23'],
      ['Count', '0x10'],
      ['Denominator', 'Infinity'],
      ['Lower CI 95.0 limit', '8..5'],
      ['Upper CI 99.8 limit', '12%'],
    ];
    for (const [col, raw] of bad) {
      const r = canon([{ [col]: raw }]);
      expect(r.stats.rejected, `${col}=${raw}`).toBe(1);
      expect(r.rejected[0]!.reason).toBe(`${col}: not a number (${JSON.stringify(raw)}).`);
    }
  });

  it('accepts surrounding spaces, quoted thousands separators and exponents', () => {
    const r = canon([{ Value: ' 10 ', Count: '1,234', Denominator: '"1,234,567"'.slice(1, -1), 'Lower CI 95.0 limit': '8e0' }]);
    expect(r.stats.accepted).toBe(1);
    const row = r.rows[0]!;
    expect(row.value).toBe(10);
    expect(row.count).toBe(1234);
    expect(row.denominator).toBe(1234567);
    expect(row.lower95).toBe(8);
    // The CSV really had them quoted (a comma-delimited file cannot hold "1,234" otherwise).
    expect(canonicalCsv([{ Count: '1,234' }])).toContain('"1,234"');
  });

  it('suppression markers become null with a note, never 0', () => {
    const markers = ['*', 'x', 'X', '..', ':', '-', '', 'NA', 'n/a', 'N/A', ' * '];
    const r = canon(markers.map((m, i) => ({ Value: m, 'Area Code': `E0501031${i}`.slice(0, 9) + String(i % 10), 'Time period': String(2000 + i) })));
    expect(r.stats.accepted).toBe(markers.length);
    for (const [i, row] of r.rows.entries()) {
      expect(row.value).toBeNull();
      expect(row.value).not.toBe(0);
      const m = markers[i]!.trim();
      expect(row.valueNote).toBe(m === '' ? 'No value published.' : `Value missing or suppressed in the source (marker ${JSON.stringify(m)}).`);
    }
    for (const m of ['*', 'x', '..', ':', '-', '', 'na', 'n/a']) expect(MISSING_MARKERS.has(m)).toBe(true);
  });

  it('a missing value keeps the publisher\'s own note', () => {
    const r = canon([{ Value: '*', 'Value note': 'Value suppressed for disclosure control' }]);
    expect(r.rows[0]!.valueNote).toBe('Value suppressed for disclosure control Value missing or suppressed in the source (marker "*").');
  });
});
