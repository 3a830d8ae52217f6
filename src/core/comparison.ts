import type { IndicatorMeta, IndicatorRow } from '../domain/indicators';
import { compareWithBenchmark, type Outcome } from '../stats';
import type { Breakdown } from './breakdown';
import type { IndicatorIndex } from './indicatorIndex';
import { nationalPlacement } from './nationalTenth';
import { outcomeFromPublishedLabel } from './publishedLabel';

export interface Benchmark {
  code: string;
  name: string;
  row: IndicatorRow;
}

export interface Comparison {
  outcome: Outcome;
  /** Why there is no comparison, in plain English, when outcome is 'not-compared'. */
  reason: string;
  /** 'published' when the outcome is the publisher's own label because the interval behind it is not in the data. */
  source?: 'computed' | 'published';
  /** For a figure without an interval whose indicator has national tenths: where it sits among England's LSOAs, in words. */
  placement?: string;
}

/**
 * England where the data have it; otherwise the local authority, and the page says which. The
 * benchmark's row is always of the same breakdown as the figures compared with it.
 */
export function chooseBenchmark(
  index: IndicatorIndex,
  indicatorId: string,
  period: string,
  candidates: { code: string; name: string }[],
  breakdown?: Breakdown,
): Benchmark | null {
  const rows = index.rows(indicatorId, period, breakdown);
  for (const c of candidates) {
    const row = rows.get(c.code);
    if (row && row.value !== null) return { code: c.code, name: c.name, row };
  }
  return null;
}

/** Compares at the indicator's own comparison level, never at whichever interval happens to be stored. */
export function compareRow(row: IndicatorRow | undefined, benchmark: Benchmark | null, meta: IndicatorMeta): Comparison {
  if (!row || row.value === null) return { outcome: 'not-compared', reason: 'no value' };
  if (!benchmark) return { outcome: 'not-compared', reason: 'no benchmark value' };
  if (row.areaCode === benchmark.code) return { outcome: 'not-compared', reason: 'this is the benchmark' };
  const [lower, upper] = meta.comparisonLevel === 0.998 ? [row.lower998, row.upper998] : [row.lower95, row.upper95];
  if (lower === null || upper === null) {
    // The publisher's label compares with England; it is shown only against England, and said to be theirs.
    const published = benchmark.row.areaType === 'England' ? outcomeFromPublishedLabel(row.publishedComparison) : null;
    if (published) return { outcome: published, reason: '', source: 'published' };
    const placement = nationalPlacement(row.value, meta);
    return { outcome: 'not-compared', reason: 'no confidence interval', ...(placement ? { placement } : {}) };
  }
  return {
    outcome: compareWithBenchmark({ value: row.value, lower, upper }, benchmark.row.value, meta.polarity),
    reason: '',
    source: 'computed',
  };
}
