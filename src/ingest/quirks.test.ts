// Files saved by other people's tools: R's write.csv headers and row numbers, Excel's "sep="
// line, mixed line endings, unquoted commas, values that contradict their own count.
// Every file here is SYNTHETIC, written by the test for one quirk; no number is a real statistic.

import { describe, expect, it } from 'vitest';
import { headerKey, ingestCsvText, IndicatorRowSchema } from './index';
import { meta } from './test-helpers';
import type { IngestResult } from './result';

function ok(r: IngestResult): void {
  expect(r.stats.read).toBe(r.stats.accepted + r.stats.rejected);
  expect(r.rejected).toHaveLength(r.stats.rejected);
  for (const row of r.rows) expect(IndicatorRowSchema.safeParse(row).success).toBe(true);
}

const FT_HEADER = [
  'Indicator ID', 'Indicator Name', 'Parent Code', 'Parent Name', 'Area Code', 'Area Name', 'Area Type', 'Sex', 'Age',
  'Category Type', 'Category', 'Time period', 'Value', 'Lower CI 95.0 limit', 'Upper CI 95.0 limit', 'Lower CI 99.8 limit',
  'Upper CI 99.8 limit', 'Count', 'Denominator', 'Value note', 'Recent Trend', 'Compared to England value or percentiles',
];

/** A synthetic Fingertips record (all numbers made up). */
function ftRecord(area: string, name: string, period: string, value: string, count = '', denominator = '', lower = '', upper = ''): string {
  return ['90001', 'Synthetic share (%)', 'E92000001', 'England', area, name, 'County & UA', 'Persons', 'All ages', '', '', period, value, lower, upper, '', '', count, denominator, '', '', 'Similar'].join(',');
}

describe('R-style headers (write.csv)', () => {
  it('a dot between letters is a separator, kept only between digits', () => {
    expect(headerKey('Indicator.ID')).toBe('indicatorid');
    expect(headerKey('Lower.CI.95.0.limit')).toBe('lowerci95.0limit');
    expect(headerKey('Upper.CI.99.8.limit')).toBe('upperci99.8limit');
    expect(headerKey('Compared.to.England.value.or.percentiles')).toBe('comparedtoenglandvalueorpercentiles');
    expect(headerKey('Lower CI 95.0 limit')).toBe('lowerci95.0limit');
    expect(headerKey('Lower_CI_95.0_limit')).toBe('lowerci95.0limit');
    expect(headerKey('Value.')).toBe('value');
    expect(headerKey('.Value')).toBe('value');
  });

  it('an R-saved Fingertips file: dotted names, a row-number column and NA for missing (SYNTHETIC)', () => {
    const header = ['""', ...FT_HEADER.map((h) => `"${h.replace(/ /g, '.')}"`)].join(',');
    const text = [
      header,
      `"1",${ftRecord('E06000014', 'York', '2021', '12.5', '25', '200', '8.6', '17.8')}`,
      `"2",${ftRecord('E06000001', 'Hartlepool', '2021', 'NA', 'NA', 'NA', 'NA', 'NA')}`,
    ].join('\n');
    const r = ingestCsvText(text);
    ok(r);
    expect(r.format).toBe('fingertips');
    expect(r.stats).toEqual({ read: 2, accepted: 2, rejected: 0 });
    expect(r.rows[0]).toMatchObject({ areaCode: 'E06000014', period: '2021', value: 12.5, lower95: 8.6, upper95: 17.8, count: 25, denominator: 200 });
    // NA is missing, never 0.
    expect(r.rows[1]).toMatchObject({ value: null, lower95: null, count: null, denominator: null });
    expect(r.rows[1]!.valueNote).toMatch(/"NA"/);
    expect(r.warnings.some((w) => /row numbers/.test(w))).toBe(true);
  });

  it('R\'s "X" row-number column is ignored in a tidy table too (SYNTHETIC)', () => {
    const text = 'X,area_code,area_name,period,indicator,measure,unit,value\n1,E05010311,Acomb,2021,Synthetic,Percentage,Persons,10\n2,E05010312,Bishopthorpe,2021,Synthetic,Percentage,Persons,NA\n';
    const r = ingestCsvText(text);
    ok(r);
    expect(r.format).toBe('tidy');
    expect(r.stats).toEqual({ read: 2, accepted: 2, rejected: 0 });
    expect(r.rows.map((x) => x.value)).toEqual([10, null]);
  });

  it('a first column named "X" that is not row numbers is kept as data (SYNTHETIC)', () => {
    const r = ingestCsvText('X,area_code,period,indicator,value\nabc,E05010311,2021,Synthetic,10\n');
    ok(r);
    expect(r.format).toBe('tidy');
    expect(r.warnings.some((w) => /row numbers/.test(w))).toBe(false);
  });
});

describe('bad input: a clear message, read = accepted + rejected (SYNTHETIC files)', () => {
  it('CRLF, LF and bare CR in one file all end records; a quoted line break is kept', () => {
    const text =
      'area_code,area_name,period,indicator,measure,unit,value\r\n' +
      'E05010311,Acomb,2021,Synthetic,Count,Persons,1\n' +
      'E05010312,"Bishop\nthorpe",2021,Synthetic,Count,Persons,2\r' +
      'E05010313,Clifton,2021,Synthetic,Count,Persons,3\r\n' +
      'E05010314,Copmanthorpe,2021,Synthetic,Count,Persons,4\r';
    for (const t of [text, text.replace(/\r\n/g, '\r')]) {
      const r = ingestCsvText(t);
      ok(r);
      expect(r.stats).toEqual({ read: 4, accepted: 4, rejected: 0 });
      expect(r.rows.map((x) => x.value)).toEqual([1, 2, 3, 4]);
      expect(r.rows[1]!.areaName).toBe('Bishop\nthorpe');
    }
  });

  it('a bare CR at a chunk boundary is still a record end (stream in small chunks)', async () => {
    const { ingestCsvStream } = await import('./index');
    const text = 'area_code,period,indicator,value\rE05010311,2021,Synthetic,1\r\nE05010312,2021,Synthetic,2\rE05010313,2021,Synthetic,3\n';
    for (const chunkSize of [1, 2, 3, 7]) {
      const r = await ingestCsvStream(text, { chunkSize });
      ok(r);
      expect(r.stats).toEqual({ read: 3, accepted: 3, rejected: 0 });
    }
  });

  it('an unquoted comma in an area name shifts the later fields: the record is rejected with its line, never stored', () => {
    const text = [
      FT_HEADER.join(','),
      ftRecord('E06000014', 'York', '2021', '12.5'),
      // "Bournemouth, Christchurch and Poole" unquoted: the period lands in Value, the period column is empty.
      ftRecord('E06000058', 'Bournemouth, Christchurch and Poole', '2021', '10.1').replace(/,Similar$/, ''),
    ].join('\n');
    const r = ingestCsvText(text);
    ok(r);
    expect(r.stats).toEqual({ read: 2, accepted: 1, rejected: 1 });
    expect(r.rows.map((x) => x.areaCode)).toEqual(['E06000014']);
    expect(r.rejected[0]!.line).toBe(3);
    expect(r.rejected[0]!.reason).toMatch(/^Time period is empty and Value holds "2021", which looks like a period\. .*in quotes/);
  });

  it('a full-length record with an unquoted comma has one field too many: rejected, saying why', () => {
    const text = ['area_code,area_name,period,indicator,value', 'E05010311,Acomb,2021,Synthetic,1', 'E05010315,Dringhouses, Woodthorpe,2021,Synthetic,2'].join('\n');
    const r = ingestCsvText(text);
    ok(r);
    expect(r.stats).toEqual({ read: 2, accepted: 1, rejected: 1 });
    expect(r.rejected[0]).toEqual({ line: 3, reason: expect.stringMatching(/^Row has 6 fields but the header has 5\. A comma inside a name that is not in quotes/) as unknown as string });
  });

  it('a value that differs from its count and denominator by less than one part in a million is not a contradiction', () => {
    // York's real row in OHID's self-harm admissions 10-14 yrs, 2017/18 (data/authorities.csv): 25 of 9,957
    // gives 251.0796425 per 100,000; OHID printed 251.079643, 5.4e-7 away — a hair over its last digit.
    const metadata = [meta('90001', { valueType: 'rate', multiplier: 100000, unit: 'per 100,000' })];
    const text = [FT_HEADER.join(','), ftRecord('E06000014', 'York', '2017/18', '251.079643', '25', '9957', '162.441156', '370.658338')].join('\n');
    const r = ingestCsvText(text, { metadata });
    ok(r);
    expect(r.warnings.filter((x) => x.includes('contradicts'))).toEqual([]);
  });

  it('a value that contradicts its own count and denominator is kept with a warning naming the line', () => {
    const metadata = [meta('90001', { valueType: 'proportion', multiplier: 100, unit: '%' })];
    const text = [
      FT_HEADER.join(','),
      ftRecord('E06000014', 'York', '2021', '12.5', '25', '200', '8.6', '17.8'),
      ftRecord('E06000001', 'Hartlepool', '2021', '75.0', '25', '200', '60', '80'),
      ftRecord('E06000002', 'Middlesbrough', '2021', '40', '25', '200'),
    ].join('\n');
    const r = ingestCsvText(text, { metadata });
    ok(r);
    expect(r.stats).toEqual({ read: 3, accepted: 3, rejected: 0 });
    const w = r.warnings.find((x) => x.includes('contradicts'));
    expect(w).toBe(
      'Indicator 90001: 2 rows have a value that contradicts their own count and denominator (count ÷ denominator × 100 differs by more than rounding; lines 3, 4); kept as published, but check them against the source.',
    );
    // No interval is computed from a count the value contradicts.
    expect(r.rows[2]!.lower95).toBeNull();
  });

  it('count above denominator for a proportion stays rejected', () => {
    const metadata = [meta('90001', { valueType: 'proportion', multiplier: 100, unit: '%' })];
    const r = ingestCsvText([FT_HEADER.join(','), ftRecord('E06000014', 'York', '2021', '150', '300', '200')].join('\n'), { metadata });
    ok(r);
    expect(r.stats).toEqual({ read: 1, accepted: 0, rejected: 1 });
    expect(r.rejected[0]!.reason).toBe('Count (300) is larger than the denominator (200), which is impossible for a proportion.');
  });

  it('an Excel "sep=;" first line is honoured and not counted as a record', () => {
    const text = 'sep=;\r\narea_code;period;indicator;value\r\nE05010311;2021;Synthetic;1,5\r\nE05010312;2021;Synthetic;2,5\r\n';
    const r = ingestCsvText(text);
    ok(r);
    expect(r.format).toBe('tidy');
    expect(r.delimiter).toBe(';');
    expect(r.stats).toEqual({ read: 2, accepted: 2, rejected: 0 });
    expect(r.rows.map((x) => x.value)).toEqual([1.5, 2.5]);
    expect(r.warnings.some((w) => w.startsWith('The first line "sep=;"'))).toBe(true);
  });

  it('an Excel "sep=," line: a comma file that would otherwise look like two columns', () => {
    const r = ingestCsvText('sep=,\narea_code,period,indicator,value\nE05010311,2021,Synthetic,1\n');
    ok(r);
    expect(r.stats).toEqual({ read: 1, accepted: 1, rejected: 0 });
    expect(r.rejected).toEqual([]);
  });
});
