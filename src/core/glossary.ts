// The words of public-health statistics a resident or councillor meets on these pages, each explained
// in one or two plain sentences. One list, so About's glossary, the briefing's glossary and the
// one-line explanations beside a term never drift apart. The sizes of the statistical areas are the
// Office for National Statistics' own design ranges for 2021.

export interface GlossaryEntry {
  /** Stable id: an anchor on About (`#term-<id>`) and the key other modules look a term up by. */
  id: string;
  /** The words as they appear on the pages. */
  term: string;
  /** Other spellings or abbreviations a reader may meet for the same thing. */
  alsoCalled?: string;
  explanation: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: 'ward',
    term: 'Ward',
    explanation: 'An area that elects its own councillors. Wards are the areas residents and councillors know best.',
  },
  {
    id: 'neighbourhood',
    term: 'Neighbourhood',
    alsoCalled: 'LSOA (Lower layer Super Output Area)',
    explanation:
      'A small area drawn by the Office for National Statistics for statistics: 1,000 to 3,000 residents (400 to 1,200 households). Each has a code name such as “York 004A”, and we name the ward it lies in.',
  },
  {
    id: 'middle-size-area',
    term: 'Middle-size area',
    alsoCalled: 'MSOA (Middle layer Super Output Area)',
    explanation: 'A group of neighbourhoods with 5,000 to 15,000 residents (2,000 to 6,000 households), such as “York 004”.',
  },
  {
    id: 'benchmark',
    term: 'Benchmark',
    explanation: 'The figure an area is compared with: England’s where it is published, otherwise the whole city’s.',
  },
  {
    id: 'confidence-interval',
    term: 'Confidence interval (95% or 99.8%)',
    alsoCalled: 'CI, the likely range',
    explanation:
      'The range within which the true value is likely to lie, allowing for chance in who was counted. A 95% range misses the true value about 1 time in 20; the stricter 99.8% range about 1 time in 500.',
  },
  {
    id: 'significant',
    term: 'Significantly better or worse',
    explanation:
      'The whole likely range lies better (or worse) than the benchmark, so the difference is unlikely to be chance. “Not significantly different” means the ranges overlap: the figures may differ only by chance.',
  },
  {
    id: 'published-label',
    term: 'Publisher’s comparison',
    alsoCalled: 'published label',
    explanation:
      'For some figures the publisher (for example the Office for Health Improvement and Disparities) has already said whether an area is better or worse than England; we show their judgement rather than work it out again.',
  },
  {
    id: 'rate-per-100000',
    term: 'Rate per 100,000 (age-standardised)',
    alsoCalled: 'directly standardised rate, DSR',
    explanation:
      'How many times something happened for every 100,000 residents, adjusted as if every area had the same mix of ages, so an area with many older people can be compared fairly with a young one.',
  },
  {
    id: 'ratio-100',
    term: 'Ratio where England is 100',
    alsoCalled: 'standardised ratio, SMR',
    explanation:
      'The number of events in an area compared with the number expected if England’s rates for each age applied there. 120 means 20% more than expected; 100 means as expected.',
  },
  {
    id: 'imd',
    term: 'Index of Multiple Deprivation',
    alsoCalled: 'IMD, IoD2025',
    explanation:
      'The government’s official measure of how deprived each neighbourhood in England is, combining income, work, education, health, crime, housing and living environment. It ranks areas; it does not describe every resident.',
  },
  {
    id: 'tenth',
    term: 'England’s tenths (deciles)',
    alsoCalled: 'decile',
    explanation:
      'All of England’s neighbourhoods put in order and split into ten equal groups. The 1st tenth is the most deprived 10% of neighbourhoods in England; the 10th the least.',
  },
  {
    id: 'idaci',
    term: 'Children in income-deprived families',
    alsoCalled: 'IDACI (Income Deprivation Affecting Children Index)',
    explanation: 'The share of children under 16 who live in families with low incomes.',
  },
  {
    id: 'idaopi',
    term: 'Older people in income deprivation',
    alsoCalled: 'IDAOPI (Income Deprivation Affecting Older People Index)',
    explanation: 'The share of people aged 60 and over who live with low incomes.',
  },
  {
    id: 'sii',
    term: 'Gap between most and least deprived',
    alsoCalled: 'SII (slope index of inequality)',
    explanation:
      'The difference in a figure between the most and the least deprived ends of the city, estimated from every area in order of deprivation rather than from the two extremes alone.',
  },
  {
    id: 'modelled',
    term: 'Modelled estimate',
    explanation:
      'A figure estimated from a statistical model using what is known about an area’s population, not counted directly. Useful for comparing areas; less certain for any single one.',
  },
];

/** The entry with this id; throws when a module asks for a term the glossary does not hold, so a typo fails a test. */
export function glossaryEntry(id: string): GlossaryEntry {
  const entry = GLOSSARY.find((e) => e.id === id);
  if (!entry) throw new RangeError(`No glossary entry "${id}"`);
  return entry;
}
