import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The raw open data live outside the repository; tests that need them say so when they are absent. */
export const RAW_DIR = resolve(process.env.RAW_DATA_DIR ?? resolve(here, '../../../shared/data/raw'));
export const RAW_PRESENT = existsSync(resolve(RAW_DIR, 'geo/york-lsoa-ward-lookup.csv'));
export const PLACE_CONFIG = resolve(here, '../../scripts/places/york.json');

if (!RAW_PRESENT) {
  console.warn(`\n*** Raw data folder ${RAW_DIR} not found: pipeline rebuild tests are SKIPPED. ***\n`);
}
