// Builds a read-only published snapshot of the dashboard, optionally with extra CSVs baked in
// (for example a new Fingertips release), with the import features hidden.
//
//   npm run snapshot -- --out site [--base /health/] [--extra new-release.csv ...]
//
// Every extra CSV goes through src/ingest, exactly as an upload would. If any of them cannot be
// read cleanly (an error, a rejected row, an ambiguous layout) the build stops before writing
// anything, so a half-built site is never published.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { build } from 'vite';
import { decodeBytes, ingestCsvText } from '../src/ingest';
import type { IndicatorMeta, IndicatorRow } from '../src/domain/indicators';
import type { Manifest, Place } from '../src/domain/place';
import { knownAreasOf } from '../src/ingest/report';
import { toCanonicalCsv } from './pipeline/canonicalCsv';

export class SnapshotError extends Error {}

interface Options {
  out: string;
  base: string;
  extras: string[];
  dataDir: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { out: '', base: './', extras: [], dataDir: 'data' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => {
      const value = argv[++i];
      if (!value) throw new SnapshotError(`${arg} needs a value`);
      return value;
    };
    if (arg === '--out') options.out = next();
    else if (arg === '--base') options.base = next();
    else if (arg === '--extra') options.extras.push(next());
    else if (arg === '--data') options.dataDir = next();
    else throw new SnapshotError(`unknown option ${arg}`);
  }
  if (!options.out) throw new SnapshotError('--out is required');
  return options;
}

/** Reads the extras through the one ingestion path and returns the data folder's new indicator files. */
export function mergeExtras(dataDir: string, extras: string[]): { csv: string; meta: IndicatorMeta[]; sources: Manifest['sources'] } {
  const place = JSON.parse(readFileSync(join(dataDir, 'place.json'), 'utf8')) as Place;
  const bundledMeta = JSON.parse(readFileSync(join(dataDir, 'indicators-meta.json'), 'utf8')) as IndicatorMeta[];
  const bundled = ingestCsvText(readFileSync(join(dataDir, 'indicators.csv'), 'utf8'), { metadata: bundledMeta, origin: 'bundled' });
  const rows: IndicatorRow[] = [...bundled.rows];
  const meta = [...bundledMeta];
  const sources: Manifest['sources'] = [];
  for (const path of extras) {
    if (!existsSync(path)) throw new SnapshotError(`${path}: file not found`);
    const bytes = readFileSync(path);
    const fileName = basename(path);
    const decoded = decodeBytes(new Uint8Array(bytes));
    const result = ingestCsvText(decoded.text, { fileName, metadata: bundledMeta, knownAreas: knownAreasOf(place), origin: 'bundled' });
    if (result.error) throw new SnapshotError(`${path}: ${result.error}`);
    if (result.needsMapping) throw new SnapshotError(`${path}: the columns are ambiguous; convert it to the canonical format first`);
    if (result.stats.rejected > 0) {
      const first = result.rejected[0];
      throw new SnapshotError(`${path}: ${result.stats.rejected} rows rejected (first: line ${first?.line}: ${first?.reason})`);
    }
    if (result.rows.length === 0) throw new SnapshotError(`${path}: no rows`);
    const taken = new Set(meta.map((m) => m.id));
    for (const m of result.indicators) {
      if (taken.has(m.id)) throw new SnapshotError(`${path}: indicator id ${m.id} is already in the snapshot`);
      meta.push({ ...m, caveats: [...m.caveats, `Added to this published snapshot from ${fileName}.`] });
    }
    rows.push(...result.rows);
    sources.push({
      path: fileName,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
      title: `Extra file baked into this snapshot (${result.format})`,
      publisher: result.indicators.map((m) => m.publisher).filter(Boolean)[0] ?? 'as stated in the file',
      licence: 'as published',
      attribution: `${fileName}, added at snapshot build time`,
      period: [...new Set(result.rows.map((r) => r.period))].sort().join(', '),
      upstream: fileName,
    });
  }
  return { csv: toCanonicalCsv(rows), meta, sources };
}

export async function buildPublishedSnapshot(options: Options): Promise<void> {
  const out = resolve(options.out);
  const work = mkdtempSync(join(tmpdir(), 'snapshot-'));
  try {
    const dataDir = join(work, 'data');
    cpSync(resolve(options.dataDir), dataDir, { recursive: true });
    if (options.extras.length > 0) {
      const merged = mergeExtras(dataDir, options.extras);
      writeFileSync(join(dataDir, 'indicators.csv'), merged.csv);
      const metaText = JSON.stringify(merged.meta, null, 1) + '\n';
      writeFileSync(join(dataDir, 'indicators-meta.json'), metaText);
      const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as Manifest;
      manifest.sources.push(...merged.sources);
      // The page checks the compiled figures against this checksum: record the merged files, not the originals.
      for (const [path, text] of [['indicators.csv', merged.csv], ['indicators-meta.json', metaText]] as const) {
        const output = manifest.outputs.find((o) => o.path === path);
        if (output) Object.assign(output, { sha256: createHash('sha256').update(text).digest('hex'), bytes: Buffer.byteLength(text) });
      }
      writeFileSync(join(dataDir, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
    }
    process.env.DASHBOARD_DATA_DIR = dataDir;
    process.env.DASHBOARD_READ_ONLY = '1';
    process.env.DASHBOARD_BASE = options.base;
    // Staged beside the target (same file system), then swapped in whole.
    const staged = `${out}.staging-${process.pid}`;
    await build({ configFile: resolve('vite.config.ts'), logLevel: 'warn', build: { outDir: staged, emptyOutDir: true } });
    rmSync(out, { recursive: true, force: true });
    renameSync(staged, out);
  } finally {
    rmSync(`${out}.staging-${process.pid}`, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  try {
    const options = parseArgs(process.argv.slice(2));
    await buildPublishedSnapshot(options);
    console.log(`Read-only snapshot written to ${options.out} (base ${options.base}, ${options.extras.length} extra files).`);
  } catch (error) {
    if (error instanceof SnapshotError) {
      console.error(`Snapshot not built; nothing was written.\n${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
