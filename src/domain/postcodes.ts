// data/postcodes.json: the postcode → ward lookup the "Find my ward" box fetches when someone searches.
// Written by scripts/pipeline/postcodes.ts from Ordnance Survey Code-Point Open; read by src/core/postcodeLookup.ts.

/** A postcode of the place: its ward and its neighbourhood (LSOA), as indexes into `wards` and `lsoas`. */
export type PlacePostcode = [ward: number, lsoa: number];

export interface PostcodeFile {
  /** Product and release, e.g. "Ordnance Survey, Code-Point Open (release 2025.4.0)". */
  source: string;
  /** "October 2025". */
  period: string;
  /** The lines the licence requires wherever the lookup's results are shown. */
  attribution: string[];
  /** The place's local authority: its postcodes are in `place`. */
  authority: { code: string; name: string };
  /** Ward codes (sorted); `place` entries point into this list. */
  wards: string[];
  /** LSOA 2021 codes (sorted); `place` entries point into this list. */
  lsoas: string[];
  /** Outward code ("YO1") → inward code ("7HH") → [ward, LSOA]. */
  place: Record<string, Record<string, PlacePostcode>>;
  /** Outward code → code of another authority → its inward codes in that authority, space-separated. */
  elsewhere: Record<string, Record<string, string>>;
  /** Code → name of every authority named in `elsewhere`. */
  authorities: Record<string, string>;
}
