// IoD2025 for every English LSOA (humaniverse/IMD copies of MHCLG's File 7 and File 8) and the Census
// 2021 age bands of every LSOA, so that York's neighbourhoods, wards and York itself can be set beside
// England on the same definition.
//
// None of these files holds a population denominator for all of England on the base MHCLG used (its
// mid-2022 estimates are in the York-only File 7 extract), so no England count is derived from a rate:
// area figures are population-weighted means of LSOAs (methods.md §13), weighted by Census 2021
// residents, and each indicator carries the nine values that split England's LSOAs into tenths, so
// the app can say where a figure falls nationally instead of testing it with an interval.
import type { IndicatorMeta, IndicatorRow } from '../../src/domain/indicators';
import { PipelineError } from './errors';
import { IOD25_MEASURES, type Iod25File, type Iod25Measure, type Iod25Weight } from './iod2025Measures';
import { configFile, type PlaceConfig, type SnapshotPlace } from './place';
import { parseNumber, readCsv, type CsvRecord, type RawFolder } from './readRaw';
import { valueRow, weightedMean, type AreaRef } from './rows';
import { sourceInfo } from './sources';

const CODE = 'lsoa21_code';
const DOMAIN_COLUMNS = ['IMD', 'Income', 'Employment', 'Education', 'Health', 'Crime', 'Housing_and_Services', 'Environment'].flatMap((d) => [
  `${d}_decile`,
  `${d}_rank`,
  `${d}_score`,
]);
const SUBDOMAIN_COLUMNS = ['children_and_young_people', 'adult_skills', 'geographical_barriers', 'wider_barriers', 'indoors', 'outdoors'].flatMap((d) => [
  `${d}_score`,
  `${d}_rank`,
  `${d}_decile`,
]);
const INDICATOR_COLUMNS = [
  'income_domain_numerator',
  'income_deprivation_affecting_children_index_idaci_numerator',
  'income_deprivation_affecting_older_people_index_idaopi_numerator',
  'employment_domain_numerator',
  'adult_skills_and_english_language_proficiency_indicator',
  'entry_to_higher_education_indicator',
  'acute_morbidity_indicator',
  'comparative_illness_and_disability_ratio_indicator',
  'mental_health_indicator',
  'years_of_potential_life_lost_indicator',
  'violence_with_injury_rate_per_1_000_at_risk_population',
  'violence_without_injury_rate_per_1_000_at_risk_population',
  'stalking_and_harassment_rate_per_1_000_at_risk_population',
  'burglary_rate_per_1_000_at_risk_properties',
  'theft_rate_per_1_000_at_risk_population',
  'criminal_damage_rate_per_1_000_at_risk_population',
  'public_order_and_possession_of_weapons_rate_per_1_000_at_risk_population',
  'anti_social_behaviour_rate_per_1_000_at_risk_population',
  'connectivity_score',
  'owner_occupation_affordability_component_of_housing_affordability_indicator',
  'private_rental_affordability_component_of_housing_affordability_indicator',
  'housing_affordability_indicator',
  'digital_connectivity_broadband_download_and_upload_speeds',
  'core_homelessness_rate_percent_of_households',
  'patient_to_gp_ratio',
  'homelessness_indicator_rate_per_1_000_households',
  'household_overcrowding_indicator_rooms',
  'household_overcrowding_indicator_bedrooms',
];
/** Columns of the files, in order: a renamed, added or dropped column stops the build. */
const HEADERS: Record<Iod25File, string[]> = {
  domains: [CODE, ...DOMAIN_COLUMNS],
  subdomains: [CODE, ...SUBDOMAIN_COLUMNS],
  indicators: [CODE, ...INDICATOR_COLUMNS],
};
const FILE_KEYS: Record<Iod25File, string> = {
  domains: 'iod2025England',
  subdomains: 'iod2025EnglandSubdomains',
  indicators: 'iod2025EnglandIndicators',
};
const ENGLAND_LSOAS = 33755;

const AGE = {
  total: 'Age: Total',
  '15-19': 'Age: Aged 15 to 19 years',
  '25-29': 'Age: Aged 25 to 29 years',
  '30-34': 'Age: Aged 30 to 34 years',
  '35-39': 'Age: Aged 35 to 39 years',
  '40-44': 'Age: Aged 40 to 44 years',
  '45-49': 'Age: Aged 45 to 49 years',
  '50-54': 'Age: Aged 50 to 54 years',
  '55-59': 'Age: Aged 55 to 59 years',
  '60-64': 'Age: Aged 60 to 64 years',
} as const;
const WEIGHT_BANDS: Record<Iod25Weight, (keyof typeof AGE)[]> = {
  all: ['total'],
  'aged-25-64': ['25-29', '30-34', '35-39', '40-44', '45-49', '50-54', '55-59', '60-64'],
  'aged-15-19': ['15-19'],
};

/** One LSOA of England: its values by "file:column" (null where File 8 leaves a field empty) and its weights. */
export interface EnglandLsoa {
  code: string;
  values: Map<string, number | null>;
  weights: Record<Iod25Weight, number>;
}

export interface Iod25England {
  lsoas: Map<string, EnglandLsoa>;
  paths: Record<Iod25File, string>;
  census: string;
}

const key = (file: Iod25File, column: string) => `${file}:${column}`;

function checkHeader(raw: RawFolder, path: string, expected: string[]): void {
  const firstLine = raw.file(path).text.split('\n', 1)[0] ?? '';
  const header = firstLine.replace(/\r$/, '').split(',').map((c) => c.replace(/^"|"$/g, ''));
  const extra = header.filter((c) => !expected.includes(c));
  const missing = expected.filter((c) => !header.includes(c));
  if (extra.length > 0 || missing.length > 0 || header.length !== expected.length) {
    const parts = [missing.length ? `missing ${missing.join(', ')}` : '', extra.length ? `unexpected ${extra.join(', ')}` : ''].filter(Boolean);
    throw new PipelineError(path, `unexpected columns: ${parts.join('; ') || 'columns repeated'}`, 1);
  }
}

/** Reads the three England-wide IoD2025 files and Census 2021 TS007A, checking every LSOA joins. */
export function readIod2025England(raw: RawFolder, config: PlaceConfig, place: SnapshotPlace): Iod25England {
  const paths = { domains: configFile(config, FILE_KEYS.domains), subdomains: configFile(config, FILE_KEYS.subdomains), indicators: configFile(config, FILE_KEYS.indicators) };
  const lsoas = new Map<string, EnglandLsoa>();
  (['domains', 'subdomains', 'indicators'] as const).forEach((file, i) => {
    const path = paths[file];
    checkHeader(raw, path, HEADERS[file]);
    const records = readCsv(raw.file(path), HEADERS[file]);
    if (records.length !== ENGLAND_LSOAS) throw new PipelineError(path, `has ${records.length} LSOAs, expected ${ENGLAND_LSOAS}`);
    const seen = new Set<string>();
    for (const r of records) {
      const code = r.get(CODE);
      if (!/^E01\d{6}$/.test(code)) throw new PipelineError(path, `"${code}" is not an English LSOA code`, r.line);
      if (seen.has(code)) throw new PipelineError(path, `LSOA ${code} appears twice`, r.line);
      seen.add(code);
      let lsoa = lsoas.get(code);
      if (i === 0) {
        lsoa = { code, values: new Map(), weights: { all: 0, 'aged-25-64': 0, 'aged-15-19': 0 } };
        lsoas.set(code, lsoa);
      } else if (!lsoa) {
        throw new PipelineError(path, `LSOA ${code} is not in ${paths.domains}`, r.line);
      }
      readValues(r, file, path, lsoa);
    }
  });

  const census = configFile(config, 'census2021Ts007aLsoa');
  let weighted = 0;
  for (const r of readCsv(raw.file(census), ['geography code', ...Object.values(AGE)])) {
    const lsoa = lsoas.get(r.get('geography code'));
    if (!lsoa) continue; // Welsh LSOAs: this table covers England and Wales
    for (const weight of Object.keys(WEIGHT_BANDS) as Iod25Weight[]) {
      lsoa.weights[weight] = WEIGHT_BANDS[weight].reduce((s, band) => s + parseNumber(r.get(AGE[band]), census, r.line, AGE[band]), 0);
    }
    weighted += 1;
  }
  if (weighted !== lsoas.size) {
    const absent = [...lsoas.values()].filter((l) => l.weights.all === 0).map((l) => l.code);
    throw new PipelineError(census, `no Census 2021 population for ${absent.length} IoD2025 LSOAs (first: ${absent[0] ?? '?'})`);
  }
  const missingYork = place.lsoas.filter((l) => !lsoas.has(l.code));
  if (missingYork.length > 0) {
    throw new PipelineError(paths.domains, `York LSOAs not in the England file: ${missingYork.map((l) => l.code).join(', ')}`);
  }
  return { lsoas, paths, census };
}

function readValues(r: CsvRecord, file: Iod25File, path: string, lsoa: EnglandLsoa): void {
  for (const column of HEADERS[file].slice(1)) {
    const text = r.get(column);
    // File 8 leaves suppressed or missing fields empty (1,707 in all, per PROVENANCE): missing, never zero.
    if (text === '' && file === 'indicators') lsoa.values.set(key(file, column), null);
    else lsoa.values.set(key(file, column), parseNumber(text, path, r.line, column));
  }
}

export function englandValue(england: Iod25England, lsoa: string, file: Iod25File, column: string): number | null {
  return england.lsoas.get(lsoa)?.values.get(key(file, column)) ?? null;
}

/**
 * The nine values that split England's LSOAs into tenths (lowest first): the largest value of each of
 * the first nine tenths of LSOAs in order, as MHCLG's deciles split LSOAs by rank (ceil(rank / N/10)).
 */
export function tenthCuts(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n < 10) throw new RangeError('tenths need at least 10 values');
  return Array.from({ length: 9 }, (_, i) => sorted[Math.ceil(((i + 1) * n) / 10) - 1] as number);
}

/**
 * Two decimal places where England's middle half of LSOAs spans less than 5 units (scores spread round 0,
 * such as the mood and anxiety score), so that York (−0.28) and England (−0.02) do not both read "−0.0".
 */
export function decimalsFor(cuts: readonly number[]): number | undefined {
  return (cuts[6] as number) - (cuts[2] as number) < 5 ? 2 : undefined;
}

interface AreaGroup {
  area: AreaRef;
  lsoas: string[];
}

function areaGroups(place: SnapshotPlace, england: Iod25England): AreaGroup[] {
  const msoaCode = new Map(place.msoas.map((m) => [m.name, m.code]));
  return [
    ...place.lsoas.map((l) => ({ area: { code: l.code, name: l.name, type: 'LSOA' as const }, lsoas: [l.code] })),
    ...place.msoas.map((m) => ({
      area: { ...m, type: 'MSOA' as const },
      lsoas: place.lsoas.filter((l) => msoaCode.get(l.msoaName) === m.code).map((l) => l.code),
    })),
    ...place.wards.map((w) => ({ area: { ...w, type: 'Ward' as const }, lsoas: place.lsoas.filter((l) => l.wardCode === w.code).map((l) => l.code) })),
    { area: { ...place.localAuthority, type: 'Local authority' as const }, lsoas: place.lsoas.map((l) => l.code) },
    { area: { ...place.country, type: 'England' as const }, lsoas: [...england.lsoas.keys()] },
  ];
}

/** A population-weighted mean over the LSOAs that have a value; null when none has. */
function areaMean(england: Iod25England, m: Iod25Measure, codes: string[]): { value: number | null; missing: number } {
  const items: { value: number; weight: number }[] = [];
  let missing = 0;
  for (const code of codes) {
    const lsoa = england.lsoas.get(code) as EnglandLsoa;
    const v = lsoa.values.get(key(m.file, m.column));
    if (v === null || v === undefined) missing += 1;
    else items.push({ value: v * m.scale, weight: lsoa.weights[m.weight] });
  }
  if (items.length === 0 || items.every((i) => i.weight === 0)) return { value: null, missing };
  return { value: weightedMean(items), missing };
}

const WEIGHT_WORDS: Record<Iod25Weight, string> = {
  all: 'residents',
  'aged-25-64': 'residents aged 25 to 64',
  'aged-15-19': 'residents aged 15 to 19',
};

/** Rows and metadata for every measure in IOD25_MEASURES: York's LSOAs, MSOAs, wards, York and England. */
export function iod2025EnglandMeasures(england: Iod25England, place: SnapshotPlace): { rows: IndicatorRow[]; meta: IndicatorMeta[] } {
  const rows: IndicatorRow[] = [];
  const meta: IndicatorMeta[] = [];
  const groups = areaGroups(place, england);
  for (const m of IOD25_MEASURES) {
    const d = { indicatorId: m.id, period: '2025', sex: 'Persons', age: 'All ages' };
    for (const g of groups) {
      const { value, missing } = areaMean(england, m, g.lsoas);
      const note =
        value === null ? 'Not published for this neighbourhood.' : missing > 0 && g.area.type !== 'England' ? `${missing} of its neighbourhoods have no figure and are left out.` : '';
      rows.push(valueRow(d, g.area, value, note));
    }
    const national = [...england.lsoas.values()].map((l) => l.values.get(key(m.file, m.column))).filter((v): v is number => v !== null && v !== undefined);
    const path = england.paths[m.file];
    const source = sourceInfo(path);
    const missingEngland = ENGLAND_LSOAS - national.length;
    const cuts = tenthCuts(national.map((v) => v * m.scale));
    meta.push({
      id: m.id,
      name: m.name,
      definition: m.definition,
      whyItMatters: m.whyItMatters,
      unit: m.unit,
      valueType: m.unit.startsWith('%') ? 'proportion' : 'score',
      multiplier: m.scale === 100 ? 100 : null,
      polarity: m.polarity,
      comparisonLevel: 0.95,
      geographies: ['LSOA', 'MSOA', 'Ward', 'Local authority', 'England'],
      theme: m.theme,
      period: '2025',
      source: source.title,
      sourceFiles: [path, england.census],
      publisher: source.publisher,
      licence: source.licence,
      attribution: source.attribution,
      caveats: [
        ...m.caveats,
        `No confidence interval: ward, York and England figures are averages of their neighbourhoods weighted by ${WEIGHT_WORDS[m.weight]} (Census 2021), so they are placed among England's neighbourhoods rather than tested for significance.`,
        ...(missingEngland > 0 ? [`England's figure leaves out ${missingEngland} neighbourhoods with no published value.`] : []),
      ],
      origin: 'bundled',
      englandLsoaTenths: cuts,
      ...(decimalsFor(cuts) === undefined ? {} : { decimals: decimalsFor(cuts) }),
    });
  }
  return { rows, meta };
}
