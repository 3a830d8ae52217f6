import type { IndicatorRow } from '../domain/indicators';

/**
 * Area types every view can show whatever the place: authorities (York among authorities,
 * Trends comparators), constituencies (the bundled QOF prevalence is by constituency; there are
 * a few hundred, so all are kept to hand), regions and England.
 */
const COMPARATOR_TYPES: ReadonlySet<string> = new Set(['Local authority', 'Constituency', 'Region', 'England']);

/**
 * Splits an upload into the rows the place's pages can show (the place's own wards,
 * neighbourhoods and authority, plus authorities, constituencies, regions and England) and the rest
 * (for example LSOAs elsewhere in England). Both are kept; only the first is loaded by the
 * page, so an England-wide file of hundreds of MB does not have to pass through the main thread.
 */
export function splitByPlace(
  rows: readonly IndicatorRow[],
  placeAreaCodes: ReadonlySet<string>,
): { shown: IndicatorRow[]; other: IndicatorRow[] } {
  const shown: IndicatorRow[] = [];
  const other: IndicatorRow[] = [];
  for (const row of rows) {
    if (placeAreaCodes.has(row.areaCode) || COMPARATOR_TYPES.has(row.areaType)) shown.push(row);
    else other.push(row);
  }
  return { shown, other };
}

/** Consecutive slices of at most `size` items: the unit stored and loaded at once. */
export function chunksOf<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError('Chunk size must be a positive whole number.');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** One plain-English sentence on where an import's rows went. */
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
