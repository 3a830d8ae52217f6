import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { IndicatorMeta } from '../../src/domain/indicators';
import { buildSnapshot } from '../../scripts/pipeline/build';
import { PipelineError } from '../../scripts/pipeline/errors';
import { PLACE_CONFIG, RAW_DIR, RAW_PRESENT } from './rawData';

const DATA_DIR = resolve(__dirname, '../../data');
const readData = (file: string) => readFileSync(join(DATA_DIR, file), 'utf8');
const rows = Papa.parse<Record<string, string>>(readData('indicators.csv'), { header: true, skipEmptyLines: true }).data;
const meta = JSON.parse(readData('indicators-meta.json')) as IndicatorMeta[];
const place = JSON.parse(readData('place.json')) as {
  defaultIndicator: string;
  wards: { code: string; name: string }[];
  msoas: { code: string; name: string }[];
  lsoas: { code: string; name: string; wardCode: string; msoaName: string }[];
};

const YORK = 'E06000014';
const ENGLAND = 'E92000001';
const HEADLINE = [
  'census2021-bad-health',
  'census2021-disabled-limited-a-lot',
  'census2021-disabled',
  'census2021-unpaid-care',
  'census2021-unpaid-care-20h',
  'census2021-households-disabled',
  'census2021-aged-65-plus',
  'census2021-aged-15-24',
];

function row(indicator: string, area: string) {
  const found = rows.filter((r) => r['Indicator ID'] === indicator && r['Area Code'] === area && r['Category'] === '');
  if (found.length !== 1) throw new Error(`${found.length} ${indicator} rows for ${area}`);
  return found[0] as Record<string, string>;
}
const num = (r: Record<string, string>, column: string) => Number(r[column]);

describe('Census 2021 in the committed snapshot', () => {
  // Bishopthorpe (E05010312) has three 2021 LSOAs. Raw counts copied from the Census LSOA files:
  //                         TS037 total  bad  very bad | TS038 total  disabled  limited a lot | TS039 total 5+  no care  20-49  50+
  //   E01013340 York 024A      1,321      24      7    |    1,321       163          42       |     1,279       1,160     15    17
  //   E01013341 York 024B      1,326      61     17    |    1,325       265         102       |     1,281       1,166     14    39
  //   E01013342 York 024C      1,487      62      5    |    1,489       251          85       |     1,437       1,283     29    42
  it('aggregates one ward by hand: Bishopthorpe', () => {
    const bad = row('census2021-bad-health', 'E05010312');
    const badCount = 24 + 7 + (61 + 17) + (62 + 5); // 176
    const residents = 1321 + 1326 + 1487; // 4,134
    expect(num(bad, 'Count')).toBe(badCount);
    expect(num(bad, 'Denominator')).toBe(residents);
    expect(num(bad, 'Value')).toBeCloseTo((100 * badCount) / residents, 5); // 4.2574%
    // Wilson limits computed independently with python3's statistics.NormalDist, using the
    // (p + z²/2n ± z√(p(1−p)/n + z²/4n²)) / (1 + z²/n) form of the formula.
    expect(num(bad, 'Lower CI 95.0 limit')).toBeCloseTo(3.683224, 5);
    expect(num(bad, 'Upper CI 95.0 limit')).toBeCloseTo(4.916464, 5);
    expect(num(bad, 'Lower CI 99.8 limit')).toBeCloseTo(3.387849, 5);
    expect(num(bad, 'Upper CI 99.8 limit')).toBeCloseTo(5.33775, 5);
    expect(bad['CI method']).toBe('wilson');
    expect(bad['Area Type']).toBe('Ward');

    const disabled = row('census2021-disabled', 'E05010312');
    expect(num(disabled, 'Count')).toBe(163 + 265 + 251); // 679
    expect(num(disabled, 'Denominator')).toBe(1321 + 1325 + 1489); // 4,135: TS038 is perturbed apart from TS037
    expect(num(disabled, 'Value')).toBeCloseTo((100 * 679) / 4135, 5); // 16.4208%
    expect(num(disabled, 'Lower CI 95.0 limit')).toBeCloseTo(15.322896, 5);
    expect(num(disabled, 'Upper CI 95.0 limit')).toBeCloseTo(17.581033, 5);
    expect(num(disabled, 'Lower CI 99.8 limit')).toBeCloseTo(14.718212, 5);
    expect(num(disabled, 'Upper CI 99.8 limit')).toBeCloseTo(18.278125, 5);
    expect(num(row('census2021-disabled-limited-a-lot', 'E05010312'), 'Count')).toBe(42 + 102 + 85);

    // Any unpaid care = total aged 5+ minus "provides no unpaid care" (subtotals are not added to their parts).
    const care = row('census2021-unpaid-care', 'E05010312');
    const carers = 1279 - 1160 + (1281 - 1166) + (1437 - 1283); // 119 + 115 + 154 = 388
    expect(num(care, 'Count')).toBe(carers);
    expect(num(care, 'Denominator')).toBe(1279 + 1281 + 1437); // 3,997
    expect(num(care, 'Lower CI 95.0 limit')).toBeCloseTo(8.827776, 5);
    expect(num(care, 'Upper CI 95.0 limit')).toBeCloseTo(10.66416, 5);
    expect(num(care, 'Lower CI 99.8 limit')).toBeCloseTo(8.354754, 5);
    expect(num(care, 'Upper CI 99.8 limit')).toBeCloseTo(11.251881, 5);
    expect(care.Age).toBe('5+ yrs');

    const care20 = row('census2021-unpaid-care-20h', 'E05010312');
    expect(num(care20, 'Count')).toBe(15 + 17 + (14 + 39) + (29 + 42)); // 156
    expect(num(care20, 'Lower CI 95.0 limit')).toBeCloseTo(3.345459, 5);
    expect(num(care20, 'Upper CI 95.0 limit')).toBeCloseTo(4.548917, 5);
  });

  it('reproduces the PROVENANCE check figures for York and England', () => {
    const yorkBad = row('census2021-bad-health', YORK);
    expect(num(yorkBad, 'Denominator')).toBe(202822);
    expect(num(yorkBad, 'Value')).toBeCloseTo(4.23, 2);
    const englandBad = row('census2021-bad-health', ENGLAND);
    expect(num(englandBad, 'Denominator')).toBe(56489964);
    expect(num(englandBad, 'Value')).toBeCloseTo(5.15, 2);
    expect(englandBad['Area Type']).toBe('England');
    expect(num(row('census2021-disabled', YORK), 'Value')).toBeCloseTo(17.06, 2);
    const englandDisabled = row('census2021-disabled', ENGLAND);
    expect(num(englandDisabled, 'Denominator')).toBe(56490046);
    expect(num(englandDisabled, 'Value')).toBeCloseTo(17.3, 2);
    expect(num(row('census2021-unpaid-care', YORK), 'Denominator')).toBe(194226);
    expect(num(row('census2021-households-disabled', YORK), 'Denominator')).toBe(85451);
  });

  it('gives every Census indicator for each LSOA, MSOA, ward, York and England once', () => {
    for (const id of HEADLINE) {
      const mine = rows.filter((r) => r['Indicator ID'] === id);
      const count = (type: string) => mine.filter((r) => r['Area Type'] === type).length;
      expect([count('LSOA'), count('MSOA'), count('Ward'), count('Local authority'), count('England')], id).toEqual([121, 24, 21, 1, 1]);
      expect(mine.every((r) => !r['Area Code']?.startsWith('W')), id).toBe(true);
      // Every level is a sum of the same LSOAs, so each level adds up to York exactly.
      const york = num(row(id, YORK), 'Denominator');
      for (const type of ['LSOA', 'MSOA', 'Ward']) {
        const total = mine.filter((r) => r['Area Type'] === type).reduce((s, r) => s + num(r, 'Denominator'), 0);
        expect(total, `${id} ${type}`).toBe(york);
      }
    }
  });

  it('writes the age profile in order, adding up to 100% for each ward, York and England', () => {
    const bands = rows.filter((r) => r['Indicator ID'] === 'census2021-age-band-share');
    const labels = ['0-4', '5-9', '10-14', '15-19', '20-24', '25-29', '30-34', '35-39', '40-44'];
    labels.push('45-49', '50-54', '55-59', '60-64', '65-69', '70-74', '75-79', '80-84', '85+');
    for (const code of [...place.wards.map((w) => w.code), YORK, ENGLAND]) {
      const mine = bands.filter((r) => r['Area Code'] === code);
      expect(mine.map((r) => r.Category), code).toEqual(labels);
      expect(mine.every((r) => r['Category Type'] === 'Age band')).toBe(true);
      expect(mine.reduce((s, r) => s + num(r, 'Value'), 0)).toBeCloseTo(100, 3);
      const over65 = mine.slice(13).reduce((s, r) => s + num(r, 'Count'), 0);
      expect(over65).toBe(num(row('census2021-aged-65-plus', code), 'Count'));
    }
    expect(bands).toHaveLength(18 * 23);
  });

  it('describes each indicator with ONS attribution and the caveats a reader needs', () => {
    for (const id of [...HEADLINE, 'census2021-age-band-share']) {
      const m = meta.find((x) => x.id === id);
      expect(m, id).toBeDefined();
      if (!m) continue;
      expect(m.attribution).toBe('Source: Office for National Statistics licensed under the Open Government Licence v.3.0');
      expect(m.licence).toBe('Open Government Licence v3.0');
      expect(m.period).toBe('2021');
      expect(m.unit).toBe('%');
      expect(m.multiplier).toBe(100);
      expect(m.caveats.some((c) => /disclosure control: small counts are perturbed/.test(c)), id).toBe(true);
      expect(m.definition.length).toBeGreaterThan(20);
      expect(m.whyItMatters.length).toBeGreaterThan(20);
    }
    for (const id of ['census2021-bad-health', 'census2021-disabled', 'census2021-disabled-limited-a-lot', 'census2021-households-disabled']) {
      const m = meta.find((x) => x.id === id) as IndicatorMeta;
      expect(m.polarity).toBe('low-is-good');
      expect(m.caveats).toContain(
        'Not age-standardised: wards with many older residents will show more bad health and disability; see the age profile.',
      );
      expect(m.geographies).toEqual(['LSOA', 'MSOA', 'Ward', 'Local authority', 'England']);
    }
    expect(meta.find((x) => x.id === 'census2021-unpaid-care')?.polarity).toBe('no-judgement');
    expect(meta.find((x) => x.id === 'census2021-aged-65-plus')?.theme).toBe('Population');
    expect(place.defaultIndicator).toBe('census2021-bad-health');
  });

  it('stays small enough for a web app', () => {
    // authorities.csv (every English authority) is loaded lazily, only for comparisons across England,
    // so it is not part of the first load; pipeline-authorities.test.ts checks its size. postcodes.json is
    // fetched only when someone searches for a postcode; pipeline-postcodes.test.ts checks its size.
    const sizes = readdirSync(DATA_DIR)
      .filter((f) => f !== 'authorities.csv' && f !== 'postcodes.json')
      .map((f) => statSync(join(DATA_DIR, f)).size);
    // 1.59 MB with the Health Index metadata (issue 13); issue 15 compiles a compact runtime form from it.
    expect(sizes.reduce((s, x) => s + x, 0)).toBeLessThan(1.65e6);
  });
});

describe('MSOAs in the committed snapshot', () => {
  it('lists York’s 24 MSOAs, E02002772 to E02002795, in place.json', () => {
    expect(place.msoas).toHaveLength(24);
    expect(place.msoas[0]).toEqual({ code: 'E02002772', name: 'York 001' });
    expect(place.msoas[23]).toEqual({ code: 'E02002795', name: 'York 024' });
    const codes = place.msoas.map((m) => Number(m.code.slice(3)));
    expect(codes).toEqual(Array.from({ length: 24 }, (_, i) => 2772 + i));
  });

  it('puts every LSOA in exactly one MSOA', () => {
    for (const l of place.lsoas) {
      expect(place.msoas.filter((m) => m.name === l.msoaName), l.code).toHaveLength(1);
      expect(l.name.startsWith(l.msoaName)).toBe(true);
    }
    const perMsoa = place.msoas.map((m) => place.lsoas.filter((l) => l.msoaName === m.name).length);
    expect(perMsoa.every((n) => n >= 4)).toBe(true);
    expect(perMsoa.reduce((s, n) => s + n, 0)).toBe(121);
  });

  it('has one shape per MSOA in the boundary file, with code and name', () => {
    const topo = JSON.parse(readData('boundaries.topo.json')) as {
      objects: Record<string, { geometries: { type: string; properties: { code: string; name: string } }[] }>;
    };
    const shapes = topo.objects.msoas?.geometries ?? [];
    expect(shapes.map((g) => g.properties)).toEqual(place.msoas);
    // Dissolving each MSOA's LSOAs leaves one polygon: no slivers between neighbours.
    expect(shapes.every((g) => g.type === 'MultiPolygon' || g.type === 'Polygon')).toBe(true);
    expect(topo.objects.lsoas?.geometries).toHaveLength(121);
    expect(topo.objects.wards?.geometries).toHaveLength(21);
  });
});

describe.skipIf(!RAW_PRESENT)('Census 2021 against the raw folder', () => {
  it('sums of LSOA TS039 totals are within 10 people of the separate MSOA file (disclosure control)', () => {
    const msoaFile = Papa.parse<Record<string, string>>(
      readFileSync(join(RAW_DIR, 'indicators/census2021_ts039_unpaid_care_msoa21_ew.csv'), 'utf8'),
      { header: true, skipEmptyLines: true },
    ).data;
    let differing = 0;
    for (const m of place.msoas) {
      const published = msoaFile.find((r) => r.msoa21cd === m.code);
      expect(published?.msoa21nm, m.code).toBe(m.name);
      const summed = num(row('census2021-unpaid-care', m.code), 'Denominator');
      const difference = Math.abs(summed - Number(published?.total));
      expect(difference, `${m.name}: LSOA sum ${summed}, MSOA file ${published?.total}`).toBeLessThanOrEqual(10);
      if (difference > 0) differing += 1;
    }
    // They are perturbed independently, so most differ a little (PROVENANCE: 22 of 24).
    expect(differing).toBeGreaterThan(0);
  });
});

describe.skipIf(!RAW_PRESENT)('Census pipeline on bad raw input', () => {
  const build = (rawDir: string) => buildSnapshot({ rawDir, placeConfigPath: PLACE_CONFIG, builtOn: '2026-01-01' });

  async function expectFailure(path: string, change: (text: string) => string, pattern: RegExp) {
    const dir = mkdtempSync(join(tmpdir(), 'raw-census-'));
    try {
      cpSync(RAW_DIR, dir, { recursive: true });
      const full = join(dir, path);
      const before = readFileSync(full, 'utf8');
      const after = change(before);
      expect(after, 'the test must change the file').not.toBe(before);
      writeFileSync(full, after);
      let error: unknown = null;
      try {
        await build(dir);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(PipelineError);
      expect((error as Error).message).toMatch(pattern);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('names the file and line 1 when a Census column is renamed', async () => {
    await expectFailure(
      'smallarea/census2021-ts037-lsoa.csv',
      (t) => t.replace('General health: Bad health', 'General health: Poor health'),
      /census2021-ts037-lsoa\.csv, line 1: unexpected columns: missing "General health: Bad health"/,
    );
  });

  it('names the file when a York LSOA is missing from a Census file', async () => {
    await expectFailure(
      'smallarea/census2021-ts038-lsoa.csv',
      (t) => t.replace(/^2021,York 024A,E01013340,.*\n/m, ''),
      /census2021-ts038-lsoa\.csv: no row for York LSOAs in the lookup: E01013340/,
    );
  });

  it('names the line where categories do not add up', async () => {
    await expectFailure(
      'smallarea/census2021-ts039-lsoa.csv',
      (t) => t.replace('2021,York 024A,E01013340,1279,1160,', '2021,York 024A,E01013340,1279,1161,'),
      /census2021-ts039-lsoa\.csv, line \d+: categories do not add up: the total is 1279, parts add to 1280/,
    );
  });

  it('names the MSOA file when a York MSOA has no code', async () => {
    await expectFailure(
      'indicators/census2021_ts039_unpaid_care_msoa21_ew.csv',
      (t) => t.replace('York 024,E02002795,', 'York 24,E02002795,'),
      /census2021_ts039_unpaid_care_msoa21_ew\.csv: no MSOA code for "York 024"/,
    );
  });
});
