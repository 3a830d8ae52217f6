import type { IndicatorMeta, IndicatorRow } from '../ingest/types';

/** Headline rows only: persons, the indicator's own age band, no category breakdown. */
function isHeadline(row: IndicatorRow): boolean {
  return row.categoryType === '' && (row.sex === 'Persons' || row.sex === '');
}

export interface IndicatorIndex {
  meta: Map<string, IndicatorMeta>;
  /** Periods of each indicator, oldest first. */
  periods(indicatorId: string): string[];
  latestPeriod(indicatorId: string): string | undefined;
  /** Headline rows of one indicator and period, by area code. */
  rows(indicatorId: string, period: string): Map<string, IndicatorRow>;
}

export function buildIndicatorIndex(indicators: IndicatorMeta[], rows: IndicatorRow[]): IndicatorIndex {
  const byKey = new Map<string, Map<string, IndicatorRow>>();
  const periods = new Map<string, Set<string>>();
  for (const row of rows) {
    if (!isHeadline(row)) continue;
    const key = `${row.indicatorId}\u0000${row.period}`;
    let areas = byKey.get(key);
    if (!areas) byKey.set(key, (areas = new Map()));
    areas.set(row.areaCode, row);
    let set = periods.get(row.indicatorId);
    if (!set) periods.set(row.indicatorId, (set = new Set()));
    set.add(row.period);
  }
  const sortedPeriods = new Map([...periods].map(([id, set]) => [id, [...set].sort()]));
  return {
    meta: new Map(indicators.map((m) => [m.id, m])),
    periods: (id) => sortedPeriods.get(id) ?? [],
    latestPeriod: (id) => sortedPeriods.get(id)?.at(-1),
    rows: (id, period) => byKey.get(`${id}\u0000${period}`) ?? new Map(),
  };
}
