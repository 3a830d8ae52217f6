import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { IndicatorMeta, IndicatorRow } from '../domain/indicators';
import { buildIndicatorIndex, combineIndexes, type IndicatorIndex } from '../core/indicatorIndex';
import { onStoreReady, type ImportedDataset } from './imported/importStore';
import { loadImported, type DamagedDataset } from './imported/loadImported';
import { loadSnapshot, type Snapshot } from './loadSnapshot';

/** Everything a view needs: the bundled snapshot, plus the datasets this browser imported, in one index. */
export interface DashboardData {
  snapshot: Snapshot;
  /** Every dataset this browser stored, damaged ones too (listed on the Import page so they can be deleted). */
  imported: ImportedDataset[];
  indicators: IndicatorMeta[];
  /** Bundled rows, then the imported rows read at page load (the place's areas, regions, England). */
  rows: IndicatorRow[];
  /**
   * Imported rows read at page load, with namespaced ids. Other authorities' rows are not here:
   * useAuthorities(indicatorId) reads them for the one indicator a view shows.
   */
  importedRows: IndicatorRow[];
  /** Imported indicators with figures for two or more authorities (York among authorities offers them). */
  importedAuthorityIds: ReadonlySet<string>;
  index: IndicatorIndex;
  /** Why this browser's imports could not be read, if they could not (the bundled data still shows). */
  importProblem?: string;
  /** Datasets left out because part of them could not be read; the others still show. */
  importDamage: DamagedDataset[];
}

export const IMPORTED_QUERY_KEY = ['imported'] as const;

export function useDashboardData() {
  // structuralSharing off: comparing a refetched import with the old one row by row would hold the
  // main thread for seconds on a large file, and these results are rebuilt whole anyway.
  const snapshot = useQuery({ queryKey: ['snapshot'], queryFn: loadSnapshot, staleTime: Infinity, structuralSharing: false });
  const imported = useQuery({ queryKey: IMPORTED_QUERY_KEY, queryFn: loadImported, staleTime: Infinity, structuralSharing: false });
  const queryClient = useQueryClient();
  // The store may open late (another tab held it): show the imports then, without a reload.
  useEffect(() => onStoreReady(() => void queryClient.invalidateQueries({ queryKey: IMPORTED_QUERY_KEY })), [queryClient]);
  // Indexed once: a new import is indexed on its own (in slices) and joined to this, not merged and re-indexed.
  const snapshotIndex = useMemo(() => snapshot.data && buildIndicatorIndex(snapshot.data.indicators, snapshot.data.rows), [snapshot.data]);
  const data = useMemo<DashboardData | null>(() => {
    if (!snapshot.data || !snapshotIndex || !imported.data) return null;
    return {
      snapshot: snapshot.data,
      imported: imported.data.datasets,
      indicators: [...snapshot.data.indicators, ...imported.data.indicators],
      rows: imported.data.rows.length === 0 ? snapshot.data.rows : snapshot.data.rows.concat(imported.data.rows),
      importedRows: imported.data.rows,
      importedAuthorityIds: imported.data.authorityIndicatorIds,
      importDamage: imported.data.damaged,
      index: combineIndexes(snapshotIndex, imported.data.index),
      ...(imported.data.problem ? { importProblem: imported.data.problem } : {}),
    };
  }, [snapshot.data, snapshotIndex, imported.data]);
  return { data, error: snapshot.error ?? imported.error, isPending: snapshot.isPending || imported.isPending };
}
