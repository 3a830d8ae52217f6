import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { AUTHORITY_INDICATORS } from '../../scripts/pipeline/authorityIndicators';
import { buildSnapshot } from '../../scripts/pipeline/build';
import { PipelineError } from '../../scripts/pipeline/errors';
import { ingestCsvText } from '../../src/ingest';
import type { IndicatorMeta } from '../../src/domain/indicators';
import { compareWithBenchmark, type SingleLevelOutcome } from '../../src/stats';
import { PLACE_CONFIG, RAW_DIR, RAW_PRESENT } from './rawData';

const here = dirname(fileURLToPath(import.meta.url));
const DATA_DIR = resolve(here, '../../data');
const readData = (file: string) => readFileSync(join(DATA_DIR, file), 'utf8');
type Row = Record<string, string>;
const parse = (text: string) => Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;
const indicators = parse(readData('indicators.csv'));
const authorities = parse(readData('authorities.csv'));
const meta = JSON.parse(readData('indicators-meta.json')) as IndicatorMeta[];

const YORK = 'E06000014';
const ENGLAND = 'E92000001';
const REGION = 'E12000003';
const YORK_CENTRAL = 'E14001061';
const YORK_OUTER = 'E14001062';

function one(rows: Row[], id: string, area: string, period?: string, sex?: string): Row {
  const found = rows.filter(
    (r) => r['Indicator ID'] === id && r['Area Code'] === area && (period === undefined || r['Time period'] === period) && (sex === undefined || r.Sex === sex),
  );
  if (found.length !== 1) throw new Error(`${found.length} rows for ${id} ${area} ${period ?? ''} ${sex ?? ''}`);
  return found[0] as Row;
}
const num = (r: Row, column: string) => Number(r[column]);

describe('local-authority indicators in the committed snapshot', () => {
  // Raw file, line 26: E06000014,York,2008/09,447,Alcohol related admissions (narrow measure),...,Persons,Better
  // and York 2016/17: 691, Worse (England 636, "Not compared").
  it('keeps York’s published alcohol-admission labels verbatim (Fingertips 91414, old narrow method)', () => {
    const y2008 = one(indicators, 'ft-91414-alcohol-admissions-narrow', YORK, '2008/09');
    expect(num(y2008, 'Value')).toBe(447);
    expect(y2008['Published comparison']).toBe('Better');
    const y2016 = one(indicators, 'ft-91414-alcohol-admissions-narrow', YORK, '2016/17');
    expect(num(y2016, 'Value')).toBe(691);
    expect(y2016['Published comparison']).toBe('Worse');
    expect(num(one(indicators, 'ft-91414-alcohol-admissions-narrow', ENGLAND, '2016/17'), 'Value')).toBe(636);
    const m = meta.find((x) => x.id === 'ft-91414-alcohol-admissions-narrow');
    expect(m?.theme).toBe('Alcohol harm');
    expect(m?.polarity).toBe('low-is-good');
    expect(m?.caveats.join(' ')).toMatch(/Old method \(Fingertips indicator 91414/);
    expect(m?.caveats).toContain('Published label from OHID Fingertips; the interval behind it is not in this file.');
  });

  // PROVENANCE §5: York suicide rate (males) 18.5 (95% CI 13.6–24.6), 49 deaths, "Similar" to England (14.7).
  it('gives York’s suicide rate (males, 2015-17) with its published interval, count and label', () => {
    const york = one(indicators, 'ft-41001-suicide-rate-males', YORK, '2015 - 17', 'Male');
    expect(num(york, 'Value')).toBeCloseTo(18.5, 1);
    expect(num(york, 'Lower CI 95.0 limit')).toBeCloseTo(13.6, 1);
    expect(num(york, 'Upper CI 95.0 limit')).toBeCloseTo(24.6, 1);
    expect(york['Lower CI 99.8 limit']).toBe(''); // not published: left empty, not computed
    expect(num(york, 'Count')).toBe(49);
    expect(york['CI method']).toBe('published');
    expect(york['Published comparison']).toBe('Similar');
    expect(num(one(indicators, 'ft-41001-suicide-rate-males', ENGLAND), 'Value')).toBeCloseTo(14.7, 1);
    expect(one(indicators, 'ft-41001-suicide-rate-males', REGION)['Area Name']).toBe('Yorkshire and the Humber');
  });

  // smallarea PROVENANCE §2: depression (18+) York Central 11.5%, York Outer 10.2%, York 10.9%, England 11.5%.
  it('gives modelled QOF depression prevalence for York, its constituencies and England, with no interval', () => {
    const dep = (area: string) => one(indicators, 'qof-2019-20-depression', area, '2019/20');
    expect(num(dep(YORK_CENTRAL), 'Value')).toBeCloseTo(11.5, 1);
    expect(num(dep(YORK_OUTER), 'Value')).toBeCloseTo(10.2, 1);
    expect(num(dep(YORK), 'Value')).toBeCloseTo(10.9, 1);
    expect(num(dep(ENGLAND), 'Value')).toBeCloseTo(11.5, 1);
    expect(dep(YORK_CENTRAL)['Area Type']).toBe('Constituency');
    expect(dep(REGION)['Area Type']).toBe('Region');
    for (const area of [YORK, YORK_CENTRAL, YORK_OUTER, REGION, ENGLAND]) {
      const r = dep(area);
      expect(r['CI method'], area).toBe('none');
      expect([r['Lower CI 95.0 limit'], r['Upper CI 95.0 limit'], r['Lower CI 99.8 limit'], r['Upper CI 99.8 limit']], area).toEqual(['', '', '', '']);
      expect(r.Age).toBe('18+ yrs');
    }
    // York Central and York Outer cover the City of York exactly, so their registers add up to York's.
    for (const m of AUTHORITY_INDICATORS.filter((i) => i.file === 'qofLad')) {
      const sum = (column: string) => num(one(indicators, m.id, YORK_CENTRAL), column) + num(one(indicators, m.id, YORK_OUTER), column);
      expect(sum('Count'), m.id).toBeCloseTo(num(one(indicators, m.id, YORK), 'Count'), 3);
    }
    // England = sum(register) / sum(list) over the English authorities in authorities.csv.
    const lads = authorities.filter((r) => r['Indicator ID'] === 'qof-2019-20-depression' && r['Area Type'] === 'Local authority');
    expect(lads).toHaveLength(314);
    const register = lads.reduce((s, r) => s + num(r, 'Count'), 0);
    const list = lads.reduce((s, r) => s + num(r, 'Denominator'), 0);
    expect(num(dep(ENGLAND), 'Value')).toBeCloseTo((100 * register) / list, 4);
    expect(meta.find((m) => m.id === 'qof-2019-20-depression')?.licence).toBe('Open Parliament Licence v3.0');
  });

  it('agrees with every published Fingertips "Compared to England" label where the interval is known', () => {
    // The two 2019 Fingertips exports give intervals. Recompute each comparison from the published
    // interval at the indicator's own level and England's value, and list every disagreement.
    const words: Record<SingleLevelOutcome, string> = {
      better: 'Better',
      worse: 'Worse',
      similar: 'Similar',
      higher: 'Higher',
      lower: 'Lower',
      'not-compared': 'Not compared',
    };
    const exported = AUTHORITY_INDICATORS.filter((m) => m.file === 'ftSuicidePrevention2019' || m.file === 'ftCypMentalHealth2019');
    const all = [...indicators, ...authorities];
    const disagreements: string[] = [];
    const notComparedByPublisher: string[] = [];
    let agreements = 0;
    for (const m of exported) {
      const rows = all.filter((r) => r['Indicator ID'] === m.id);
      const seen = new Set<string>();
      for (const r of rows) {
        const key = `${r['Area Code']}|${r['Time period']}|${r.Sex}`;
        if (seen.has(key) || r['Area Code'] === ENGLAND) continue; // York and England are in both files
        seen.add(key);
        const [lower, upper] =
          m.comparisonLevel === 0.998 ? [r['Lower CI 99.8 limit'], r['Upper CI 99.8 limit']] : [r['Lower CI 95.0 limit'], r['Upper CI 95.0 limit']];
        if (!lower || !upper) continue; // no published interval: nothing to recompute
        const england = one(indicators, m.id, ENGLAND, r['Time period'], r.Sex);
        const computed = words[compareWithBenchmark({ lower: Number(lower), upper: Number(upper) }, num(england, 'Value'), m.polarity)];
        const published = r['Published comparison'] ?? '';
        if (m.publisherCompares === false) {
          if (published !== 'Not compared') disagreements.push(`${m.id} ${r['Area Name']}: publisher compares after all ("${published}")`);
          else notComparedByPublisher.push(`${m.id} ${r['Area Name']} (would be ${computed})`);
          continue;
        }
        if (computed === published) agreements += 1;
        else disagreements.push(`${m.id} ${r['Area Name']} ${r['Time period']}: published "${published}", computed "${computed}" (${lower}–${upper} vs England ${england.Value})`);
      }
    }
    expect(disagreements).toEqual([]);
    // 15 authorities, and the region where it has an interval: 41001, 91404 (16 each); 91390, 91393, 91430 (15 each); 90813, 92796, 91871 (16 each).
    expect(agreements).toBe(16 * 2 + 15 * 3 + 16 * 3);
    // Indicator 92315 has intervals but Fingertips labels every area "Not compared" (14 authorities with a value, and the region).
    expect(notComparedByPublisher).toHaveLength(15);
  });

  it('lists every English authority once, and England once, in authorities.csv', () => {
    // Counted from the raw file: 326 district and unitary authority rows (E06–E09) for 2017/18.
    const admissions = authorities.filter((r) => r['Indicator ID'] === 'ft-91414-alcohol-admissions-narrow' && r['Time period'] === '2017/18');
    expect(admissions.filter((r) => r['Area Type'] === 'Local authority')).toHaveLength(326);
    expect(new Set(admissions.map((r) => r['Area Code'])).size).toBe(admissions.length);
    expect(admissions.filter((r) => r['Area Code'] === ENGLAND)).toHaveLength(1);
    // Counted from the raw file: 296 authorities (April 2023 boundaries) for life expectancy, females, 2023-25.
    const le = authorities.filter((r) => r['Indicator ID'] === 'ft-90366-life-expectancy' && r['Time period'] === '2023 - 25' && r.Sex === 'Female');
    expect(le.filter((r) => r['Area Type'] === 'Local authority')).toHaveLength(296);
    expect(le.filter((r) => r['Area Code'] === ENGLAND)).toHaveLength(1);
    // Only authorities and England; no wards, quintiles, combined authorities or regions.
    expect(new Set(authorities.map((r) => r['Area Type']))).toEqual(new Set(['Local authority', 'England']));
    expect(authorities.every((r) => /^E(0[6-9]|10|92)\d{6}$/.test(r['Area Code'] ?? ''))).toBe(true);
    expect(authorities.every((r) => r.Category === '')).toBe(true);
    // One name per authority, though sources spell some differently ("Bristol" / "Bristol, City of").
    const names = new Map<string, Set<string>>();
    for (const r of authorities) names.set(r['Area Code'] ?? '', (names.get(r['Area Code'] ?? '') ?? new Set()).add(r['Area Name'] ?? ''));
    expect([...names].filter(([, n]) => n.size > 1)).toEqual([]);
  });

  it('keeps authorities.csv within its size budget', () => {
    // Every English authority x every period x every sex and age of 72 indicators (Fingertips, ONS, QOF,
    // drug deaths, fuel poverty): about 112,000 rows of about 130 bytes in the canonical format; plus the
    // ONS Health Index, 74 measures x 307 authorities x 7 years = 159,026 rows of about 124 bytes: 34.6 MB,
    // 2.26 MB gzipped in all. The budget sits just above today's size so that growth is noticed. The app
    // never fetches this file whole: the build splits it per indicator (vite.config.ts).
    const bytes = readFileSync(join(DATA_DIR, 'authorities.csv'));
    expect(bytes.length).toBeLessThan(35e6);
    expect(gzipSync(bytes, { level: 9 }).length).toBeLessThan(2.3e6);
  });

  it('keeps a missing value empty, with the source’s marker in the note, never 0', () => {
    const r = one(indicators, 'ft-90319-obesity-reception', YORK, '2020/21');
    expect(r.Value).toBe('');
    expect(r['Value note']).toMatch(/marker "NA"/);
    expect(r['Published comparison']).toBe('Not compared');
    expect(one(indicators, 'ft-91146-young-people-eating-disorders', ENGLAND).Value).toBe('');
  });

  it('gives every new indicator curated metadata and rows for York and England', () => {
    const byId = new Map(meta.map((m) => [m.id, m]));
    expect(new Set(AUTHORITY_INDICATORS.map((m) => m.id)).size).toBe(AUTHORITY_INDICATORS.length);
    for (const m of AUTHORITY_INDICATORS) {
      const written = byId.get(m.id);
      expect(written, m.id).toBeDefined();
      for (const field of ['name', 'definition', 'whyItMatters', 'unit', 'source', 'publisher', 'licence', 'attribution', 'period'] as const) {
        expect(written?.[field], `${m.id} ${field}`).not.toBe('');
      }
      expect(written?.sourceFiles.length, m.id).toBeGreaterThan(0);
      expect(written?.caveats.length, m.id).toBeGreaterThan(0);
      for (const area of [YORK, ENGLAND]) {
        expect(indicators.some((r) => r['Indicator ID'] === m.id && r['Area Code'] === area), `${m.id} ${area}`).toBe(true);
      }
      const sexes = new Set(indicators.filter((r) => r['Indicator ID'] === m.id).map((r) => r.Sex));
      expect([...sexes].sort(), m.id).toEqual([...m.sexes].sort());
    }
    // The by-sex series carry 'Male'/'Female' (and 'Persons' where the source gives it).
    expect(one(indicators, 'ft-93721-preventable-deaths-under-75', YORK, '2024', 'Persons').Age).toBe('<75 yrs');
    expect(one(indicators, 'ft-90366-life-expectancy', YORK, '2023 - 25', 'Male').Value).not.toBe('');
  });

  it('reads back through src/ingest with no rejected rows and no computed intervals on modelled figures', () => {
    for (const file of ['indicators.csv', 'authorities.csv']) {
      const result = ingestCsvText(readData(file), { fileName: file, metadata: meta, origin: 'bundled' });
      expect(result.error, file).toBeUndefined();
      expect(result.rejected, file).toEqual([]);
      const modelled = result.rows.filter((r) => r.indicatorId.startsWith('qof-') || /^ft-911(37|38|39|41)-/.test(r.indicatorId));
      expect(modelled.length, file).toBeGreaterThan(0);
      expect(modelled.every((r) => r.ciMethod === 'none' && r.lower95 === null), file).toBe(true);
    }
  });
});

describe.skipIf(!RAW_PRESENT)('local-authority indicators against the raw folder', () => {
  const committedDate = (JSON.parse(readData('manifest.json')) as { builtOn: string }).builtOn;
  const build = (rawDir: string) => buildSnapshot({ rawDir, placeConfigPath: PLACE_CONFIG, builtOn: committedDate });

  it('lists in authorities.csv exactly the authorities the raw file has for a chosen indicator and period', () => {
    const text = readFileSync(join(RAW_DIR, 'indicators/fingertips_derived_trafforddatalab_alcohol_related_admissions_district_ua.csv'), 'utf8');
    const raw = parse(text).filter((r) => r.period === '2017/18' && /^E0[6-9]/.test(r.area_code ?? ''));
    const written = authorities.filter(
      (r) => r['Indicator ID'] === 'ft-91414-alcohol-admissions-narrow' && r['Time period'] === '2017/18' && r['Area Type'] === 'Local authority',
    );
    expect(written.map((r) => r['Area Code']).sort()).toEqual(raw.map((r) => r.area_code).sort());
    // Values as published (whole numbers); "NA" is written as an empty value.
    expect(written.map((r) => r.Value).sort()).toEqual(raw.map((r) => (r.value === 'NA' ? '' : r.value)).sort());
  });

  /** A writable copy of the raw folder with one file changed. */
  function brokenRaw(path: string, change: (text: string) => string): string {
    const dir = mkdtempSync(join(tmpdir(), 'raw-'));
    cpSync(RAW_DIR, dir, { recursive: true });
    const full = join(dir, path);
    writeFileSync(full, change(readFileSync(full, 'utf8')));
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

  it('names the file when a tidy file has a renamed required column', async () => {
    const path = 'indicators/fingertips_derived_trafforddatalab_themes_life_expectancy_at_birth_ltla.csv';
    await expectFailure(
      brokenRaw(path, (t) => t.replace('compared_to_England,inequality', 'compared_to_England,sex')),
      /themes_life_expectancy_at_birth_ltla\.csv, line 1: unexpected columns: missing "inequality"/,
    );
  });

  it('names the file and line of a row src/ingest rejects unexpectedly', async () => {
    // Raw file line 26 is York 2008/09 (447).
    const path = 'indicators/fingertips_derived_trafforddatalab_alcohol_related_admissions_district_ua.csv';
    await expectFailure(
      brokenRaw(path, (t) => t.replace('E06000014,York,2008/09,447,', 'E06000014,York,2008/09,44x7,')),
      /alcohol_related_admissions_district_ua\.csv, line 26: row rejected by src\/ingest: value: not a number \("44x7"\)/,
    );
  });
});
