import type { IndicatorMeta, IndicatorRow } from '../domain/indicators';
import { breakdownKey, sortBreakdowns, type Breakdown } from './breakdown';

// Rows are indexed by series (indicator × breakdown) and period, so no view can join values of
// different breakdowns: a caller names the breakdown it shows, or gets the indicator's headline one.

export interface IndicatorIndex {
  meta: Map<string, IndicatorMeta>;
  /** Every breakdown an indicator has, headline-like first (see compareBreakdowns). */
  breakdowns(indicatorId: string): Breakdown[];
  /** Periods of one series, oldest first; the indicator's first breakdown when none is named. */
  periods(indicatorId: string, breakdown?: Breakdown): string[];
  latestPeriod(indicatorId: string, breakdown?: Breakdown): string | undefined;
  /** Rows of one series and period, by area code; the indicator's first breakdown when none is named. */
  rows(indicatorId: string, period: string, breakdown?: Breakdown): Map<string, IndicatorRow>;
}

const SEP = '\u0000';

/**
 * Builds an index a batch of rows at a time, so a caller on the main thread can index a large
 * import in slices and let the page breathe between them.
 */
export class IndicatorIndexBuilder {
  private readonly byKey = new Map<string, Map<string, IndicatorRow>>();
  /** indicator → breakdown key → (breakdown, periods) */
  private readonly series = new Map<string, Map<string, { breakdown: Breakdown; periods: Set<string> }>>();

  add(rows: readonly IndicatorRow[]): this {
    for (const row of rows) {
      const bk = breakdownKey(row);
      const key = `${row.indicatorId}${SEP}${bk}${SEP}${row.period}`;
      let areas = this.byKey.get(key);
      if (!areas) this.byKey.set(key, (areas = new Map()));
      areas.set(row.areaCode, row);
      let perIndicator = this.series.get(row.indicatorId);
      if (!perIndicator) this.series.set(row.indicatorId, (perIndicator = new Map()));
      let entry = perIndicator.get(bk);
      if (!entry) {
        const breakdown = { sex: row.sex, age: row.age, categoryType: row.categoryType, category: row.category };
        perIndicator.set(bk, (entry = { breakdown, periods: new Set() }));
      }
      entry.periods.add(row.period);
    }
    return this;
  }

  finish(indicators: readonly IndicatorMeta[]): IndicatorIndex {
    const byKey = this.byKey;
    const breakdowns = new Map<string, Breakdown[]>();
    const periods = new Map<string, string[]>();
    for (const [id, perIndicator] of this.series) {
      breakdowns.set(id, sortBreakdowns([...perIndicator.values()].map((e) => e.breakdown)));
      for (const [bk, entry] of perIndicator) periods.set(`${id}${SEP}${bk}`, [...entry.periods].sort());
    }
    const keyOf = (id: string, breakdown: Breakdown | undefined) => {
      const b = breakdown ?? breakdowns.get(id)?.[0];
      return b ? `${id}${SEP}${breakdownKey(b)}` : '';
    };
    return {
      meta: new Map(indicators.map((m) => [m.id, m])),
      breakdowns: (id) => breakdowns.get(id) ?? [],
      periods: (id, b) => periods.get(keyOf(id, b)) ?? [],
      latestPeriod: (id, b) => periods.get(keyOf(id, b))?.at(-1),
      rows: (id, period, b) => byKey.get(`${keyOf(id, b)}${SEP}${period}`) ?? new Map(),
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
    breakdowns: (id) => owner.get(id)?.breakdowns(id) ?? [],
    periods: (id, b) => owner.get(id)?.periods(id, b) ?? [],
    latestPeriod: (id, b) => owner.get(id)?.latestPeriod(id, b),
    rows: (id, period, b) => owner.get(id)?.rows(id, period, b) ?? new Map(),
  };
}
