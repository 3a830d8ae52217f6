import { useQuery } from '@tanstack/react-query';
import { loadAuthorities } from './loadAuthorities';

export const AUTHORITIES_QUERY_KEY = ['authorities'] as const;

/** One indicator's figures for every English authority, fetched when a view shows it and kept. */
export function useAuthorities(indicatorId: string) {
  return useQuery({
    queryKey: [...AUTHORITIES_QUERY_KEY, indicatorId],
    queryFn: () => loadAuthorities(indicatorId),
    enabled: indicatorId !== '',
    staleTime: Infinity,
    gcTime: Infinity,
    retry: 1,
  });
}
