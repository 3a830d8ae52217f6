// Ingest of the real open-data files in /work/shared/data/raw (see PROVENANCE.md there).
// The folder lives outside the repository; when it is missing these tests are skipped
// with a visible warning rather than silently passing.

import { existsSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { decodeBytes, ingestCsvStream, ingestCsvText, IndicatorRowSchema } from './index';
import type { IngestResult, KnownArea } from './result';

const RAW = '/work/shared/data/raw';
const DIR = `${RAW}/indicators`;
const present = existsSync(DIR);
if (!present) console.warn(`[ingest tests] ${DIR} is missing: the real-file tests are SKIPPED.`);

function text(name: string): string {
  return decodeBytes(new Uint8Array(readFileSync(`${DIR}/${name}`))).text;
}

function ingest(name: string, options = {}): IngestResult {
  return ingestCsvText(text(name), { fileName: name, ...options });
}

function expectConsistent(r: IngestResult): void {
  expect(r.stats.read).toBe(r.stats.accepted + r.stats.rejected);
  expect(r.rejected.length).toBe(r.stats.rejected);
  for (const row of r.rows.slice(0, 2000)) expect(IndicatorRowSchema.safeParse(row).success).toBe(true);
}

function yorkLookup(): KnownArea[] {
  const t = readFileSync(`${RAW}/geo/york-lsoa-ward-lookup.csv`, 'utf8');
  const rows = Papa.parse<string[]>(t.trim(), { skipEmptyLines: true }).data.slice(1);
  const out = new Map<string, KnownArea>();
  for (const [lsoaName, lsoaCode, wardName, wardCode] of rows) {
    out.set(lsoaCode!, { code: lsoaCode!, name: lsoaName!, type: 'LSOA' });
    out.set(wardCode!, { code: wardCode!, name: wardName!, type: 'Ward' });
  }
  out.set('E06000014', { code: 'E06000014', name: 'York', type: 'Local authority' });
  out.set('E12000003', { code: 'E12000003', name: 'Yorkshire and the Humber', type: 'Region' });
  out.set('E92000001', { code: 'E92000001', name: 'England', type: 'England' });
  return [...out.values()];
}

describe.skipIf(!present)('real Fingertips exports', () => {
  const campy = 'fingertips_export_93356_campylobacter_county_ua_2015_2017.csv';

  it('reads all 852 Campylobacter records despite 25-field rows, an embedded newline, CRLF/LF and a trailing field missing', () => {
    const raw = text(campy);
    // The file really has these quirks (so the assertions below mean something).
    const parsed = Papa.parse<string[]>(raw, { skipEmptyLines: true }).data;
    expect(parsed[0]!.length).toBe(26);
    expect(parsed.slice(1).every((r) => r.length === 25)).toBe(true);
    expect(raw).toContain('Campylobacter incidence rate/100,000\n"');
    expect(raw).toContain('\r\n');

    const r = ingest(campy);
    expect(r.format).toBe('fingertips');
    expect(r.error).toBeUndefined();
    expect(r.stats).toEqual({ read: 852, accepted: 852, rejected: 0 });
    expect(r.rows).toHaveLength(852);
    expectConsistent(r);
    expect(r.indicators).toHaveLength(1);
    const m = r.indicators[0]!;
    expect(m.id).toBe('93356');
    expect(m.name).toBe('Campylobacter incidence rate/100,000'); // newline inside quotes trimmed away
    expect(m.valueType).toBe('rate');
    expect(m.multiplier).toBe(100000);
    expect(m.polarity).toBe('no-judgement');
    expect(m.comparisonLevel).toBe(0.95);
    expect(m.origin).toBe('imported');
    expect(r.warnings.some((w) => w.includes('93356') && w.includes('guessed'))).toBe(true);
  });

  it('keeps York rows, published intervals and the England comparison verbatim', () => {
    const r = ingest(campy);
    const york = r.rows.filter((x) => x.areaCode === 'E06000014');
    expect(york).toHaveLength(5);
    expect(new Set(york.map((x) => x.age))).toEqual(new Set(['All ages', '0-9 yrs']));
    expect(york.every((x) => x.areaName === 'York' && x.areaType === 'Local authority')).toBe(true);
    const england2015 = r.rows.find((x) => x.areaCode === 'E92000001' && x.period === '2015' && x.categoryType === '')!;
    expect(england2015.value).toBeCloseTo(94.7261896202678, 12);
    expect(england2015.lower95).toBeCloseTo(93.9129396546008, 12);
    expect(england2015.count).toBe(51897);
    expect(england2015.denominator).toBe(54786327);
    expect(england2015.ciMethod).toBe('published');
    expect(england2015.lower998).toBeNull(); // not computed alongside published 95% limits
    expect(england2015.areaType).toBe('England');
    // Deprivation-decile rows: same area and period, distinguished by category.
    const deciles = r.rows.filter((x) => x.areaCode === 'E92000001' && x.period === '2015' && x.categoryType !== '');
    expect(deciles.length).toBeGreaterThan(10);
    // Every published comparison label is one Fingertips writes, copied as is.
    const labels = new Set(r.rows.map((x) => x.publishedComparison));
    for (const l of labels) expect(['Better', 'Similar', 'Worse', 'Higher', 'Lower', 'Not compared', '']).toContain(l);
  });

  it('computes intervals (Byar/exact) only for rows without published limits whose value is the crude rate', () => {
    const r = ingest(campy);
    const computed = r.rows.filter((x) => x.ciMethod === 'byar' || x.ciMethod === 'exact');
    expect(computed.length).toBeGreaterThan(0);
    for (const x of computed) {
      expect(x.count).not.toBeNull();
      expect((x.count! / x.denominator!) * 100000).toBeCloseTo(x.value!, 6);
      expect(x.lower95!).toBeLessThanOrEqual(x.value!);
      expect(x.upper95!).toBeGreaterThanOrEqual(x.value!);
      expect(x.lower998!).toBeLessThanOrEqual(x.lower95!);
      expect(x.upper998!).toBeGreaterThanOrEqual(x.upper95!);
      expect(x.ciMethod).toBe(x.count! < 10 ? 'exact' : 'byar');
    }
  });

  it('warns, grouped by name, about areas outside the lookup but keeps their rows', () => {
    const r = ingest(campy, { knownAreas: yorkLookup(), knownAreasLabel: "York's lookup" });
    expect(r.stats.accepted).toBe(852);
    const w = r.warnings.find((x) => x.includes("not in York's lookup"));
    expect(w).toBeDefined();
    expect(w).toMatch(/^\d+ areas not in York's lookup: /);
    expect(w).toContain('Hartlepool (E06000001)');
    expect(w).not.toContain('(E06000014)');
  });

  it('reads the 2019 underscore-layout exports (suicide prevention, CYP mental health)', () => {
    const s = ingest('fingertips_export_suicide_prevention_county_ua_yorkshire_2019download.csv');
    expect(s.format).toBe('fingertips-underscore');
    expect(s.stats).toEqual({ read: 85, accepted: 85, rejected: 0 });
    expectConsistent(s);
    expect(s.indicators.map((m) => m.id).sort()).toEqual(['41001', '91390', '91393', '91404', '91430']);
    const york = s.rows.find((x) => x.indicatorId === '41001' && x.areaCode === 'E06000014')!;
    expect(york.value).toBeCloseTo(18.5090633566416, 10);
    expect(york.lower95).toBeCloseTo(13.5886678209227, 10);
    expect(york.upper95).toBeCloseTo(24.5983860002582, 10);
    expect(york.count).toBe(49);
    expect(york.sex).toBe('Male');
    expect(york.period).toBe('2015 - 17');
    expect(york.publishedComparison).toBe('Similar');
    // The indicator name with a trailing space in the source is trimmed.
    expect(s.indicators.find((m) => m.id === '91390')!.name).toBe('Suicide crude rate 10-34 years: per 100,000 (5 year average)');

    const c = ingest('fingertips_export_cyp_mental_health_county_ua_yorkshire_2019download.csv');
    expect(c.format).toBe('fingertips-underscore');
    expect(c.stats).toEqual({ read: 170, accepted: 170, rejected: 0 });
    expect(c.indicators).toHaveLength(10);
    expectConsistent(c);
    // 91141 is a modelled prevalence: its counts are not whole numbers, so no interval is invented
    // for it (OHID marks it "Not compared"), and a warning says why.
    const england = c.rows.find((x) => x.indicatorId === '91141' && x.areaCode === 'E92000001')!;
    expect(Number.isInteger(england.count)).toBe(false);
    expect(england.ciMethod).toBe('none');
    expect(england.lower95).toBeNull();
    expect(c.warnings.join(' ')).toMatch(/91141.*not a whole number/);
  });
});

describe.skipIf(!present)('real English Indices of Deprivation files', () => {
  it('IoD2019 File 1: 32,844 LSOAs, BOM and quoted "29,199" read as 29199', () => {
    const raw = readFileSync(`${DIR}/iod2019_file1_imd_england_lsoa11.csv`);
    expect([raw[0], raw[1], raw[2]]).toEqual([0xef, 0xbb, 0xbf]);
    expect(raw.toString('utf8')).toContain('"29,199"');
    const r = ingest('iod2019_file1_imd_england_lsoa11.csv');
    expect(r.format).toBe('deprivation');
    expect(r.stats).toEqual({ read: 32844, accepted: 32844, rejected: 0 });
    expect(r.indicators.map((m) => m.id)).toEqual(['iod2019-imd-rank', 'iod2019-imd-decile']);
    expect(r.rows).toHaveLength(32844 * 2);
    const first = r.rows.filter((x) => x.areaCode === 'E01000001');
    expect(first.find((x) => x.indicatorId === 'iod2019-imd-rank')!.value).toBe(29199);
    expect(first.find((x) => x.indicatorId === 'iod2019-imd-decile')!.value).toBe(9);
    expect(first[0]!.areaType).toBe('LSOA');
    expect(first[0]!.period).toBe('2019');
    expect(r.rows.filter((x) => x.indicatorId === 'iod2019-imd-rank' && x.areaName.startsWith('York ')).length).toBe(120);
    expectConsistent(r);
    // Every rank equals an independent reading of the column (commas stripped by hand).
    const independent = Papa.parse<string[]>(readFileSync(`${DIR}/iod2019_file1_imd_england_lsoa11.csv`, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data.slice(1);
    const byCode = new Map(r.rows.filter((x) => x.indicatorId === 'iod2019-imd-rank').map((x) => [x.areaCode, x.value]));
    expect(byCode.size).toBe(32844);
    for (const rec of independent) expect(byCode.get(rec[0]!)).toBe(Number(rec[4]!.replace(/,/g, '')));
    const ranks = [...byCode.values()] as number[];
    expect(Math.min(...ranks)).toBe(1);
    expect(Math.max(...ranks)).toBe(32844);
  });

  it('IoD2025 File 7 (York): 121 LSOAs, 52 measures with stable ids, all matched to the lookup', () => {
    const r = ingest('iod2025_file7_york_lsoa21.csv', { knownAreas: yorkLookup(), knownAreasLabel: "York's lookup" });
    expect(r.format).toBe('deprivation');
    expect(r.stats).toEqual({ read: 121, accepted: 121, rejected: 0 });
    expect(r.indicators).toHaveLength(52);
    const ids = r.indicators.map((m) => m.id);
    for (const id of ['iod2025-imd-score', 'iod2025-imd-rank', 'iod2025-imd-decile', 'iod2025-education-score', 'iod2025-idaci-rank', 'iod2025-cyp-decile', 'iod2025-outdoors-score', 'iod2025-pop-total', 'iod2025-pop-working-age']) {
      expect(ids).toContain(id);
    }
    expect(r.warnings.some((w) => w.includes('not in'))).toBe(false);
    const a = r.rows.filter((x) => x.areaCode === 'E01013335');
    const v = (id: string) => a.find((x) => x.indicatorId === id)!.value;
    expect(v('iod2025-imd-score')).toBe(34.382);
    expect(v('iod2025-imd-rank')).toBe(6410);
    expect(v('iod2025-imd-decile')).toBe(2);
    expect(v('iod2025-outdoors-score')).toBe(-0.901);
    const total = r.rows.filter((x) => x.indicatorId === 'iod2025-pop-total').reduce((s, x) => s + x.value!, 0);
    expect(total).toBe(204115);
    expect(r.indicators.find((m) => m.id === 'iod2025-imd-rank')!.polarity).toBe('high-is-good');
    expect(r.indicators.find((m) => m.id === 'iod2025-imd-score')!.polarity).toBe('low-is-good');
    expectConsistent(r);
  });

  it('IoD2019 Files 2 and 6 give the same IMD rank id as File 1 and quoted populations', () => {
    const f2 = ingest('iod2019_file2_domains_york_lsoa11.csv');
    expect(f2.stats.accepted).toBe(120);
    expect(f2.indicators.map((m) => m.id)).toContain('iod2019-imd-rank');
    expect(f2.indicators).toHaveLength(16);
    const f6 = ingest('iod2019_file6_population_york_lsoa11.csv');
    expect(f6.indicators.map((m) => m.id)).toEqual(['iod2019-pop-total', 'iod2019-pop-0-15', 'iod2019-pop-16-59', 'iod2019-pop-60-plus', 'iod2019-pop-working-age']);
    expect(f6.rows.find((x) => x.areaCode === 'E01013335' && x.indicatorId === 'iod2019-pop-total')!.value).toBe(1633);
  });
});

describe.skipIf(!present)('real tidy files', () => {
  it('alcohol admissions: 3,280 rows; York 2016/17 "Worse" kept verbatim', () => {
    const r = ingest('fingertips_derived_trafforddatalab_alcohol_related_admissions_district_ua.csv');
    expect(r.format).toBe('tidy');
    expect(r.stats).toEqual({ read: 3280, accepted: 3280, rejected: 0 });
    expectConsistent(r);
    const york = r.rows.find((x) => x.areaCode === 'E06000014' && x.period === '2016/17')!;
    expect(york.value).toBe(691);
    expect(york.publishedComparison).toBe('Worse');
    expect(york.sex).toBe('Persons');
    expect(r.indicators).toHaveLength(1);
    expect(r.indicators[0]!.id).toBe('alcohol-related-admissions-narrow-measure');
    expect(r.indicators[0]!.multiplier).toBe(100000);
  });

  it('u75 mortality: the sex is read from `unit` (Male/Female/Persons); NA inequality ignored', () => {
    const r = ingest('fingertips_derived_trafforddatalab_themes_u75_mortality_preventable_ltla.csv');
    expect(r.format).toBe('tidy');
    expect(r.stats).toEqual({ read: 9801, accepted: 9801, rejected: 0 });
    const york = r.rows.filter((x) => x.areaCode === 'E06000014');
    expect(york).toHaveLength(33);
    for (const s of ['Male', 'Female', 'Persons']) expect(york.filter((x) => x.sex === s)).toHaveLength(11);
    expect(york.every((x) => x.categoryType === '' && x.category === '')).toBe(true);
    const m2014 = york.find((x) => x.period === '2014' && x.sex === 'Male')!;
    expect(m2014.value).toBe(149.4);
    expect(m2014.publishedComparison).toBe('Better');
    expect(m2014.areaType).toBe('Local authority');
  });

  it('healthy life expectancy (9 columns): sex from `group`; NA values are null with a note, never 0', () => {
    const r = ingest('fingertips_derived_trafforddatalab_slope_index_of_inequality_county_ua.csv');
    expect(r.stats.rejected).toBe(0);
    const na = r.rows.filter((x) => x.value === null);
    expect(na.length).toBeGreaterThan(0);
    expect(na.every((x) => x.valueNote.includes('"NA"'))).toBe(true);
    expect(new Set(r.rows.map((x) => x.sex))).toEqual(new Set(['Male', 'Female']));
  });

  it('obesity: deprivation-quintile rows keep their label as a category', () => {
    const r = ingest('fingertips_derived_trafforddatalab_themes_obesity_year6_ltla.csv');
    expect(r.stats.rejected).toBe(0);
    const q = r.rows.filter((x) => x.category === 'Most deprived quintile');
    expect(q.length).toBeGreaterThan(0);
    expect(q[0]!.categoryType).toBe('inequality');
  });
});

describe.skipIf(!present)('other real files', () => {
  it('ONS machine-readable file: Windows-1252 £, a preamble before the header, "na" area codes rejected with a reason', () => {
    const bytes = new Uint8Array(readFileSync(`${DIR}/ons_subnational_indicators_machine_readable_2022.csv`));
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).toContain('£');
    expect(d.text).toContain('16–64'); // 0x96 is an en dash in Windows-1252, not a C1 control
    const r = ingestCsvText(d.text);
    expect(r.format).toBe('tidy');
    expect(r.warnings.some((w) => w.startsWith('Skipped 1 line before the header'))).toBe(true);
    expect(r.stats.read).toBe(10758);
    expect(r.stats.read).toBe(r.stats.accepted + r.stats.rejected);
    expect(r.rejected.length).toBeGreaterThan(0);
    // Rows with area code "na" are rejected with a reason, and so are the source's own
    // duplicates (e.g. two different values for West Midlands, TLG, FDI 2019).
    expect(r.rejected.every((x) => /has no code|^Duplicate of line \d+/.test(x.reason))).toBe(true);
    expect(r.rejected.filter((x) => /has no code/.test(x.reason)).length).toBeGreaterThan(20);
    const dup = r.rejected.find((x) => x.line === 1546)!;
    expect(dup.reason).toMatch(/^Duplicate of line 1545:/);
  });

  it('census MSOA table (generic): proposes a mapping, then ingests with the confirmed one', async () => {
    const name = 'census2021_ts039_unpaid_care_msoa21_ew.csv';
    const first = ingest(name);
    expect(first.format).toBe('generic');
    expect(first.needsMapping).toBe(true);
    expect(first.rows).toHaveLength(0);
    expect(first.mapping!.areaCode).toBe('msoa21cd');
    expect(first.mapping!.areaName).toBe('msoa21nm');
    expect(first.mapping!.values).toHaveLength(7);
    expect(first.mapping!.fixedPeriod).toBe('2021');
    expect(first.preview!.rows.length).toBeGreaterThan(0);
    const mapping = { ...first.mapping!, values: first.mapping!.values.filter((v) => v.column === 'total') };
    const r = ingest(name, { columnMapping: mapping });
    expect(r.needsMapping).toBe(false);
    expect(r.stats).toEqual({ read: 7264, accepted: 7264, rejected: 0 });
    const york001 = r.rows.find((x) => x.areaName === 'York 001')!;
    expect(york001.areaType).toBe('MSOA');
    expect(york001.period).toBe('2021');
    const yorkTotal = r.rows.filter((x) => x.areaName.startsWith('York ')).reduce((s, x) => s + x.value!, 0);
    expect(yorkTotal).toBe(194207);
    // The stream path gives the same answer from a Blob.
    const s = await ingestCsvStream(new Blob([readFileSync(`${DIR}/${name}`)]), { fileName: name, columnMapping: mapping, chunkSize: 50_000 });
    expect(s.stats).toEqual(r.stats);
    expect(s.rows).toEqual(r.rows);
  });
});
