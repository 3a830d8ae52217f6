// The words of the all-indicator table (York at a glance, a ward's panel, the briefing's table): themes
// with what they hold, comparisons in plain words, and the unit beside a value. Pure.
import type { Outcome } from '../stats';
import type { IndicatorMeta } from '../domain/indicators';
import type { AreaProfileLine } from './mapModel';
import { capitalise, countOf, listInWords } from './format';

/** Consecutive lines of one theme (buildAreaProfile already lists them in theme order). */
export function themeGroups<L extends { meta: Pick<IndicatorMeta, 'theme'> }>(lines: readonly L[]): { theme: string; lines: L[] }[] {
  const groups: { theme: string; lines: L[] }[] = [];
  for (const line of lines) {
    const last = groups.at(-1);
    if (last && last.theme === line.meta.theme) last.lines.push(line);
    else groups.push({ theme: line.meta.theme, lines: [line] });
  }
  return groups;
}

/** Which way a significant difference goes, whichever level found it; null when there is none (or no judgement). */
export const outcomeDirection = (o: Outcome): 'worse' | 'better' | null => (o === 'worse' || o === 'worst' ? 'worse' : o === 'better' || o === 'best' ? 'better' : null);

/** "12 figures, 3 worse than England, 1 better than York": what a theme holds, before it is opened. */
export function themeSummary(lines: readonly Pick<AreaProfileLine, 'comparison' | 'benchmark'>[]): string {
  const counts = new Map<string, number>();
  for (const l of lines) {
    const d = outcomeDirection(l.comparison.outcome);
    if (!d || !l.benchmark) continue;
    const key = `${d} than ${l.benchmark.name}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const order = [...counts].sort(([a], [b]) => Number(a.startsWith('better')) - Number(b.startsWith('better')));
  return [countOf(lines.length, 'figure', 'figures'), ...order.map(([k, n]) => `${n} ${k}`)].join(', ');
}

/**
 * A comparison in plain words: "Significantly worse than England"; the publisher's own verdict, whose interval
 * is not in the data, "Worse than England, as the publisher judges it" (never "significantly").
 */
export function plainOutcome(outcome: Outcome, benchmarkName: string, source?: 'computed' | 'published'): string {
  const d = outcomeDirection(outcome);
  if (source === 'published') {
    if (d) return `${capitalise(d)} than ${benchmarkName}, as the publisher judges it`;
    if (outcome === 'similar') return `Similar to ${benchmarkName}, as the publisher judges it`;
  }
  if (d) return `Significantly ${d} than ${benchmarkName}`;
  if (outcome === 'similar') return `Not significantly different from ${benchmarkName}`;
  if (outcome === 'higher' || outcome === 'lower') return `Significantly ${outcome} than ${benchmarkName}`;
  return `Not compared with ${benchmarkName}`;
}

/** One line where "as the publisher judges it" appears, naming the publishers. */
export function publishedNote(publishers: readonly string[]): string {
  const who = publishers.length > 0 ? listInWords([...new Set(publishers)]) : 'the publisher';
  return `“As the publisher judges it”: ${who} compared the figure with England; the range behind that judgement is not in the open data, so we show their verdict rather than test it.`;
}

/** The short label of the ward table's comparison column: Fingertips' "Worst (99.8%)" in words. */
export function plainOutcomeLabel(outcome: Outcome): string {
  switch (outcome) {
    case 'worst':
      return 'Worse, very clearly';
    case 'best':
      return 'Better, very clearly';
    case 'not-compared':
      return 'Not compared';
    default:
      return capitalise(outcome);
  }
}

/** Said once under a table that shows "very clearly". */
export const STRICT_NOTE =
  '“Very clearly”: the difference holds even on the stricter test (99.8% confidence interval), where the likely range misses the true value only about 1 time in 500.';

/** The unit written beside a value, or '' where the value carries it ("21.8%", "80.1 years"). */
export function unitBeside(meta: Pick<IndicatorMeta, 'unit'>): string {
  return meta.unit === '%' || meta.unit === 'years' ? '' : meta.unit;
}
