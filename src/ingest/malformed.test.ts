// A corpus of malformed and hostile inputs. Every file here is SYNTHETIC: written by the
// tests themselves to exercise one failure mode; none of the numbers are real statistics.

import { describe, expect, it } from 'vitest';
import { wilsonInterval, crudeRate } from '../stats';
import { decodeBytes, ingestCsvText, IndicatorRowSchema, MISSING_MARKERS } from './index';
import { canonicalCsv, meta, YORK_AREAS } from './test-helpers';
import type { IngestResult } from './result';
import { CANONICAL_COLUMNS, type IndicatorRow } from '../domain/indicators';

const META = [
  meta('p1'),
  meta('r1', { valueType: 'rate', multiplier: 100000, unit: 'per 100,000' }),
  meta('d1', { valueType: 'rate', multiplier: 100000, unit: 'per 100,000, age-standardised' }),
];

function ok(r: IngestResult): void {
  expect(r.stats.read).toBe(r.stats.accepted + r.stats.rejected);
  expect(r.rejected).toHaveLength(r.stats.rejected);
  for (const row of r.rows) expect(IndicatorRowSchema.safeParse(row).success).toBe(true);
}

function canon(records: Parameters<typeof canonicalCsv>[0], options = {}): IngestResult {
  const r = ingestCsvText(canonicalCsv(records), { metadata: META, ...options });
  ok(r);
  return r;
}

const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00,
  0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00, 0x00, 0x00, 0x0a, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0x00, 0x01,
  0x00, 0x00, 0x05, 0x00, 0x01, 0x0d, 0x0a, 0x2d, 0xb4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
]);

function utf16le(s: string, bom: boolean): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + s.length * 2);
  let o = 0;
  if (bom) {
    out[0] = 0xff;
    out[1] = 0xfe;
    o = 2;
  }
  for (let i = 0; i < s.length; i++) {
    out[o + 2 * i] = s.charCodeAt(i) & 0xff;
    out[o + 2 * i + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
}

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

describe('validation rules', () => {
  it('duplicate keys are rejected with the line of the first', () => {
    const r = canon([{}, { 'Area Code': 'E05010312' }, {}, {}]);
    expect(r.stats).toEqual({ read: 4, accepted: 2, rejected: 2 });
    expect(r.rejected.map((x) => x.line)).toEqual([4, 5]);
    expect(r.rejected[0]!.reason).toMatch(/^Duplicate of line 2:/);
    expect(r.rejected[1]!.reason).toMatch(/^Duplicate of line 2:/);
  });

  it('the same category under two category types is not a duplicate; each key field matters', () => {
    const r = canon([
      { 'Category Type': 'Deprivation decile (IMD2019)', Category: 'Most deprived decile' },
      { 'Category Type': 'Deprivation decile (IMD2015)', Category: 'Most deprived decile' },
      { Sex: 'Male' },
      { Age: '0-9 yrs' },
      { 'Time period': '2022' },
      { 'Indicator ID': 'r1' },
      {},
    ]);
    expect(r.stats).toEqual({ read: 7, accepted: 7, rejected: 0 });
  });

  it('negative counts and denominators are rejected', () => {
    const r = canon([{ Count: '-1' }, { Denominator: '-100', 'Area Code': 'E05010312' }]);
    expect(r.rejected).toEqual([
      { line: 2, reason: 'Count is negative (-1).' },
      { line: 3, reason: 'Denominator is negative (-100).' },
    ]);
  });

  it('a count above its denominator is rejected for proportions only', () => {
    const r = canon([{ 'Indicator ID': 'p1', Count: '150', Denominator: '100' }, { 'Indicator ID': 'r1', Count: '150', Denominator: '100' }]);
    expect(r.stats).toEqual({ read: 2, accepted: 1, rejected: 1 });
    expect(r.rejected[0]).toEqual({ line: 2, reason: 'Count (150) is larger than the denominator (100), which is impossible for a proportion.' });
    expect(r.rows[0]!.indicatorId).toBe('r1');
  });

  it('lower > upper and a value outside its interval are warnings; the rows are kept', () => {
    const r = canon([
      { 'Lower CI 95.0 limit': '12', 'Upper CI 95.0 limit': '8' },
      { 'Area Code': 'E05010312', Value: '20' },
    ]);
    expect(r.stats.accepted).toBe(2);
    expect(r.warnings).toContain('1 row has a lower 95% limit above the upper limit (lines 2); kept as published.');
    expect(r.warnings.some((w) => w.startsWith('2 rows have a value outside the 95% interval (lines 2, 3)'))).toBe(true);
    expect(r.warnings.some((w) => w.startsWith('1 row has a value outside the 99.8% interval (lines 3)'))).toBe(true);
  });

  it('computes Wilson limits for proportions and Byar/exact for crude rates when limits are missing', () => {
    const none = { 'Lower CI 95.0 limit': '', 'Upper CI 95.0 limit': '', 'Lower CI 99.8 limit': '', 'Upper CI 99.8 limit': '', 'CI method': '' };
    const r = canon([
      { ...none, 'Indicator ID': 'p1', Value: '25', Count: '25', Denominator: '100' },
      { ...none, 'Indicator ID': 'r1', Value: '500', Count: '50', Denominator: '10000' },
      { ...none, 'Indicator ID': 'r1', Value: '30', Count: '3', Denominator: '10000', 'Area Code': 'E05010312' },
      // Age-standardised: value is not count/denominator x 100,000, so no crude limits.
      { ...none, 'Indicator ID': 'd1', Value: '612.3', Count: '50', Denominator: '10000' },
      // Suppressed value: nothing is computed.
      { ...none, 'Indicator ID': 'p1', Value: '*', Count: '3', Denominator: '100', 'Area Code': 'E05010312' },
    ]);
    expect(r.stats.accepted).toBe(5);
    const [p, rate, small, dsr, suppressed] = r.rows as [IndicatorRow, IndicatorRow, IndicatorRow, IndicatorRow, IndicatorRow];
    const w95 = wilsonInterval(25, 100, { confidence: 0.95 });
    const w998 = wilsonInterval(25, 100, { confidence: 0.998 });
    expect(p.ciMethod).toBe('wilson');
    expect([p.lower95, p.upper95, p.lower998, p.upper998]).toEqual([w95.lower, w95.upper, w998.lower, w998.upper]);
    expect(rate.ciMethod).toBe('byar');
    expect(rate.lower95).toBe(crudeRate(50, 10000, { confidence: 0.95 }).lower);
    expect(small.ciMethod).toBe('exact');
    expect(small.upper998).toBe(crudeRate(3, 10000, { confidence: 0.998 }).upper);
    expect(dsr.ciMethod).toBe('none');
    expect(dsr.lower95).toBeNull();
    expect(r.warnings.some((w) => w.startsWith('Indicator d1: 1 row has a count and denominator but a value that is not count'))).toBe(true);
    expect(suppressed.ciMethod).toBe('none');
    expect(suppressed.lower95).toBeNull();
  });

  it('allows for rounding when deciding that a value is the crude ratio', () => {
    const none = { 'Lower CI 95.0 limit': '', 'Upper CI 95.0 limit': '', 'Lower CI 99.8 limit': '', 'Upper CI 99.8 limit': '', 'CI method': '' };
    const r = canon([
      { ...none, Value: '33.3', Count: '1', Denominator: '3' },
      { ...none, Value: '33.4', Count: '1', Denominator: '3', 'Area Code': 'E05010312' },
    ]);
    expect(r.rows.map((x) => x.ciMethod)).toEqual(['wilson', 'none']);
  });

  it('an explicit CI method in a canonical file is respected (no recomputation)', () => {
    const r = canon([{ 'Lower CI 95.0 limit': '', 'Upper CI 95.0 limit': '', 'Lower CI 99.8 limit': '', 'Upper CI 99.8 limit': '', 'CI method': 'none' }]);
    expect(r.rows[0]!.ciMethod).toBe('none');
    expect(r.rows[0]!.lower95).toBeNull();
  });
});

describe('hostile content stays data', () => {
  it('HTML and script in names and notes are kept exactly as plain text', () => {
    const evil = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const r = canon([{ 'Area Name': evil, 'Value note': '=HYPERLINK("http://evil")', Category: '{{constructor.constructor("alert(1)")()}}', 'Category Type': 'T' }]);
    expect(r.rows[0]!.areaName).toBe(evil);
    expect(r.rows[0]!.valueNote).toBe('=HYPERLINK("http://evil")');
    expect(r.rows[0]!.category).toBe('{{constructor.constructor("alert(1)")()}}');
    const f = ingestCsvText(`Indicator ID,Indicator Name,Area Code,Area Name,Time period,Value\n1,"${evil.replace(/"/g, '""')}",E06000014,York,2020,1\n`);
    expect(f.indicators[0]!.name).toBe(evil);
  });

  it('an indicator id like __proto__ does not pollute objects', () => {
    const f = ingestCsvText('Indicator ID,Indicator Name,Area Code,Area Name,Time period,Value\n__proto__,x,E06000014,York,2020,1\nconstructor,y,E06000014,York,2020,2\n');
    expect(f.stats.accepted).toBe(2);
    expect(f.indicators.map((m) => m.id)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
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

describe('areas', () => {
  it('infers the area type from the code prefix when the file does not give one', () => {
    const codes: [string, string][] = [
      ['E05010311', 'Ward'],
      ['E01013335', 'LSOA'],
      ['E02002483', 'MSOA'],
      ['E06000014', 'Local authority'],
      ['E07000163', 'Local authority'],
      ['E08000035', 'Local authority'],
      ['E09000001', 'Local authority'],
      ['E10000023', 'Local authority'],
      ['E12000003', 'Region'],
      ['E14001063', 'Constituency'],
      ['E92000001', 'England'],
      ['E47000001', ''],
    ];
    const r = canon(codes.map(([c]) => ({ 'Area Code': c, 'Area Type': '' })));
    expect(r.rows.map((x) => x.areaType)).toEqual(codes.map(([, t]) => t));
  });

  it('matches by code, reports unmatched areas by name, and keeps their rows', () => {
    const r = canon(
      [
        { 'Area Code': 'E05010311', 'Area Name': 'Acomb' },
        { 'Area Code': 'E06000001', 'Area Name': 'Hartlepool' },
        { 'Area Code': 'E06000002', 'Area Name': 'Middlesbrough' },
        { 'Area Code': 'E05010315', 'Area Name': 'Dringhouses and Woodthorpe' },
        { 'Area Code': 'E05010316', 'Area Name': 'Old Fishergate' },
      ],
      { knownAreas: YORK_AREAS, knownAreasLabel: "York's lookup" },
    );
    expect(r.stats.accepted).toBe(5);
    expect(r.warnings).toContain("2 areas not in York's lookup: Hartlepool (E06000001), Middlesbrough (E06000002).");
    // "&" vs "and" is the same name; a different name under a known code is reported.
    expect(r.warnings).toContain(`1 area matched by code but named differently from York's lookup: E05010316 "Old Fishergate" (lookup: "Fishergate").`);
  });

  it('generic files keyed by name: matched after normalising "&"/"and", case and punctuation; unmatched names rejected', () => {
    const text = 'Ward,Year,Rate\nACOMB,2023,1.5\nDringhouses and Woodthorpe,2023,2.5\nfulford & heslington.,2023,3\nAtlantis,2023,4\n';
    const r = ingestCsvText(text, { knownAreas: YORK_AREAS, fileName: 'wards.csv' });
    ok(r);
    expect(r.format).toBe('generic');
    expect(r.needsMapping).toBe(false);
    expect(r.stats).toEqual({ read: 4, accepted: 3, rejected: 1 });
    expect(r.rows.map((x) => x.areaCode)).toEqual(['E05010311', 'E05010315', 'E05010317']);
    expect(r.rows.every((x) => x.areaType === 'Ward')).toBe(true);
    expect(r.rejected[0]).toEqual({ line: 5, reason: 'Area "Atlantis" is not in the area lookup (names must match when the file has no area codes).' });
    expect(r.warnings.some((w) => w.includes('"ACOMB" → Acomb (E05010311)'))).toBe(true);
  });

  it('name-only rows cannot be keyed without a lookup', () => {
    const r = ingestCsvText('Ward,Year,Rate\nAcomb,2023,1.5\n');
    expect(r.stats).toEqual({ read: 1, accepted: 0, rejected: 1 });
    expect(r.rejected[0]!.reason).toMatch(/no area lookup was supplied/);
  });
});

describe('generic tables', () => {
  it('unambiguous: one code column and one numeric column are ingested directly', () => {
    const r = ingestCsvText('wd22cd,wd22nm,year,rate_per_1000\nE05010311,Acomb,2022,12.5\nE05010312,Bishopthorpe,2022,*\n', { fileName: 'my rates.csv' });
    ok(r);
    expect(r.format).toBe('generic');
    expect(r.needsMapping).toBe(false);
    expect(r.mapping!.areaCode).toBe('wd22cd');
    expect(r.mapping!.areaName).toBe('wd22nm');
    expect(r.mapping!.period).toBe('year');
    expect(r.mapping!.values).toEqual([{ column: 'rate_per_1000', indicatorId: 'my-rates-rate-per-1000', name: 'Rate per 1000' }]);
    expect(r.rows.map((x) => [x.areaCode, x.areaType, x.period, x.value])).toEqual([
      ['E05010311', 'Ward', '2022', 12.5],
      ['E05010312', 'Ward', '2022', null],
    ]);
    expect(r.indicators[0]!.origin).toBe('imported');
  });

  it('ambiguous: several code and value columns need the user to confirm; nothing is ingested', () => {
    const r = ingestCsvText('wd25cd,wd25nm,lad25cd,a,b\nE05010311,Acomb,E06000014,1,2\n');
    expect(r.needsMapping).toBe(true);
    expect(r.rows).toHaveLength(0);
    expect(r.stats).toEqual({ read: 0, accepted: 0, rejected: 0 });
    expect(r.preview).toEqual({ header: ['wd25cd', 'wd25nm', 'lad25cd', 'a', 'b'], rows: [['E05010311', 'Acomb', 'E06000014', '1', '2']] });
    expect(r.warnings.some((w) => w.includes('wd25cd, lad25cd'))).toBe(true);
  });

  it('a user mapping with count and denominator computes intervals; invalid mappings are explained', () => {
    const text = 'code,n,pop,pct\nE05010311,5,50,10\n';
    const r = ingestCsvText(text, {
      columnMapping: {
        areaCode: 'code',
        areaName: null,
        period: null,
        fixedPeriod: '2021',
        values: [{ column: 'pct', indicatorId: 'u-pct', name: 'Percent', valueType: 'proportion', multiplier: 100, unit: '%' }],
        count: 'n',
        denominator: 'pop',
      },
    });
    ok(r);
    expect(r.rows[0]!.ciMethod).toBe('wilson');
    expect(r.rows[0]!.lower95).toBe(wilsonInterval(5, 50).lower);
    const bad = ingestCsvText(text, { columnMapping: { areaCode: 'nope', areaName: null, period: null, values: [{ column: 'pct', indicatorId: 'x', name: 'x' }] } });
    expect(bad.error).toBe('The column mapping names columns that are not in the file: nope.');
    const bad2 = ingestCsvText(text, { columnMapping: { areaCode: 'code', areaName: null, period: null, values: [] } as never });
    expect(bad2.error).toMatch(/^The columns chosen do not fit together: choose at least one value column/);
  });
});

describe('options', () => {
  const FT = 'Indicator ID,Indicator Name,Area Code,Area Name,Area Type,Sex,Age,Time period,Value,Count,Denominator,Compared to England value or percentiles\n';

  it('known metadata replaces guesses for Fingertips files (polarity, unit, level)', () => {
    const known = meta('93356', { name: 'Campylobacter', valueType: 'rate', multiplier: 100000, polarity: 'low-is-good', comparisonLevel: 0.998, origin: 'bundled' });
    const text = FT + '93356,Campylobacter rate,E06000014,York,UA,Persons,All ages,2017,50,100,200000,Similar\n';
    const r = ingestCsvText(text, { metadata: [known] });
    expect(r.indicators).toEqual([known]);
    expect(r.warnings.some((w) => w.includes('guessed'))).toBe(false);
    expect(r.rows[0]!.ciMethod).toBe('byar'); // 100 / 200,000 x 100,000 = 50: crude, so computed
    const guessed = ingestCsvText(text);
    expect(guessed.indicators[0]!.polarity).toBe('no-judgement');
    expect(guessed.indicators[0]!.valueType).toBe('rate');
    expect(guessed.rows[0]!.ciMethod).toBe('none'); // "rate" without a stated multiplier: nothing computed
  });

  it('origin is written to the metadata built from the file (default imported)', () => {
    const text = FT + '1,Thing %,E06000014,York,UA,Persons,All ages,2017,50,1,2,Similar\n';
    expect(ingestCsvText(text).indicators[0]!.origin).toBe('imported');
    expect(ingestCsvText(text, { origin: 'bundled' }).indicators[0]!.origin).toBe('bundled');
    const c = ingestCsvText(canonicalCsv([{}]), { metadata: META, origin: 'imported' });
    expect(c.indicators[0]!.origin).toBe('imported');
    expect(META[0]!.origin).toBe('bundled'); // the caller's metadata is not modified
  });

  it('invalid option values are reported, not thrown', () => {
    const r = ingestCsvText(canonicalCsv([{}]), { metadata: META, origin: 'elsewhere' as never });
    expect(r.warnings.some((w) => w.startsWith('Some options were not valid and were ignored: origin'))).toBe(true);
    expect(r.stats.accepted).toBe(1); // the valid metadata option is still used
    expect(ingestCsvText('a,b\n', null as never).error).toBeDefined();
    const areas = ingestCsvText(canonicalCsv([{}]), { metadata: META, knownAreas: [{ code: '', name: 'x', type: 'Ward' }, ...YORK_AREAS] });
    expect(areas.warnings).toContain('1 entry of the area lookup is not valid (code, name and type are needed) and was ignored.');
    expect(areas.stats.accepted).toBe(1);
  });
});

describe('modelled counts', () => {
  it('computes no interval from a count that is not a whole number', () => {
    // Synthetic file: a Fingertips-style row whose count is a modelled estimate.
    const header =
      'Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,Sex,Age,Category Type,Category,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,Lower CI 99.8 limit,Upper CI 99.8 limit,Count,Denominator,Value note,Recent Trend,Compared to England value or percentiles,Compared to percentiles,Time period Sortable,New data,Compared to goal';
    const modelled = '1,Modelled share %,E92000001,England,E06000014,York,UA,Persons,5-16 yrs,,,2015,8.6,,,,,2070.5,24075,,,Not compared,,20150000,,';
    const observed = '1,Modelled share %,E92000001,England,E06000015,Derby,UA,Persons,5-16 yrs,,,2015,8.6,,,,,2070,24070,,,Not compared,,20150000,,';
    const result = ingestCsvText([header, modelled, observed].join('\n'));
    const [york, derby] = result.rows;
    expect(york?.lower95).toBeNull();
    expect(york?.ciMethod).toBe('none');
    expect(derby?.ciMethod).toBe('wilson');
    expect(result.warnings.join(' ')).toMatch(/not a whole number/);
  });
});

describe('the rejection summary is plain English', () => {
  const tidy = (values: string[]) =>
    ['area_code,area_name,period,indicator,measure,unit,value', ...values.map((v, i) => `E0501031${i},Ward ${i},2021,Synthetic share,Percentage,Persons,${v}`)].join('\n');
  it('says "was" for one row and "were" for several, without naming API fields', () => {
    const one = ingestCsvText(tidy(['1', 'abc', '3', '4']), { knownAreas: YORK_AREAS });
    ok(one);
    expect(one.warnings[0]).toBe('1 of 4 rows was rejected; it is listed with its line number and the reason.');
    const two = ingestCsvText(tidy(['abc', 'def', '3']), { knownAreas: YORK_AREAS });
    ok(two);
    expect(two.warnings[0]).toBe('2 of 3 rows were rejected; each is listed with its line number and the reason.');
  });
});
