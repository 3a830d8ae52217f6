import { useMemo } from 'react';
import type { Place } from '../../domain/place';
import { countSummary } from './countClasses';
import { findingsForTheme, prioritiesSummary, priorityCounts, type PriorityModel } from './model';
import { exclusionsFor, listedPriorities, resolveScope, themeWordsOf } from './scope';

/**
 * The findings in view for the address's theme and ward (`themeSlug`, `areaCode`), the first `top` listed,
 * and the table's rows (every finding with `includeAll`, otherwise the significantly worse).
 */
export function usePriorityScope(model: PriorityModel, place: Place, themeSlug: string | undefined, areaCode: string | undefined, top: number, includeAll: boolean) {
  const scope = resolveScope(model.themes, place.wards, themeSlug, areaCode);
  const { theme, ward, themeOption } = scope;

  const scoped = useMemo(() => findingsForTheme(model.findings, theme), [model, theme]);
  const priorities = useMemo(() => scoped.filter((f) => f.significantlyWorse), [scoped]);
  const counts = useMemo(() => priorityCounts(scoped, place.wards), [scoped, place.wards]);
  const themeWords = themeWordsOf(theme);

  return {
    ...scope,
    ...listedPriorities(priorities, ward, top),
    priorities,
    counts,
    themeWords,
    summary: prioritiesSummary(scoped, theme, place.localAuthority.name, place.wards.length),
    mapSummary: countSummary(counts, place.wards, themeWords),
    tableRows: includeAll ? scoped : priorities,
    notWorse: scoped.length - priorities.length,
    themeExclusions: exclusionsFor(model.exclusions, theme),
    /** The chosen theme when it has no ranked findings (the page then says so instead), otherwise null. */
    emptyTheme: themeOption !== null && scoped.length === 0 ? themeOption : null,
  };
}
