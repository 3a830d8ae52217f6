// The inequality gradient: areas ordered by deprivation, an indicator's value in each, and the slope and
// relative index of inequality (methods.md §9) with a seeded Monte Carlo interval. Pure shaping only.
import type { IndicatorMeta, IndicatorRow } from '../../domain/indicators';
import type { Place } from '../../domain/place';
import { intervalExcludes, slopeIndexOfInequality, type SiiGroup, type SiiResult, type SiiValueType } from '../../stats';
import { chooseBenchmark, compareRow, type Benchmark, type Comparison } from '../../core/comparison';
import { formatInterval, formatNumber, formatValue, countText, listInWords } from '../../core/format';
import type { Breakdown } from '../../core/breakdown';
import type { IndicatorIndex } from '../../core/indicatorIndex';
import { areasOf } from '../../core/mapModel';
import { placeRole } from '../../core/indicatorRoles';

export type InequalityGeography = 'ward' | 'lsoa';
export const INEQUALITY_GEOGRAPHIES: InequalityGeography[] = ['ward', 'lsoa'];

/** Browser-friendly: 10,000 draws (the R default is 100,000) with a fixed seed, so the page never changes. */
export const SII_REPETITIONS = 10_000;
export const SII_SEED = 1;

/** How the indicator is described in the gap sentence: its metadata's subject, or its name in quotes. */
export function subjectFor(meta: IndicatorMeta): string {
  return meta.subject ?? `the figure for “${meta.name}”`;
}

function usableRow(row: IndicatorRow | undefined): boolean {
  return (
    row !== undefined &&
    row.value !== null &&
    row.lower95 !== null &&
    row.upper95 !== null &&
    row.denominator !== null &&
    row.denominator > 0
  );
}

function siiValueType(meta: IndicatorMeta): SiiValueType | null {
  if (meta.valueType === 'proportion') return 'proportion';
  if (meta.valueType === 'rate') return 'rate';
  return null;
}

/** Geographies where both the indicator and the deprivation score have figures. */
export function inequalityGeographies(index: IndicatorIndex, place: Place, indicatorId: string, breakdown?: Breakdown): InequalityGeography[] {
  const deprivation = placeRole(place, 'deprivation');
  const period = index.latestPeriod(indicatorId, breakdown);
  const depPeriod = deprivation ? index.latestPeriod(deprivation) : undefined;
  if (!deprivation || !period || !depPeriod) return [];
  const rows = index.rows(indicatorId, period, breakdown);
  const dep = index.rows(deprivation, depPeriod);
  return INEQUALITY_GEOGRAPHIES.filter((g) => {
    const usable = areasOf(place, g).filter((a) => usableRow(rows.get(a.code)) && (dep.get(a.code)?.value ?? null) !== null);
    return usable.length >= 2;
  });
}

/** Indicators a gradient can be fitted for: proportions or rates with counts, denominators and 95% intervals. */
export function inequalityIndicators(index: IndicatorIndex, place: Place): IndicatorMeta[] {
  const deprivation = placeRole(place, 'deprivation');
  return [...index.meta.values()].filter(
    (m) =>
      m.id !== deprivation &&
      siiValueType(m) !== null &&
      (m.multiplier ?? 0) > 0 &&
      inequalityGeographies(index, place, m.id).length > 0,
  );
}

export interface GradientArea {
  code: string;
  name: string;
  /** 1 = most deprived among the areas shown. */
  deprivationRank: number;
  deprivationScore: number | null;
  deprivationText: string;
  row: IndicatorRow | undefined;
  value: number | null;
  lower: number | null;
  upper: number | null;
  valueText: string;
  intervalText: string;
  countText: string;
  comparison: Comparison;
  /** Rank midpoint on the SII scale: 0 = most deprived end, 1 = least deprived (population-weighted). */
  x: number | null;
  /** Why the area is left out of the fit, or '' when it is in. */
  excluded: string;
}

export interface SiiSummary extends SiiResult {
  /** Number of areas in the fit. */
  groups: number;
  repetitions: number;
  seed: number;
  transform: boolean;
  /** The fitted line (or curve, with transform) in the indicator's own units, x from 0 (most deprived) to 1. */
  fitted: { x: number; y: number }[];
  /** Fitted values at the most and least deprived ends. */
  mostDeprived: number;
  leastDeprived: number;
}

export interface InequalityModel {
  meta: IndicatorMeta;
  period: string;
  deprivationMeta: IndicatorMeta | undefined;
  deprivationPeriod: string;
  geography: InequalityGeography;
  areas: GradientArea[];
  benchmark: Benchmark | null;
  sii: SiiSummary | null;
  /** Plain-English reason when no SII could be calculated. */
  error: string;
  sentence: string;
  /** Shown beside the sentence: what the ordering measure already contains. */
  notes: string[];
}

/**
 * The SII input: groups ordered most to least deprived, population = the indicator's denominator,
 * and for proportions the value and limits divided by the multiplier (the engine wants 0–1, not %).
 */
export function siiGroupsFor(areas: readonly GradientArea[], meta: IndicatorMeta): SiiGroup[] {
  const scale = meta.valueType === 'proportion' ? (meta.multiplier ?? 100) : 1;
  return areas
    .filter((a) => a.excluded === '')
    .map((a) => ({
      population: a.row?.denominator as number,
      value: (a.value as number) / scale,
      lower: (a.lower as number) / scale,
      upper: (a.upper as number) / scale,
    }));
}

export interface SiiRunOptions {
  repetitions?: number;
  seed?: number;
  /**
   * Fit on the link scale (logit for proportions, ln for rates) and back-transform, as methods.md §9
   * recommends for rates and proportions; it keeps the fitted ends inside 0–100% and the RII meaningful.
   * Default true. With false the fit is a straight line on the indicator's own scale.
   */
  transform?: boolean;
}

/**
 * Runs the SII so that it reads "most deprived minus least deprived" in the indicator's units: the
 * multiplier is negative (−100 for a percentage), which also makes the RII most ÷ least. Without
 * transform the engine's intercept is β₀ on its 0–1 input scale; with transform it is already ×|m|.
 */
export function runSii(groups: SiiGroup[], meta: IndicatorMeta, options: SiiRunOptions = {}): SiiSummary {
  const valueType = siiValueType(meta);
  if (!valueType) throw new RangeError(`${meta.name} is not a proportion or a rate, so no slope index is calculated.`);
  const scale = valueType === 'proportion' ? (meta.multiplier ?? 100) : 1;
  const m = -scale;
  const repetitions = options.repetitions ?? SII_REPETITIONS;
  const seed = options.seed ?? SII_SEED;
  const transform = options.transform ?? true;
  const result = slopeIndexOfInequality(groups, { valueType, multiplier: m, repetitions, seed, transform });
  const steps = transform ? 20 : 1;
  let curve: (x: number) => number;
  if (!transform) {
    // y(x) = |m|·(β₀ + β₁x) with β₁ = SII/m.
    const beta0 = result.intercept;
    const beta1 = result.sii / m;
    curve = (x) => scale * (beta0 + beta1 * x);
  } else {
    const link = valueType === 'rate' ? { g: Math.log, inv: Math.exp } : { g: (p: number) => Math.log(p / (1 - p)), inv: (e: number) => 1 / (1 + Math.exp(-e)) };
    const bottom = result.intercept / scale;
    const top = bottom + result.sii / m;
    const beta0 = link.g(bottom);
    const beta1 = link.g(top) - beta0;
    curve = (x) => scale * link.inv(beta0 + beta1 * x);
  }
  const fitted = Array.from({ length: steps + 1 }, (_, i) => ({ x: i / steps, y: curve(i / steps) }));
  return {
    ...result,
    groups: groups.length,
    repetitions,
    seed,
    transform,
    fitted,
    mostDeprived: curve(0),
    leastDeprived: curve(1),
  };
}

function geographyWords(geography: InequalityGeography, n: number): string {
  if (geography === 'ward') return `${n} ${n === 1 ? 'ward' : 'wards'}`;
  return `${n} ${n === 1 ? 'neighbourhood' : 'neighbourhoods'} (LSOAs)`;
}

const minus = (text: string) => text.replace(/^-/, '−');

/** "3.1 percentage points" or "12.0 per 100,000". */
export function gapUnits(meta: IndicatorMeta): string {
  return meta.unit === '%' ? 'percentage points' : meta.unit;
}

/**
 * "Across York's 21 wards, bad or very bad health is 3.1 percentage points higher in the most deprived than in
 * the least deprived (likely range 2.0 to 4.2), about 1.6 times as high."
 */
export function siiSentence(
  sii: Pick<SiiSummary, 'sii' | 'lower' | 'upper' | 'rii' | 'mostDeprived' | 'leastDeprived'>,
  meta: IndicatorMeta,
  placeName: string,
  geography: InequalityGeography,
  groups: number,
): string {
  const decimals = 1;
  const higher = sii.sii >= 0;
  const size = formatNumber(Math.abs(sii.sii), decimals);
  // Express the interval in the same direction as the gap: a "lower" gap of 3.1 has limits −4.2..−2.0 → 2.0 to 4.2.
  const [lo, hi] = higher ? [sii.lower, sii.upper] : [-sii.upper, -sii.lower];
  // "Likely range" rather than "95% CI": the words a resident reads; the legend and About say it is the 95% interval.
  const limits = `${minus(formatNumber(lo, decimals))} to ${minus(formatNumber(hi, decimals))}`;
  const units = gapUnits(meta);
  const where = `Across ${placeName}'s ${geographyWords(geography, groups)}`;
  const subject = subjectFor(meta);
  const body = `${subject} is ${size} ${units} ${higher ? 'higher' : 'lower'} in the most deprived than in the least deprived`;
  // A gap is shown when its 95% interval rules out no gap at all (0).
  const significant = intervalExcludes(sii, 0) === true;
  if (!significant) {
    return `${where}, ${body}, but the range within which the true gap is likely to lie (${limits}) includes no gap at all.`;
  }
  const riiUsable = Number.isFinite(sii.rii) && sii.rii > 0 && sii.mostDeprived > 0 && sii.leastDeprived > 0;
  const ratio = riiUsable ? `, about ${formatNumber(sii.rii, 1)} times as high` : '';
  return `${where}, ${body} (likely range ${limits})${ratio}.`;
}

/** Everything the gradient view shows, computed once per indicator and geography. */
export function buildInequalityModel(
  index: IndicatorIndex,
  place: Place,
  indicatorId: string,
  geography: InequalityGeography,
  options: SiiRunOptions = {},
  breakdown?: Breakdown,
): InequalityModel | null {
  const meta = index.meta.get(indicatorId);
  const period = index.latestPeriod(indicatorId, breakdown);
  const deprivation = placeRole(place, 'deprivation');
  const deprivationPeriod = deprivation ? index.latestPeriod(deprivation) : undefined;
  if (!meta || !period || !deprivation || !deprivationPeriod) return null;
  const deprivationMeta = index.meta.get(deprivation);
  const rows = index.rows(indicatorId, period, breakdown);
  const dep = index.rows(deprivation, deprivationPeriod);
  const benchmark = chooseBenchmark(index, indicatorId, period, [place.country, place.localAuthority], breakdown);

  const ordered = areasOf(place, geography)
    .map((a) => ({ area: a, score: dep.get(a.code)?.value ?? null }))
    .sort((p, q) => {
      if (p.score === null && q.score === null) return p.area.name.localeCompare(q.area.name);
      if (p.score === null) return 1;
      if (q.score === null) return -1;
      return q.score - p.score || p.area.name.localeCompare(q.area.name);
    });

  const areas: GradientArea[] = ordered.map(({ area, score }, i) => {
    const row = rows.get(area.code);
    const value = row?.value ?? null;
    const excluded =
      score === null
        ? 'no deprivation score'
        : !row || value === null
          ? 'no data'
          : !usableRow(row)
            ? 'no confidence interval or population'
            : meta.valueType === 'proportion' && (value <= 0 || value >= (meta.multiplier ?? 100) || (row.lower95 as number) <= 0 || (row.upper95 as number) >= (meta.multiplier ?? 100))
              ? 'a value of 0% or 100% cannot be fitted'
              : meta.valueType === 'rate' && (value <= 0 || (row.lower95 as number) <= 0)
                ? 'a rate of 0 cannot be fitted'
                : '';
    return {
      code: area.code,
      name: area.name,
      deprivationRank: i + 1,
      deprivationScore: score,
      deprivationText: deprivationMeta ? formatValue(score, deprivationMeta) : String(score ?? 'No data'),
      row,
      value,
      lower: row?.lower95 ?? null,
      upper: row?.upper95 ?? null,
      valueText: formatValue(value, meta),
      intervalText: formatInterval(row, meta),
      countText: countText(row),
      comparison: compareRow(row, benchmark, meta),
      x: null,
      excluded,
    };
  });

  // Rank midpoints of the areas in the fit (population-weighted, most deprived at 0).
  const included = areas.filter((a) => a.excluded === '');
  const total = included.reduce((s, a) => s + (a.row?.denominator ?? 0), 0);
  let cumulative = 0;
  for (const a of included) {
    const share = (a.row?.denominator ?? 0) / total;
    a.x = cumulative + share / 2;
    cumulative += share;
  }

  let sii: SiiSummary | null = null;
  let error = '';
  if (included.length < 2) {
    error = `There are too few ${geography === 'ward' ? 'wards' : 'neighbourhoods'} with data to fit a gradient.`;
  } else {
    try {
      sii = runSii(siiGroupsFor(areas, meta), meta, options);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
  }
  const left = areas.length - included.length;
  let sentence = sii ? siiSentence(sii, meta, place.localAuthority.name, geography, included.length) : error;
  if (sii && left > 0) sentence += ` ${left} ${left === 1 ? 'area' : 'areas'} with no usable data ${left === 1 ? 'is' : 'are'} left out.`;

  const notes: string[] = [];
  if (meta.caveats.some((c) => /age-standardised/i.test(c)) || meta.source.startsWith('Census 2021')) {
    notes.push(ageStandardisationNote(index, place));
  }
  if (deprivationMeta && meta.source === deprivationMeta.source) {
    notes.push(`${meta.name} is one of the domains that make up the ${deprivationMeta.name}, so some gradient is built in.`);
  }
  return {
    meta,
    period,
    deprivationMeta,
    deprivationPeriod,
    geography,
    areas,
    benchmark,
    sii,
    error,
    sentence,
    notes,
  };
}

/**
 * Wards where the share aged 15 to 24 (the place's youngResidents indicator) is at least twice England's
 * (or the place's), highest first. [] when the place names no such indicator.
 */
export function youngWards(index: IndicatorIndex, place: Place): { name: string; value: number }[] {
  const young = placeRole(place, 'youngResidents');
  const period = young ? index.latestPeriod(young) : undefined;
  if (!young || !period) return [];
  const rows = index.rows(young, period);
  const reference = rows.get(place.country.code)?.value ?? rows.get(place.localAuthority.code)?.value ?? null;
  if (reference === null) return [];
  return place.wards
    .map((w) => ({ name: w.name, value: rows.get(w.code)?.value ?? null }))
    .filter((w): w is { name: string; value: number } => w.value !== null && w.value >= 2 * reference)
    .sort((a, b) => b.value - a.value);
}

/** The caveat shown next to the gap sentence for Census indicators, naming the young wards from the data. */
export function ageStandardisationNote(index: IndicatorIndex, place: Place): string {
  const base = 'Census figures are not age-standardised.';
  const young = youngWards(index, place);
  const youngId = placeRole(place, 'youngResidents');
  const period = youngId ? index.latestPeriod(youngId) : undefined;
  const england = youngId && period ? index.rows(youngId, period).get(place.country.code)?.value : undefined;
  if (young.length === 0 || england === undefined || england === null) {
    return `${base} Areas with many young or many older residents can differ for that reason alone.`;
  }
  const list = young.map((w) => `${w.name} ${formatNumber(w.value, 0)}%`);
  const joined = listInWords(list);
  return (
    `${base} Student wards are young (aged 15 to 24: ${joined}, against ${formatNumber(england, 0)}% in England), ` +
    'so they can show less bad health and disability than their deprivation suggests; wards with many older residents can show more.'
  );
}
