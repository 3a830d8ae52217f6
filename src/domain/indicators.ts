// The dashboard's one data model. The bundled snapshot (data/indicators.csv) and every
// user upload end up as these rows, so views never care where a figure came from.

export type Polarity = 'high-is-good' | 'low-is-good' | 'no-judgement';

/** Levels at which intervals are stored and comparisons made (methods.md §11.1). */
export type ConfidenceLevel = 0.95 | 0.998;

export type AreaType =
  | 'England'
  | 'Region'
  | 'Local authority'
  | 'Constituency'
  | 'MSOA'
  | 'Ward'
  | 'LSOA';

/** How an interval came to be: published with the data, or computed by src/stats. */
export type CiMethod = 'published' | 'wilson' | 'byar' | 'exact' | 'dobson' | 'none';

export type ValueType = 'proportion' | 'rate' | 'score' | 'count' | 'years' | 'rank' | 'other';

export interface IndicatorRow {
  indicatorId: string;
  areaCode: string;
  areaName: string;
  areaType: AreaType | string;
  sex: string;
  age: string;
  categoryType: string;
  category: string;
  period: string;
  /** Missing is null, never 0. */
  value: number | null;
  lower95: number | null;
  upper95: number | null;
  lower998: number | null;
  upper998: number | null;
  count: number | null;
  denominator: number | null;
  valueNote: string;
  ciMethod: CiMethod;
  /** A significance label printed by the publisher (e.g. Fingertips' "Compared to England"), kept verbatim. */
  publishedComparison: string;
}

export interface IndicatorMeta {
  id: string;
  name: string;
  /** One plain-English sentence: what this measures. */
  definition: string;
  /** Why a councillor or resident should care. */
  whyItMatters: string;
  unit: string;
  valueType: ValueType;
  /** Multiplier applied to count/denominator to give value (100 for %, 100000 for rates per 100,000). */
  multiplier: number | null;
  polarity: Polarity;
  comparisonLevel: ConfidenceLevel;
  /** Geographies this indicator has values for. */
  geographies: (AreaType | string)[];
  theme: string;
  period: string;
  source: string;
  sourceFiles: string[];
  publisher: string;
  licence: string;
  attribution: string;
  /** Caveats a reader must see next to the figure (e.g. "not age-standardised"). */
  caveats: string[];
  /** 'bundled' for the snapshot, 'imported' for user uploads. */
  origin: 'bundled' | 'imported';
  // What the app needs to know beyond the definition (all optional; an imported sidecar may carry them too).
  /** How a sentence names what is measured, where the name does not read as one ("bad or very bad health"). */
  subject?: string;
  /** Who the count counts, where it is not residents in general ("children", "households"). */
  population?: string;
  /** Ids of older indicators this one continues (an earlier edition under another id): shown as its earlier periods. */
  continues?: string[];
  /** Shown beside a change measured across the editions this indicator continues. */
  continuesNote?: string;
  /**
   * For figures without a confidence interval (population-weighted means of LSOA scores and rates): the nine
   * values, lowest first, that split England's LSOAs into tenths, so a figure is placed nationally instead.
   */
  englandLsoaTenths?: number[];
  /** Decimal places to show, where the usual one would hide differences (scores spread around 0). */
  decimals?: number;
  /** Where the publisher has replaced this indicator with a newer method: one line, shown beside its figures. */
  superseded?: string;
  /**
   * A fixed level Trends draws across the chart, where the indicator defines one instead of publishing a
   * comparator series (the ONS Health Index: England in 2015 is 100 by definition).
   */
  referenceLine?: { value: number; label: string };
}

/** The canonical long CSV, column by column: Fingertips export names where Fingertips has one. */
export const CANONICAL_COLUMNS = [
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
  'Lower CI 99.8 limit',
  'Upper CI 99.8 limit',
  'Count',
  'Denominator',
  'Value note',
  'CI method',
  'Published comparison',
] as const;
