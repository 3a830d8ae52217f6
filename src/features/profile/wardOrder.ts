// The ward list's order. Pure.
import type { NamedArea } from '../../domain/place';

/** The wards by name (locale order), leaving the place's list as it was. */
export function wardsByName<W extends NamedArea>(wards: readonly W[]): W[] {
  return [...wards].sort((a, b) => a.name.localeCompare(b.name));
}
