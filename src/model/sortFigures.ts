import type { AreaFigure } from './mapModel';

export type SortKey = 'name' | 'value' | 'rank';

/** Missing values always sort last, whichever direction, so they are never read as the lowest. */
export function sortFigures(figures: AreaFigure[], key: SortKey, descending: boolean): AreaFigure[] {
  const valueOf = (f: AreaFigure) => (key === 'rank' ? f.rank : (f.row?.value ?? null));
  return [...figures].sort((a, b) => {
    if (key === 'name') return descending ? b.name.localeCompare(a.name) : a.name.localeCompare(b.name);
    const va = valueOf(a);
    const vb = valueOf(b);
    if (va === null && vb === null) return a.name.localeCompare(b.name);
    if (va === null) return 1;
    if (vb === null) return -1;
    return descending ? vb - va : va - vb;
  });
}
