// Local-authority indicators from OHID Fingertips (tidy files compiled by Trafford Data Lab, and two
// real Fingertips exports of 2019) and from the ONS Subnational indicators explorer. Every file is
// read through src/ingest (ingestRaw), the same path as the app's uploads; the pipeline then selects
// the areas it keeps and relabels rows with the curated metadata in authorityIndicators.ts.
//
// Two outputs: rows for York, Yorkshire and the Humber and England go into indicators.csv ("York at a
// glance"); rows for every English authority, plus England, go into authorities.csv ("York among
// England's authorities", comparator trends).
import { areaTypeFromCode, type IngestFormat } from '../../src/ingest';
import type { AreaType, IndicatorMeta, IndicatorRow } from '../../src/domain/indicators';
import { indicatorsFromFile, type AuthorityIndicator } from './authorityIndicators';
import { PipelineError } from './errors';
import { readDrugDeaths } from './drugDeaths';
import { ingestRaw } from './ingestRaw';
import { configFile, type PlaceConfig, type SnapshotPlace } from './place';
import type { RawFolder } from './readRaw';
import { sourceInfo } from './sources';

export interface AuthorityOutput {
  /** York, its region and England (and, from QOF, York's constituencies): for indicators.csv. */
  placeRows: IndicatorRow[];
  /** Every English authority in the source, plus England: for authorities.csv. */
  authorityRows: IndicatorRow[];
  meta: IndicatorMeta[];
}

/** A row the pipeline leaves out on purpose, and why (written where the rule is, checked for every row). */
interface LeaveOut {
  why: string;
  test: (row: IndicatorRow) => boolean;
}

interface FileSpec {
  /** Key of the file in the place configuration. */
  key: string;
  format: IngestFormat;
  encoding: 'utf-8' | 'windows-1252';
  columns: readonly string[];
  /**
   * Which authorities the file covers. 'districts-and-uas': lower-tier authorities (E06–E09), which
   * cover England once. 'counties-and-uas': upper-tier (E06, E08, E09 and counties E10), which also
   * cover England once; Fingertips' "County & UA" geography.
   */
  geography: 'districts-and-uas' | 'counties-and-uas';
  leaveOut: LeaveOut[];
  /** Keep only intervals the publisher gave: drop any that ingest computed from count and denominator. */
  publishedIntervalsOnly?: boolean;
  expectRejection?: (record: Record<string, string>, reason: string) => boolean;
}

const TIDY_DASHBOARD = ['area_code', 'area_name', 'period', 'value', 'indicator', 'measure', 'unit', 'significance'];
const TIDY_DASHBOARD_BY_SEX = [...TIDY_DASHBOARD, 'group'];
const TIDY_THEMES = ['area_code', 'area_name', 'area_type', 'period', 'indicator', 'measure', 'unit', 'value', 'compared_to_England', 'inequality'];
const FINGERTIPS_UNDERSCORE = [
  'IndicatorID',
  'IndicatorName',
  'AreaCode',
  'AreaName',
  'AreaType',
  'Sex',
  'Age',
  'Category_Type',
  'Category',
  'Timeperiod',
  'Value',
  'Lower_CI_95.0_limit',
  'Upper_CI_95.0_limit',
  'Lower_CI_99.8_limit',
  'Upper_CI_99.8_limit',
  'Count',
  'Denominator',
  'Value_note',
  'Compared_to_England_value_or_percentiles',
];
const ONS_COLUMNS = ['AREACD', 'AREANM', 'Geography', 'Indicator', 'Period', 'Measure', 'Unit', 'Value'];

// Greater Manchester Combined Authority (E47000001) is in the Trafford Data Lab files because they
// were made for Trafford; a combined authority is not a local authority, so it is not compared.
const COMBINED_AUTHORITY: LeaveOut = { why: 'combined authority (Greater Manchester), not a local authority', test: (r) => r.areaCode.startsWith('E47') };

// The obesity files hold extra rows that Trafford Data Lab added for Trafford and its comparators only:
// ward figures (3 years combined), five counties, and deprivation-quintile figures (5 years combined).
// They do not cover York or England's authorities evenly, so only England and district/UA rows are kept.
const TRAFFORD_ONLY: LeaveOut[] = [
  { why: 'ward rows (Trafford’s wards only)', test: (r) => r.areaCode.startsWith('E05') },
  { why: 'deprivation-quintile rows (Trafford, its comparators and England only)', test: (r) => r.categoryType !== '' },
  { why: 'county rows (five of Trafford’s comparators only; their districts are in the file)', test: (r) => r.areaCode.startsWith('E10') },
];

const LOWER_TIER = /^E0[6-9]\d{6}$/;
const UPPER_TIER = /^E(0[689]|10)\d{6}$/;

const dashboard = (key: string, bySex = false): FileSpec => ({
  key,
  format: 'tidy',
  encoding: 'utf-8',
  columns: bySex ? TIDY_DASHBOARD_BY_SEX : TIDY_DASHBOARD,
  geography: bySex ? 'counties-and-uas' : 'districts-and-uas',
  leaveOut: [COMBINED_AUTHORITY],
});

const themes = (key: string, leaveOut: LeaveOut[] = []): FileSpec => ({
  key,
  format: 'tidy',
  encoding: 'utf-8',
  columns: TIDY_THEMES,
  geography: 'districts-and-uas',
  leaveOut,
});

const fingertips2019 = (key: string): FileSpec => ({
  key,
  format: 'fingertips-underscore',
  encoding: 'utf-8',
  columns: FINGERTIPS_UNDERSCORE,
  geography: 'counties-and-uas',
  leaveOut: [],
  // Fingertips gave no interval for modelled estimates or for the region's aggregated crude rates, and
  // labelled them "Not compared". Ingest computes Wilson/Byar intervals from any count and denominator;
  // keeping those would make the app compare rows the publisher chose not to compare.
  publishedIntervalsOnly: true,
});

// Fingertips "download data" exports of the newer layout: spaced names ("Indicator ID"); 93495 adds
// "Column not used" and "Time period range" (27 columns), which ingest reads the same way.
const FINGERTIPS_SPACED = [
  'Indicator ID',
  'Area Code',
  'Area Name',
  'Area Type',
  'Sex',
  'Age',
  'Category Type',
  'Category',
  'Time period',
  'Value',
  'Lower CI 95.0 limit',
  'Upper CI 95.0 limit',
  'Count',
  'Denominator',
  'Value note',
  'Compared to England value or percentiles',
];

// Breakdowns Fingertips gives for England only (deprivation tenths, ethnic group, religion, support
// reason…, and England's own age bands): a series is one breakdown, and no authority has these, so
// they are left out rather than shown beside nothing.
const ENGLAND_ONLY_BREAKDOWNS = (file: string): LeaveOut => {
  const byId = new Map(indicatorsFromFile(file).map((m) => [m.id, m]));
  const authoritiesHave = (r: IndicatorRow) => {
    const m = byId.get(r.indicatorId);
    return m === undefined || ([m.age, ...(m.otherAges ?? [])].includes(r.age) && (m.sexes as readonly string[]).includes(r.sex));
  };
  return {
    why: 'breakdowns given for England only (deprivation tenths, ethnic group, religion, support reason and other categories, and the sexes and age bands no authority has)',
    test: (r) => r.categoryType !== '' || (r.areaCode.startsWith('E92') && !authoritiesHave(r)),
  };
};

const fingertipsExport = (key: string, geography: FileSpec['geography'], leaveOut: LeaveOut[] = []): FileSpec => ({
  key,
  format: 'fingertips',
  encoding: 'utf-8',
  columns: FINGERTIPS_SPACED,
  geography,
  leaveOut: [ENGLAND_ONLY_BREAKDOWNS(key), ...leaveOut],
  // Keep the intervals Fingertips published. Its counts are fractional for modelled indicators (93495),
  // and a Wilson interval computed from them would be an interval Fingertips chose not to give.
  publishedIntervalsOnly: true,
});

const ONS_USED = new Set(indicatorsFromFile('onsSubnational2022').map((m) => m.sourceKey));
const ONS_IDS = new Set(indicatorsFromFile('onsSubnational2022').map((m) => m.id));

const FILES: FileSpec[] = [
  dashboard('ftAlcoholAdmissions'),
  dashboard('ftAlcoholMortality'),
  dashboard('ftChildrenLowIncome'),
  dashboard('ftHealthyLifeExpectancyCountyUa', true),
  dashboard('ftSlopeIndexCountyUa', true),
  themes('themesLifeExpectancy'),
  themes('themesHealthyLifeExpectancy'),
  themes('themesSlopeIndex'),
  themes('themesU75Preventable'),
  themes('themesSmoking'),
  themes('themesDepression'),
  themes('themesOverweightAdults'),
  themes('themesActiveAdults'),
  themes('themesInactiveAdults'),
  themes('themesObesityReception', TRAFFORD_ONLY),
  themes('themesObesityYear6', TRAFFORD_ONLY),
  fingertips2019('ftSuicidePrevention2019'),
  fingertips2019('ftCypMentalHealth2019'),
  fingertipsExport('ftSocialIsolation2019', 'counties-and-uas'),
  fingertipsExport('ftCommonMentalDisorders2017', 'districts-and-uas', [
    {
      why: 'other geographies in the all-areas download: counties (their districts are in the file), NHS CCGs, STPs, ICBs and ICB sub-locations',
      test: (r) => !/^E(0[6-9]|12|92)\d{6}$/.test(r.areaCode),
    },
  ]),
  fingertipsExport('ftModelledPrevalence2015', 'districts-and-uas'),
  {
    key: 'onsSubnational2022',
    format: 'tidy',
    // Windows-1252 with a one-line disclaimer and a blank line before the header: decodeBytes reads the
    // encoding and ingest skips the preamble (ingestRaw checks both).
    encoding: 'windows-1252',
    columns: ONS_COLUMNS,
    geography: 'districts-and-uas',
    leaveOut: [
      {
        why: 'indicators not used here: not about health, or already given by the Fingertips series (healthy life expectancy, adult smoking, overweight adults)',
        test: (r) => !ONS_IDS.has(r.indicatorId),
      },
      {
        why: 'other geographies: counties and metropolitan counties (their districts are in the file), other regions, combined authorities, ITL regions, police force areas, PHE centres, and areas outside England',
        test: (r) => !/^E(0[6-9]|12|92)\d{6}$/.test(r.areaCode) || (r.areaCode.startsWith('E12') && r.areaCode !== 'E12000003'),
      },
    ],
    // Rows the file gives no area code ("na": groupings such as "Inner London" or "United Kingdom"),
    // and duplicate rows of indicators not used here (FDI and exports for ITL areas, travel times for
    // inner and outer London, a mislabelled code in FE achievements).
    expectRejection: (record, reason) =>
      record.AREACD?.trim().toLowerCase() === 'na' ||
      (!ONS_USED.has((record.Indicator ?? '').trim()) && reason.startsWith('Duplicate of line')),
  },
];

function preliminaryMeta(m: AuthorityIndicator): IndicatorMeta {
  return {
    id: m.id,
    name: m.name,
    definition: m.definition,
    whyItMatters: m.whyItMatters,
    unit: m.unit,
    valueType: m.valueType,
    multiplier: m.multiplier,
    polarity: m.polarity,
    comparisonLevel: m.comparisonLevel,
    geographies: [],
    theme: m.theme,
    period: '',
    source: '',
    sourceFiles: [],
    publisher: '',
    licence: '',
    attribution: '',
    caveats: m.caveats,
    origin: 'bundled',
    ...(m.superseded ? { superseded: m.superseded } : {}),
  };
}

const GEOGRAPHY_ORDER = ['England', 'Region', 'Local authority', 'Constituency'];

/** Metadata as written to indicators-meta.json: the curated text plus what the rows show. */
export function finishMeta(m: AuthorityIndicator, rows: IndicatorRow[], sourcePaths: string[]): IndicatorMeta {
  const source = sourceInfo(sourcePaths[0] as string);
  const periods = [...new Set(rows.map((r) => r.period))].sort();
  const types = new Set(rows.map((r) => r.areaType));
  return {
    ...preliminaryMeta(m),
    geographies: GEOGRAPHY_ORDER.filter((t) => types.has(t)),
    period: periods.length === 1 ? (periods[0] as string) : `${periods[0]} to ${periods[periods.length - 1]}`,
    source: source.title,
    sourceFiles: sourcePaths,
    publisher: source.publisher,
    licence: source.licence,
    attribution: source.attribution,
  };
}

interface Kept {
  row: IndicatorRow;
  toPlace: boolean;
  toAuthorities: boolean;
}

/** Decides where an ingested row goes, and writes the place's own names on York, its region and England. */
function placeRow(row: IndicatorRow, spec: FileSpec, path: string, place: SnapshotPlace): Kept | null {
  const code = row.areaCode;
  const named = (name: string, type: AreaType) => ({ ...row, areaName: name, areaType: type });
  if (code === place.country.code) return { row: named(place.country.name, 'England'), toPlace: true, toAuthorities: true };
  if (code === place.region.code) return { row: named(place.region.name, 'Region'), toPlace: true, toAuthorities: false };
  const authority = spec.geography === 'districts-and-uas' ? LOWER_TIER : UPPER_TIER;
  if (authority.test(code)) {
    if (areaTypeFromCode(code) !== 'Local authority') throw new PipelineError(path, `${code} is not a local authority code`);
    if (code === place.localAuthority.code) return { row: named(place.localAuthority.name, 'Local authority'), toPlace: true, toAuthorities: true };
    return { row: { ...row, areaType: 'Local authority' }, toPlace: false, toAuthorities: true };
  }
  return null;
}

function readFile(raw: RawFolder, config: PlaceConfig, place: SnapshotPlace, spec: FileSpec, out: AuthorityOutput) {
  const path = configFile(config, spec.key);
  const indicators = indicatorsFromFile(spec.key);
  if (indicators.length === 0) throw new PipelineError('scripts/pipeline/authorityIndicators.ts', `no indicators for file "${spec.key}"`);
  const byId = new Map(indicators.map((m) => [m.id, m]));
  // Tidy files are matched by indicator name, Fingertips exports by Fingertips ID: label the metadata
  // handed to ingest the way the file names the indicator, then relabel the rows with the stable id.
  const fingertips = spec.format === 'fingertips' || spec.format === 'fingertips-underscore';
  const metadata = indicators.map((m) => (fingertips ? { ...preliminaryMeta(m), id: m.sourceKey } : { ...preliminaryMeta(m), name: m.sourceKey }));
  const idBySourceKey = new Map(indicators.map((m) => [m.sourceKey, m.id]));

  const { result } = ingestRaw(raw, { path, format: spec.format, encoding: spec.encoding, columns: spec.columns, metadata, expectRejection: spec.expectRejection });

  const rowsById = new Map<string, IndicatorRow[]>(indicators.map((m) => [m.id, []]));
  // The table, not result.rows: one row object at a time instead of an array of the whole file.
  for (const ingested of result.table) {
    const id = fingertips ? (idBySourceKey.get(ingested.indicatorId) ?? ingested.indicatorId) : ingested.indicatorId;
    const input = { ...ingested, indicatorId: id };
    if (spec.leaveOut.some((rule) => rule.test(input))) continue;
    // Other English regions: only the place's own region is shown beside it.
    if (input.areaCode.startsWith('E12') && input.areaCode !== place.region.code) continue;
    const m = byId.get(id);
    if (!m) throw new PipelineError(path, `indicator "${ingested.indicatorId}" (${input.areaCode}, ${input.period}) is not in the curated list for this file`);
    const kept = placeRow(input, spec, path, place);
    if (kept === null) {
      throw new PipelineError(path, `unexpected area ${input.areaCode} "${input.areaName}" (${input.areaType || 'no type'}) for ${m.id}, ${input.period}`);
    }
    const row = kept.row;
    if (!(m.sexes as readonly string[]).includes(row.sex)) {
      throw new PipelineError(path, `${m.id}: sex "${row.sex}" for ${row.areaCode}, ${row.period}; expected ${m.sexes.join(' or ')}`);
    }
    const ages = [m.age, ...(m.otherAges ?? [])];
    if (row.age === '') row.age = m.age;
    else if (!ages.includes(row.age)) throw new PipelineError(path, `${m.id}: age "${row.age}" for ${row.areaCode}; expected ${ages.map((a) => `"${a}"`).join(' or ')}`);
    if (m.periods) {
      const label = m.periods[row.period];
      if (label === undefined) throw new PipelineError(path, `${m.id}: unexpected period "${row.period}" for ${row.areaCode}`);
      row.period = label;
    }
    if (spec.publishedIntervalsOnly && row.ciMethod !== 'published' && row.ciMethod !== 'none') {
      Object.assign(row, { lower95: null, upper95: null, lower998: null, upper998: null, ciMethod: 'none' });
    }
    (rowsById.get(id) as IndicatorRow[]).push(row);
    if (kept.toPlace) out.placeRows.push(row);
    if (kept.toAuthorities) out.authorityRows.push(row);
  }

  for (const m of indicators) {
    const rows = rowsById.get(m.id) as IndicatorRow[];
    for (const area of [place.localAuthority, place.country]) {
      if (!rows.some((r) => r.areaCode === area.code)) throw new PipelineError(path, `${m.id}: no row for ${area.name} (${area.code})`);
    }
    out.meta.push(finishMeta(m, rows, [path]));
  }
}

export async function authorityIndicators(raw: RawFolder, config: PlaceConfig, place: SnapshotPlace): Promise<AuthorityOutput> {
  const out: AuthorityOutput = { placeRows: [], authorityRows: [], meta: [] };
  for (const spec of FILES) readFile(raw, config, place, spec, out);
  await readDrugWorkbook(raw, config, place, out);
  return out;
}

/** The ONS drug-deaths workbook: rows checked cell by cell in drugDeaths.ts, then shared out like the exports'. */
async function readDrugWorkbook(raw: RawFolder, config: PlaceConfig, place: SnapshotPlace, out: AuthorityOutput) {
  const key = 'onsDrugDeaths2021';
  const path = configFile(config, key);
  const rows = await readDrugDeaths(raw, path, place);
  for (const m of indicatorsFromFile(key)) {
    const own = rows.filter((r) => r.indicatorId === m.id);
    if (own.length === 0) throw new PipelineError(path, `no rows for ${m.id}`);
    for (const row of own) {
      if (row.areaType !== 'Local authority' || row.areaCode === place.localAuthority.code) out.placeRows.push(row);
      if (row.areaType !== 'Region') out.authorityRows.push(row);
    }
    out.meta.push(finishMeta(m, own, [path]));
  }
}

/**
 * Sources spell some authorities differently ("Bristol" and "Bristol, City of"; "Folkestone & Hythe").
 * Each code gets the name most of its rows use (ties: the first in code-point order), so one authority
 * is not listed under two names when authorities are compared.
 */
export function oneNamePerArea(rows: IndicatorRow[]): IndicatorRow[] {
  const counts = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const names = counts.get(r.areaCode) ?? new Map<string, number>();
    names.set(r.areaName, (names.get(r.areaName) ?? 0) + 1);
    counts.set(r.areaCode, names);
  }
  const chosen = new Map<string, string>();
  for (const [code, names] of counts) {
    const [best] = [...names].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
    chosen.set(code, (best as [string, number])[0]);
  }
  return rows.map((r) => (r.areaName === chosen.get(r.areaCode) ? r : { ...r, areaName: chosen.get(r.areaCode) as string }));
}
