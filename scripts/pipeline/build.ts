import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Manifest } from '../../src/domain/place';
import { authorityIndicators, oneNamePerArea } from './authorities';
import { toCanonicalCsv } from './canonicalCsv';
import { census2021, readCensus } from './census';
import { deprivation2019, deprivation2025, readIod2025 } from './deprivation';
import { PipelineError } from './errors';
import { fuelPoverty2020, readFuelPoverty } from './fuelPoverty';
import { iod2025EnglandMeasures, readIod2025England } from './iod2025England';
import { healthIndex } from './healthIndex';
import { buildBoundaries } from './geography';
import { buildPlace, configFile, type PlaceConfig } from './place';
import { roleProblems } from '../../src/core/indicatorRoles';
import { buildPostcodes, postcodesJson } from './postcodes';
import { qofPrevalence } from './qof';
import { RawFolder } from './readRaw';
import { sourceInfo } from './sources';

export interface BuildOptions {
  rawDir: string;
  placeConfigPath: string;
  /** The snapshot date, written into place.json and the manifest; fixed so two runs give identical bytes. */
  builtOn: string;
  /** Where the build reports what it had to work round (the command line prints it; tests may leave it out). */
  log?: (line: string) => void;
}

export type SnapshotFiles = Map<string, string>;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const json = (value: unknown) => JSON.stringify(value, null, 1) + '\n';

/** Builds every output in memory; nothing is written unless all of it succeeds. */
export async function buildSnapshot(options: BuildOptions): Promise<SnapshotFiles> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.builtOn)) {
    throw new PipelineError('build options', `snapshot date "${options.builtOn}" is not YYYY-MM-DD`);
  }
  const config = JSON.parse(readFileSync(options.placeConfigPath, 'utf8')) as PlaceConfig;
  const raw = new RawFolder(options.rawDir);
  const place = buildPlace(raw, config, options.builtOn);
  const boundaries = buildBoundaries(raw, config, place);

  const iod2025Path = configFile(config, 'iod2025File7');
  const iodEngland = readIod2025England(raw, config, place);
  const d2025 = deprivation2025(readIod2025(raw, config, place), place, iod2025Path, iodEngland);
  const file8 = iod2025EnglandMeasures(iodEngland, place);
  const d2019 = deprivation2019(raw, config, place);
  const census = census2021(readCensus(raw, config, place), place, configFile(config, 'lsoa21ToWard'));
  // Local-authority indicators: York, its region, England (and York's constituencies) go into
  // indicators.csv; every English authority goes into authorities.csv, which the app loads lazily.
  const authorities = await authorityIndicators(raw, config, place);
  const qof = qofPrevalence(raw, config, place);
  // Fuel poverty 2020: York's neighbourhoods, wards, York, its region and England into indicators.csv;
  // every English authority and England into authorities.csv.
  const fuel = fuelPoverty2020(readFuelPoverty(raw, config, place), place);
  // The Health Index files name no authority: each takes the one name the other authority sources give it.
  const namedAuthorities = oneNamePerArea([...authorities.authorityRows, ...qof.authorityRows, ...fuel.authorityRows]);
  const hi = healthIndex(raw, config, place, new Map(namedAuthorities.map((r) => [r.areaCode, r.areaName])));
  const rows = [...d2025.rows, ...file8.rows, ...d2019.rows, ...census.rows, ...authorities.placeRows, ...qof.placeRows, ...fuel.rows, ...hi.placeRows];
  const meta = [...d2025.meta, ...file8.meta, ...d2019.meta, ...census.meta, ...authorities.meta, ...qof.meta, ...fuel.meta, ...hi.meta];
  checkRoles(options.placeConfigPath, place, meta);
  // Postcode → ward and neighbourhood, for "Find my ward"; fetched by the app only when someone searches.
  const postcodes = buildPostcodes(raw, config, place);
  const { inside, otherWard, outside } = postcodes.placement;
  options.log?.(
    `postcodes: ${inside} of ${place.localAuthority.name}'s postcodes lie in an LSOA of their own ward; ` +
      `${otherWard.length} lie in an LSOA best-fitted to a neighbouring ward (kept); ` +
      `${outside.length} lie in no LSOA polygon and took the nearest LSOA of their own ward (${outside.join(', ') || 'none'})`,
  );

  const files: SnapshotFiles = new Map([
    ['place.json', json(place)],
    ['boundaries.topo.json', boundaries + '\n'],
    ['indicators.csv', toCanonicalCsv(rows)],
    ['indicators-meta.json', json(meta)],
    ['authorities.csv', toCanonicalCsv([...namedAuthorities, ...hi.authorityRows])],
    ['postcodes.json', postcodesJson(postcodes.file)],
  ]);
  const manifest: Manifest = {
    builtOn: options.builtOn,
    builder: 'scripts/build-data.ts',
    place: `${place.localAuthority.name} (${place.localAuthority.code})`,
    sources: [...raw.read.values()]
      .sort((a, b) => (a.path < b.path ? -1 : 1))
      .map((f) => ({ path: f.path, sha256: f.sha256, bytes: f.bytes, ...sourceInfo(f.path) })),
    outputs: [...files].map(([path, text]) => ({ path, sha256: sha256(text), bytes: Buffer.byteLength(text) })),
  };
  files.set('manifest.json', json(manifest));
  return files;
}

/** Stops the build when the place's roles, or an indicator's `continues`, name an id the snapshot lacks. */
export function checkRoles(configPath: string, place: Parameters<typeof roleProblems>[0], meta: Parameters<typeof roleProblems>[1]): void {
  const problems = roleProblems(place, meta);
  if (problems.length > 0) throw new PipelineError(configPath, problems.join('; '));
}

/**
 * Writes into a sibling temporary folder, then swaps it in, so a failure never leaves
 * a half-built snapshot where the app would read it.
 */
export function writeSnapshot(outDir: string, files: SnapshotFiles): void {
  const target = resolve(outDir);
  const staging = `${target}.staging-${process.pid}`;
  const previous = `${target}.previous-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(staging, path)), { recursive: true });
    writeFileSync(join(staging, path), text);
  }
  if (existsSync(target)) renameSync(target, previous);
  renameSync(staging, target);
  rmSync(previous, { recursive: true, force: true });
}
