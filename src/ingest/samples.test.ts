// Every real file in ../shared/data/samples (other publishers' files, byte-identical; see
// PROVENANCE.md there) read as the Import page reads it: with York's lookup. Values were checked
// by hand against the raw file; the line is given beside each (line 1 = the header).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Place } from '../domain/place';
import { knownAreasOf } from './report';
import { splitByPlace } from './importedRows';
import { ingestCsvText, IndicatorRowSchema, type ColumnMapping, type IngestOptions, type IngestResult } from './index';

const here = dirname(fileURLToPath(import.meta.url));
const SAMPLES_DIR = resolve(process.env.SAMPLES_DIR ?? resolve(here, '../../../shared/data/samples'));
const PRESENT = existsSync(SAMPLES_DIR);
if (!PRESENT) console.warn(`\n*** Sample folder ${SAMPLES_DIR} not found: the real-sample import tests are SKIPPED. ***\n`);

const place = JSON.parse(readFileSync(resolve(here, '../../data/place.json'), 'utf8')) as Place;
const YORK: IngestOptions = { knownAreas: knownAreasOf(place), knownAreasLabel: "York's lookup" };
const yorkCodes = new Set(knownAreasOf(place).map((a) => a.code));

const files = PRESENT ? readdirSync(SAMPLES_DIR).filter((f) => f.endsWith('.csv')).sort() : [];

function ingest(prefix: string, options: IngestOptions = {}): IngestResult {
  const name = files.find((f) => f.startsWith(prefix))!;
  const r = ingestCsvText(readFileSync(resolve(SAMPLES_DIR, name), 'utf8'), { fileName: name, ...YORK, ...options });
  expect(r.stats.read).toBe(r.stats.accepted + r.stats.rejected);
  expect(r.rejected).toHaveLength(r.stats.rejected);
  for (const row of r.rows.slice(0, 2000)) expect(IndicatorRowSchema.safeParse(row).success).toBe(true);
  return r;
}

/** A missing marker (NA, blank, suppressed) is never read as 0: every 0 must be a 0 in the file. */
function noMissingAsZero(r: IngestResult): void {
  for (const row of r.rows) if (row.value === null) expect(row.valueNote).not.toBe('');
}

const noDeveloperWords = (r: IngestResult) => {
  for (const text of [r.error ?? '', ...r.warnings]) expect(text).not.toMatch(/result\.|options\.|needsMapping|columnMapping/);
};

describe.skipIf(!PRESENT)('real files from other publishers (../shared/data/samples)', () => {
  it('the folder holds the 13 documented files', () => {
    expect(files).toHaveLength(13);
  });

  it('01 R-saved Fingertips API download: recognised as Fingertips, NA is missing, never 0', () => {
    const r = ingest('01_');
    noDeveloperWords(r);
    expect(r.format).toBe('fingertips');
    expect(r.stats).toEqual({ read: 1202, accepted: 1202, rejected: 0 });
    expect(r.warnings.some((w) => /row numbers/.test(w))).toBe(true);
    // Line 36: York, 2018, 6.03755712334416, every limit, count and denominator NA.
    const york = r.rows.find((x) => x.areaCode === 'E06000014')!;
    expect(york).toMatchObject({ areaName: 'York', period: '2018', age: '30+ yrs', sex: 'Persons', value: 6.03755712334416, lower95: null, count: null, denominator: null });
    // Line 79: Bournemouth, Christchurch and Poole (quoted comma), Value NA with "Value missing in source data".
    const bcp = r.rows.find((x) => x.areaCode === 'E06000058')!;
    expect(bcp.areaName).toBe('Bournemouth, Christchurch and Poole');
    expect(bcp.value).toBeNull();
    expect(bcp.valueNote).toMatch(/^Value missing in source data/);
    // 33 records have Value NA (PROVENANCE.md): none became 0.
    expect(r.rows.filter((x) => x.value === null)).toHaveLength(33);
    noMissingAsZero(r);
    // Line 3: England, deprivation decile breakdown kept as category type and category.
    expect(r.rows[1]).toMatchObject({ categoryType: 'County & UA deprivation deciles in England (IMD2015, pre 4/19 geog.)', category: 'Most deprived decile (IMD2015)', value: 7.29996393620406 });
  });

  it('02 27-column Fingertips export: all 17 records, fractional counts not flagged as contradictions', () => {
    const r = ingest('02_');
    expect(r.format).toBe('fingertips');
    expect(r.stats).toEqual({ read: 17, accepted: 17, rejected: 0 });
    // Line 2: Warwickshire 2018/19, 79.89793213 (74.64258841–84.57822749), count 4018.333333 of 5029.333333.
    expect(r.rows[0]).toMatchObject({ areaCode: 'E10000031', period: '2018/19', value: 79.89793213, lower95: 74.64258841, upper95: 84.57822749, lower998: null, count: 4018.333333 });
    expect(r.warnings.some((w) => w.includes('contradicts'))).toBe(false);
  });

  it('03 PHE alcohol-dependency estimates: area codes and limits found by their values and names; NA limits are missing', () => {
    const r = ingest('03_');
    expect(r.format).toBe('generic');
    expect(r.needsMapping).toBe(false);
    expect(r.mapping).toMatchObject({ areaCode: 'Area_Code_GSS', period: 'Year', lower95: 'Alcohol_lower_CI', upper95: 'Alcohol_upper_CI' });
    expect(r.stats).toEqual({ read: 1211, accepted: 1211, rejected: 0 });
    // Line 152: York 2017/18, 2408 (1918–3206).
    expect(r.rows.find((x) => x.areaCode === 'E06000014' && x.period === '2017/18')).toMatchObject({ value: 2408, lower95: 1918, upper95: 3206 });
    // Line 800: Leeds 2012, 10199 with NA limits.
    expect(r.rows.find((x) => x.areaCode === 'E08000035' && x.period === '2012')).toMatchObject({ value: 10199, lower95: null, upper95: null });
  });

  it('04 Nomis via R: read with OBS_VALUE as the figure, sex and cause of death as breakdowns, no row lost', () => {
    const r = ingest('04_');
    noDeveloperWords(r);
    expect(r.format).toBe('generic');
    expect(r.needsMapping).toBe(false);
    expect(r.stats).toEqual({ read: 1485, accepted: 1485, rejected: 0 });
    expect(r.mapping).toMatchObject({ areaCode: 'GEOGRAPHY_CODE', period: 'DATE_NAME', sex: 'GENDER_NAME', category: 'CAUSE_OF_DEATH_NAME', categoryType: 'Cause of death' });
    expect(r.indicators.map((m) => m.name)).toEqual(['Deaths']);
    // Lines 35 and 36: England 2013, all causes: 473550 persons ("Total"), 229289 males.
    const england = r.rows.filter((x) => x.areaCode === 'E92000001' && x.period === '2013' && x.category === 'A00-R99,U00-Y89 All causes, all ages');
    expect(england.find((x) => x.sex === 'Persons')!.value).toBe(473550);
    expect(england.find((x) => x.sex === 'Male')!.value).toBe(229289);
    expect(new Set(r.rows.map((x) => x.category)).size).toBe(11);
  });

  it('05 QOF practice-level file: refused, saying that practice codes are not areas and what to do', () => {
    const r = ingest('05_');
    noDeveloperWords(r);
    expect(r.rows).toHaveLength(0);
    expect(r.needsMapping).toBe(true);
    expect(r.error).toMatch(/^No column holds area codes the dashboard knows/);
    expect(r.error).toContain('The column "PRACTICE_CODE" holds codes such as A81001, which are not area codes (GP practice codes: practices are not areas on the map).');
    expect(r.error).toContain('add a column of ward, neighbourhood or local-authority codes');
    // The columns can still be chosen by hand: the form gets a preview.
    expect(r.preview!.header).toEqual(['PRACTICE_CODE', 'GROUP_CODE', 'REGISTER', 'PATIENT_LIST_TYPE', 'PRACTICE_LIST_SIZE']);
    expect(r.mapping).toBeDefined();
  });

  it('06 IoD2019 File 3 (BOM, CRLF, decimals "29199.00", no final newline): every LSOA read', () => {
    const r = ingest('06_');
    expect(r.format).toBe('deprivation');
    expect(r.stats).toEqual({ read: 32844, accepted: 32844, rejected: 0 });
    expect(r.indicators.map((m) => m.id)).toEqual(['iod2019-imd-rank', 'iod2019-imd-decile', 'iod2019-idaci-rank', 'iod2019-idaci-decile', 'iod2019-idaopi-rank', 'iod2019-idaopi-decile']);
    // Line 2: E01000001, IMD rank 29199.00, decile 9.00, IDACI rank 32806.00.
    const first = r.rows.filter((x) => x.areaCode === 'E01000001');
    expect(first.map((x) => x.value)).toEqual([29199, 9, 32806, 10, 32820, 10]);
    // Other authorities' LSOAs are kept, and the Import page stores them as "other areas"; York's
    // LSOAs whose 2011 code is still in York's 2021 lookup (119 of them) appear in the views.
    const { shown, other } = splitByPlace(r.rows, yorkCodes);
    expect(shown.length).toBe(119 * 6);
    expect(other.length).toBe((32844 - 119) * 6);
  });

  it('07 IoD2019 File 9: exponentially transformed scores get ids of their own, never the plain score id', () => {
    const r = ingest('07_');
    expect(r.stats).toEqual({ read: 32844, accepted: 32844, rejected: 0 });
    const ids = r.indicators.map((m) => m.id);
    expect(ids).toEqual([
      'iod2019-income-score-exp', 'iod2019-employment-score-exp', 'iod2019-education-score-exp', 'iod2019-health-score-exp',
      'iod2019-crime-score-exp', 'iod2019-barriers-score-exp', 'iod2019-living-environment-score-exp',
    ]);
    expect(ids).not.toContain('iod2019-income-score');
    expect(r.indicators[0]!.name).toBe('Income Score - exponentially transformed');
    expect(r.indicators[0]!.caveats.join(' ')).toMatch(/not the domain score itself/);
    // Line 2: E01000001, Living Environment 32.163.
    expect(r.rows.find((x) => x.areaCode === 'E01000001' && x.indicatorId === 'iod2019-living-environment-score-exp')!.value).toBe(32.163);
  });

  it('08 Trafford IoD2025 LAD summary: index_domain is the breakdown, no record lost once the values are chosen', () => {
    const first = ingest('08_');
    expect(first.format).toBe('generic');
    expect(first.needsMapping).toBe(true);
    expect(first.mapping).toMatchObject({ areaCode: 'area_code', period: 'deprivation_data_year', category: 'index_domain', categoryType: 'Index domain' });
    // The user confirms the proposal as it is (all six value columns).
    const r = ingest('08_', { columnMapping: first.mapping! });
    expect(r.needsMapping).toBe(false);
    expect(r.stats).toEqual({ read: 2960, accepted: 2960, rejected: 0 });
    expect(new Set(r.rows.map((x) => x.category)).size).toBe(10);
    // Line 132: York, Index of Multiple Deprivation, average rank 9512.5, average score 11.814.
    const york = r.rows.filter((x) => x.areaCode === 'E06000014' && x.category === 'Index of Multiple Deprivation');
    expect(york.map((x) => x.value)).toEqual([9512.5, 261, 11.814, 251, 0, 193]);
  });

  it('09 Trafford general health by ward: 21 wards × 5 categories = 105 rows, none lost as duplicates', () => {
    const r = ingest('09_');
    expect(r.format).toBe('tidy');
    expect(r.stats).toEqual({ read: 105, accepted: 105, rejected: 0 });
    expect(new Set(r.rows.map((x) => x.areaCode)).size).toBe(21);
    expect([...new Set(r.rows.map((x) => x.category))]).toEqual(['Very good health', 'Good health', 'Fair health', 'Bad health', 'Very bad health']);
    expect(new Set(r.rows.map((x) => x.categoryType))).toEqual(new Set(['General health']));
    // Lines 2–6: Altrincham 7484, 3897, 1142, 318, 90.
    expect(r.rows.filter((x) => x.areaCode === 'E05000819').map((x) => x.value)).toEqual([7484, 3897, 1142, 318, 90]);
    // Trafford's wards are not York's: kept, listed in a warning, and stored as other areas.
    expect(r.warnings.some((w) => w.startsWith("21 areas not in York's lookup"))).toBe(true);
    expect(splitByPlace(r.rows, yorkCodes).other).toHaveLength(105);
  });

  it('10 Trafford alcohol admissions (tidy, positive control): 21 wards, no breakdown invented', () => {
    const r = ingest('10_');
    expect(r.stats).toEqual({ read: 21, accepted: 21, rejected: 0 });
    expect(r.rows.every((x) => x.category === '')).toBe(true);
    // Line 2: Altrincham, 2013/14 to 2017/18, 79.8.
    expect(r.rows[0]).toMatchObject({ areaCode: 'E05000819', period: '2013/14 to 2017/18', value: 79.8 });
  });

  it('11 Lewisham wards: the code column "WD22CD_proposed" is recognised by its values; after confirming, 19 wards', () => {
    const first = ingest('11_');
    noDeveloperWords(first);
    expect(first.format).toBe('generic');
    expect(first.needsMapping).toBe(true);
    expect(first.mapping!.areaCode).toBe('WD22CD_proposed');
    expect(first.mapping!.values).toHaveLength(16);
    const r = ingest('11_', { columnMapping: first.mapping! });
    expect(r.stats).toEqual({ read: 19, accepted: 19, rejected: 0 });
    // Line 2: E05013714, all categories 10627; Very good health 4821.
    const ward = r.rows.filter((x) => x.areaCode === 'E05013714');
    expect(ward[0]!.value).toBe(10627);
    expect(ward.find((x) => x.indicatorId.endsWith('very-good-health'))!.value).toBe(4821);
    expect(ward[0]!.areaType).toBe('Ward');
  });

  it('12 Lewisham LSOAs: the LSOA code column is chosen from three code columns', () => {
    const first = ingest('12_');
    expect(first.mapping).toMatchObject({ areaCode: 'LSOA11CD', areaName: 'LSOA11NM', fixedPeriod: '2019' });
    expect(first.mapping!.values.map((v) => v.column)).toEqual(['IMD_rank', 'IMD_decile']);
    const r = ingest('12_', { columnMapping: first.mapping! });
    expect(r.stats).toEqual({ read: 169, accepted: 169, rejected: 0 });
    // Line 2: E01003189 Lewisham 034A, rank 3400, decile 2.
    expect(r.rows.filter((x) => x.areaCode === 'E01003189').map((x) => x.value)).toEqual([3400, 2]);
  });

  it('13 ONS custom dataset: one record per age band is the age breakdown; the band code is not a value', () => {
    const r = ingest('13_');
    expect(r.format).toBe('generic');
    expect(r.needsMapping).toBe(false);
    expect(r.mapping).toMatchObject({ areaCode: 'Countries Code', age: 'Age (6 categories)', fixedPeriod: '2021' });
    expect(r.mapping!.values.map((v) => v.column)).toEqual(['Observation']);
    expect(r.stats).toEqual({ read: 12, accepted: 12, rejected: 0 });
    // Line 2: England, Aged 15 years and under, 10483091.
    expect(r.rows[0]).toMatchObject({ areaCode: 'E92000001', age: 'Aged 15 years and under', value: 10483091 });
    expect(new Set(r.rows.map((x) => x.age)).size).toBe(6);
  });

  it('no file is read into a row with a missing value shown as 0', () => {
    for (const prefix of ['01_', '03_', '09_', '10_', '13_']) noMissingAsZero(ingest(prefix));
  });
});

// A mapping that would make rows collide is sent back before anything is stored (SYNTHETIC data).
describe('generic mappings that make rows collide (SYNTHETIC data)', () => {
  const text = ['code,year,group,value', 'E05010311,2021,A,1', 'E05010311,2021,B,2', 'E05010312,2021,A,3', 'E05010312,2021,B,4'].join('\n');
  it('without the breakdown: how many rows share a key, and what to do; nothing kept', () => {
    const mapping: ColumnMapping = { areaCode: 'code', areaName: null, period: 'year', values: [{ column: 'value', indicatorId: 'v', name: 'Value' }] };
    const r = ingestCsvText(text, { columnMapping: mapping });
    expect(r.needsMapping).toBe(true);
    expect(r.rows).toHaveLength(0);
    expect(r.error).toBe(
      '2 rows share area, period and indicator with another row: choose the column that tells them apart (breakdown, sex or age). If they really are repeats, choose to import anyway and they will be left out as duplicates.',
    );
    expect(r.preview!.rows).toHaveLength(4);
    const anyway = ingestCsvText(text, { columnMapping: { ...mapping, allowDuplicates: true } });
    expect(anyway.stats).toEqual({ read: 4, accepted: 2, rejected: 2 });
    expect(anyway.needsMapping).toBe(false);
  });
  it('the proposal finds the breakdown itself, and with it no row is lost', () => {
    const r = ingestCsvText(text);
    expect(r.mapping).toMatchObject({ category: 'group', categoryType: 'Group' });
    expect(r.stats).toEqual({ read: 4, accepted: 4, rejected: 0 });
    expect(r.rows.map((x) => [x.categoryType, x.category])).toEqual([['Group', 'A'], ['Group', 'B'], ['Group', 'A'], ['Group', 'B']]);
  });
});
