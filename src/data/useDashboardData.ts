import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { IndicatorMeta, IndicatorRow } from '../ingest/types';
import { buildIndicatorIndex, type IndicatorIndex } from '../model/indicatorIndex';
import { listDatasets, type ImportedDataset } from './imported/importStore';
import { namespaced } from './imported/namespacing';
import { loadSnapshot, type Snapshot } from './loadSnapshot';

/** Everything a view needs: the bundled snapshot, plus the datasets this browser imported, in one index. */
export interface DashboardData {
  snapshot: Snapshot;
  imported: ImportedDataset[];
  indicators: IndicatorMeta[];
  rows: IndicatorRow[];
  index: IndicatorIndex;
}

export const IMPORTED_QUERY_KEY = ['imported'] as const;

async function loadImported(): Promise<ImportedDataset[]> {
  // A browser without IndexedDB (or with it blocked) still shows the bundled data.
  if (typeof indexedDB === 'undefined') return [];
  try {
    return await listDatasets();
  } catch {
    return [];
  }
}

export function useDashboardData() {
  const snapshot = useQuery({ queryKey: ['snapshot'], queryFn: loadSnapshot, staleTime: Infinity });
  const imported = useQuery({ queryKey: IMPORTED_QUERY_KEY, queryFn: loadImported, staleTime: Infinity });
  const data = useMemo<DashboardData | null>(() => {
    if (!snapshot.data || !imported.data) return null;
    const indicators = [...snapshot.data.indicators];
    const rows = [...snapshot.data.rows];
    for (const dataset of imported.data) {
      const extra = namespaced(dataset);
      indicators.push(...extra.indicators);
      for (const row of extra.rows) rows.push(row);
    }
    return { snapshot: snapshot.data, imported: imported.data, indicators, rows, index: buildIndicatorIndex(indicators, rows) };
  }, [snapshot.data, imported.data]);
  return { data, error: snapshot.error ?? imported.error, isPending: snapshot.isPending || imported.isPending };
}
