import { useMemo } from 'react';
import { authorityList } from '../../core/authorityList';
import type { SeriesSelection } from '../../core/selection';
import type { IndicatorRow } from '../../domain/indicators';
import type { Place } from '../../domain/place';
import { buildTrendsModel, pickComparators } from './model';

export const MAX_COMPARATORS = 5;

/**
 * The authorities that can be chosen, those chosen (`compare`, the address's codes, cleaned), and the trends model
 * of the selected series beside them. `authorityRows` is undefined while every authority's file loads.
 */
export function useComparedTrend(
  selection: SeriesSelection | null,
  rows: readonly IndicatorRow[],
  authorityRows: readonly IndicatorRow[] | undefined,
  place: Place,
  compare: readonly string[],
) {
  const meta = selection?.meta;
  const indicatorId = meta?.id ?? '';
  const breakdown = selection?.breakdown;
  const breakdowns = selection?.breakdowns;

  const options = useMemo(() => (authorityRows ? authorityList(authorityRows).filter((a) => a.code !== place.localAuthority.code) : []), [authorityRows, place]);
  const names = useMemo(() => new Map(options.map((o) => [o.code, o.name])), [options]);
  const comparatorCodes = pickComparators(compare, names, MAX_COMPARATORS, place.localAuthority.code);
  const comparators = comparatorCodes.map((code) => ({ code, name: names.get(code) ?? code }));
  const compareKey = comparatorCodes.join(',');

  const model = useMemo(
    () =>
      meta && breakdown && breakdowns
        ? buildTrendsModel({
            indicatorId,
            breakdown,
            breakdowns,
            meta,
            snapshotRows: rows,
            authorityRows: authorityRows ?? [],
            place: place.localAuthority,
            region: place.region,
            country: place.country,
            comparators: compareKey === '' ? [] : compareKey.split(',').map((code) => ({ code, name: names.get(code) ?? code })),
          })
        : null,
    [meta, indicatorId, breakdown, breakdowns, rows, authorityRows, place, compareKey, names],
  );
  return { options, comparatorCodes, comparators, model };
}
