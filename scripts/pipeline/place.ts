import type { NamedArea, Place, PlaceLsoa } from '../../src/data/snapshotTypes';
import { PipelineError } from './errors';
import { readCsv, type RawFolder } from './readRaw';

export interface PlaceConfig {
  localAuthority: NamedArea & { displayName: string };
  region: NamedArea;
  country: NamedArea;
  alliance: string;
  files: Record<string, string>;
  defaultIndicator: string;
}

export function configFile(config: PlaceConfig, key: string): string {
  const path = config.files[key];
  if (!path) throw new PipelineError('place configuration', `no file configured for "${key}"`);
  return path;
}

/** Wards and LSOAs come from the ONS best-fit lookup, filtered to the configured authority. */
export function buildPlace(raw: RawFolder, config: PlaceConfig, snapshotDate: string): Place {
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
    wards: [...wards].map(([code, name]) => ({ code, name })).sort(byCode),
    lsoas: lsoas.sort(byCode),
    defaultIndicator: config.defaultIndicator,
    snapshotDate,
  };
}

function byCode(a: { code: string }, b: { code: string }): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}
