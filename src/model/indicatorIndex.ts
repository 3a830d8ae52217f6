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

/**
 * Builds an index a batch of rows at a time, so a caller on the main thread can index a large
 * import in slices and let the page breathe between them.
 */
export class IndicatorIndexBuilder {
  private readonly byKey = new Map<string, Map<string, IndicatorRow>>();
  private readonly periodSets = new Map<string, Set<string>>();

  add(rows: readonly IndicatorRow[]): this {
    for (const row of rows) {
      if (!isHeadline(row)) continue;
      const key = `${row.indicatorId}\u0000${row.period}`;
      let areas = this.byKey.get(key);
      if (!areas) this.byKey.set(key, (areas = new Map()));
      areas.set(row.areaCode, row);
      let set = this.periodSets.get(row.indicatorId);
      if (!set) this.periodSets.set(row.indicatorId, (set = new Set()));
      set.add(row.period);
    }
    return this;
  }

  finish(indicators: readonly IndicatorMeta[]): IndicatorIndex {
    const byKey = this.byKey;
    const sortedPeriods = new Map([...this.periodSets].map(([id, set]) => [id, [...set].sort()]));
    return {
      meta: new Map(indicators.map((m) => [m.id, m])),
      periods: (id) => sortedPeriods.get(id) ?? [],
      latestPeriod: (id) => sortedPeriods.get(id)?.at(-1),
      rows: (id, period) => byKey.get(`${id}\u0000${period}`) ?? new Map(),
    };
  }
}

export function buildIndicatorIndex(indicators: IndicatorMeta[], rows: IndicatorRow[]): IndicatorIndex {
  return new IndicatorIndexBuilder().add(rows).finish(indicators);
}

/**
 * One index over several whose indicator ids never overlap (imported ids are namespaced), so
 * adding an import does not re-index the bundled data. The first index that knows an id answers.
 */
export function combineIndexes(...indexes: IndicatorIndex[]): IndicatorIndex {
  if (indexes.length === 1) return indexes[0] as IndicatorIndex;
  const owner = new Map<string, IndicatorIndex>();
  const meta = new Map<string, IndicatorMeta>();
  for (const index of indexes) {
    for (const [id, m] of index.meta) {
      if (owner.has(id)) continue;
      owner.set(id, index);
      meta.set(id, m);
    }
  }
  return {
    meta,
    periods: (id) => owner.get(id)?.periods(id) ?? [],
    latestPeriod: (id) => owner.get(id)?.latestPeriod(id),
    rows: (id, period) => owner.get(id)?.rows(id, period) ?? new Map(),
  };
}
