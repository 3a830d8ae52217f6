// Indicators the views give a job to, read from data rather than written here: the place's roles
// (data/place.json, from scripts/places/<place>.json) and each indicator's own metadata (subject,
// population, which series it continues). Every accessor copes with a role that is absent.
import type { IndicatorMeta } from '../domain/indicators';
import type { Place, PlaceRoles } from '../domain/place';

/** The roles that name one indicator. */
export type PlaceRole = Exclude<keyof PlaceRoles, 'keyLsoaIndicators'>;

/** The id the place gives this role, or null when it gives none. */
export function placeRole(place: Place, role: PlaceRole): string | null {
  const id = place.roles?.[role];
  return typeof id === 'string' && id !== '' ? id : null;
}

/** The figures shown for each neighbourhood (LSOA) of a ward profile; [] when none are configured. */
export function keyLsoaIndicators(place: Place): string[] {
  return [...(place.roles?.keyLsoaIndicators ?? [])];
}

/** The earlier editions an indicator continues, and the note shown beside the change; null when none. */
export function trendLink(meta: IndicatorMeta): { previous: string[]; note: string } | null {
  const previous = meta.continues ?? [];
  return previous.length > 0 ? { previous: [...previous], note: meta.continuesNote ?? '' } : null;
}

/** Ids that some indicator continues: shown as that indicator's earlier periods, not as rows of their own. */
export function continuedIds(metas: Iterable<IndicatorMeta>): Set<string> {
  const ids = new Set<string>();
  for (const m of metas) for (const id of m.continues ?? []) ids.add(id);
  return ids;
}

/**
 * Ids the all-indicator views (ward profile, ward groups) do not list as lines of their own: editions another
 * indicator continues (shown as its earlier periods) and the place's age-band shares (the age profile).
 */
export function notOwnLineIds(metas: Iterable<IndicatorMeta>, place: Place): Set<string> {
  const ids = continuedIds(metas);
  const ageBands = placeRole(place, 'ageBands');
  if (ageBands) ids.add(ageBands);
  return ids;
}

/** Every id the place's configuration names (default indicator and roles), with where it is named. */
export function placeRoleIds(place: Pick<Place, 'defaultIndicator' | 'roles'>): { where: string; id: string }[] {
  const named: { where: string; id: string }[] = [{ where: 'defaultIndicator', id: place.defaultIndicator }];
  for (const [role, value] of Object.entries(place.roles ?? {}) as [keyof PlaceRoles, string | string[] | undefined][]) {
    if (value === undefined) continue;
    const ids = Array.isArray(value) ? value : [value];
    ids.forEach((id, i) => named.push({ where: Array.isArray(value) ? `roles.${role}[${i}]` : `roles.${role}`, id }));
  }
  return named;
}

/**
 * What is wrong with the roles against the indicators of a snapshot: every id named by the place's
 * configuration, or continued by an indicator, must be an indicator of the snapshot. [] when all is well.
 */
export function roleProblems(place: Pick<Place, 'defaultIndicator' | 'roles'>, metas: readonly IndicatorMeta[]): string[] {
  const known = new Set(metas.map((m) => m.id));
  const problems: string[] = [];
  for (const { where, id } of placeRoleIds(place)) {
    if (!known.has(id)) problems.push(`place ${where} names "${id}", which is not an indicator of the snapshot`);
  }
  for (const m of metas) {
    for (const id of m.continues ?? []) {
      if (id === m.id) problems.push(`indicator "${m.id}" continues itself`);
      else if (!known.has(id)) problems.push(`indicator "${m.id}" continues "${id}", which is not an indicator of the snapshot`);
    }
  }
  return problems;
}
