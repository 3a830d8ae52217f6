// ONS Health Index for England, 2015–2021, for all 307 lower-tier authorities (humaniverse/healthyr
// copies; raw/ons-health-index/PROVENANCE.md). Three files: overall and domain scores, subdomain scores
// (one row per authority and year) and the 56 underlying indicators (long: authority, year, indicator,
// value). Every value becomes a value row without an interval: York's go into indicators.csv, every
// authority's (York's too) into authorities.csv, where York is ranked among the 307.
//
// England: the files hold no England row. England is 100 in 2015 by the definition of the index scores,
// and ONS's England figures for later years are not in these files, so no England row is written; the
// index scores carry a reference line at 100 ("England, 2015 = 100") that Trends draws instead.
import Papa from 'papaparse';
import type { IndicatorMeta, IndicatorRow } from '../../src/domain/indicators';
import type { AuthorityOutput } from './authorities';
import { PipelineError } from './errors';
import {
  ENGLAND_2015_LINE,
  HEALTH_INDEX_MEASURES,
  HEALTH_INDEX_THEME,
  HEALTH_INDEX_YEARS,
  type HealthIndexFile,
  type HealthIndexMeasure,
} from './healthIndexMeasures';
import { configFile, type PlaceConfig, type SnapshotPlace } from './place';
import { parseNumber, readCsv, type RawFolder } from './readRaw';
import { valueRow } from './rows';
import { sourceInfo } from './sources';

const CODE = 'ltla21_code';
const YEAR = 'year';
/** England's lower-tier authorities on April 2021 boundaries. */
export const ENGLAND_LTLA21 = 307;
const LOWER_TIER = /^E0[6-9]\d{6}$/;

export const HEALTH_INDEX_FILE_KEYS: Record<HealthIndexFile, string> = {
  scores: 'onsHealthIndex',
  subdomains: 'onsHealthIndexSubdomains',
  indicators: 'onsHealthIndexIndicators',
};

const columnsOf = (file: HealthIndexFile) => HEALTH_INDEX_MEASURES.filter((m) => m.file === file).map((m) => m.source);

/** Columns of each file, in order: a renamed, added, dropped or moved column stops the build. */
export const HEALTH_INDEX_HEADERS: Record<HealthIndexFile, string[]> = {
  scores: [CODE, YEAR, ...columnsOf('scores')],
  subdomains: [CODE, YEAR, ...columnsOf('subdomains')],
  indicators: [CODE, YEAR, 'indicator', 'value'],
};

export interface HealthIndexData {
  /** measure id → area code → year → value. */
  values: Map<string, Map<string, Map<string, number>>>;
  paths: Record<HealthIndexFile, string>;
  /** The authorities of the scores file, in code order. */
  codes: string[];
}

function checkHeader(raw: RawFolder, path: string, expected: readonly string[]): void {
  const parsed = Papa.parse<string[]>(raw.file(path).text, { header: false, preview: 1 });
  const header = (parsed.data[0] ?? []).map((c) => c.trim());
  if (header.length === expected.length && header.every((c, i) => c === expected[i])) return;
  const missing = expected.filter((c) => !header.includes(c));
  const extra = header.filter((c) => !expected.includes(c));
  const parts = [missing.length ? `missing ${missing.map((c) => `"${c}"`).join(', ')}` : '', extra.length ? `unexpected ${extra.map((c) => `"${c}"`).join(', ')}` : ''].filter(Boolean);
  throw new PipelineError(path, `unexpected columns: ${parts.join('; ') || `expected, in order, ${expected.join(', ')}`}`, 1);
}

function checkAreaAndYear(path: string, line: number, code: string, year: string): void {
  if (!LOWER_TIER.test(code)) throw new PipelineError(path, `"${code}" is not a lower-tier local authority code (E06–E09)`, line);
  if (!(HEALTH_INDEX_YEARS as readonly string[]).includes(year)) {
    throw new PipelineError(path, `year "${year}" is outside ${HEALTH_INDEX_YEARS[0]}–${HEALTH_INDEX_YEARS[HEALTH_INDEX_YEARS.length - 1]}`, line);
  }
}

/** Reads the three files, checking headers, codes, years, names, numbers, duplicates and completeness. */
export function readHealthIndex(raw: RawFolder, config: PlaceConfig): HealthIndexData {
  const paths: Record<HealthIndexFile, string> = {
    scores: configFile(config, HEALTH_INDEX_FILE_KEYS.scores),
    subdomains: configFile(config, HEALTH_INDEX_FILE_KEYS.subdomains),
    indicators: configFile(config, HEALTH_INDEX_FILE_KEYS.indicators),
  };
  const values = new Map<string, Map<string, Map<string, number>>>(HEALTH_INDEX_MEASURES.map((m) => [m.id, new Map()]));
  /** Where each (measure, area, year) was first read, to name both lines of a duplicate. */
  const firstLine = new Map<string, number>();
  const put = (m: HealthIndexMeasure, code: string, year: string, value: number, path: string, line: number) => {
    const key = `${m.id}|${code}|${year}`;
    const earlier = firstLine.get(key);
    if (earlier !== undefined) throw new PipelineError(path, `duplicate row for ${code}, ${year}, "${m.source}" (first on line ${earlier})`, line);
    firstLine.set(key, line);
    const byArea = values.get(m.id) as Map<string, Map<string, number>>;
    const byYear = byArea.get(code) ?? new Map<string, number>();
    byYear.set(year, value);
    byArea.set(code, byYear);
  };

  for (const file of ['scores', 'subdomains'] as const) {
    const path = paths[file];
    checkHeader(raw, path, HEALTH_INDEX_HEADERS[file]);
    const measures = HEALTH_INDEX_MEASURES.filter((m) => m.file === file);
    for (const r of readCsv(raw.file(path), HEALTH_INDEX_HEADERS[file])) {
      const code = r.get(CODE).trim();
      const year = r.get(YEAR).trim();
      checkAreaAndYear(path, r.line, code, year);
      for (const m of measures) put(m, code, year, parseNumber(r.get(m.source), path, r.line, m.source), path, r.line);
    }
  }

  const path = paths.indicators;
  checkHeader(raw, path, HEALTH_INDEX_HEADERS.indicators);
  const byName = new Map(HEALTH_INDEX_MEASURES.filter((m) => m.file === 'indicators').map((m) => [m.source, m]));
  for (const r of readCsv(raw.file(path), HEALTH_INDEX_HEADERS.indicators)) {
    const code = r.get(CODE).trim();
    const year = r.get(YEAR).trim();
    checkAreaAndYear(path, r.line, code, year);
    const name = r.get('indicator').trim();
    const m = byName.get(name);
    if (!m) throw new PipelineError(path, `unexpected indicator "${name}" (not one of the 56 in scripts/pipeline/healthIndexMeasures.ts)`, r.line);
    put(m, code, year, parseNumber(r.get('value'), path, r.line, 'value'), path, r.line);
  }

  // Every measure must cover the same authorities, every year: the 307 of the scores file.
  const codes = [...(values.get(HEALTH_INDEX_MEASURES[0]?.id as string) as Map<string, Map<string, number>>).keys()].sort();
  if (codes.length !== ENGLAND_LTLA21) throw new PipelineError(paths.scores, `has ${codes.length} authorities, expected ${ENGLAND_LTLA21}`);
  for (const m of HEALTH_INDEX_MEASURES) {
    const byArea = values.get(m.id) as Map<string, Map<string, number>>;
    for (const year of HEALTH_INDEX_YEARS) {
      const missing = codes.filter((c) => !byArea.get(c)?.has(year));
      const extra = [...byArea.keys()].filter((c) => !codes.includes(c));
      if (missing.length > 0 || extra.length > 0) {
        const what = missing.length > 0 ? `no value for ${missing.length} authorities (first: ${missing[0]})` : `authorities not in ${paths.scores}: ${extra.join(', ')}`;
        throw new PipelineError(paths[m.file], `"${m.source}", ${year}: ${what}`);
      }
    }
  }
  return { values, paths, codes };
}

/**
 * Value rows for every authority and year (authorities.csv), York's also for indicators.csv, and the
 * metadata. Authority names come from `names` (the names the other authority sources give, one per
 * code); York's from the place.
 */
export function healthIndexOutput(data: HealthIndexData, place: SnapshotPlace, names: ReadonlyMap<string, string>): AuthorityOutput {
  const york = place.localAuthority;
  if (!data.codes.includes(york.code)) throw new PipelineError(data.paths.scores, `no rows for ${york.name} (${york.code})`);
  const unnamed = data.codes.filter((c) => c !== york.code && !names.has(c));
  if (unnamed.length > 0) {
    throw new PipelineError(data.paths.scores, `no name for ${unnamed.length} authorities in the other authority sources (first: ${unnamed[0]})`);
  }
  const out: AuthorityOutput = { placeRows: [], authorityRows: [], meta: [] };
  for (const m of HEALTH_INDEX_MEASURES) {
    const byArea = data.values.get(m.id) as Map<string, Map<string, number>>;
    for (const code of data.codes) {
      const area = { code, name: code === york.code ? york.name : (names.get(code) as string), type: 'Local authority' as const };
      for (const year of HEALTH_INDEX_YEARS) {
        const row: IndicatorRow = valueRow({ indicatorId: m.id, period: year, sex: 'Persons', age: 'All ages' }, area, byArea.get(code)?.get(year) as number);
        out.authorityRows.push(row);
        if (code === york.code) out.placeRows.push(row);
      }
    }
    out.meta.push(healthIndexMeta(m, data.paths[m.file]));
  }
  return out;
}

function healthIndexMeta(m: HealthIndexMeasure, path: string): IndicatorMeta {
  const source = sourceInfo(path);
  return {
    id: m.id,
    name: m.name,
    definition: m.definition,
    whyItMatters: m.whyItMatters,
    unit: m.unit,
    valueType: m.valueType,
    multiplier: null,
    polarity: m.polarity,
    comparisonLevel: 0.95,
    geographies: ['Local authority'],
    theme: HEALTH_INDEX_THEME,
    period: `${HEALTH_INDEX_YEARS[0]} to ${HEALTH_INDEX_YEARS[HEALTH_INDEX_YEARS.length - 1]}`,
    source: source.title,
    sourceFiles: [path],
    publisher: source.publisher,
    licence: source.licence,
    attribution: source.attribution,
    caveats: m.caveats,
    origin: 'bundled',
    ...(m.kind === 'indicator' ? {} : { referenceLine: { ...ENGLAND_2015_LINE } }),
  };
}

/** Reads the files and shapes rows and metadata (see healthIndexOutput). */
export function healthIndex(raw: RawFolder, config: PlaceConfig, place: SnapshotPlace, names: ReadonlyMap<string, string>): AuthorityOutput {
  return healthIndexOutput(readHealthIndex(raw, config), place, names);
}
