import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { buildIndicatorIndex } from '../model/indicatorIndex';
import { loadSnapshot } from './loadSnapshot';

export function useSnapshot() {
  const query = useQuery({ queryKey: ['snapshot'], queryFn: loadSnapshot, staleTime: Infinity });
  const index = useMemo(
    () => (query.data ? buildIndicatorIndex(query.data.indicators, query.data.rows) : null),
    [query.data],
  );
  return { ...query, index };
}
