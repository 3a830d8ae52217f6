// What the priorities view shows, from the address's theme and ward: pure, no React, no DOM.
import type { NamedArea } from '../../domain/place';
import type { Exclusion, Finding, ThemeOption } from './model';

export interface Scope {
  /** The theme the link names, when the dashboard has it. */
  themeOption: ThemeOption | null;
  /** The link names a theme the dashboard does not have (every theme is then shown). */
  unknownTheme: boolean;
  theme: string | null;
  /** The ward the link names, when it is one of the place's. */
  ward: NamedArea | null;
  /** The link names a ward code that is not one of the place's (every ward is then shown). */
  unknownWard: boolean;
}

/** The theme and ward of the address (`themeSlug`, `areaCode`: missing or '' for none). */
export function resolveScope(
  themes: readonly ThemeOption[],
  wards: readonly NamedArea[],
  themeSlug: string | undefined,
  areaCode: string | undefined,
): Scope {
  const themeOption = themes.find((t) => t.slug === themeSlug) ?? null;
  const ward = wards.find((w) => w.code === areaCode) ?? null;
  return {
    themeOption,
    unknownTheme: themeSlug !== undefined && themeSlug !== '' && themeOption === null,
    theme: themeOption?.theme ?? null,
    ward,
    unknownWard: areaCode !== undefined && areaCode !== '' && ward === null,
  };
}

/** " for alcohol harm" after a heading when a theme is chosen; "" for every theme. */
export function themeWordsOf(theme: string | null): string {
  return theme ? ` for ${theme.toLowerCase()}` : '';
}

/** The page title: "Where to act first", with ": alcohol harm" when a theme is chosen. */
export function priorityTitle(theme: string | null): string {
  return `Where to act first${theme ? `: ${theme.toLowerCase()}` : ''}`;
}

/** The chosen ward's priorities, or (without a ward) the first `top` of all. */
export function listedPriorities(priorities: readonly Finding[], ward: NamedArea | null, top: number): { wardPriorities: Finding[]; listed: Finding[] } {
  const wardPriorities = ward ? priorities.filter((f) => f.wardCode === ward.code) : [];
  return { wardPriorities, listed: ward ? wardPriorities : priorities.slice(0, top) };
}

/** The indicators left out of the ranking, of the chosen theme only when there is one. */
export function exclusionsFor(exclusions: Exclusion[], theme: string | null): Exclusion[] {
  return theme ? exclusions.filter((e) => e.meta.theme === theme) : exclusions;
}
