// English Indices of Deprivation (MHCLG) LSOA files: which column is which indicator.
//
// Indicator ids are `iod<edition>-<domain>-<measure>`, with <edition> the IoD edition year
// (2019, 2025; 2015 is also recognised) and:
//
//   <domain>                 header starts with
//   imd                      Index of Multiple Deprivation (IMD)
//   income                   Income …
//   employment               Employment …
//   education                Education, Skills and Training …
//   health                   Health Deprivation and Disability …
//   crime                    Crime …
//   barriers                 Barriers to Housing and Services …
//   living-environment       Living Environment …
//   idaci                    Income Deprivation Affecting Children Index (IDACI) …
//   idaopi                   Income Deprivation Affecting Older People (IDAOPI) …
//   cyp                      Children and Young People Sub-domain …
//   adult-skills             Adult Skills Sub-domain …
//   geographical-barriers    Geographical Barriers Sub-domain …
//   wider-barriers           Wider Barriers Sub-domain …
//   indoors                  Indoors Sub-domain …
//   outdoors                 Outdoors Sub-domain …
//
//   <measure>  score | rank | decile   (from the words "Score", "Rank", "Decile" in the header)
//   Transformed scores (File 9) get ids of their own: <domain>-score-exp for "… Score -
//   exponentially transformed", <domain>-score-transformed for another transformation.
//
// Population denominators (Files 6 and 7) are `iod<edition>-pop-<group>`:
//   pop-total        Total population: mid 20xx
//   pop-0-15         Dependent Children aged 0-15
//   pop-16-59        Population aged 16-59 (2019 edition)
//   pop-60-plus      Older population aged 60 and over
//   pop-working-age  Working age population 18-59/64 (2019) or 18-66 (2025)
//
// e.g. iod2025-imd-score, iod2019-imd-rank, iod2025-education-decile, iod2019-pop-total.
// The ids are stable: they depend only on the edition and the column's meaning, never on
// the column's position or the file number, so File 1 and File 2 of the same edition give
// the same id for the IMD rank.

import type { IndicatorMeta, Polarity, ValueType } from '../domain/indicators';

export type IodMeasure = 'score' | 'rank' | 'decile';

interface DomainRule {
  slug: string;
  /** Normalised header prefix (lower case, single spaces). */
  prefix: string;
  label: string;
  /** Shorter prefixes some files use (File 9: "Health Score - exponentially transformed"). */
  alt?: string;
}

// Order matters: more specific prefixes first (IDACI/IDAOPI before Income).
const DOMAINS: DomainRule[] = [
  { slug: 'imd', prefix: 'index of multiple deprivation', label: 'Index of Multiple Deprivation' },
  { slug: 'idaci', prefix: 'income deprivation affecting children', label: 'Income Deprivation Affecting Children Index (IDACI)' },
  { slug: 'idaopi', prefix: 'income deprivation affecting older', label: 'Income Deprivation Affecting Older People Index (IDAOPI)' },
  { slug: 'income', prefix: 'income', label: 'Income deprivation' },
  { slug: 'employment', prefix: 'employment', label: 'Employment deprivation' },
  { slug: 'education', prefix: 'education', label: 'Education, skills and training deprivation' },
  { slug: 'health', prefix: 'health deprivation', label: 'Health deprivation and disability', alt: 'health score' },
  { slug: 'crime', prefix: 'crime', label: 'Crime' },
  { slug: 'barriers', prefix: 'barriers to housing', label: 'Barriers to housing and services', alt: 'barriers score' },
  { slug: 'living-environment', prefix: 'living environment', label: 'Living environment deprivation' },
  { slug: 'cyp', prefix: 'children and young people sub', label: 'Children and young people sub-domain (education)' },
  { slug: 'adult-skills', prefix: 'adult skills sub', label: 'Adult skills sub-domain (education)' },
  { slug: 'geographical-barriers', prefix: 'geographical barriers sub', label: 'Geographical barriers sub-domain' },
  { slug: 'wider-barriers', prefix: 'wider barriers sub', label: 'Wider barriers sub-domain' },
  { slug: 'indoors', prefix: 'indoors sub', label: 'Indoors living environment sub-domain' },
  { slug: 'outdoors', prefix: 'outdoors sub', label: 'Outdoors living environment sub-domain' },
];

const POPULATIONS: { slug: string; test: (h: string) => boolean }[] = [
  { slug: 'pop-total', test: (h) => h.startsWith('total population') },
  { slug: 'pop-0-15', test: (h) => h.startsWith('dependent children') },
  { slug: 'pop-60-plus', test: (h) => h.startsWith('older population') },
  { slug: 'pop-working-age', test: (h) => h.startsWith('working age population') },
  { slug: 'pop-16-59', test: (h) => h.startsWith('population aged 16') },
];

export interface IodColumn {
  index: number;
  header: string;
  /** Id without the edition prefix, e.g. "imd-score", "income-score-exp" or "pop-total". */
  key: string;
  measure: IodMeasure | 'population';
  /**
   * A transformed domain score (IoD File 9): 'exp' = exponentially transformed, 'transformed'
   * = another transformation named in the header. An intermediate step of the IMD, never the
   * domain score itself, so it gets an id of its own (…-score-exp).
   */
  transform?: 'exp' | 'transformed';
}

function squash(h: string): string {
  return h.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Classifies one header cell; null when it is not an IoD measure column. */
export function classifyIodColumn(header: string, index: number): IodColumn | null {
  const h = squash(header);
  for (const p of POPULATIONS) {
    if (p.test(h)) return { index, header: header.trim(), key: p.slug, measure: 'population' };
  }
  const domain = DOMAINS.find((d) => h.startsWith(d.prefix) || (d.alt !== undefined && h.startsWith(d.alt)));
  if (!domain) return null;
  // The measure word follows the domain name; look at the text after the prefix so that
  // "(where 1 is most deprived 10% of LSOAs)" cannot confuse it.
  const rest = h.startsWith(domain.prefix) ? h.slice(domain.prefix.length) : h.slice(domain.alt!.length - 'score'.length);
  const measure: IodMeasure | null = /\bscore\b/.test(rest)
    ? 'score'
    : /\brank\b/.test(rest)
      ? 'rank'
      : /\bdecile\b/.test(rest)
        ? 'decile'
        : null;
  if (!measure) return null;
  const transform = /exponential/.test(rest) ? 'exp' : /transform/.test(rest) ? 'transformed' : undefined;
  if (transform !== undefined) {
    if (measure !== 'score') return null;
    return { index, header: header.trim(), key: `${domain.slug}-score-${transform}`, measure, transform };
  }
  return { index, header: header.trim(), key: `${domain.slug}-${measure}`, measure };
}

/** True when a normalised header key names the LSOA code column of an IoD file. */
export function isIodLsoaCodeKey(key: string): boolean {
  return key === 'lsoacode2011' || key === 'lsoacode2021' || key === 'lsoacode';
}

/**
 * The IoD edition from the header: LAD codes (2019) → 2019, LAD (2024) or LSOA (2021) → 2025,
 * LAD (2013) → 2015; population "mid 2015"/"mid 2022" also decide it. null when unknown.
 */
export function iodEditionFromHeader(headers: readonly string[], fileName = ''): string | null {
  const all = headers.map(squash).join('|');
  if (/local authority district code \(2024\)/.test(all) || /mid 2022/.test(all)) return '2025';
  if (/local authority district code \(2019\)/.test(all) || /mid 2015/.test(all)) return '2019';
  if (/local authority district code \(2013\)/.test(all) || /mid 2012/.test(all)) return '2015';
  if (/lsoa code \(2021\)/.test(all)) return '2025';
  const m = /iod[ _-]?(2015|2019|2025)|imd[ _-]?(2015|2019|2025)/i.exec(fileName);
  if (m) return (m[1] ?? m[2])!;
  return null;
}

const RANK_DENOMINATORS: Record<string, string> = {
  '2015': '32,844',
  '2019': '32,844',
  '2025': '33,755',
};

/** Builds the IndicatorMeta for one IoD column. Polarity is known from the IoD definitions. */
export function iodMeta(col: IodColumn, edition: string, origin: 'bundled' | 'imported', fileName: string): IndicatorMeta {
  const id = `iod${edition}-${col.key}`;
  let valueType: ValueType;
  let unit: string;
  let polarity: Polarity;
  const caveats: string[] = [`English Indices of Deprivation ${edition} (LSOA level); the edition year is used as the period.`];
  switch (col.measure) {
    case 'score':
      valueType = 'score';
      polarity = 'low-is-good';
      if (col.transform !== undefined) {
        unit = col.transform === 'exp' ? 'exponentially transformed score (0 to 100)' : 'transformed score';
        caveats.push(
          `${col.transform === 'exp' ? 'Exponentially transformed' : 'Transformed'} domain score: an intermediate step in building the IMD (it stretches the most deprived end), not the domain score itself; do not compare it with domain scores.`,
        );
      } else {
        unit = /\(rate\)/i.test(col.header) ? 'proportion of residents (0 to 1)' : 'score';
      }
      caveats.push('Higher scores mean more deprived. Scores are not comparable between IoD editions.');
      break;
    case 'rank':
      valueType = 'rank';
      unit = `rank out of ${RANK_DENOMINATORS[edition] ?? 'all'} LSOAs in England (1 = most deprived)`;
      polarity = 'high-is-good';
      caveats.push('Rank 1 is the most deprived LSOA in England.');
      break;
    case 'decile':
      valueType = 'rank';
      unit = 'national decile (1 = most deprived 10% of LSOAs)';
      polarity = 'high-is-good';
      caveats.push('Deciles are national: decile 1 is the most deprived 10% of LSOAs in England.');
      break;
    default:
      valueType = 'count';
      unit = 'people';
      polarity = 'no-judgement';
      caveats.push(`Population denominator as published with the IoD: ${col.header}.`);
  }
  return {
    id,
    name: col.header,
    definition: `${col.header}, from the English Indices of Deprivation ${edition}.`,
    whyItMatters: '',
    unit,
    valueType,
    multiplier: null,
    polarity,
    comparisonLevel: 0.95,
    geographies: ['LSOA'],
    theme: 'Deprivation',
    period: edition,
    source: `English Indices of Deprivation ${edition}`,
    sourceFiles: fileName ? [fileName] : [],
    publisher: 'Ministry of Housing, Communities and Local Government (MHCLG)',
    licence: 'Open Government Licence v3.0',
    attribution: `Contains public sector information licensed under the Open Government Licence v3.0 (English Indices of Deprivation ${edition}, MHCLG).`,
    caveats,
    origin,
  };
}
