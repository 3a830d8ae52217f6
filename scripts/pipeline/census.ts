// Census 2021 health, disability, unpaid care and age, from the ONS/Nomis LSOA bulk files
// (England and Wales). LSOA rows are summed to MSOAs, wards, York and England.
import type { IndicatorMeta, IndicatorRow, Polarity } from '../../src/domain/indicators';
import { PipelineError } from './errors';
import { configFile, type PlaceConfig, type SnapshotPlace } from './place';
import { parseNumber, readCsv, type RawFolder } from './readRaw';
import { proportionRow, shareRow, type AreaRef } from './rows';
import { sourceInfo } from './sources';

const PERIOD = '2021';

/** Header names in the Nomis bulk files, after `date,geography,geography code`. */
const TS037 = {
  total: 'General health: Total: All usual residents',
  veryGood: 'General health: Very good health',
  good: 'General health: Good health',
  fair: 'General health: Fair health',
  bad: 'General health: Bad health',
  veryBad: 'General health: Very bad health',
} as const;

const TS038 = {
  total: 'Disability: Total: All usual residents',
  disabled: 'Disability: Disabled under the Equality Act',
  limitedALot: 'Disability: Disabled under the Equality Act: Day-to-day activities limited a lot',
  limitedALittle: 'Disability: Disabled under the Equality Act: Day-to-day activities limited a little',
  notDisabled: 'Disability: Not disabled under the Equality Act',
  notDisabledCondition:
    'Disability: Not disabled under the Equality Act: Has long term physical or mental health condition but day-to-day activities are not limited',
  notDisabledNone: 'Disability: Not disabled under the Equality Act: No long term physical or mental health conditions',
} as const;

const TS039 = {
  total: 'Provision of unpaid care: Total: All usual residents aged 5 and over',
  none: 'Provision of unpaid care: Provides no unpaid care',
  upTo19: 'Provision of unpaid care: Provides 19 hours or less unpaid care a week',
  upTo9: 'Provision of unpaid care: Provides 9 hours or less unpaid care a week',
  from10to19: 'Provision of unpaid care: Provides 10 to 19 hours unpaid care a week',
  from20to49: 'Provision of unpaid care: Provides 20 to 49 hours unpaid care a week',
  from20to34: 'Provision of unpaid care: Provides 20 to 34 hours unpaid care a week',
  from35to49: 'Provision of unpaid care: Provides 35 to 49 hours unpaid care a week',
  from50: 'Provision of unpaid care: Provides 50 or more hours unpaid care a week',
} as const;

const TS040 = {
  total: 'Number of disabled people in household: Total: All households',
  none: 'Number of disabled people in household: No people disabled under the Equality Act in household',
  one: 'Number of disabled people in household: 1 person disabled under the Equality Act in household',
  twoOrMore: 'Number of disabled people in household: 2 or more people disabled under the Equality Act in household',
} as const;

/** The 18 five-year bands of TS007A: label written to the snapshot, and the file's header. */
export const AGE_BANDS = [
  ['0-4', 'Age: Aged 4 years and under'],
  ['5-9', 'Age: Aged 5 to 9 years'],
  ['10-14', 'Age: Aged 10 to 14 years'],
  ['15-19', 'Age: Aged 15 to 19 years'],
  ['20-24', 'Age: Aged 20 to 24 years'],
  ['25-29', 'Age: Aged 25 to 29 years'],
  ['30-34', 'Age: Aged 30 to 34 years'],
  ['35-39', 'Age: Aged 35 to 39 years'],
  ['40-44', 'Age: Aged 40 to 44 years'],
  ['45-49', 'Age: Aged 45 to 49 years'],
  ['50-54', 'Age: Aged 50 to 54 years'],
  ['55-59', 'Age: Aged 55 to 59 years'],
  ['60-64', 'Age: Aged 60 to 64 years'],
  ['65-69', 'Age: Aged 65 to 69 years'],
  ['70-74', 'Age: Aged 70 to 74 years'],
  ['75-79', 'Age: Aged 75 to 79 years'],
  ['80-84', 'Age: Aged 80 to 84 years'],
  ['85+', 'Age: Aged 85 years and over'],
] as const;
type AgeBand = (typeof AGE_BANDS)[number][0];
const TS007A = { total: 'Age: Total', ...Object.fromEntries(AGE_BANDS) } as { total: string } & Record<AgeBand, string>;

type Counts<K extends string> = Record<K, number>;

interface CensusTable<K extends string> {
  path: string;
  /** York LSOAs only, keyed by LSOA code. */
  york: Map<string, Counts<K>>;
  /** Sum over every English (E01) LSOA in the file; Welsh (W01) rows are left out. */
  england: Counts<K>;
}

/**
 * Reads one Nomis bulk file. Every row is checked (code, year, whole non-negative numbers, and that
 * categories add up to their totals), so a shifted or truncated file stops the build, not the figures.
 */
function readCensusTable<K extends string>(
  raw: RawFolder,
  path: string,
  columns: Record<K, string>,
  place: SnapshotPlace,
  consistent: (v: Counts<K>) => string | null,
): CensusTable<K> {
  const keys = Object.keys(columns) as K[];
  const records = readCsv(raw.file(path), ['date', 'geography', 'geography code', ...keys.map((k) => columns[k])]);
  const yorkNames = new Map(place.lsoas.map((l) => [l.code, l.name]));
  const york = new Map<string, Counts<K>>();
  const england = Object.fromEntries(keys.map((k) => [k, 0])) as Counts<K>;
  const seen = new Set<string>();
  for (const r of records) {
    const code = r.get('geography code');
    if (!/^[EW]01\d{6}$/.test(code)) throw new PipelineError(path, `"${code}" is not an LSOA code`, r.line);
    if (seen.has(code)) throw new PipelineError(path, `LSOA ${code} appears twice`, r.line);
    seen.add(code);
    if (r.get('date') !== PERIOD) throw new PipelineError(path, `date is "${r.get('date')}", expected ${PERIOD}`, r.line);
    const counts = {} as Counts<K>;
    for (const k of keys) {
      const n = parseNumber(r.get(columns[k]), path, r.line, columns[k]);
      if (!Number.isInteger(n) || n < 0) {
        throw new PipelineError(path, `"${columns[k]}" is not a whole number of people: "${r.get(columns[k])}"`, r.line);
      }
      counts[k] = n;
    }
    const problem = consistent(counts);
    if (problem) throw new PipelineError(path, `categories do not add up: ${problem}`, r.line);
    if (code.startsWith('E01')) for (const k of keys) england[k] += counts[k];
    const yorkName = yorkNames.get(code);
    if (yorkName !== undefined) {
      if (r.get('geography') !== yorkName) {
        throw new PipelineError(path, `LSOA ${code} is named "${r.get('geography')}" here but "${yorkName}" in the lookup`, r.line);
      }
      york.set(code, counts);
    }
  }
  const absent = place.lsoas.filter((l) => !york.has(l.code));
  if (absent.length > 0) {
    throw new PipelineError(path, `no row for York LSOAs in the lookup: ${absent.map((l) => l.code).join(', ')}`);
  }
  return { path, york, england };
}

const sum = (...xs: number[]) => xs.reduce((s, x) => s + x, 0);
const mismatch = (what: string, a: number, b: number) => (a === b ? null : `${what} is ${a}, parts add to ${b}`);

export interface CensusTables {
  ts037: CensusTable<keyof typeof TS037>;
  ts038: CensusTable<keyof typeof TS038>;
  ts039: CensusTable<keyof typeof TS039>;
  ts040: CensusTable<keyof typeof TS040>;
  ts007a: CensusTable<keyof typeof TS007A>;
}

export function readCensus(raw: RawFolder, config: PlaceConfig, place: SnapshotPlace): CensusTables {
  return {
    ts037: readCensusTable(raw, configFile(config, 'census2021Ts037Lsoa'), TS037, place, (v) =>
      mismatch('the total', v.total, sum(v.veryGood, v.good, v.fair, v.bad, v.veryBad)),
    ),
    ts038: readCensusTable(
      raw,
      configFile(config, 'census2021Ts038Lsoa'),
      TS038,
      place,
      (v) =>
        mismatch('the total', v.total, v.disabled + v.notDisabled) ??
        mismatch('disabled', v.disabled, v.limitedALot + v.limitedALittle) ??
        mismatch('not disabled', v.notDisabled, v.notDisabledCondition + v.notDisabledNone),
    ),
    // Subtotal columns (19 hours or less, 20 to 49) sit beside their components: check both, count once.
    ts039: readCensusTable(
      raw,
      configFile(config, 'census2021Ts039Lsoa'),
      TS039,
      place,
      (v) =>
        mismatch('the total', v.total, sum(v.none, v.upTo19, v.from20to49, v.from50)) ??
        mismatch('19 hours or less', v.upTo19, v.upTo9 + v.from10to19) ??
        mismatch('20 to 49 hours', v.from20to49, v.from20to34 + v.from35to49),
    ),
    ts040: readCensusTable(raw, configFile(config, 'census2021Ts040Lsoa'), TS040, place, (v) =>
      mismatch('the total', v.total, sum(v.none, v.one, v.twoOrMore)),
    ),
    ts007a: readCensusTable(raw, configFile(config, 'census2021Ts007aLsoa'), TS007A, place, (v) =>
      mismatch('the total', v.total, sum(...AGE_BANDS.map(([band]) => v[band]))),
    ),
  };
}

/** The areas every Census figure is given for, each as the LSOAs it sums (England comes from the whole file). */
interface AreaGroup {
  area: AreaRef;
  lsoas: string[] | 'England';
}

function areaGroups(place: SnapshotPlace): AreaGroup[] {
  const msoaCode = new Map(place.msoas.map((m) => [m.name, m.code]));
  return [
    ...place.lsoas.map((l) => ({ area: { code: l.code, name: l.name, type: 'LSOA' as const }, lsoas: [l.code] })),
    ...place.msoas.map((m) => ({
      area: { ...m, type: 'MSOA' as const },
      lsoas: place.lsoas.filter((l) => msoaCode.get(l.msoaName) === m.code).map((l) => l.code),
    })),
    ...place.wards.map((w) => ({
      area: { ...w, type: 'Ward' as const },
      lsoas: place.lsoas.filter((l) => l.wardCode === w.code).map((l) => l.code),
    })),
    { area: { ...place.localAuthority, type: 'Local authority' as const }, lsoas: place.lsoas.map((l) => l.code) },
    { area: { ...place.country, type: 'England' as const }, lsoas: 'England' },
  ];
}

function totalFor<K extends string>(table: CensusTable<K>, group: AreaGroup): Counts<K> {
  if (group.lsoas === 'England') return table.england;
  if (group.lsoas.length === 0) throw new PipelineError(table.path, `${group.area.type} ${group.area.code} has no LSOAs`);
  const out = {} as Counts<K>;
  for (const code of group.lsoas) {
    const counts = table.york.get(code) as Counts<K>;
    for (const k of Object.keys(counts) as K[]) out[k] = (out[k] ?? 0) + counts[k];
  }
  return out;
}

const GEOGRAPHIES = ['LSOA', 'MSOA', 'Ward', 'Local authority', 'England'];

const NOT_STANDARDISED =
  'Not age-standardised: wards with many older residents will show more bad health and disability; see the age profile.';
const DISCLOSURE =
  'ONS disclosure control: small counts are perturbed (changed slightly) to protect confidentiality, so totals differ a little between tables and areas. Do not over-read small numbers.';
const SUMMED =
  'MSOA, ward, York and England figures are sums of LSOAs. Wards use the ONS best-fit LSOA-to-ward lookup, so they can differ slightly from ONS ward tables. England leaves out Wales.';
const SELF_REPORTED = 'Self-reported on census day, 21 March 2021, during the COVID-19 pandemic. ONS advises care when comparing with 2011.';
const STUDENTS = 'Students were counted at their term-time address, which matters in York’s university wards.';

interface Measure<K extends string> {
  id: string;
  name: string;
  definition: string;
  why: string;
  theme: string;
  polarity: Polarity;
  age: string;
  count: (v: Counts<K>) => number;
  denominator: (v: Counts<K>) => number;
  caveats: string[];
  /** How a sentence names what is measured (IndicatorMeta.subject). */
  subject?: string;
  /** Who the count counts, where not residents (IndicatorMeta.population). */
  population?: string;
}

const HEALTH_CAVEATS = [NOT_STANDARDISED, SELF_REPORTED, DISCLOSURE, SUMMED];

const TS037_MEASURES: Measure<keyof typeof TS037>[] = [
  {
    id: 'census2021-bad-health',
    subject: 'bad or very bad health',
    name: 'Bad or very bad health',
    definition: 'The share of residents who said their general health was bad or very bad in the 2021 Census.',
    why: 'People who say their health is bad are more likely to need health and care services. It is a simple guide to how healthy a neighbourhood is.',
    theme: 'General health and disability',
    polarity: 'low-is-good',
    age: 'All ages',
    count: (v) => v.bad + v.veryBad,
    denominator: (v) => v.total,
    caveats: HEALTH_CAVEATS,
  },
];

const TS038_MEASURES: Measure<keyof typeof TS038>[] = [
  {
    id: 'census2021-disabled-limited-a-lot',
    subject: 'the share of residents whose day-to-day activities are limited a lot by disability',
    name: 'Disabled, day-to-day activities limited a lot',
    definition:
      'The share of residents who are disabled under the Equality Act and whose day-to-day activities are limited a lot, from the 2021 Census.',
    why: 'These residents are the most likely to need care and support at home, and help to get out and about.',
    theme: 'General health and disability',
    polarity: 'low-is-good',
    age: 'All ages',
    count: (v) => v.limitedALot,
    denominator: (v) => v.total,
    caveats: HEALTH_CAVEATS,
  },
  {
    id: 'census2021-disabled',
    subject: 'the share of residents disabled under the Equality Act',
    name: 'Disabled under the Equality Act',
    definition:
      'The share of residents with a long-term physical or mental health condition that limits their day-to-day activities a little or a lot, from the 2021 Census.',
    why: 'Disability affects work, income and how easily people can use services. It shows where support and accessible services are most needed.',
    theme: 'General health and disability',
    polarity: 'low-is-good',
    age: 'All ages',
    count: (v) => v.disabled,
    denominator: (v) => v.total,
    caveats: HEALTH_CAVEATS,
  },
];

// Polarity of unpaid care: 'no-judgement'. Caring is not itself a bad outcome, and colouring a ward
// "worse" because many people in it care for others would misread a community strength as a failing.
// A high rate signals need for carer support, which the caveat says. This matches OHID Fingertips,
// which shows unpaid-care indicators as higher/lower without a better/worse judgement.
const CARING_CAVEAT =
  'Caring is not itself bad, so areas are shown as higher or lower, not better or worse. High rates signal where carers may need support.';

const TS039_MEASURES: Measure<keyof typeof TS039>[] = [
  {
    id: 'census2021-unpaid-care',
    subject: 'the share of residents who provide unpaid care',
    name: 'Provides unpaid care',
    definition:
      'The share of residents aged 5 and over who look after or support someone, without pay, because of long-term illness, disability or old age, from the 2021 Census.',
    why: 'Unpaid carers keep many people well at home. Carers often have poorer health themselves and may need support.',
    theme: 'Carers',
    polarity: 'no-judgement',
    age: '5+ yrs',
    // The three subtotals (19 hours or less, 20 to 49, 50 or more); their components are not added again.
    count: (v) => v.upTo19 + v.from20to49 + v.from50,
    denominator: (v) => v.total,
    caveats: [CARING_CAVEAT, NOT_STANDARDISED, DISCLOSURE, SUMMED],
  },
  {
    id: 'census2021-unpaid-care-20h',
    subject: 'the share of residents who provide 20 or more hours of unpaid care a week',
    name: 'Provides 20 or more hours of unpaid care a week',
    definition: 'The share of residents aged 5 and over who provide 20 hours or more of unpaid care a week, from the 2021 Census.',
    why: 'Caring for many hours a week is linked to poorer health, lost work and isolation for the carer. These carers are the most likely to need help.',
    theme: 'Carers',
    polarity: 'no-judgement',
    age: '5+ yrs',
    count: (v) => v.from20to49 + v.from50,
    denominator: (v) => v.total,
    caveats: [CARING_CAVEAT, NOT_STANDARDISED, DISCLOSURE, SUMMED],
  },
];

const TS040_MEASURES: Measure<keyof typeof TS040>[] = [
  {
    id: 'census2021-households-disabled',
    subject: 'the share of households with a disabled person',
    population: 'households',
    name: 'Households with a disabled person',
    definition:
      'The share of households with at least one person who is disabled under the Equality Act, from the 2021 Census.',
    why: 'It shows how many homes may need adaptations, care at home or help with the extra costs of disability.',
    theme: 'General health and disability',
    polarity: 'low-is-good',
    age: 'All households',
    count: (v) => v.one + v.twoOrMore,
    denominator: (v) => v.total,
    caveats: [NOT_STANDARDISED, DISCLOSURE, SUMMED],
  },
];

const bands = (v: Counts<keyof typeof TS007A>, from: AgeBand, to: AgeBand) => {
  const labels = AGE_BANDS.map(([b]) => b);
  return sum(...labels.slice(labels.indexOf(from), labels.indexOf(to) + 1).map((b) => v[b]));
};

const TS007A_MEASURES: Measure<keyof typeof TS007A>[] = [
  {
    id: 'census2021-aged-65-plus',
    subject: 'the share of residents aged 65 and over',
    name: 'Residents aged 65 and over',
    definition: 'The share of residents aged 65 and over on census day 2021.',
    why: 'Older people are more likely to be in bad health, disabled or to need care. Read the Census health figures beside it: they are not age-standardised.',
    theme: 'Population',
    polarity: 'no-judgement',
    age: 'All ages',
    count: (v) => bands(v, '65-69', '85+'),
    denominator: (v) => v.total,
    caveats: [DISCLOSURE, SUMMED],
  },
  {
    id: 'census2021-aged-15-24',
    subject: 'the share of residents aged 15 to 24',
    name: 'Residents aged 15 to 24',
    definition: 'The share of residents aged 15 to 24 on census day 2021. In York many of them are students.',
    why: 'Young adults are usually in good health. Wards with many students show less bad health and disability for that reason alone.',
    theme: 'Population',
    polarity: 'no-judgement',
    age: 'All ages',
    count: (v) => bands(v, '15-19', '20-24'),
    denominator: (v) => v.total,
    caveats: [STUDENTS, DISCLOSURE, SUMMED],
  },
];

export function census2021(
  tables: CensusTables,
  place: SnapshotPlace,
  lookupPath: string,
): { rows: IndicatorRow[]; meta: IndicatorMeta[] } {
  const rows: IndicatorRow[] = [];
  const meta: IndicatorMeta[] = [];
  const groups = areaGroups(place);

  const add = <K extends string>(table: CensusTable<K>, measures: Measure<K>[]) => {
    const source = sourceInfo(table.path);
    for (const m of measures) {
      for (const group of groups) {
        const counts = totalFor(table, group);
        const denominator = m.denominator(counts);
        if (denominator <= 0) throw new PipelineError(table.path, `${group.area.type} ${group.area.code} has no residents for ${m.id}`);
        rows.push(proportionRow({ indicatorId: m.id, period: PERIOD, sex: 'Persons', age: m.age }, group.area, m.count(counts), denominator));
      }
      meta.push({
        id: m.id,
        name: m.name,
        definition: m.definition,
        whyItMatters: m.why,
        unit: '%',
        valueType: 'proportion',
        multiplier: 100,
        polarity: m.polarity,
        comparisonLevel: 0.95,
        geographies: GEOGRAPHIES,
        theme: m.theme,
        period: PERIOD,
        source: source.title,
        sourceFiles: [table.path, lookupPath],
        publisher: source.publisher,
        licence: source.licence,
        attribution: source.attribution,
        caveats: m.caveats,
        origin: 'bundled',
        ...(m.subject === undefined ? {} : { subject: m.subject }),
        ...(m.population === undefined ? {} : { population: m.population }),
      });
    }
  };
  add(tables.ts037, TS037_MEASURES);
  add(tables.ts038, TS038_MEASURES);
  add(tables.ts039, TS039_MEASURES);
  add(tables.ts040, TS040_MEASURES);
  add(tables.ts007a, TS007A_MEASURES);

  // The full age profile, for an age pyramid beside the figures. These are shares of the people counted
  // (a description of the population, not an estimate of a rate), so they carry no interval.
  const ageId = 'census2021-age-band-share';
  for (const group of groups) {
    if (group.area.type === 'LSOA' || group.area.type === 'MSOA') continue;
    const counts = totalFor(tables.ts007a, group);
    for (const [band] of AGE_BANDS) {
      rows.push({
        ...shareRow({ indicatorId: ageId, period: PERIOD, sex: 'Persons', age: 'All ages' }, group.area, counts[band], counts.total),
        categoryType: 'Age band',
        category: band,
      });
    }
  }
  const ageSource = sourceInfo(tables.ts007a.path);
  meta.push({
    id: ageId,
    name: 'Age profile (five-year age bands)',
    definition: 'The share of residents in each five-year age band on census day 2021, from 0 to 4 up to 85 and over.',
    whyItMatters:
      'An area’s age mix explains much of its health and care needs. Use it to judge whether high rates of bad health or disability come from an older population.',
    unit: '%',
    valueType: 'proportion',
    multiplier: 100,
    polarity: 'no-judgement',
    comparisonLevel: 0.95,
    geographies: ['Ward', 'Local authority', 'England'],
    theme: 'Population',
    period: PERIOD,
    source: ageSource.title,
    sourceFiles: [tables.ts007a.path, lookupPath],
    publisher: ageSource.publisher,
    licence: ageSource.licence,
    attribution: ageSource.attribution,
    caveats: [
      'Shares describe everyone counted, so they have no confidence interval and are not tested for significance.',
      STUDENTS,
      DISCLOSURE,
    ],
    origin: 'bundled',
  });
  return { rows, meta };
}
