import type { IndicatorRow } from '../domain/indicators';

/**
 * Where an imported row is stored, which decides which page reads it:
 * - `place`: the place's own areas (wards, LSOAs, MSOAs, its authority), regions and England. Every
 *   view, the all-indicator ones (priorities, profile, briefing) included, reads these at page load.
 * - `comparators`: other local authorities and constituencies. Read for one indicator at a time, when
 *   Trends or "York among authorities" shows it: an England-wide authority file need not pass through
 *   the main thread on every page load.
 * - `other`: areas elsewhere (for example LSOAs elsewhere in England). Stored, never read by a page.
 */
export type RowLevel = 'place' | 'comparators' | 'other';
export const ROW_LEVELS: readonly RowLevel[] = ['place', 'comparators', 'other'];

/** Area types kept whatever the place: few rows, and the views compare the place with them. */
const PLACE_WIDE_TYPES: ReadonlySet<string> = new Set(['Region', 'England']);
/**
 * Whole areas a view can set the place beside for one indicator: authorities (York among authorities,
 * Trends comparators) and constituencies (the bundled QOF prevalence is by constituency; a few hundred).
 */
const COMPARATOR_TYPES: ReadonlySet<string> = new Set(['Local authority', 'Constituency']);

/** The level one row is stored at; `placeAreaCodes` are the place's own areas (its authority included). */
export function rowLevel(row: IndicatorRow, placeAreaCodes: ReadonlySet<string>): RowLevel {
  if (placeAreaCodes.has(row.areaCode) || PLACE_WIDE_TYPES.has(row.areaType)) return 'place';
  if (COMPARATOR_TYPES.has(row.areaType)) return 'comparators';
  return 'other';
}

/** How many rows go to each level, counted without copying them (for a file that is not saved). */
export function levelCounts(rows: Iterable<IndicatorRow>, placeAreaCodes: ReadonlySet<string>): Record<RowLevel, number> {
  const counts = { place: 0, comparators: 0, other: 0 };
  for (const row of rows) counts[rowLevel(row, placeAreaCodes)]++;
  return counts;
}

/**
 * Splits an upload into the rows the views can show (the `place` and `comparators` levels) and the
 * rest. The worker no longer uses this (it stores rows level by level in one pass, see saveDataset);
 * kept for the tests that check where a sample file's rows go.
 */
export function splitByPlace(
  rows: readonly IndicatorRow[],
  placeAreaCodes: ReadonlySet<string>,
): { shown: IndicatorRow[]; other: IndicatorRow[] } {
  const shown: IndicatorRow[] = [];
  const other: IndicatorRow[] = [];
  for (const row of rows) (rowLevel(row, placeAreaCodes) === 'other' ? other : shown).push(row);
  return { shown, other };
}

/** Consecutive slices of at most `size` items: the unit stored and loaded at once. */
export function chunksOf<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError('Chunk size must be a positive whole number.');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * One plain-English sentence on where an import's rows went. `shown` counts both the rows read at
 * page load and the authorities' rows read when Trends or York among authorities shows their indicator.
 */
export function shownSentence(shown: number, other: number, placeName: string): string {
  const n = (x: number) => x.toLocaleString('en-GB');
  const rows = (x: number) => (x === 1 ? '1 row is' : `${n(x)} rows are`);
  if (other === 0) return shown === 1 ? 'The accepted row appears in the views.' : `All ${n(shown)} accepted rows appear in the views.`;
  if (shown === 0)
    return `None of the accepted rows is for ${placeName}'s areas or for a whole authority, constituency, region or England, so no view shows them; they are kept in this browser.`;
  return (
    `${rows(shown)} for ${placeName}'s areas or whole authorities, constituencies, regions or England and appear${shown === 1 ? 's' : ''} in the views; ` +
    `${rows(other)} for other areas (for example neighbourhoods elsewhere in England): kept in this browser, not shown on ${placeName}'s pages.`
  );
}
