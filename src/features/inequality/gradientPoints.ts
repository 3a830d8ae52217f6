// The gradient chart's points, fitted line and key words, out of the chart component. Pure: no React, no Recharts.
import type { Outcome } from '../../stats';
import type { IndicatorMeta } from '../../domain/indicators';
import type { GradientArea, InequalityModel } from './model';

/** One dot on the chart: an area at the middle of its share of the population (0–100), with its interval as error bars. */
export interface GradientPoint {
  code: string;
  name: string;
  x: number;
  y: number;
  /** Distances below and above the value to the interval's ends (0 when an end is missing). */
  err: [number, number];
  valueText: string;
  intervalText: string;
  deprivationText: string;
  rank: number;
  outcome: Outcome;
}

/** The areas with a position and a value, as chart points (x as a percentage). */
export function gradientPoints(areas: readonly GradientArea[]): GradientPoint[] {
  return areas
    .filter((a) => a.x !== null && a.value !== null)
    .map((a) => ({
      code: a.code,
      name: a.name,
      x: (a.x as number) * 100,
      y: a.value as number,
      err: [(a.value as number) - (a.lower ?? (a.value as number)), (a.upper ?? (a.value as number)) - (a.value as number)],
      valueText: a.valueText,
      intervalText: a.intervalText,
      deprivationText: a.deprivationText,
      rank: a.deprivationRank,
      outcome: a.comparison.outcome,
    }));
}

/** The fitted gradient's points, x as a percentage; none without a slope index. */
export function fittedLine(sii: InequalityModel['sii']): { x: number; y: number }[] {
  return (sii?.fitted ?? []).map((f) => ({ x: f.x * 100, y: f.y }));
}

/** '%' after numbers of a percentage indicator, nothing otherwise. */
export function unitSuffix(meta: Pick<IndicatorMeta, 'unit'>): string {
  return meta.unit === '%' ? '%' : '';
}

/** Ranks are whole numbers; everything else has one decimal place. */
export function chartDecimals(meta: Pick<IndicatorMeta, 'valueType'>): number {
  return meta.valueType === 'rank' ? 0 : 1;
}

/** The outcomes present, in the order of the first point with each. */
export function outcomesShown(points: readonly Pick<GradientPoint, 'outcome'>[]): Outcome[] {
  return [...new Set(points.map((p) => p.outcome))];
}

/** A key entry: the outcome's label, and how it stands against the benchmark. */
export function outcomeKeyText(outcome: Outcome, label: string, benchmarkName: string): string {
  if (outcome === 'not-compared') return label;
  return outcome === 'similar' ? `${label} to ${benchmarkName}` : `${label} than ${benchmarkName}`;
}
