// Builds the committed data/ snapshot from the raw open-data folder.
// Usage: tsx scripts/build-data.ts <raw-folder> <out-folder> [--place scripts/places/york.json] [--date YYYY-MM-DD]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSnapshot, writeSnapshot } from './pipeline/build';
import { PipelineError } from './pipeline/errors';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}

const [rawDir, outDir] = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
if (!rawDir || !outDir) {
  console.error('usage: tsx scripts/build-data.ts <raw-folder> <out-folder> [--place FILE] [--date YYYY-MM-DD]');
  process.exit(2);
}

// Keep the existing snapshot date unless told otherwise, so rebuilding unchanged inputs changes nothing.
const existingManifest = join(outDir, 'manifest.json');
const builtOn =
  option('--date') ??
  (existsSync(existingManifest) ? (JSON.parse(readFileSync(existingManifest, 'utf8')) as { builtOn: string }).builtOn : undefined) ??
  new Date().toISOString().slice(0, 10);

try {
  const files = await buildSnapshot({ rawDir, placeConfigPath: option('--place') ?? 'scripts/places/york.json', builtOn, log: console.log });
  writeSnapshot(outDir, files);
  for (const [path, text] of files) console.log(`${outDir}/${path}  ${Buffer.byteLength(text).toLocaleString('en-GB')} bytes`);
} catch (error) {
  if (error instanceof PipelineError) {
    console.error(`Data build stopped; nothing was written.\n${error.message}`);
    process.exit(1);
  }
  throw error;
}
