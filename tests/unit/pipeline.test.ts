import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildSnapshot, writeSnapshot } from '../../scripts/pipeline/build';
import { PipelineError } from '../../scripts/pipeline/errors';
import { PLACE_CONFIG, RAW_DIR, RAW_PRESENT } from './rawData';

const DATA_DIR = resolve(__dirname, '../../data');
const committedManifest = JSON.parse(readFileSync(join(DATA_DIR, 'manifest.json'), 'utf8')) as { builtOn: string };
const build = (rawDir = RAW_DIR) => buildSnapshot({ rawDir, placeConfigPath: PLACE_CONFIG, builtOn: committedManifest.builtOn });

function rowsOf(csv: string) {
  return Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
}

function committedRow(indicator: string, area: string) {
  const rows = rowsOf(readFileSync(join(DATA_DIR, 'indicators.csv'), 'utf8'));
  const row = rows.find((r) => r['Indicator ID'] === indicator && r['Area Code'] === area);
  if (!row) throw new Error(`no ${indicator} row for ${area}`);
  return row;
}

describe('committed snapshot', () => {
  it('covers York’s 21 wards and 121 LSOAs', () => {
    const place = JSON.parse(readFileSync(join(DATA_DIR, 'place.json'), 'utf8'));
    expect(place.localAuthority.code).toBe('E06000014');
    expect(place.wards).toHaveLength(21);
    expect(place.lsoas).toHaveLength(121);
    expect(place.wards[0]).toEqual({ code: 'E05010311', name: 'Acomb' });
  });

  // Fulford & Heslington has two 2021 LSOAs; their IoD2025 File 7 values, copied from the raw file:
  //   E01034761: income rate 0.185, population 1,832, IMD score 9.734
  //   E01034762: income rate 0.121, population 1,401, IMD score 10.786
  it('aggregates one ward by hand: Fulford & Heslington', () => {
    const income = committedRow('iod2025-income-deprived', 'E05010317');
    const count = 0.185 * 1832 + 0.121 * 1401; // 338.92 + 169.521 = 508.441 people
    expect(Number(income.Count)).toBeCloseTo(count, 6);
    expect(Number(income.Denominator)).toBe(1832 + 1401);
    expect(Number(income.Value)).toBeCloseTo((100 * 508.441) / 3233, 5); // 15.7266%
    // Wilson limits recomputed outside the project (python, methods.md §2 formula, z = 1.959964 / 3.090232).
    expect(Number(income['Lower CI 95.0 limit'])).toBeCloseTo(14.512465, 5);
    expect(Number(income['Upper CI 95.0 limit'])).toBeCloseTo(17.022087, 5);
    expect(Number(income['Lower CI 99.8 limit'])).toBeCloseTo(13.849309, 5);
    expect(Number(income['Upper CI 99.8 limit'])).toBeCloseTo(17.805767, 5);
    expect(income['CI method']).toBe('wilson');

    const imd = committedRow('iod2025-imd-score', 'E05010317');
    expect(Number(imd.Value)).toBeCloseTo((9.734 * 1832 + 10.786 * 1401) / 3233, 5); // 10.1899
    expect(imd['Lower CI 95.0 limit']).toBe(''); // a score has no interval: missing, not 0

    const bottom20 = committedRow('iod2025-most-deprived-20pc', 'E05010317');
    expect(Number(bottom20.Value)).toBe(0); // both LSOAs are in decile 8
  });

  it('has England values only where a 2025 source defines one: none for rates the England files give no population for', () => {
    const rows = rowsOf(readFileSync(join(DATA_DIR, 'indicators.csv'), 'utf8'));
    const england2025 = new Set(rows.filter((r) => r['Indicator ID']?.startsWith('iod2025') && r['Area Code'] === 'E92000001').map((r) => r['Indicator ID']));
    for (const id of ['iod2025-income-deprived', 'iod2025-idaci', 'iod2025-idaopi', 'iod2025-employment-deprived']) expect(england2025.has(id)).toBe(false);
    for (const id of ['iod2025-imd-score', 'iod2025-health-deprivation-score', 'iod2025-most-deprived-20pc']) expect(england2025.has(id)).toBe(true);
    const england2019 = rows.find((r) => r['Indicator ID'] === 'iod2019-most-deprived-20pc' && r['Area Code'] === 'E92000001');
    // Close to, but not exactly, 20%: deciles hold 20% of LSOAs, not of people.
    expect(Number(england2019?.Value)).toBeGreaterThan(19);
    expect(Number(england2019?.Value)).toBeLessThan(21);
  });
});

describe.skipIf(!RAW_PRESENT)('pipeline rebuild from the raw folder', () => {
  it('reproduces the committed data/ byte for byte', async () => {
    const files = await build();
    const committed = readdirSync(DATA_DIR).sort();
    expect([...files.keys()].sort()).toEqual(committed);
    for (const [path, text] of files) expect(text, path).toBe(readFileSync(join(DATA_DIR, path), 'utf8'));
  });

  it('is deterministic: two runs into two folders give identical bytes', async () => {
    const a = mkdtempSync(join(tmpdir(), 'snap-a-'));
    const b = mkdtempSync(join(tmpdir(), 'snap-b-'));
    try {
      writeSnapshot(join(a, 'data'), await build());
      writeSnapshot(join(b, 'data'), await build());
      for (const file of readdirSync(join(a, 'data'))) {
        expect(readFileSync(join(a, 'data', file)).equals(readFileSync(join(b, 'data', file))), file).toBe(true);
      }
    } finally {
      rmSync(a, { recursive: true, force: true });
      rmSync(b, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!RAW_PRESENT)('pipeline on bad raw input', () => {
  /** A writable copy of the raw folder with one file changed. */
  function brokenRaw(path: string, change: (text: string) => string | null): string {
    const dir = mkdtempSync(join(tmpdir(), 'raw-'));
    cpSync(RAW_DIR, dir, { recursive: true });
    const full = join(dir, path);
    const next = change(readFileSync(full, 'utf8'));
    if (next === null) rmSync(full);
    else writeFileSync(full, next);
    return dir;
  }

  async function expectFailure(raw: string, pattern: RegExp) {
    try {
      await build(raw);
      throw new Error('build should have failed');
    } catch (error) {
      expect(error).toBeInstanceOf(PipelineError);
      expect((error as Error).message).toMatch(pattern);
    } finally {
      rmSync(raw, { recursive: true, force: true });
    }
  }

  it('names a missing file', async () => {
    await expectFailure(brokenRaw('indicators/iod2025_file7_york_lsoa21.csv', () => null), /iod2025_file7_york_lsoa21\.csv: missing raw file/);
  });

  it('names the file and line of an unexpected column set', async () => {
    await expectFailure(
      brokenRaw('indicators/iod2025_file7_york_lsoa21.csv', (t) => t.replace('Income Score (rate)', 'Income Rate')),
      /iod2025_file7_york_lsoa21\.csv, line 1: unexpected columns: missing "Income Score \(rate\)"/,
    );
  });

  it('names the file and line of a code that is not in the lookup', async () => {
    await expectFailure(
      brokenRaw('indicators/iod2025_file7_york_lsoa21.csv', (t) => t.replace('E01013340,', 'E01099999,')),
      /iod2025_file7_york_lsoa21\.csv, line \d+: LSOA E01099999 is not in the LSOA-to-ward lookup/,
    );
  });

  it('names the line of a value that is not a number', async () => {
    await expectFailure(
      brokenRaw('indicators/iod2019_file6_population_england_lsoa11.csv', (t) => t.replace('E01000002,City of London 001B,E09000001,City of London,"1,156"', 'E01000002,City of London 001B,E09000001,City of London,"1,15x6"')),
      /iod2019_file6_population_england_lsoa11\.csv, line 3: "Total population: mid 2015 \(excluding prisoners\)" is not a number/,
    );
  });

  it('leaves the existing snapshot untouched when the build fails', async () => {
    const out = mkdtempSync(join(tmpdir(), 'out-'));
    try {
      writeSnapshot(join(out, 'data'), await build());
      const before = readFileSync(join(out, 'data', 'indicators.csv'), 'utf8');
      const raw = brokenRaw('geo/york-wards.geojson', (t) => t.replace('"E05010311"', '"E05099999"'));
      await expect(buildSnapshot({ rawDir: raw, placeConfigPath: PLACE_CONFIG, builtOn: '2026-01-01' })).rejects.toThrow(/not in the lookup/);
      rmSync(raw, { recursive: true, force: true });
      expect(readFileSync(join(out, 'data', 'indicators.csv'), 'utf8')).toBe(before);
      expect(existsSync(join(out, 'data.staging-' + process.pid))).toBe(false);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
