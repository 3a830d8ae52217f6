// How a neighbourhood is named for a resident: its ONS name ("York 004A") means nothing on its own, so it is
// always followed by the ward it is in. Pure; one rule for map, tables, charts and sentences.
import type { Place } from '../domain/place';

/** "A", "A and B", "A, B and C". */
function listWords(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const cache = new WeakMap<Place, Map<string, string>>();

/**
 * The ward words of every LSOA and MSOA of a place. An LSOA is in one ward (the ONS best-fit lookup in
 * place.json). An MSOA can straddle wards: it names every ward its LSOAs are counted in, the one holding most of
 * them first (then by name), because naming only the main one would tell a resident in the others that their
 * street is elsewhere; York's MSOAs touch at most three wards.
 */
function wardWords(place: Place): Map<string, string> {
  const known = cache.get(place);
  if (known) return known;
  const wardName = new Map(place.wards.map((w) => [w.code, w.name]));
  const words = new Map<string, string>();
  const msoaWards = new Map<string, Map<string, number>>();
  for (const lsoa of place.lsoas) {
    const ward = wardName.get(lsoa.wardCode);
    if (!ward) continue;
    words.set(lsoa.code, ward);
    if (lsoa.msoaName) {
      const counts = msoaWards.get(lsoa.msoaName) ?? new Map<string, number>();
      counts.set(ward, (counts.get(ward) ?? 0) + 1);
      msoaWards.set(lsoa.msoaName, counts);
    }
  }
  for (const msoa of place.msoas) {
    const counts = msoaWards.get(msoa.name);
    if (!counts) continue;
    const ordered = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
    words.set(msoa.code, listWords(ordered));
  }
  cache.set(place, words);
  return words;
}

/**
 * An area's name as shown: an LSOA or MSOA with its ward ("York 004A, in Westfield"; "York 014, in Osbaldwick &
 * Derwent, Heworth and Hull Road"), anything else (a ward, the place, England) as it is.
 */
export function areaDisplayName(place: Place, code: string, name: string): string {
  const ward = wardWords(place).get(code);
  return ward ? `${name}, in ${ward}` : name;
}
