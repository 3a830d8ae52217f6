import type { IndicatorRow } from '../domain/indicators';

/** A row with every field empty or missing (null), and `fields` set: the adapters' reusable row objects start here. */
export function blankRow(fields: Partial<IndicatorRow> = {}): IndicatorRow {
  return {
    indicatorId: '',
    areaCode: '',
    areaName: '',
    areaType: '',
    sex: '',
    age: '',
    categoryType: '',
    category: '',
    period: '',
    value: null,
    lower95: null,
    upper95: null,
    lower998: null,
    upper998: null,
    count: null,
    denominator: null,
    valueNote: '',
    ciMethod: 'none',
    publishedComparison: '',
    ...fields,
  };
}
