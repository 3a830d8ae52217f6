// DESNZ sub-regional fuel poverty 2020 (scripts/pipeline/fuelPoverty.ts), checked against the raw CSVs
// (read here independently of the pipeline) and the figures in raw/fuel-poverty/PROVENANCE.md.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { PipelineError } from '../../scripts/pipeline/errors';
import { FUEL_POVERTY_ID, fuelPoverty2020, readFuelPoverty, TABLE3_HEADER } from '../../scripts/pipeline/fuelPoverty';
import { buildPlace, type PlaceConfig } from '../../scripts/pipeline/place';
import { RawFolder } from '../../scripts/pipeline/readRaw';
import { wilsonInterval } from '../../src/stats';
import { PLACE_CONFIG, RAW_DIR, RAW_PRESENT } from './rawData';

const config = JSON.parse(readFileSync(PLACE_CONFIG, 'utf8')) as PlaceConfig;
const TABLE3 = config.files.fuelPovertyLsoa11 as string;
const TABLE2 = config.files.fuelPovertyLa as string;
const LOOKUP = config.files.lsoa11ToWard as string;
type Row = Record<string, string>;
const rawCsv = (path: string) => Papa.parse<Row>(readFileSync(join(RAW_DIR, path), 'utf8'), { header: true, skipEmptyLines: true }).data;

describe.skipIf(!RAW_PRESENT)('fuel poverty 2020 (DESNZ, LSOA 2011)', () => {
  const raw = new RawFolder(RAW_DIR);
  const place = buildPlace(raw, config, '2026-01-01');
  const built = fuelPoverty2020(readFuelPoverty(raw, config, place), place);
  const row = (code: string) => {
    const found = built.rows.filter((r) => r.areaCode === code);
    if (found.length !== 1) throw new Error(`${found.length} rows for ${code}`);
    return found[0] as (typeof built.rows)[number];
  };

  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  /** A raw folder holding only the three fuel-poverty inputs, one of them changed. */
  function changedRaw(path: string, change: (text: string) => string): RawFolder {
    const dir = mkdtempSync(join(tmpdir(), 'raw-fuel-'));
    dirs.push(dir);
    for (const p of [TABLE3, TABLE2, LOOKUP]) {
      mkdirSync(dirname(join(dir, p)), { recursive: true });
      cpSync(join(RAW_DIR, p), join(dir, p));
    }
    writeFileSync(join(dir, path), change(readFileSync(join(dir, path), 'utf8')));
    return new RawFolder(dir);
  }
  const failure = (folder: RawFolder): PipelineError => {
    try {
      readFuelPoverty(folder, config, place);
    } catch (error) {
      expect(error).toBeInstanceOf(PipelineError);
      return error as PipelineError;
    }
    throw new Error('the read should have failed');
  };

  // Bishopthorpe (E05010312) has three 2011 LSOAs in the lookup. Their Table 3 lines, copied from the file:
  //   E01013342 (York 024C): 639 households, 61 fuel poor
  //   E01013340 (York 024A): 561 households, 46 fuel poor
  //   E01013341 (York 024B): 666 households, 89 fuel poor
  it('sums one ward by hand: Bishopthorpe', () => {
    const ward = row('E05010312');
    expect(ward.count).toBe(61 + 46 + 89); // 196
    expect(ward.denominator).toBe(639 + 561 + 666); // 1,866
    expect(ward.value).toBeCloseTo((100 * 196) / 1866, 9); // 10.50%
    expect(ward.ciMethod).toBe('wilson');

    // The same, computed here from the raw lookup and Table 3.
    const lsoas = new Set(rawCsv(LOOKUP).filter((r) => r.WD19CD === 'E05010312').map((r) => r.LSOA11CD));
    expect(lsoas.size).toBe(3);
    const table3 = rawCsv(TABLE3).filter((r) => lsoas.has(r['LSOA Code'] as string));
    expect(table3.reduce((s, r) => s + Number(r['Number of households']), 0)).toBe(ward.denominator);
    expect(table3.reduce((s, r) => s + Number(r['Number of households in fuel poverty']), 0)).toBe(ward.count);
  });

  it('gives York, Yorkshire and the Humber and England the PROVENANCE figures', () => {
    const york = row('E06000014');
    expect([york.count, york.denominator]).toEqual([13172, 89857]);
    expect(york.value).toBeCloseTo(14.66, 2);
    const england = row('E92000001');
    expect([england.count, england.denominator]).toEqual([3158206, 23868877]);
    expect(england.value).toBeCloseTo(13.23, 2);
    const region = row('E12000003');
    expect(region.denominator).toBe(2395086);
    expect(region.value).toBeCloseTo(17.46, 2);

    // England is the sum over every English LSOA in Table 3, computed here independently.
    const table3 = rawCsv(TABLE3);
    expect(table3).toHaveLength(32844);
    expect(table3.reduce((s, r) => s + Number(r['Number of households']), 0)).toBe(23868877);
    expect(table3.reduce((s, r) => s + Number(r['Number of households in fuel poverty']), 0)).toBe(3158206);
    // The wards add up to York: every York LSOA (2011) is in exactly one ward.
    const wards = built.rows.filter((r) => r.areaType === 'Ward');
    expect(wards).toHaveLength(21);
    expect(wards.reduce((s, r) => s + (r.denominator as number), 0)).toBe(89857);
    expect(wards.reduce((s, r) => s + (r.count as number), 0)).toBe(13172);
  });

  it("gives York the Wilson interval of src/stats at 95% and 99.8%", () => {
    const york = row('E06000014');
    const ci95 = wilsonInterval(13172, 89857, { confidence: 0.95, multiplier: 100 });
    const ci998 = wilsonInterval(13172, 89857, { confidence: 0.998, multiplier: 100 });
    expect([york.value, york.lower95, york.upper95]).toEqual([ci95.value, ci95.lower, ci95.upper]);
    expect([york.lower998, york.upper998]).toEqual([ci998.lower, ci998.upper]);
    expect(york.lower95).toBeLessThan(14.66);
    expect(york.upper95).toBeGreaterThan(14.66);
  });

  it('shows unchanged 2021 neighbourhoods without an interval, and leaves the two split ones missing, not zero', () => {
    const unchanged = row('E01013399'); // York 015C, 37.62% in PROVENANCE
    expect(unchanged.value).toBeCloseTo(37.62, 2);
    expect(unchanged.lower95).toBeNull();
    expect(unchanged.ciMethod).toBe('none');
    for (const split of ['E01034761', 'E01034762']) {
      expect(row(split).value).toBeNull();
      expect(row(split).count).toBeNull();
      expect(row(split).valueNote).toMatch(/boundary changed in 2021/);
    }
    expect(built.rows.filter((r) => r.areaType === 'LSOA' && r.value !== null)).toHaveLength(119);
    // The MSOA holding the split neighbourhood (York 023) has no figure; the other 23 do.
    const msoas = built.rows.filter((r) => r.areaType === 'MSOA');
    expect(msoas.filter((r) => r.value === null).map((r) => r.areaName)).toEqual(['York 023']);
    const meta = built.meta[0];
    expect(meta?.id).toBe(FUEL_POVERTY_ID);
    expect(meta?.englandLsoaTenths).toHaveLength(9);
    expect(meta?.caveats.join(' ')).toMatch(/2011 neighbourhood \(LSOA\) boundaries/);
  });

  it('puts every English authority of Table 2, and England, in the authority rows', () => {
    expect(built.authorityRows).toHaveLength(309 + 1);
    const york = built.authorityRows.find((r) => r.areaCode === 'E06000014');
    expect([york?.count, york?.denominator, york?.areaName]).toEqual([13172, 89857, 'York']);
    const authorities = built.authorityRows.filter((r) => r.areaType === 'Local authority');
    expect(authorities.reduce((s, r) => s + (r.denominator as number), 0)).toBe(23868877);
    expect(authorities.every((r) => /^E0[6-9]\d{6}$/.test(r.areaCode) && r.ciMethod === 'wilson')).toBe(true);
  });

  it('stops on a renamed column (synthetic: a header edited in a copy of Table 3)', () => {
    const error = failure(changedRaw(TABLE3, (t) => t.replace('Number of households in fuel poverty', 'Fuel poor households')));
    expect(error.file).toBe(TABLE3);
    expect(error.line).toBe(1);
    expect(error.message).toMatch(/unexpected columns: missing "Number of households in fuel poverty"; unexpected "Fuel poor households"/);
  });

  it('stops on an added column (synthetic: a column appended to a copy of Table 2)', () => {
    const error = failure(changedRaw(TABLE2, (t) => t.replace(/\n/g, ',extra\n')));
    expect(error.file).toBe(TABLE2);
    expect(error.line).toBe(1);
    expect(error.message).toMatch(/unexpected "extra"/);
    expect(TABLE3_HEADER).toHaveLength(8);
  });

  it('reports a York LSOA (2011) missing from the ward lookup, with its line in Table 3', () => {
    const folder = changedRaw(LOOKUP, (t) => t.split('\n').filter((l) => !l.includes(',E01013340,')).join('\n'));
    const error = failure(folder);
    expect(error.file).toBe(TABLE3);
    const line = readFileSync(join(RAW_DIR, TABLE3), 'utf8').split('\n').findIndex((l) => l.startsWith('E01013340,')) + 1;
    expect(error.line).toBe(line);
    expect(error.message).toMatch(/York LSOA E01013340 is not in the LSOA \(2011\) to ward lookup/);
  });

  it('reports a lookup LSOA missing from Table 3', () => {
    const error = failure(changedRaw(TABLE3, (t) => t.split('\n').filter((l) => !l.startsWith('E01013340,')).join('\n')));
    expect(error.file).toBe(LOOKUP);
    expect(error.message).toMatch(/York LSOA E01013340 is not in .*table3\.csv/);
  });

  it('stops when an England LSOA figure no longer adds up to Table 2 (a copy of Table 3 with one count changed)', () => {
    const error = failure(changedRaw(TABLE3, (t) => t.replace('E01000001,City of London 001A,E09000001,City of London,London,936,40,4.2735042735042734', 'E01000001,City of London 001A,E09000001,City of London,London,936,41,4.3803418803418803')));
    expect(error.file).toBe(TABLE2);
    expect(error.message).toMatch(/England is 23868877 households, 3158206 fuel poor here, but its LSOAs .* add up to 23868877 households, 3158207 fuel poor/);
  });
});
