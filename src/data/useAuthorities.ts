import { useQuery } from '@tanstack/react-query';
import type { IndicatorMeta } from '../domain/indicators';
import { loadAuthorities } from './loadAuthorities';

export const AUTHORITIES_QUERY_KEY = ['authorities'] as const;

/** Every English authority's figures, loaded once (lazily, by the views that need them) and kept. */
export function useAuthorities(metadata: IndicatorMeta[]) {
  return useQuery({
    queryKey: AUTHORITIES_QUERY_KEY,
    queryFn: () => loadAuthorities(metadata),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: 1,
  });
}
