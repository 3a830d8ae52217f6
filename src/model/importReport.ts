import { toSafeCsv, type IngestFormat, type KnownArea, type RejectedRecord } from '../ingest';
import type { Place } from '../data/snapshotTypes';

export const FORMAT_NAMES: Record<IngestFormat, string> = {
  canonical: "the dashboard's own format",
  fingertips: 'an OHID Fingertips export',
  'fingertips-underscore': 'an OHID Fingertips export (older layout)',
  deprivation: 'an English Indices of Deprivation file',
  tidy: 'a tidy long table (area, period, indicator, value)',
  generic: 'a table of areas and values',
  unknown: 'an unrecognised layout',
};

/** Every area the place knows, so uploads can be matched by code or name. */
export function knownAreasOf(place: Place): KnownArea[] {
  return [
    { code: place.country.code, name: place.country.name, type: 'England' },
    { code: place.region.code, name: place.region.name, type: 'Region' },
    { code: place.localAuthority.code, name: place.localAuthority.name, type: 'Local authority' },
    ...place.wards.map((w) => ({ ...w, type: 'Ward' })),
    ...place.msoas.map((m) => ({ ...m, type: 'MSOA' })),
    ...place.lsoas.map((l) => ({ code: l.code, name: l.name, type: 'LSOA' })),
  ];
}

export function statsSentence(stats: { read: number; accepted: number; rejected: number }): string {
  const n = (x: number) => x.toLocaleString('en-GB');
  return `${n(stats.read)} rows read: ${n(stats.accepted)} accepted, ${n(stats.rejected)} rejected.`;
}

/** The full rejection list as a CSV the user can open in a spreadsheet safely. */
export function rejectionsCsv(rejected: RejectedRecord[]): string {
  return toSafeCsv([['Line', 'Reason'], ...rejected.map((r) => [r.line, r.reason])]);
}

export function newDatasetId(now: number, random: number): string {
  return `${now.toString(36)}${Math.floor(random * 1e6).toString(36)}`;
}
