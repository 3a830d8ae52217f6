// toSafeCsv: formula injection and quoting. Inputs are SYNTHETIC.

import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ingestCsvText, toSafeCsv } from './index';

describe('toSafeCsv', () => {
  it('neutralises cells that spreadsheets would run as formulas', () => {
    const cells = ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\t=x', '\r=x', '=HYPERLINK("http://evil","click")'];
    const out = toSafeCsv([cells]);
    const back = Papa.parse<string[]>(out.trimEnd()).data[0]!;
    expect(back).toEqual(cells.map((c) => `'${c}`));
  });

  it('writes numbers as numbers, so negative numbers stay numbers; null and non-finite become empty', () => {
    expect(toSafeCsv([[-3.5, 0, 1e-7, 12, null, Number.NaN, Infinity, -0]])).toBe("-3.5,0,1e-7,12,,,,0\r\n");
    // The same text as a string is not a number and is neutralised.
    expect(toSafeCsv([['-3.5']])).toBe("'-3.5\r\n");
  });

  it('quotes delimiters, quotes, line breaks and edge spaces, and round-trips through a CSV parser', () => {
    const row = ['a,b', 'say "hi"', 'two\nlines', ' padded ', 'plain', '', 'café £5 – ok', '<script>alert(1)</script>'];
    const out = toSafeCsv([['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'h7', 'h8'], row]);
    expect(out).toContain('"a,b","say ""hi""","two\nlines"," padded ",plain,,café £5 – ok,<script>alert(1)</script>\r\n');
    const back = Papa.parse<string[]>(out, { skipEmptyLines: true }).data;
    expect(back[1]).toEqual(row);
  });

  it('an exported table can be ingested again without change in values', () => {
    const rows: (string | number | null)[][] = [
      ['area_code', 'area_name', 'period', 'indicator', 'measure', 'unit', 'value'],
      ['E06000014', 'York', '2020/21', 'Thing, with comma', 'Percentage', 'Persons', -1.25],
      ['E06000001', '=Hartlepool', '2020/21', 'Thing, with comma', 'Percentage', 'Persons', null],
    ];
    const r = ingestCsvText(toSafeCsv(rows));
    expect(r.format).toBe('tidy');
    expect(r.rows.map((x) => [x.areaName, x.value])).toEqual([
      ['York', -1.25],
      ["'=Hartlepool", null],
    ]);
  });

  it('empty input gives empty output', () => {
    expect(toSafeCsv([])).toBe('');
  });
});
