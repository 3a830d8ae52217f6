import type { AreaType, IndicatorRow } from '../../src/domain/indicators';
import { wilsonInterval } from '../../src/stats';
import { blankRow } from '../../src/ingest/blankRow';

export interface AreaRef {
  code: string;
  name: string;
  type: AreaType;
}

type RowDefaults = Pick<IndicatorRow, 'indicatorId' | 'period' | 'sex' | 'age'>;

function baseRow(d: RowDefaults, area: AreaRef): IndicatorRow {
  return blankRow({ indicatorId: d.indicatorId, areaCode: area.code, areaName: area.name, areaType: area.type, sex: d.sex, age: d.age, period: d.period });
}

/** A value with no interval (scores, averages of scores, whole-area classifications). */
export function valueRow(d: RowDefaults, area: AreaRef, value: number | null, note = ''): IndicatorRow {
  return { ...baseRow(d, area), value, valueNote: note };
}

/** A percentage from a count and denominator, with Wilson 95% and 99.8% intervals (methods.md §2). */
export function proportionRow(d: RowDefaults, area: AreaRef, count: number, denominator: number): IndicatorRow {
  const ci95 = wilsonInterval(count, denominator, { confidence: 0.95, multiplier: 100 });
  const ci998 = wilsonInterval(count, denominator, { confidence: 0.998, multiplier: 100 });
  return {
    ...baseRow(d, area),
    value: ci95.value,
    lower95: ci95.lower,
    upper95: ci95.upper,
    lower998: ci998.lower,
    upper998: ci998.upper,
    count,
    denominator,
    ciMethod: 'wilson',
  };
}

/** A share of people with no interval: used where the count is a fixed classification, not an event. */
export function shareRow(d: RowDefaults, area: AreaRef, count: number, denominator: number, note = ''): IndicatorRow {
  return { ...baseRow(d, area), value: (100 * count) / denominator, count, denominator, valueNote: note };
}

export function weightedMean(items: { value: number; weight: number }[]): number {
  let sum = 0;
  let weights = 0;
  for (const { value, weight } of items) {
    sum += value * weight;
    weights += weight;
  }
  if (weights <= 0) throw new RangeError('weighted mean needs a positive total weight');
  return sum / weights;
}
