import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { IndicatorMeta, IndicatorRow } from '../ingest/types';
import { buildIndicatorIndex, type IndicatorIndex } from '../model/indicatorIndex';
import { loadSnapshot, type Snapshot } from './loadSnapshot';

/** Everything a view needs: the bundled snapshot, plus any datasets the user imported, in one index. */
export interface DashboardData {
  snapshot: Snapshot;
  indicators: IndicatorMeta[];
  rows: IndicatorRow[];
  index: IndicatorIndex;
}

export function useDashboardData() {
  const snapshot = useQuery({ queryKey: ['snapshot'], queryFn: loadSnapshot, staleTime: Infinity });
  const data = useMemo<DashboardData | null>(() => {
    if (!snapshot.data) return null;
    const { indicators, rows } = snapshot.data;
    return { snapshot: snapshot.data, indicators, rows, index: buildIndicatorIndex(indicators, rows) };
  }, [snapshot.data]);
  return { data, error: snapshot.error, isPending: snapshot.isPending };
}
