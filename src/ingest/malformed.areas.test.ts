// A corpus of malformed and hostile inputs, part of it: Areas, generic tables, options, modelled counts and the rejection summary.
// Every file here is SYNTHETIC: written by the tests themselves to exercise one failure mode; none of the numbers are
// real statistics. Shared helpers are in malformedHelpers.ts.

import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../stats';
import { ingestCsvText } from './index';
import { canonicalCsv, meta, YORK_AREAS } from './test-helpers';
import { META, ok, canon } from './malformedHelpers';

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
