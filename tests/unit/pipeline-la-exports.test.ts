// The authority-level exports added for issue 13: the ONS drug-deaths workbook and three Fingertips
// exports. Expected figures are the ones PROVENANCE.md (shared/data/raw/indicators) reads from the
// files by hand (sections 8–10); the synthetic sheets below are made up here to test the layout checks.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DRUG_TABLES, readDrugTable, type Cell } from '../../scripts/pipeline/drugDeaths';
import { PipelineError } from '../../scripts/pipeline/errors';
import type { SnapshotPlace } from '../../scripts/pipeline/place';
import type { IndicatorMeta } from '../../src/domain/indicators';

const here = dirname(fileURLToPath(import.meta.url));
const DATA_DIR = resolve(here, '../../data');
const readData = (file: string) => readFileSync(join(DATA_DIR, file), 'utf8');
type Row = Record<string, string>;
const parse = (text: string) => Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;
const indicators = parse(readData('indicators.csv'));
const authorities = parse(readData('authorities.csv'));
const meta = JSON.parse(readData('indicators-meta.json')) as IndicatorMeta[];
const place = JSON.parse(readData('place.json')) as SnapshotPlace;

const YORK = 'E06000014';
const ENGLAND = 'E92000001';
const REGION = 'E12000003';

function one(rows: Row[], id: string, area: string, period: string, sex = 'Persons', age?: string): Row {
  const found = rows.filter(
    (r) => r['Indicator ID'] === id && r['Area Code'] === area && r['Time period'] === period && r.Sex === sex && (age === undefined || r.Age === age),
  );
  if (found.length !== 1) throw new Error(`${found.length} rows for ${id} ${area} ${period} ${sex} ${age ?? ''}`);
  return found[0] as Row;
}
const figure = (r: Row) => [Number(r.Value), Number(r['Lower CI 95.0 limit']), Number(r['Upper CI 95.0 limit']), r.Count === '' ? null : Number(r.Count)];

describe('ONS deaths related to drug poisoning (workbook Tables 3–8)', () => {
  it('gives York, England and the region the published rates, limits and deaths (PROVENANCE §8)', () => {
    expect(figure(one(indicators, 'ons-drug-poisoning-deaths', YORK, '2019 - 21'))).toEqual([10.3, 7.8, 13.3, 59]);
    expect(figure(one(indicators, 'ons-drug-poisoning-deaths', ENGLAND, '2019 - 21'))).toEqual([7.9, 7.8, 8.1, 12959]);
    expect(figure(one(indicators, 'ons-drug-misuse-deaths', YORK, '2019 - 21'))).toEqual([8.3, 6.1, 11.1, 47]);
    expect(figure(one(indicators, 'ons-drug-misuse-deaths', YORK, '2018 - 20'))).toEqual([8.3, 6.1, 11.1, 47]);
    expect(figure(one(indicators, 'ons-drug-misuse-deaths', ENGLAND, '2019 - 21'))).toEqual([5.1, 5, 5.2, 8361]);
    expect(figure(one(indicators, 'ons-drug-misuse-deaths', REGION, '2019 - 21'))).toEqual([6.9, 6.5, 7.3, 1055]);
  });

  it('has persons, males and females for 19 three-year periods, 2001 - 03 to 2019 - 21', () => {
    const york = indicators.filter((r) => r['Indicator ID'] === 'ons-drug-misuse-deaths' && r['Area Code'] === YORK);
    expect(york).toHaveLength(3 * 19);
    expect(new Set(york.map((r) => r.Sex))).toEqual(new Set(['Persons', 'Male', 'Female']));
    const m = meta.find((x) => x.id === 'ons-drug-misuse-deaths');
    expect(m?.period).toBe('2001 - 03 to 2019 - 21');
    expect(m?.theme).toBe('Drug harm');
    expect(m?.polarity).toBe('low-is-good');
  });

  it('lists every English lower-tier authority of the workbook (309 on May 2022 boundaries) in authorities.csv, no region', () => {
    const latest = authorities.filter((r) => r['Indicator ID'] === 'ons-drug-poisoning-deaths' && r['Time period'] === '2019 - 21' && r.Sex === 'Persons');
    expect(latest.filter((r) => r['Area Type'] === 'Local authority')).toHaveLength(309);
    expect(latest.filter((r) => r['Area Type'] === 'England')).toHaveLength(1);
    expect(latest.some((r) => r['Area Type'] === 'Region')).toBe(false);
  });

  it('writes no rate where ONS gives none (fewer than 10 deaths), keeping the deaths, and marks unreliable rates', () => {
    const suppressed = authorities.filter((r) => r['Indicator ID'] === 'ons-drug-misuse-deaths' && r.Value === '');
    expect(suppressed.length).toBeGreaterThan(0);
    expect(suppressed.every((r) => r.Count !== '' && r['CI method'] === 'none' && r['Lower CI 95.0 limit'] === '')).toBe(true);
    // York females 2019 - 21: 17 deaths, "U" in the workbook.
    expect(one(indicators, 'ons-drug-misuse-deaths', YORK, '2019 - 21', 'Female')['Value note']).toMatch(/unreliable/);
  });

  /** A made-up sheet in the workbook's layout: two header rows, one block of six columns per period. */
  function syntheticSheet(edit?: (rows: Cell[][]) => void): Cell[][] {
    const periods = Array.from({ length: 19 }, (_, i) => `${2019 - i}–${String(2021 - i).slice(2)}`);
    const header: Cell[] = ['Area Codes', 'Area Names', null, null, ...periods.flatMap((p) => [p, null, null, null, null, null])];
    const sub: Cell[] = [null, null, null, null, ...periods.flatMap(() => ['Deaths', 'Rate 1', null, 'Lower Confidence Limit 2', 'Upper Confidence Limit 2', null])];
    const block = (deaths: number, rate: number | string) => [deaths, rate, null, typeof rate === 'number' ? rate - 1 : rate, typeof rate === 'number' ? rate + 1 : rate, null];
    const rows: Cell[][] = [
      ['Back to contents'],
      ['Number of deaths and age-standardised mortality rate for deaths related to drug poisoning, persons by local authority'],
      [],
      header,
      sub,
      [ENGLAND, 'ENGLAND', null, null, ...periods.flatMap(() => block(1000, 5))],
      [REGION, 'YORKSHIRE AND THE HUMBER', null, null, ...periods.flatMap(() => block(100, 6))],
      ['E10000023', null, 'North Yorkshire', null, ...periods.flatMap(() => block(50, 4))],
      ['E07000163', null, null, 'Craven', ...periods.flatMap(() => block(5, ':'))],
      [YORK, null, 'York', null, ...periods.flatMap(() => block(40, 7))],
      ['Footnotes'],
    ];
    edit?.(rows);
    return rows;
  }
  const table = DRUG_TABLES[0];
  const errorOf = (rows: Cell[][]) => {
    try {
      readDrugTable(rows, table, 'synthetic.xlsx', place);
      return null;
    } catch (error) {
      expect(error).toBeInstanceOf(PipelineError);
      return (error as Error).message;
    }
  };

  it('reads the layout: England, the region, districts named in column D, suppressed rates as missing; counties left out', () => {
    const rows = readDrugTable(syntheticSheet(), table, 'synthetic.xlsx', place);
    expect(new Set(rows.map((r) => r.areaCode))).toEqual(new Set([ENGLAND, REGION, 'E07000163', YORK]));
    const craven = rows.find((r) => r.areaCode === 'E07000163' && r.period === '2019 - 21');
    expect(craven).toMatchObject({ areaName: 'Craven', value: null, count: 5, ciMethod: 'none' });
    expect(rows.find((r) => r.areaCode === YORK && r.period === '2001 - 03')).toMatchObject({ value: 7, lower95: 6, upper95: 8, count: 40, ciMethod: 'published' });
  });

  it('stops on a shifted column, a wrong period, an unknown marker, an unknown area or a rate outside its limits, naming the cell', () => {
    expect(errorOf(syntheticSheet((r) => (r[4] as Cell[]).splice(4, 0, null)))).toMatch(/synthetic\.xlsx: Table 3, cell E5: expected "Deaths"/);
    expect(errorOf(syntheticSheet((r) => ((r[3] as Cell[])[10] = '2018-20')))).toMatch(/cell K4: expected period "2018–20"/);
    expect(errorOf(syntheticSheet((r) => ((r[9] as Cell[])[6] = '*')))).toMatch(/cell G10: unexpected marker "\*"/);
    expect(errorOf(syntheticSheet((r) => ((r[8] as Cell[])[0] = 'S12000036')))).toMatch(/cell A9: unexpected area code S12000036/);
    expect(errorOf(syntheticSheet((r) => ((r[8] as Cell[])[0] = 'E14001061')))).toMatch(/cell A9: unexpected area code E14001061/);
    expect(errorOf(syntheticSheet((r) => ((r[9] as Cell[])[0] = 'Footnote 9')))).toMatch(/Table 3: no row for York \(E06000014\)/);
    expect(errorOf(syntheticSheet((r) => ((r[9] as Cell[])[7] = 7.5)))).toMatch(/cell F10: rate 7 is outside its limits 7\.5–8/);
    expect(errorOf(syntheticSheet((r) => ((r[1] as Cell[])[0] = 'deaths related to drug misuse, males')))).toMatch(/title should name deaths related to drug poisoning, persons/);
  });
});

describe('Fingertips exports with published intervals for every authority', () => {
  it('social isolation: York’s care users and carers with as much contact as they would like (PROVENANCE §10)', () => {
    const users = one(indicators, 'ft-90280-social-contact-care-users', YORK, '2018/19', 'Persons', '18+ yrs');
    expect(figure(users)).toEqual([43.4, 39.3, 47.5, 860]);
    expect(users.Denominator).toBe('1980');
    expect(users['Published comparison']).toBe('Similar');
    expect(one(indicators, 'ft-90280-social-contact-care-users', YORK, '2016/17', 'Persons', '18+ yrs')['Published comparison']).toBe('Better');
    expect(figure(one(indicators, 'ft-90638-social-contact-carers', YORK, '2018/19', 'Persons', '18+ yrs'))).toEqual([35.3, 31.7, 38.9, 155]);
    expect(figure(one(indicators, 'ft-90280-social-contact-care-users', ENGLAND, '2010/11', 'Persons', '18+ yrs')).slice(0, 3)).toEqual([41.9, 41.4, 42.4]);
  });

  it('social isolation: England-only breakdowns (deprivation tenths, ethnic group, age bands) are left out; authority ages kept as series', () => {
    const id = (r: Row) => r['Indicator ID'] ?? '';
    const rows = [...indicators, ...authorities].filter((r) => id(r).startsWith('ft-90280') || id(r).startsWith('ft-90638'));
    expect(rows.every((r) => r['Category Type'] === '')).toBe(true);
    expect(new Set(rows.filter((r) => id(r).startsWith('ft-90280')).map((r) => r.Age))).toEqual(new Set(['18+ yrs', '65+ yrs']));
    const counties = authorities.filter((r) => r['Indicator ID'] === 'ft-90280-social-contact-care-users' && r['Time period'] === '2018/19' && r.Age === '18+ yrs' && r['Area Type'] === 'Local authority');
    expect(counties.length).toBeGreaterThan(140);
    expect(counties.every((r) => /^E(0[689]|10)/.test(r['Area Code'] as string))).toBe(true);
  });

  it('common mental disorders (93495, the 27-column export): York and England as published, modelled note kept', () => {
    const york = one(indicators, 'ft-93495-common-mental-disorders', YORK, '2017');
    expect(figure(york).slice(0, 3)).toEqual([14.753573, 13.918266, 16.125858]);
    expect(york['Published comparison']).toBe('Better');
    expect(york['CI method']).toBe('published');
    expect(figure(one(indicators, 'ft-93495-common-mental-disorders', ENGLAND, '2017'))[0]).toBeCloseTo(16.917152, 5);
    // Only authorities, England and the place's region: no CCGs, ICBs or counties.
    const areas = authorities.filter((r) => r['Indicator ID'] === 'ft-93495-common-mental-disorders');
    expect(areas.every((r) => /^E(0[6-9]|92)/.test(r['Area Code'] as string))).toBe(true);
  });

  it('modelled prevalence 2015: York’s eight estimates with intervals, not compared, England without an interval', () => {
    const expected: [string, number, number, number][] = [
      ['ft-92659-hypertension-diagnosed-modelled-2015', 17.35, 15.32, 19.59],
      ['ft-92660-hypertension-undiagnosed-modelled-2015', 10.89, 10.13, 11.7],
      ['ft-92661-depression-modelled-2015', 14.64, 13.17, 16.24],
      ['ft-92662-chd-modelled-2015', 7.28, 6.63, 7.98],
    ];
    for (const [id, value, lower, upper] of expected) {
      const [v, l, u] = figure(one(indicators, id, YORK, '2015'));
      expect([v, l, u].map((x) => Math.round((x as number) * 100) / 100), id).toEqual([value, lower, upper]);
      expect(meta.find((m) => m.id === id)?.polarity).toBe('no-judgement');
    }
    expect(Number(one(indicators, 'ft-92659-hypertension-diagnosed-modelled-2015', ENGLAND, '2015').Value)).toBeCloseTo(20.78, 2);
    expect(indicators.filter((r) => (r['Indicator ID'] ?? '').endsWith('-modelled-2015')).every((r) => r['Category Type'] === '')).toBe(true);
  });
});
