// IoD2025 England-wide figures and File 8 indicators in the committed snapshot, checked against the raw
// files (read here independently of the pipeline) and the figures in raw/iod2025/PROVENANCE.md.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../scripts/pipeline/build';
import { PipelineError } from '../../scripts/pipeline/errors';
import { IOD25_MEASURES } from '../../scripts/pipeline/iod2025Measures';
import { tenthCuts } from '../../scripts/pipeline/iod2025England';
import { nationalTenth } from '../../src/core/nationalTenth';
import type { IndicatorMeta } from '../../src/domain/indicators';
import { PLACE_CONFIG, RAW_DIR, RAW_PRESENT } from './rawData';

const DATA_DIR = resolve(__dirname, '../../data');
type Row = Record<string, string>;
const parse = (text: string) => Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;
const rows = parse(readFileSync(join(DATA_DIR, 'indicators.csv'), 'utf8'));
const meta = new Map((JSON.parse(readFileSync(join(DATA_DIR, 'indicators-meta.json'), 'utf8')) as IndicatorMeta[]).map((m) => [m.id, m]));
const manifest = JSON.parse(readFileSync(join(DATA_DIR, 'manifest.json'), 'utf8')) as { builtOn: string };

const ENGLAND = 'E92000001';
const YORK = 'E06000014';
const value = (id: string, area: string) => {
  const found = rows.filter((r) => r['Indicator ID'] === id && r['Area Code'] === area);
  if (found.length !== 1) throw new Error(`${found.length} rows for ${id} ${area}`);
  return Number((found[0] as Row).Value);
};
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
const yorkLsoaValues = (id: string) => rows.filter((r) => r['Indicator ID'] === id && r['Area Type'] === 'LSOA').map((r) => Number(r.Value));

describe.skipIf(!RAW_PRESENT)('IoD2025 for all of England', () => {
  const rawCsv = (path: string) => parse(readFileSync(join(RAW_DIR, path), 'utf8'));
  const domains = rawCsv('iod2025/humaniverse_imd2025_england_lsoa21.csv');
  const census = new Map(rawCsv('smallarea/census2021-ts007a-lsoa.csv').map((r) => [r['geography code'], Number(r['Age: Total'])]));

  // Fulford & Heslington (E05010317) has two LSOAs; raw values copied from the files:
  //   E01034761 (York 023D): acute morbidity 82.648, CIDR 78.91, Census 2021 residents 1,700
  //   E01034762 (York 023E): acute morbidity 89.251, CIDR 83.137, residents 1,390
  it('averages one ward by hand: Fulford & Heslington', () => {
    expect(value('iod2025-acute-morbidity', 'E05010317')).toBeCloseTo((82.648 * 1700 + 89.251 * 1390) / 3090, 5); // 85.6183
    expect(value('iod2025-illness-disability-ratio', 'E05010317')).toBeCloseTo((78.91 * 1700 + 83.137 * 1390) / 3090, 5);
  });

  it('gives England the Census-weighted mean of all 33,755 LSOAs, computed here independently', () => {
    expect(domains).toHaveLength(33755);
    let sum = 0;
    let weight = 0;
    for (const r of domains) {
      const pop = census.get(r.lsoa21_code as string) as number;
      sum += Number(r.IMD_score) * pop;
      weight += pop;
    }
    expect(value('iod2025-imd-score', ENGLAND)).toBeCloseTo(sum / weight, 5);
    expect(weight).toBe(56490091); // England's usual residents, Census 2021
  });

  it('matches PROVENANCE: York 004A, York’s medians, York’s MHCLG average score', () => {
    expect(value('iod2025-acute-morbidity', 'E01013404')).toBe(128.733);
    expect(value('iod2025-illness-disability-ratio', 'E01013404')).toBe(132.983);
    expect(value('iod2025-mood-anxiety', 'E01013404')).toBe(0.675);
    expect(value('iod2025-years-life-lost', 'E01013404')).toBe(48.586);
    expect(median(yorkLsoaValues('iod2025-illness-disability-ratio'))).toBeCloseTo(75.6, 1);
    expect(median(yorkLsoaValues('iod2025-acute-morbidity'))).toBeCloseTo(101.6, 1);
    expect(median(yorkLsoaValues('iod2025-years-life-lost'))).toBeCloseTo(53.9, 1);
    expect(median(yorkLsoaValues('iod2025-mood-anxiety'))).toBeCloseTo(-0.3, 2);
    // File 10 gives York's average IMD score as 11.814 (mid-2022 weights): York's own row keeps those weights.
    expect(value('iod2025-imd-score', YORK)).toBeCloseTo(11.814, 3);
  });

  it('gives England medians (the middle tenth cut) as PROVENANCE states', () => {
    const fifth = (id: string) => (meta.get(id)?.englandLsoaTenths as number[])[4] as number;
    expect(fifth('iod2025-illness-disability-ratio')).toBeCloseTo(101.0, 0);
    expect(fifth('iod2025-acute-morbidity')).toBeCloseTo(101.0, 0);
    expect(fifth('iod2025-years-life-lost')).toBeCloseTo(56.2, 1);
    expect(fifth('iod2025-mood-anxiety')).toBeCloseTo(-0.03, 2);
  });

  it("places every York LSOA in the tenth MHCLG's own IMD decile gives (decile 1 = highest scores)", () => {
    const tenths = meta.get('iod2025-imd-score')?.englandLsoaTenths as number[];
    const deciles = new Map(domains.map((r) => [r.lsoa21_code, Number(r.IMD_decile)]));
    const york = rows.filter((r) => r['Indicator ID'] === 'iod2025-imd-score' && r['Area Type'] === 'LSOA');
    expect(york).toHaveLength(121);
    for (const r of york) expect(nationalTenth(Number(r.Value), tenths)).toBe(11 - (deciles.get(r['Area Code']) as number));
  });

  it('has every File 8 measure for all 21 wards, York and England, none as a zero for a missing value', () => {
    for (const m of IOD25_MEASURES) {
      const these = rows.filter((r) => r['Indicator ID'] === m.id);
      expect(these.filter((r) => r['Area Type'] === 'Ward' && r.Value !== '')).toHaveLength(21);
      expect(these.some((r) => r['Area Type'] === 'England' && r.Value !== '')).toBe(true);
      expect(these.every((r) => r['Lower CI 95.0 limit'] === '')).toBe(true); // methods.md §13: no intervals
      expect(meta.get(m.id)?.englandLsoaTenths).toHaveLength(9);
    }
    expect(IOD25_MEASURES.length).toBeGreaterThanOrEqual(30);
  });

  it('compares the 2019 → 2025 change in the most deprived 20% with England’s', () => {
    expect(value('iod2025-most-deprived-20pc', ENGLAND)).toBeGreaterThan(19);
    expect(value('iod2025-most-deprived-20pc', ENGLAND)).toBeLessThan(21);
    expect(value('iod2019-most-deprived-20pc', ENGLAND)).toBeGreaterThan(19);
  });
});

describe('tenthCuts', () => {
  it('takes the top of each tenth by rank (synthetic values 1…100)', () => {
    expect(tenthCuts(Array.from({ length: 100 }, (_, i) => 100 - i))).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90]);
    expect(() => tenthCuts([1, 2, 3])).toThrow(RangeError);
  });
});

describe.skipIf(!RAW_PRESENT)('IoD2025 England files: bad input stops the build', () => {
  /** The error a build of an edited copy of the raw folder throws (undefined if it builds). */
  const errorAfter = async (edit: (dir: string) => void): Promise<unknown> => {
    const dir = mkdtempSync(join(tmpdir(), 'raw-iod25-'));
    try {
      cpSync(RAW_DIR, dir, { recursive: true });
      edit(dir);
      await buildSnapshot({ rawDir: dir, placeConfigPath: PLACE_CONFIG, builtOn: manifest.builtOn });
      return undefined;
    } catch (error) {
      return error;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const file = 'iod2025/humaniverse_imd2025_england_lsoa21_indicators.csv';

  it('names an unexpected column', async () => {
    const error = await errorAfter((dir) => {
      const path = join(dir, file);
      writeFileSync(path, readFileSync(path, 'utf8').replace('"patient_to_gp_ratio"', '"patients_per_gp"'));
    });
    expect(error).toBeInstanceOf(PipelineError);
    expect((error as Error).message).toMatch(/humaniverse_imd2025_england_lsoa21_indicators\.csv, line 1: unexpected columns.*unexpected patients_per_gp/);
  });

  it('names an LSOA the domains file lacks, with its line', async () => {
    const error = await errorAfter((dir) => {
      const path = join(dir, file);
      const lines = readFileSync(path, 'utf8').split('\n');
      lines[5] = (lines[5] as string).replace(/^"E01\d{6}"/, '"E01999999"');
      writeFileSync(path, lines.join('\n'));
    });
    expect(error).toBeInstanceOf(PipelineError);
    expect((error as Error).message).toMatch(/indicators\.csv, line 6: LSOA E01999999 is not in/);
  });
});
