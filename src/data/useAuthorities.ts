import { useQuery } from '@tanstack/react-query';
import { loadAuthorities, type AuthoritiesData } from './loadAuthorities';
import { loadImportedComparators } from './imported/loadImported';
import { isImportedId } from './imported/namespacing';

export const AUTHORITIES_QUERY_KEY = ['authorities'] as const;

/**
 * One indicator's figures for every English authority: the bundled file's, and for an imported
 * indicator the other authorities' and constituencies' rows this browser stored (its `comparators`
 * level, read only now). The place's own row of an imported indicator is among the rows read at page
 * load (`data.importedRows`), not here.
 */
export async function loadAuthorityFigures(indicatorId: string): Promise<AuthoritiesData> {
  // Imported ids are namespaced (imp:…), so a bundled indicator never has imported comparators.
  if (!isImportedId(indicatorId)) return loadAuthorities(indicatorId);
  const [bundled, imported] = await Promise.all([loadAuthorities(indicatorId), loadImportedComparators(indicatorId)]);
  return { rows: bundled.rows.concat(imported.rows), warnings: [...bundled.warnings, ...imported.warnings] };
}

/** One indicator's figures for every English authority, read when a view shows it and kept. */
export function useAuthorities(indicatorId: string) {
  return useQuery({
    queryKey: [...AUTHORITIES_QUERY_KEY, indicatorId],
    queryFn: () => loadAuthorityFigures(indicatorId),
    enabled: indicatorId !== '',
    staleTime: Infinity,
    gcTime: Infinity,
    // structuralSharing off: an imported indicator may have hundreds of thousands of rows.
    structuralSharing: false,
    retry: 1,
  });
}
