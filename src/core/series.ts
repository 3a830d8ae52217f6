// The series an all-indicator view (York at a glance, the ward profile, the priorities, the briefing, ward
// groups) lists for each indicator: summaryBreakdowns() of its breakdowns, so an indicator published for
// males and females only shows both, side by side, each a series of its own. A series is looked up and
// keyed by indicator id + breakdown key, never by indicator id alone, and its period, rows and benchmark
// are always of its own breakdown.
import type { IndicatorMeta } from '../domain/indicators';
import { breakdownKey, seriesName, summaryBreakdowns, type Breakdown, breakdownOf, sameBreakdown, sortBreakdowns } from './breakdown';
import type { IndicatorIndex } from './indicatorIndex';
import { type IndicatorRow } from '../domain/indicators';

export interface SummarySeries {
  meta: IndicatorMeta;
  breakdown: Breakdown;
  /** Indicator id + breakdown key: for React keys, data attributes and lookups. */
  key: string;
  /** "Life expectancy at birth: Males"; the indicator's name alone when it has one breakdown. */
  name: string;
}

/** "ft-90366-life-expectancy|Male|All ages||": one series, as text. */
export function seriesKey(indicatorId: string, breakdown: Breakdown): string {
  return `${indicatorId}|${breakdownKey(breakdown)}`;
}

/**
 * The summary series of one indicator. A category breakdown (a Census age band, say) is one slice of a
 * distribution, not a figure for the area, so an indicator with only category rows lists none: its
 * categories are for the single-indicator views (and the ward profile's age profile).
 */
export function summarySeries(index: IndicatorIndex, meta: IndicatorMeta): SummarySeries[] {
  const all = index.breakdowns(meta.id);
  return summaryBreakdowns(all)
    .filter((b) => b.categoryType === '' && b.category === '')
    .map((breakdown) => ({ meta, breakdown, key: seriesKey(meta.id, breakdown), name: seriesName(meta.name, breakdown, all) }));
}

/** The breakdowns an indicator has rows for (in one area, when given), headline-like first. */
export function breakdownsOf(rows: readonly IndicatorRow[], indicatorId: string, areaCode?: string): Breakdown[] {
  const found = new Map<string, Breakdown>();
  for (const r of rows) {
    if (r.indicatorId !== indicatorId) continue;
    if (areaCode !== undefined && r.areaCode !== areaCode) continue;
    const key = breakdownKey(r);
    if (!found.has(key)) found.set(key, breakdownOf(r));
  }
  return sortBreakdowns(found.values());
}

/** Rows of one series (indicator and breakdown), any area. */
export function indicatorRows(rows: readonly IndicatorRow[], indicatorId: string, breakdown: Breakdown): IndicatorRow[] {
  return rows.filter((r) => r.indicatorId === indicatorId && sameBreakdown(r, breakdown));
}
