import type { IndicatorMeta, IndicatorRow } from '../domain/indicators';
import type { Place } from '../domain/place';
import { seriesName, type Breakdown } from './breakdown';
import { chooseBenchmark, compareRow, type Benchmark, type Comparison } from './comparison';
import { formatInterval, formatValue } from './format';
import type { IndicatorIndex } from './indicatorIndex';
import { classify, type Classification } from './mapClasses';
import { groupByTheme } from './themes';
import { summarySeries } from './series';
import { areaDisplayName } from './areaNames';

export type Geography = 'ward' | 'msoa' | 'lsoa';

export const GEOGRAPHY_AREA_TYPE: Record<Geography, string> = { ward: 'Ward', msoa: 'MSOA', lsoa: 'LSOA' };

export const GEOGRAPHY_LABEL: Record<Geography, { plural: string; singular: string }> = {
  ward: { plural: 'Wards', singular: 'ward' },
  msoa: { plural: 'Middle-size areas (MSOAs)', singular: 'middle-size area (MSOA)' },
  lsoa: { plural: 'Neighbourhoods (LSOAs)', singular: 'neighbourhood (LSOA)' },
};

/** The areas of one geography, neighbourhoods named with their ward (areaDisplayName), so every view names them alike. */
/**
 * What the ONS's small areas are, in one line where a view shows them (design.md: "neighbourhood (LSOA)" at
 * first use). Wards need no explaining. Sizes are the ONS's design ranges for England.
 */
export const GEOGRAPHY_EXPLAINED: Record<Geography, string | null> = {
  ward: null,
  msoa: 'Middle-size areas (MSOAs) are areas the Office for National Statistics draws for statistics, of about 5,000 to 15,000 residents; each is named here with the wards it lies in.',
  lsoa: 'Neighbourhoods (LSOAs) are the Office for National Statistics’ smallest areas for most statistics, of about 1,500 residents; each is named here with its ward.',
};

export function areasOf(place: Place, geography: Geography): { code: string; name: string }[] {
  if (geography === 'ward') return place.wards;
  return (geography === 'msoa' ? place.msoas : place.lsoas).map((a) => ({ code: a.code, name: areaDisplayName(place, a.code, a.name) }));
}

export interface AreaFigure {
  code: string;
  name: string;
  row: IndicatorRow | undefined;
  valueText: string;
  intervalText: string;
  comparison: Comparison;
  colour: string;
  /** Rank among the areas shown, 1 = highest value; null when missing. */
  rank: number | null;
}

export interface MapModel {
  meta: IndicatorMeta;
  period: string;
  geography: Geography;
  /** The one breakdown (sex, age, category) every figure of this map belongs to. */
  breakdown: Breakdown | undefined;
  /** The indicator's name, with its breakdown when it has several ("…: 0-9 yrs"). */
  name: string;
  areas: AreaFigure[];
  classification: Classification;
  benchmark: Benchmark | null;
  place: { code: string; name: string; row: IndicatorRow | undefined; valueText: string };
  missingCount: number;
}

export function availableGeographies(meta: IndicatorMeta): Geography[] {
  return (Object.keys(GEOGRAPHY_AREA_TYPE) as Geography[]).filter((g) => meta.geographies.includes(GEOGRAPHY_AREA_TYPE[g]));
}

export function buildMapModel(
  index: IndicatorIndex,
  place: Place,
  indicatorId: string,
  geography: Geography,
  period?: string,
  breakdown?: Breakdown,
): MapModel | null {
  const meta = index.meta.get(indicatorId);
  const chosenPeriod =
    period && index.periods(indicatorId, breakdown).includes(period) ? period : index.latestPeriod(indicatorId, breakdown);
  if (!meta || !chosenPeriod) return null;
  const rows = index.rows(indicatorId, chosenPeriod, breakdown);
  const areas = areasOf(place, geography);
  const benchmark = chooseBenchmark(index, indicatorId, chosenPeriod, [place.country, place.localAuthority], breakdown);
  const values = areas.map((a) => rows.get(a.code)?.value).filter((v): v is number => v !== null && v !== undefined);
  const classification = classify(values, meta);
  const sortedDesc = [...values].sort((a, b) => b - a);
  const figures: AreaFigure[] = areas.map((a) => {
    const row = rows.get(a.code);
    const value = row?.value ?? null;
    return {
      code: a.code,
      name: a.name,
      row,
      valueText: formatValue(value, meta),
      intervalText: formatInterval(row, meta),
      comparison: compareRow(row, benchmark, meta),
      colour: classification.colourFor(value),
      rank: value === null ? null : sortedDesc.indexOf(value) + 1,
    };
  });
  const laRow = rows.get(place.localAuthority.code);
  const shownBreakdown = breakdown ?? index.breakdowns(indicatorId)[0];
  return {
    meta,
    period: chosenPeriod,
    geography,
    breakdown: shownBreakdown,
    name: shownBreakdown ? seriesName(meta.name, shownBreakdown, index.breakdowns(indicatorId)) : meta.name,
    areas: figures,
    classification,
    benchmark,
    place: { code: place.localAuthority.code, name: place.localAuthority.name, row: laRow, valueText: formatValue(laRow?.value, meta) },
    missingCount: figures.filter((f) => f.row?.value === null || f.row === undefined).length,
  };
}

export interface AreaProfileLine {
  meta: IndicatorMeta;
  /** The series' breakdown: its rows, period and benchmark are all of this breakdown. */
  breakdown: Breakdown;
  /** Indicator id + breakdown key (seriesKey): React keys and lookups. */
  key: string;
  /** The series' name with its breakdown when the indicator has several ("Life expectancy at birth: Males"). */
  name: string;
  period: string;
  row: IndicatorRow | undefined;
  valueText: string;
  intervalText: string;
  /** The place's and England's values, for the columns beside the area's own. */
  placeValueText: string;
  englandValueText: string;
  benchmark: Benchmark | null;
  comparison: Comparison;
}

/**
 * Every summary series (summarySeries: the headline, or males and females side by side) for one area,
 * next to the place's and England's values of the same breakdown, in theme order.
 */
export function buildAreaProfile(index: IndicatorIndex, place: Place, areaCode: string): AreaProfileLine[] {
  const lines: AreaProfileLine[] = [];
  // "80.1 years": a figure in years says so, as the panel and the briefing show no unit column.
  const valueOf = (value: number | null | undefined, meta: IndicatorMeta) => {
    const text = formatValue(value, meta);
    return meta.unit === 'years' && value !== null && value !== undefined && !Number.isNaN(value) ? `${text} years` : text;
  };
  for (const [, metas] of groupByTheme([...index.meta.values()])) {
    for (const meta of metas) {
      for (const { breakdown, key, name } of summarySeries(index, meta)) {
        const period = index.latestPeriod(meta.id, breakdown);
        if (!period) continue;
        const rows = index.rows(meta.id, period, breakdown);
        const row = rows.get(areaCode);
        if (!row) continue;
        const benchmark = chooseBenchmark(index, meta.id, period, [place.country, place.localAuthority], breakdown);
        lines.push({
          meta,
          breakdown,
          key,
          name,
          period,
          row,
          valueText: valueOf(row.value, meta),
          intervalText: formatInterval(row, meta),
          placeValueText: valueOf(rows.get(place.localAuthority.code)?.value, meta),
          englandValueText: valueOf(rows.get(place.country.code)?.value, meta),
          benchmark,
          comparison: compareRow(row, benchmark, meta),
        });
      }
    }
  }
  return lines;
}

/** The one-sentence text alternative to the map. */
export function mapSummary(model: MapModel): string {
  const withValues = model.areas.filter((a) => a.row?.value !== null && a.row?.value !== undefined);
  const kind = model.geography === 'ward' ? 'wards' : model.geography === 'msoa' ? 'middle-size areas (MSOAs)' : 'neighbourhoods (LSOAs)';
  if (withValues.length === 0) return `${model.name}: no data for ${model.place.name}'s ${kind}.`;
  const sorted = [...withValues].sort((a, b) => (a.row?.value as number) - (b.row?.value as number));
  const low = sorted[0] as AreaFigure;
  const high = sorted[sorted.length - 1] as AreaFigure;
  const missing = model.missingCount > 0 ? ` ${model.missingCount} ${model.missingCount === 1 ? "has" : "have"} no data.` : '';
  return (
    `${model.name}, ${model.period}: across ${model.place.name}'s ${withValues.length} ${kind} it ranges from ` +
    `${low.valueText} in ${low.name} to ${high.valueText} in ${high.name}; ${model.place.name} as a whole is ${model.place.valueText}.${missing}`
  );
}
