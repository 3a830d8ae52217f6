import type { IndicatorMeta, IndicatorRow } from '../../src/domain/indicators';
import type { Place } from '../../src/domain/place';
import { PipelineError } from './errors';
import { configFile, type PlaceConfig } from './place';
import { parseNumber, readCsv, type RawFolder } from './readRaw';
import { proportionRow, shareRow, valueRow, weightedMean, type AreaRef } from './rows';
import { sourceInfo } from './sources';
import { decimalsFor, englandValue, tenthCuts, type Iod25England } from './iod2025England';

const IOD25 = {
  lsoa: 'LSOA code (2021)',
  name: 'LSOA name (2021)',
  lad: 'Local Authority District code (2024)',
  imdScore: 'Index of Multiple Deprivation (IMD) Score',
  imdDecile: 'Index of Multiple Deprivation (IMD) Decile (where 1 is most deprived 10% of LSOAs)',
  income: 'Income Score (rate)',
  employment: 'Employment Score (rate)',
  health: 'Health Deprivation and Disability Score',
  idaci: 'Income Deprivation Affecting Children Index (IDACI) Score (rate)',
  idaopi: 'Income Deprivation Affecting Older People (IDAOPI) Score (rate)',
  popTotal: 'Total population: mid 2022',
  popChildren: 'Dependent Children aged 0-15: mid 2022',
  popOlder: 'Older population aged 60 and over: mid 2022',
  popWorking: 'Working age population 18-66 (for use with Employment Deprivation Domain): mid 2022',
} as const;

interface Iod25Lsoa {
  code: string;
  name: string;
  wardCode: string;
  imdScore: number;
  imdDecile: number;
  income: number;
  employment: number;
  health: number;
  idaci: number;
  idaopi: number;
  popTotal: number;
  popChildren: number;
  popOlder: number;
  popWorking: number;
}

export function readIod2025(raw: RawFolder, config: PlaceConfig, place: Place): Iod25Lsoa[] {
  const path = configFile(config, 'iod2025File7');
  const file = raw.file(path);
  const records = readCsv(file, Object.values(IOD25));
  const wardOf = new Map(place.lsoas.map((l) => [l.code, l.wardCode]));
  const out: Iod25Lsoa[] = [];
  for (const r of records) {
    if (r.get(IOD25.lad) !== place.localAuthority.code) continue;
    const code = r.get(IOD25.lsoa);
    const wardCode = wardOf.get(code);
    if (!wardCode) throw new PipelineError(path, `LSOA ${code} is not in the LSOA-to-ward lookup`, r.line);
    const num = (column: string) => parseNumber(r.get(column), path, r.line, column);
    out.push({
      code,
      name: r.get(IOD25.name),
      wardCode,
      imdScore: num(IOD25.imdScore),
      imdDecile: num(IOD25.imdDecile),
      income: num(IOD25.income),
      employment: num(IOD25.employment),
      health: num(IOD25.health),
      idaci: num(IOD25.idaci),
      idaopi: num(IOD25.idaopi),
      popTotal: num(IOD25.popTotal),
      popChildren: num(IOD25.popChildren),
      popOlder: num(IOD25.popOlder),
      popWorking: num(IOD25.popWorking),
    });
  }
  const found = new Set(out.map((l) => l.code));
  const absent = place.lsoas.filter((l) => !found.has(l.code));
  if (absent.length > 0) {
    throw new PipelineError(path, `no row for LSOAs in the lookup: ${absent.map((l) => l.code).join(', ')}`);
  }
  return out;
}

const RATE_MEASURES = [
  {
    id: 'iod2025-income-deprived',
    subject: 'income deprivation',
    population: undefined,
    rate: 'income',
    englandColumn: 'Income_score',
    pop: 'popTotal',
    age: 'All ages',
    name: 'Income deprivation',
    definition:
      'The share of residents living in households on low incomes (receiving income-related benefits or tax credits), from the Income domain of the Indices of Deprivation 2025.',
    why: 'Low income is one of the strongest drivers of poor health and early death.',
    theme: 'Deprivation and income',
  },
  {
    id: 'iod2025-idaci',
    subject: 'the share of children in income-deprived families',
    population: 'children',
    rate: 'idaci',
    englandColumn: undefined,
    pop: 'popChildren',
    age: '0-15 yrs',
    name: 'Children in income-deprived families (IDACI)',
    definition:
      'The share of children aged 0 to 15 living in income-deprived families (Income Deprivation Affecting Children Index, 2025).',
    why: 'Growing up in a low-income family affects health, education and life chances.',
    theme: 'Children',
  },
  {
    id: 'iod2025-idaopi',
    subject: 'the share of older people in income deprivation',
    population: 'residents aged 60 and over',
    rate: 'idaopi',
    englandColumn: undefined,
    pop: 'popOlder',
    age: '60+ yrs',
    name: 'Older people in income deprivation (IDAOPI)',
    definition:
      'The share of people aged 60 and over who are income-deprived (Income Deprivation Affecting Older People Index, 2025).',
    why: 'Income deprivation in later life is linked to poorer health, isolation and fuel poverty.',
    theme: 'Older people',
  },
  {
    id: 'iod2025-employment-deprived',
    subject: 'employment deprivation',
    population: 'working-age residents',
    rate: 'employment',
    englandColumn: 'Employment_score',
    pop: 'popWorking',
    age: '18-66 yrs',
    name: 'Employment deprivation',
    definition:
      'The share of working-age residents (18 to 66) involuntarily out of work because of unemployment, sickness, disability or caring (Employment domain, 2025).',
    why: 'Being out of work through ill health or disability is both a cause and a result of poor health.',
    theme: 'Deprivation and income',
  },
] as const;

const SCORE_MEASURES = [
  {
    id: 'iod2025-imd-score',
    field: 'imdScore',
    englandColumn: 'IMD_score',
    name: 'Index of Multiple Deprivation score',
    unit: 'score (higher = more deprived)',
    definition:
      'The overall Index of Multiple Deprivation 2025 score, combining income, employment, education, health, crime, housing and living environment. For wards and York it is the population-weighted average of their LSOA scores.',
    why: 'Deprivation is closely linked with poorer health and shorter lives; it shows where need is greatest.',
  },
  {
    id: 'iod2025-health-deprivation-score',
    field: 'health',
    englandColumn: 'Health_score',
    name: 'Health deprivation and disability score',
    unit: 'score (higher = more deprived)',
    definition:
      'The Health Deprivation and Disability domain score of the Indices of Deprivation 2025: the risk of premature death and of quality of life impaired by poor health. For wards and York it is the population-weighted average of their LSOA scores.',
    why: 'It summarises early death, illness, disability and mental health in one measure.',
  },
] as const;

type Iod25Field = keyof Omit<Iod25Lsoa, 'code' | 'name' | 'wardCode'>;

export function deprivation2025(
  lsoas: Iod25Lsoa[],
  place: Place,
  file: string,
  england: Iod25England,
): { rows: IndicatorRow[]; meta: IndicatorMeta[] } {
  checkAgainstEngland(lsoas, england, file);
  const rows: IndicatorRow[] = [];
  const meta: IndicatorMeta[] = [];
  const source = sourceInfo(file);
  const la: AreaRef = { ...place.localAuthority, type: 'Local authority' };
  const englandArea: AreaRef = { ...place.country, type: 'England' };
  const groups: { area: AreaRef; members: Iod25Lsoa[] }[] = [
    ...lsoas.map((l) => ({ area: { code: l.code, name: l.name, type: 'LSOA' as const }, members: [l] })),
    ...place.wards.map((w) => ({
      area: { ...w, type: 'Ward' as const },
      members: lsoas.filter((l) => l.wardCode === w.code),
    })),
    { area: la, members: lsoas },
  ];
  const common = {
    period: '2025',
    source: source.title,
    sourceFiles: [file],
    publisher: source.publisher,
    licence: source.licence,
    attribution: source.attribution,
    origin: 'bundled' as const,
  };

  for (const m of RATE_MEASURES) {
    for (const { area, members } of groups) {
      // The domain rate is a share of the relevant population, so the count is rate × population.
      const count = members.reduce((s, l) => s + l[m.rate as Iod25Field] * l[m.pop as Iod25Field], 0);
      const denominator = members.reduce((s, l) => s + l[m.pop as Iod25Field], 0);
      rows.push(proportionRow({ indicatorId: m.id, period: '2025', sex: 'Persons', age: m.age }, area, count, denominator));
    }
    meta.push({
      ...common,
      id: m.id,
      name: m.name,
      definition: m.definition,
      whyItMatters: m.why,
      unit: '%',
      valueType: 'proportion',
      multiplier: 100,
      polarity: 'low-is-good',
      comparisonLevel: 0.95,
      geographies: ['LSOA', 'Ward', 'Local authority'],
      theme: m.theme,
      caveats: [
        'Counts are the domain rate multiplied by the mid-2022 population, so they are estimates of people, not a head count.',
        m.englandColumn === undefined
          ? "England's rate is not in the data the dashboard holds for 2025 (MHCLG's England-wide files give no population for it), so areas are compared with York."
          : "England's rate on the same population base is not in the data (the England-wide files give no mid-2022 populations), so areas are compared with York for significance, and placed among England's neighbourhoods.",
      ],
      ...(m.englandColumn === undefined ? {} : { englandLsoaTenths: tenthCuts(englandColumn(england, m.englandColumn).map((v) => v * 100)) }),
      subject: m.subject,
      ...(m.population === undefined ? {} : { population: m.population }),
    });
  }

  for (const m of SCORE_MEASURES) {
    for (const { area, members } of groups) {
      const value = weightedMean(members.map((l) => ({ value: l[m.field], weight: l.popTotal })));
      rows.push(valueRow({ indicatorId: m.id, period: '2025', sex: 'Persons', age: 'All ages' }, area, value));
    }
    rows.push(valueRow({ indicatorId: m.id, period: '2025', sex: 'Persons', age: 'All ages' }, englandArea, englandMean(england, m.englandColumn)));
    meta.push({
      ...common,
      id: m.id,
      name: m.name,
      definition: m.definition,
      whyItMatters: m.why,
      unit: m.unit,
      valueType: 'score',
      multiplier: null,
      polarity: 'low-is-good',
      comparisonLevel: 0.95,
      geographies: ['LSOA', 'Ward', 'Local authority', 'England'],
      theme: 'Deprivation and income',
      caveats: [
        "A score has no confidence interval, so it is placed among England's neighbourhoods but not tested for significance.",
        ENGLAND_WEIGHTS,
      ],
      englandLsoaTenths: tenthCuts(englandColumn(england, m.englandColumn)),
      ...(decimalsFor(tenthCuts(englandColumn(england, m.englandColumn))) === undefined ? {} : { decimals: 2 }),
    });
  }

  for (const { area, members } of groups) {
    if (area.type === 'LSOA') {
      const l = members[0] as Iod25Lsoa;
      rows.push(valueRow({ indicatorId: 'iod2025-imd-decile', period: '2025', sex: 'Persons', age: 'All ages' }, area, l.imdDecile));
      continue;
    }
    const inBottom20 = members.filter((l) => l.imdDecile <= 2).reduce((s, l) => s + l.popTotal, 0);
    const total = members.reduce((s, l) => s + l.popTotal, 0);
    rows.push(shareRow({ indicatorId: 'iod2025-most-deprived-20pc', period: '2025', sex: 'Persons', age: 'All ages' }, area, inBottom20, total));
  }
  const englandShare = mostDeprivedShare(england);
  rows.push(shareRow({ indicatorId: 'iod2025-most-deprived-20pc', period: '2025', sex: 'Persons', age: 'All ages' }, englandArea, englandShare.inBottom20, englandShare.total));
  meta.push({
    ...common,
    id: 'iod2025-imd-decile',
    name: 'National deprivation decile',
    definition: "Which tenth of England's LSOAs this area falls in on the Index of Multiple Deprivation 2025: 1 is the most deprived 10%, 10 the least.",
    whyItMatters: 'It places a neighbourhood on the same national scale as every other in England.',
    unit: 'decile (1 = most deprived)',
    valueType: 'rank',
    multiplier: null,
    polarity: 'high-is-good',
    comparisonLevel: 0.95,
    geographies: ['LSOA'],
    theme: 'Deprivation and income',
    caveats: ['Deciles are national: each holds 10% of England’s LSOAs, not 10% of its people.'],
  });
  meta.push({
    ...common,
    id: 'iod2025-most-deprived-20pc',
    name: "Residents in England's most deprived 20% of areas",
    definition:
      "The share of residents (mid-2022) who live in LSOAs ranked in England's most deprived 20% (national deciles 1 and 2) on the Index of Multiple Deprivation 2025.",
    whyItMatters: 'It shows how many people live in the neighbourhoods with the greatest combined need.',
    unit: '%',
    valueType: 'proportion',
    multiplier: 100,
    polarity: 'low-is-good',
    comparisonLevel: 0.95,
    geographies: ['Ward', 'Local authority', 'England'],
    theme: 'Deprivation and income',
    caveats: [
      'Whole LSOAs are counted in or out, so this is a classification of places and has no confidence interval.',
      ENGLAND_WEIGHTS,
    ],
    // The 2019 edition (on 2011 LSOAs) is shown as this indicator's earlier period.
    continues: ['iod2019-most-deprived-20pc'],
    continuesNote: 'Neighbourhood boundaries changed between 2019 and 2025, so small changes may not be real.',
  });
  return { rows, meta };
}

const ENGLAND_WEIGHTS =
  "England's figure is weighted by Census 2021 residents, because MHCLG's mid-2022 populations (used for York's wards) are not in the England-wide files; the difference this makes is small.";

/** Every English LSOA's value in a column of the England-wide domains file. */
function englandColumn(england: Iod25England, column: string): number[] {
  return [...england.lsoas.keys()].map((code) => englandValue(england, code, 'domains', column) as number);
}

function englandMean(england: Iod25England, column: string): number {
  return weightedMean([...england.lsoas.values()].map((l) => ({ value: englandValue(england, l.code, 'domains', column) as number, weight: l.weights.all })));
}

function mostDeprivedShare(england: Iod25England): { inBottom20: number; total: number } {
  let inBottom20 = 0;
  let total = 0;
  for (const l of england.lsoas.values()) {
    total += l.weights.all;
    if ((englandValue(england, l.code, 'domains', 'IMD_decile') as number) <= 2) inBottom20 += l.weights.all;
  }
  return { inBottom20, total };
}

/** York's File 7 extract and the England-wide file come from different repositories: they must agree. */
function checkAgainstEngland(lsoas: Iod25Lsoa[], england: Iod25England, file: string): void {
  for (const l of lsoas) {
    const pairs: [string, number, string][] = [
      ['IMD score', l.imdScore, 'IMD_score'],
      ['IMD decile', l.imdDecile, 'IMD_decile'],
      ['income rate', l.income, 'Income_score'],
      ['employment rate', l.employment, 'Employment_score'],
      ['health score', l.health, 'Health_score'],
    ];
    for (const [what, york, column] of pairs) {
      const other = englandValue(england, l.code, 'domains', column);
      if (other === null || Math.abs(other - york) > 5e-4) {
        throw new PipelineError(file, `LSOA ${l.code}: ${what} is ${york} here but ${other ?? 'missing'} in ${england.paths.domains}`);
      }
    }
  }
}

/** IoD2019 on 2011 LSOAs: York's wards, York and England (from the full England files) in 2019. */
export function deprivation2019(raw: RawFolder, config: PlaceConfig, place: Place): { rows: IndicatorRow[]; meta: IndicatorMeta[] } {
  const lookupPath = configFile(config, 'lsoa11ToWard');
  const file1Path = configFile(config, 'iod2019File1England');
  const file6Path = configFile(config, 'iod2019File6England');
  const lsoaCol = 'LSOA code (2011)';
  const decileCol = 'Index of Multiple Deprivation (IMD) Decile';
  const popCol = 'Total population: mid 2015 (excluding prisoners)';

  const wardCodes = new Set(place.wards.map((w) => w.code));
  const wardOf = new Map<string, string>();
  for (const r of readCsv(raw.file(lookupPath), ['LSOA11CD', 'WD19CD', 'LAD19CD'])) {
    if (r.get('LAD19CD') !== place.localAuthority.code) continue;
    if (!wardCodes.has(r.get('WD19CD'))) {
      throw new PipelineError(lookupPath, `ward ${r.get('WD19CD')} is not one of the place's wards`, r.line);
    }
    wardOf.set(r.get('LSOA11CD'), r.get('WD19CD'));
  }

  const decile = new Map<string, number>();
  for (const r of readCsv(raw.file(file1Path), [lsoaCol, decileCol])) {
    decile.set(r.get(lsoaCol), parseNumber(r.get(decileCol), file1Path, r.line, decileCol));
  }
  const population = new Map<string, number>();
  for (const r of readCsv(raw.file(file6Path), [lsoaCol, popCol])) {
    const code = r.get(lsoaCol);
    if (!decile.has(code)) throw new PipelineError(file6Path, `LSOA ${code} is not in IoD2019 File 1`, r.line);
    population.set(code, parseNumber(r.get(popCol), file6Path, r.line, popCol));
  }
  if (population.size !== decile.size) {
    throw new PipelineError(file6Path, `has ${population.size} LSOAs but File 1 has ${decile.size}`);
  }
  for (const code of wardOf.keys()) {
    if (!decile.has(code)) throw new PipelineError(lookupPath, `LSOA ${code} is not in IoD2019 File 1`);
  }

  const tally = (codes: Iterable<string>) => {
    let inBottom = 0;
    let total = 0;
    for (const c of codes) {
      const pop = population.get(c) as number;
      total += pop;
      if ((decile.get(c) as number) <= 2) inBottom += pop;
    }
    return { inBottom, total };
  };
  const d = { indicatorId: 'iod2019-most-deprived-20pc', period: '2019', sex: 'Persons', age: 'All ages' };
  const rows: IndicatorRow[] = [];
  for (const w of place.wards) {
    const t = tally([...wardOf].filter(([, ward]) => ward === w.code).map(([lsoa]) => lsoa));
    rows.push(shareRow(d, { ...w, type: 'Ward' }, t.inBottom, t.total));
  }
  const york = tally(wardOf.keys());
  rows.push(shareRow(d, { ...place.localAuthority, type: 'Local authority' }, york.inBottom, york.total));
  const england = tally(decile.keys());
  rows.push(shareRow(d, { ...place.country, type: 'England' }, england.inBottom, england.total));

  const source = sourceInfo(file1Path);
  const meta: IndicatorMeta = {
    id: 'iod2019-most-deprived-20pc',
    name: "Residents in England's most deprived 20% of areas (2019)",
    definition:
      "The share of residents (mid-2015) who lived in LSOAs ranked in England's most deprived 20% on the Index of Multiple Deprivation 2019, on 2011 LSOA boundaries.",
    whyItMatters: 'Set beside the 2025 figure, it shows whether the most deprived neighbourhoods have grown or shrunk.',
    unit: '%',
    valueType: 'proportion',
    multiplier: 100,
    polarity: 'low-is-good',
    comparisonLevel: 0.95,
    geographies: ['Ward', 'Local authority', 'England'],
    theme: 'Deprivation and income',
    period: '2019',
    source: source.title,
    sourceFiles: [file1Path, file6Path, lookupPath],
    publisher: source.publisher,
    licence: source.licence,
    attribution: source.attribution,
    caveats: [
      'Whole LSOAs are counted in or out, so this is a classification of places and has no confidence interval.',
      'Uses 2011 LSOAs and the 2019 ward lookup; 2025 uses 2021 LSOAs, so small differences can come from boundary changes.',
    ],
    origin: 'bundled',
  };
  return { rows, meta: [meta] };
}
