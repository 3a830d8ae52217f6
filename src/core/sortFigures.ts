import type { AreaFigure } from './mapModel';
import { byName, byValueMissingLast } from './sortMissingLast';

export type SortKey = 'name' | 'value' | 'rank';

/** Missing values always sort last, whichever direction, so they are never read as the lowest. */
export function sortFigures(figures: AreaFigure[], key: SortKey, descending: boolean): AreaFigure[] {
  if (key === 'name') return [...figures].sort(byName(descending));
  return [...figures].sort(byValueMissingLast((f) => (key === 'rank' ? f.rank : (f.row?.value ?? null)), descending));
}
