// What the trends chart and its key draw, worked out from the model. Pure: no React, no Recharts.
import type { Outcome } from '../../stats';
import type { IndicatorMeta } from '../../domain/indicators';
import { shortUnit } from '../../core/format';
import { publishedOutcome } from '../../core/publishedLabel';
import type { Series, SeriesPoint } from './model';
import { seriesStyle, type SeriesStyle } from './seriesStyle';

/** Each series' style, in order: comparators take the comparator styles in turn, whatever lies between them. */
export function seriesStyles(series: readonly Pick<Series, 'kind'>[]): SeriesStyle[] {
  let comparatorIndex = 0;
  return series.map((s) => seriesStyle(s.kind, s.kind === 'comparator' ? comparatorIndex++ : 0));
}

/** The published comparisons among the place's points with a value, each once, in order of first appearance. */
export function placeOutcomes(points: readonly Pick<SeriesPoint, 'value' | 'published'>[]): Outcome[] {
  return [...new Set(points.filter((p) => p.value !== null).map((p) => publishedOutcome(p.published)))];
}

/** Every value and interval end the axis must show room for. */
export function axisValues(series: readonly Pick<Series, 'points'>[]): (number | null)[] {
  return series.flatMap((s) => s.points.flatMap((p) => [p.value, p.lower95, p.upper95]));
}

/** The unit in the caption: "per cent" for percentages, otherwise the unit as written. */
export function unitWords(meta: IndicatorMeta): string {
  return shortUnit(meta) === '%' ? 'per cent' : meta.unit;
}

/** The outcome key's words for one published comparison with the country. */
export function outcomeKeyWords(outcome: Outcome, label: string, countryName: string): string {
  if (outcome === 'not-compared') return 'Not compared';
  return outcome === 'similar' ? `Similar to ${countryName}` : `${label} than ${countryName}`;
}
