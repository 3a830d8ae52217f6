import type { NamedArea, Place, PlaceContact, PlaceLsoa, PlaceRoles } from '../../src/domain/place';
import { PipelineError } from './errors';
import { readCsv, type RawFolder } from './readRaw';

export interface PlaceConfig {
  localAuthority: NamedArea & { displayName: string };
  region: NamedArea;
  country: NamedArea;
  alliance: string;
  contact: PlaceContact;
  /** Westminster constituencies (2010–2024) that make up the place, for figures given by constituency. */
  constituencies?: NamedArea[];
  files: Record<string, string>;
  defaultIndicator: string;
  /** Indicators this place gives a job to; copied into place.json and checked against the snapshot's indicators. */
  roles?: PlaceRoles;
}

export function configFile(config: PlaceConfig, key: string): string {
  const path = config.files[key];
  if (!path) throw new PipelineError('place configuration', `no file configured for "${key}"`);
  return path;
}

/**
 * data/place.json as the pipeline writes it: the app's Place plus the York MSOAs. The field is added
 * here rather than in src/domain/place.ts, the contract the app reads; readers that know only
 * Place simply ignore it.
 */
export interface SnapshotPlace extends Place {
  msoas: NamedArea[];
}

/**
 * MSOA 2021 codes are not in the LSOA lookup. Each York LSOA name is its MSOA name plus a letter,
 * so the codes are found by name in the Census TS039 MSOA file.
 */
function msoaCodes(raw: RawFolder, config: PlaceConfig, lsoas: PlaceLsoa[]): NamedArea[] {
  const path = configFile(config, 'census2021Ts039Msoa');
  const names = [...new Set(lsoas.map((l) => l.msoaName))];
  const wanted = new Set(names);
  const codeByName = new Map<string, { code: string; line: number }>();
  for (const r of readCsv(raw.file(path), ['msoa21nm', 'msoa21cd'])) {
    const name = r.get('msoa21nm');
    if (!wanted.has(name)) continue;
    const code = r.get('msoa21cd');
    if (!/^E02\d{6}$/.test(code)) throw new PipelineError(path, `"${code}" is not an English MSOA code`, r.line);
    const earlier = codeByName.get(name);
    if (earlier) throw new PipelineError(path, `MSOA name "${name}" appears twice (first on line ${earlier.line})`, r.line);
    codeByName.set(name, { code, line: r.line });
  }
  const missing = names.filter((n) => !codeByName.has(n));
  if (missing.length > 0) {
    throw new PipelineError(path, `no MSOA code for ${missing.map((n) => `"${n}"`).join(', ')} (named in the LSOA lookup)`);
  }
  return names.map((name) => ({ code: (codeByName.get(name) as { code: string }).code, name })).sort(byCode);
}

/** Wards and LSOAs come from the ONS best-fit lookup, filtered to the configured authority; MSOAs from their names. */
export function buildPlace(raw: RawFolder, config: PlaceConfig, snapshotDate: string): SnapshotPlace {
  checkContact(config.contact);
  const lookupPath = configFile(config, 'lsoa21ToWard');
  const records = readCsv(raw.file(lookupPath), [
    'lsoa21_code',
    'lsoa21_name',
    'ward24_code',
    'ward24_name',
    'ltla24_code',
  ]);
  const wards = new Map<string, string>();
  const lsoas: PlaceLsoa[] = [];
  for (const r of records) {
    if (r.get('ltla24_code') !== config.localAuthority.code) continue;
    const code = r.get('lsoa21_code');
    const name = r.get('lsoa21_name');
    if (!/^E01\d{6}$/.test(code)) throw new PipelineError(lookupPath, `"${code}" is not an LSOA code`, r.line);
    if (!/^E05\d{6}$/.test(r.get('ward24_code'))) {
      throw new PipelineError(lookupPath, `"${r.get('ward24_code')}" is not a ward code`, r.line);
    }
    wards.set(r.get('ward24_code'), r.get('ward24_name'));
    lsoas.push({ code, name, wardCode: r.get('ward24_code'), msoaName: name.replace(/[A-Z]$/, '') });
  }
  if (lsoas.length === 0) {
    throw new PipelineError(lookupPath, `no LSOAs for authority ${config.localAuthority.code}`);
  }
  return {
    localAuthority: config.localAuthority,
    region: config.region,
    country: config.country,
    alliance: config.alliance,
    contact: config.contact,
    wards: [...wards].map(([code, name]) => ({ code, name })).sort(byCode),
    msoas: msoaCodes(raw, config, lsoas),
    lsoas: lsoas.sort(byCode),
    defaultIndicator: config.defaultIndicator,
    ...(config.roles === undefined ? {} : { roles: config.roles }),
    snapshotDate,
  };
}

/** The accessibility statement tells readers to report problems here, so a place without a working address is refused. */
export function checkContact(contact: PlaceContact | undefined): void {
  if (!contact?.name.trim() || !/^(https:\/\/|mailto:)\S+$/.test(contact.url ?? '')) {
    throw new PipelineError('place configuration', 'contact needs a name and an https:// or mailto: address where readers report problems');
  }
}

function byCode(a: { code: string }, b: { code: string }): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}
