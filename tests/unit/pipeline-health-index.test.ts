// ONS Health Index for England (2015–2021, 307 lower-tier authorities): the pipeline's rows and metadata
// checked against the raw files, read here independently of the pipeline, against the figures in
// raw/ons-health-index/PROVENANCE.md, and against the app's own ranking; bad input stops the build.
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { healthIndexOutput, readHealthIndex, HEALTH_INDEX_HEADERS, ENGLAND_LTLA21 } from '../../scripts/pipeline/healthIndex';
import { HEALTH_INDEX_MEASURES, HEALTH_INDEX_YEARS, slugify } from '../../scripts/pipeline/healthIndexMeasures';
import { PipelineError } from '../../scripts/pipeline/errors';
import { buildPlace, type PlaceConfig } from '../../scripts/pipeline/place';
import { RawFolder } from '../../scripts/pipeline/readRaw';
import { buildAuthoritiesModel, rankDescending } from '../../src/features/authorities/model';
import { IndicatorMetaSchema } from '../../src/ingest/schemas';
import { PLACE_CONFIG, RAW_DIR, RAW_PRESENT } from './rawData';

const YORK = 'E06000014';
const config = JSON.parse(readFileSync(PLACE_CONFIG, 'utf8')) as PlaceConfig;
const FILES = {
  scores: config.files.onsHealthIndex as string,
  subdomains: config.files.onsHealthIndexSubdomains as string,
  indicators: config.files.onsHealthIndexIndicators as string,
};
type Row = Record<string, string>;
const parse = (text: string) => Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;

describe('Health Index measures', () => {
  it('has one measure for the overall score, 3 domains, 14 subdomains and 56 indicators, each id with "health-index"', () => {
    expect(HEALTH_INDEX_MEASURES).toHaveLength(1 + 3 + 14 + 56);
    const kinds = HEALTH_INDEX_MEASURES.map((m) => m.kind);
    expect([kinds.filter((k) => k === 'overall').length, kinds.filter((k) => k === 'domain').length, kinds.filter((k) => k === 'subdomain').length, kinds.filter((k) => k === 'indicator').length]).toEqual([1, 3, 14, 56]);
    const ids = HEALTH_INDEX_MEASURES.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^ons-health-index-(overall|domain-[a-z-]+|sub-[a-z0-9-]+|ind-[a-z0-9-]+)$/);
  });

  it('slugifies names deterministically (these ids are stable: links and roles use them)', () => {
    expect(slugify("Children's social, emotional and mental health")).toBe('childrens-social-emotional-and-mental-health');
    const ids = new Set(HEALTH_INDEX_MEASURES.map((m) => m.id));
    for (const id of [
      'ons-health-index-overall',
      'ons-health-index-domain-healthy-people',
      'ons-health-index-domain-healthy-lives',
      'ons-health-index-domain-healthy-places',
      'ons-health-index-sub-difficulties-in-daily-life',
      'ons-health-index-sub-economic-and-working-conditions',
      'ons-health-index-ind-physical-activity',
      'ons-health-index-ind-self-harm',
      'ons-health-index-ind-young-people-in-education-employment-and-apprenticeships',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it('gives index scores the England 2015 = 100 unit and say higher is healthier', () => {
    for (const m of HEALTH_INDEX_MEASURES.filter((x) => x.kind !== 'indicator')) {
      expect(m.unit).toBe('index (England 2015 = 100)');
      expect(m.polarity).toBe('high-is-good');
    }
    // The indicators file holds raw values, not index scores: none claims the index unit.
    for (const m of HEALTH_INDEX_MEASURES.filter((x) => x.kind === 'indicator')) expect(m.unit).not.toMatch(/index/);
  });
});

describe.skipIf(!RAW_PRESENT)('Health Index from the raw files', () => {
  const raw = new RawFolder(RAW_DIR);
  const data = readHealthIndex(raw, config);
  const place = buildPlace(raw, config, '2026-01-01');
  // Names are not in the Health Index files; the build takes them from the other authority sources.
  const names = new Map(data.codes.map((c) => [c, `Authority ${c}`]));
  const out = healthIndexOutput(data, place, names);
  const rawScores = parse(readFileSync(join(RAW_DIR, FILES.scores), 'utf8'));
  const rawOverall = (code: string, year: string) => {
    const found = rawScores.filter((r) => r.ltla21_code === code && r.year === year);
    expect(found).toHaveLength(1);
    return Number((found[0] as Row).overall_score);
  };
  const row = (rows: typeof out.placeRows, id: string, code: string, year: string) => {
    const found = rows.filter((r) => r.indicatorId === id && r.areaCode === code && r.period === year);
    expect(found).toHaveLength(1);
    return found[0] as (typeof out.placeRows)[number];
  };

  it('gives York’s overall score for 2015 and 2021 as in the raw file (100.5 and 105.3 in PROVENANCE)', () => {
    expect(rawOverall(YORK, '2015')).toBe(100.5);
    expect(rawOverall(YORK, '2021')).toBe(105.3);
    for (const year of ['2015', '2021']) {
      expect(row(out.placeRows, 'ons-health-index-overall', YORK, year).value).toBe(rawOverall(YORK, year));
      expect(row(out.authorityRows, 'ons-health-index-overall', YORK, year).value).toBe(rawOverall(YORK, year));
    }
  });

  it('has every one of the 307 authorities for every measure and year, as value rows without intervals', () => {
    expect(data.codes).toHaveLength(ENGLAND_LTLA21);
    expect(out.authorityRows).toHaveLength(74 * 307 * 7);
    const counts = new Map<string, number>();
    for (const r of out.authorityRows) counts.set(`${r.indicatorId}|${r.period}`, (counts.get(`${r.indicatorId}|${r.period}`) ?? 0) + 1);
    expect(counts.size).toBe(74 * 7);
    for (const [key, n] of counts) expect(n, key).toBe(307);
    const odd = out.authorityRows.filter(
      (r) => r.areaType !== 'Local authority' || r.value === null || r.lower95 !== null || r.upper95 !== null || r.count !== null || r.denominator !== null || r.ciMethod !== 'none',
    );
    expect(odd).toEqual([]);
  });

  it('puts York’s rows, and only York’s, in the place rows; no England row is invented', () => {
    expect(out.placeRows).toHaveLength(74 * 7);
    expect(new Set(out.placeRows.map((r) => `${r.areaCode} ${r.areaName}`))).toEqual(new Set([`${YORK} York`]));
    expect(out.authorityRows.some((r) => r.areaCode === 'E92000001')).toBe(false);
  });

  it('writes metadata the app’s schema accepts, with a reference line for index scores only', () => {
    expect(out.meta).toHaveLength(74);
    for (const m of out.meta) {
      expect(IndicatorMetaSchema.safeParse(m).success, m.id).toBe(true);
      expect(m.theme).toBe('Health Index');
      expect(m.period).toBe('2015 to 2021');
      expect(m.licence).toMatch(/Open Government Licence v3\.0/);
    }
    expect(out.meta.filter((m) => m.referenceLine).map((m) => m.referenceLine)).toEqual(Array(18).fill({ value: 100, label: 'England, 2015 = 100' }));
  });

  it('ranks York 139th of 307 on the 2021 overall score, computed here and by the app', () => {
    const scores2021 = rawScores.filter((r) => r.year === '2021').map((r) => ({ code: r.ltla21_code as string, value: Number(r.overall_score) }));
    expect(scores2021).toHaveLength(307);
    const york = scores2021.find((s) => s.code === YORK)?.value as number;
    const independent = 1 + scores2021.filter((s) => s.value > york).length;
    expect(independent).toBe(139); // PROVENANCE: 139th of 307 (1 = highest score)

    const rows = out.authorityRows.filter((r) => r.indicatorId === 'ons-health-index-overall' && r.period === '2021');
    const ranks = rankDescending(rows.map((r) => r.value));
    expect(ranks[rows.findIndex((r) => r.areaCode === YORK)]).toBe(independent);

    const meta = out.meta.find((m) => m.id === 'ons-health-index-overall');
    if (!meta) throw new Error('no overall meta');
    const model = buildAuthoritiesModel({
      meta,
      period: '2021',
      breakdown: { sex: 'Persons', age: 'All ages', categoryType: '', category: '' },
      breakdowns: [{ sex: 'Persons', age: 'All ages', categoryType: '', category: '' }],
      rows: out.authorityRows,
      place: { code: YORK, name: 'York' },
      country: { code: 'E92000001', name: 'England' },
    });
    expect(model.ranked).toBe(307);
    expect(model.place?.rank).toBe(independent);
    expect(model.rankText).toMatch(/York ranks 139th of 307 authorities/);
  });

  it('orients every raw indicator as its closest subdomain does, where the data show it clearly', () => {
    // Rank correlation across the 307 authorities in 2021 between each indicator's raw value and each of
    // the 14 subdomain scores (higher = healthier). Where the strongest is at least 0.5 in size, its sign
    // must agree with the polarity. Below that the data do not show the direction clearly, and polarity
    // rests on what the indicator measures: these are listed, so a new one is noticed.
    const subdomains = HEALTH_INDEX_MEASURES.filter((m) => m.kind === 'subdomain');
    const ranksOf = (xs: number[]) => {
      const order = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
      const r = new Array<number>(xs.length);
      for (let k = 0; k < order.length; ) {
        let j = k;
        while (j + 1 < order.length && order[j + 1]?.[0] === order[k]?.[0]) j++;
        for (let t = k; t <= j; t++) r[(order[t] as readonly [number, number])[1]] = (k + j) / 2;
        k = j + 1;
      }
      return r;
    };
    const pearson = (a: number[], b: number[]) => {
      const ma = a.reduce((s, x) => s + x, 0) / a.length;
      const mb = b.reduce((s, x) => s + x, 0) / b.length;
      let sab = 0, saa = 0, sbb = 0; // prettier-ignore
      a.forEach((x, i) => {
        const y = b[i] as number;
        sab += (x - ma) * (y - mb);
        saa += (x - ma) ** 2;
        sbb += (y - mb) ** 2;
      });
      return sab / Math.sqrt(saa * sbb);
    };
    const series = (id: string) => ranksOf(data.codes.map((c) => data.values.get(id)?.get(c)?.get('2021') as number));
    const subRanks = subdomains.map((s) => series(s.id));
    const unclear: string[] = [];
    for (const m of HEALTH_INDEX_MEASURES.filter((x) => x.kind === 'indicator')) {
      const x = series(m.id);
      const rhos = subRanks.map((y) => pearson(x, y));
      const strongest = rhos.reduce((best, r) => (Math.abs(r) > Math.abs(best) ? r : best), 0);
      if (m.polarity === 'no-judgement' || Math.abs(strongest) < 0.5) {
        unclear.push(m.source);
        continue;
      }
      expect(m.polarity, `${m.source} (rho ${strongest.toFixed(2)})`).toBe(strongest > 0 ? 'high-is-good' : 'low-is-good');
    }
    expect(unclear.sort()).toEqual(
      ['Dementia', 'Household overcrowding', 'Job-related training', 'Patients offered acceptable GP practice appointments', 'Rough sleeping', 'Sexually transmitted infections', 'Workplace safety'].sort(),
    );
  });
});

describe.skipIf(!RAW_PRESENT)('Health Index: bad input stops the build with file, line and problem', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  /** A raw folder of SYNTHETIC files (two authorities, made up here, not real figures) with the given edits. */
  function synthetic(edit: Partial<Record<keyof typeof FILES, (lines: string[]) => string[]>> = {}): RawFolder {
    const dir = mkdtempSync(join(tmpdir(), 'raw-hi-'));
    dirs.push(dir);
    const codes = ['E06000001', YORK];
    const q = (s: string) => `"${s}"`;
    const files: Record<keyof typeof FILES, string[]> = {
      scores: [HEALTH_INDEX_HEADERS.scores.map(q).join(',')],
      subdomains: [HEALTH_INDEX_HEADERS.subdomains.map(q).join(',')],
      indicators: [HEALTH_INDEX_HEADERS.indicators.map(q).join(',')],
    };
    const names = HEALTH_INDEX_MEASURES.filter((m) => m.file === 'indicators').map((m) => m.source);
    for (const code of codes) {
      for (const year of HEALTH_INDEX_YEARS) {
        files.scores.push([q(code), year, '101', '102', '103', '104'].join(','));
        files.subdomains.push([q(code), year, ...Array(14).fill('99')].join(','));
        for (const name of names) files.indicators.push([q(code), year, q(name), '1.5'].join(','));
      }
    }
    for (const key of Object.keys(FILES) as (keyof typeof FILES)[]) {
      const path = join(dir, FILES[key]);
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, (edit[key] ? edit[key](files[key]) : files[key]).join('\n') + '\n');
    }
    return new RawFolder(dir);
  }

  const failure = (raw: RawFolder): PipelineError => {
    try {
      readHealthIndex(raw, config);
    } catch (error) {
      expect(error).toBeInstanceOf(PipelineError);
      return error as PipelineError;
    }
    throw new Error('expected the Health Index files to be refused');
  };

  it('reads the synthetic files, and stops only at the count of authorities (2, not 307)', () => {
    expect(failure(synthetic()).message).toMatch(/humaniverse_healthyr_england_health_index_ltla21\.csv: has 2 authorities, expected 307/);
  });

  it('names a renamed column on line 1 (synthetic file)', () => {
    const e = failure(synthetic({ scores: (l) => [(l[0] as string).replace('overall_score', 'overall'), ...l.slice(1)] }));
    expect(e.line).toBe(1);
    expect(e.message).toMatch(/health_index_ltla21\.csv, line 1: unexpected columns: missing "overall_score"; unexpected "overall"/);
  });

  it('names a duplicate row, with the line of the first (synthetic file)', () => {
    const e = failure(synthetic({ indicators: (l) => [...l, l[5] as string] }));
    expect(e.message).toMatch(/indicators_ltla21\.csv, line 786: duplicate row for E06000001, 2015, "Self-harm" \(first on line 6\)/);
  });

  it('names an unknown area code, a year outside 2015–2021, an unknown indicator and a value that is not a number (synthetic files)', () => {
    expect(failure(synthetic({ subdomains: (l) => [l[0] as string, (l[1] as string).replace('E06000001', 'E10000023'), ...l.slice(2)] })).message).toMatch(
      /subdomains_ltla21\.csv, line 2: "E10000023" is not a lower-tier local authority code/,
    );
    expect(failure(synthetic({ scores: (l) => [l[0] as string, (l[1] as string).replace(',2015,', ',2014,'), ...l.slice(2)] })).message).toMatch(
      /ltla21\.csv, line 2: year "2014" is outside 2015–2021/,
    );
    expect(failure(synthetic({ indicators: (l) => [l[0] as string, (l[1] as string).replace('"Disability"', '"Disabilities"'), ...l.slice(2)] })).message).toMatch(
      /indicators_ltla21\.csv, line 2: unexpected indicator "Disabilities"/,
    );
    expect(failure(synthetic({ indicators: (l) => [l[0] as string, (l[1] as string).replace(/1\.5$/, 'n/a'), ...l.slice(2)] })).message).toMatch(
      /indicators_ltla21\.csv, line 2: "value" is not a number: "n\/a"/,
    );
  });

  it('finds a duplicate appended to a copy of the real indicators file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'raw-hi-real-'));
    dirs.push(dir);
    for (const path of Object.values(FILES)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      copyFileSync(join(RAW_DIR, path), join(dir, path));
    }
    const second = readFileSync(join(RAW_DIR, FILES.indicators), 'utf8').split('\n')[1] as string;
    appendFileSync(join(dir, FILES.indicators), second + '\n');
    expect(failure(new RawFolder(dir)).message).toMatch(/line 120346: duplicate row for E06000001, 2015, "Physical activity" \(first on line 2\)/);
  });
});
