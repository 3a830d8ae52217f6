// The Alliance's stated concern (THEME_ORDER[0], alcohol harm) may have no ward figures in open data:
// OHID publishes alcohol-related admissions and deaths for authorities, and its ward figures (Local
// Health) are not in the open files held here. The map, the priorities and the briefing then say so
// once, and point to the place's own series instead of leaving the theme silently absent. Pure.
import type { IndicatorMeta } from '../domain/indicators';
import type { Place } from '../domain/place';
import { placeRole } from './indicatorRoles';
import { THEME_ORDER } from './themes';

const SMALL_AREAS = new Set(['Ward', 'MSOA', 'LSOA']);

export interface ConcernNotice {
  /** The theme, as THEME_ORDER names it ("Alcohol harm"). */
  theme: string;
  /** The place-level series to look at instead: the place's trend role when it is in the theme, else the theme's first. */
  series: IndicatorMeta | null;
}

/** Null when some indicator of the concern theme has ward or neighbourhood figures (bundled or imported). */
export function concernNotice(indicators: Iterable<IndicatorMeta>, place: Place): ConcernNotice | null {
  const theme = THEME_ORDER[0] as string;
  const inTheme = [...indicators].filter((m) => m.theme === theme);
  if (inTheme.some((m) => m.geographies.some((g) => SMALL_AREAS.has(g)))) return null;
  const trendId = placeRole(place, 'defaultTrend');
  return { theme, series: inTheme.find((m) => m.id === trendId) ?? inTheme[0] ?? null };
}
