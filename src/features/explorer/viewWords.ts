import { publisherName } from '../../core/format';
// The explorer page's words and options that are not chart geometry: pure, so they run in node.
import type { IndicatorMeta } from '../../domain/indicators';
import type { BenchmarkChoice, ExplorerModel, ExplorerRow, ExplorerSortKey } from './model';
import { capitalise } from '../../core/format';

export interface BenchmarkOption {
  choice: BenchmarkChoice;
  label: string;
  hint: string;
}

const NO_FIGURE = 'no figure for this indicator';

/** The three comparisons offered, each saying when the benchmark has no figure for the indicator. */
export function benchmarkOptions(
  country: { code: string; name: string },
  authority: { code: string; name: string },
  hasValue: (code: string) => boolean,
): BenchmarkOption[] {
  return [
    { choice: 'country' as const, label: country.name, hint: hasValue(country.code) ? '' : NO_FIGURE },
    { choice: 'place' as const, label: authority.name, hint: hasValue(authority.code) ? '' : NO_FIGURE },
    { choice: 'none' as const, label: 'No comparison', hint: '' },
  ];
}

/** Whether an area has a figure (a missing or suppressed value is no figure, never 0). */
export function hasFigure(rows: ReadonlyMap<string, { value: number | null }>, code: string): boolean {
  const v = rows.get(code)?.value;
  return v !== null && v !== undefined;
}

/** The source line under the page and in the downloads. */
export function sourceLine(meta: Pick<IndicatorMeta, 'source' | 'publisher' | 'period' | 'licence'>): string {
  return `Source: ${meta.source} (${publisherName(meta.publisher)}), ${meta.period}. ${meta.licence}.`;
}

export interface ExplorerColumn {
  key: ExplorerSortKey;
  label: string;
  show: boolean;
}

/** The table's columns; the interval, count and denominator columns only when some row has them. */
export function explorerColumns(model: Pick<ExplorerModel, 'rows' | 'benchmark' | 'areaSingular'>): ExplorerColumn[] {
  const hasCounts = model.rows.some((r) => r.count !== null);
  const hasDenominators = model.rows.some((r) => r.denominator !== null);
  const hasIntervals = model.rows.some((r) => r.lower95 !== null);
  return [
    { key: 'name', label: capitalise(model.areaSingular), show: true },
    { key: 'value', label: 'Value', show: true },
    // Beside the value, so a phone shows it without scrolling the table sideways.
    { key: 'outcome', label: model.benchmark ? `Compared with ${model.benchmark.name}` : 'Comparison', show: true },
    { key: 'lower95', label: 'Lower 95% limit', show: hasIntervals },
    { key: 'upper95', label: 'Upper 95% limit', show: hasIntervals },
    { key: 'count', label: 'Count', show: hasCounts },
    { key: 'denominator', label: 'Denominator', show: hasDenominators },
  ];
}

export interface ExplorerSort {
  key: ExplorerSortKey;
  descending: boolean;
}

/** Selecting a heading: the same column flips; a new one starts descending, except names (A to Z). */
export function nextExplorerSort(sort: ExplorerSort, key: ExplorerSortKey): ExplorerSort {
  return { key, descending: sort.key === key ? !sort.descending : key !== 'name' };
}

/** The tooltip of a bar: name, value, interval and comparison. */
export function barTitle(row: Pick<ExplorerRow, 'name' | 'valueText' | 'intervalText' | 'comparisonText'>): string {
  return `${row.name}: ${row.valueText}${row.intervalText ? ` (95% confidence interval ${row.intervalText})` : ''}, ${row.comparisonText}`;
}

/** A bar's rectangle with a positive width and height (recharts gives negative ones for bars drawn leftwards). */
export function barBox(props: { x: number; y: number; width: number; height: number }): { x: number; y: number; width: number; height: number } {
  return {
    x: props.width < 0 ? props.x + props.width : props.x,
    y: props.height < 0 ? props.y + props.height : props.y,
    width: Math.abs(props.width),
    height: Math.abs(props.height),
  };
}

/** Where a reference line's label is anchored: kept inside the plot near either end. */
export function referenceAnchor(value: number, domain: readonly [number, number]): 'start' | 'middle' | 'end' {
  const share = (value - domain[0]) / (domain[1] - domain[0]);
  return share > 0.7 ? 'end' : share < 0.2 ? 'start' : 'middle';
}
