// A Vite plugin: data/indicators.csv stays the canonical, diffable snapshot; the build reads it through
// src/ingest (one row model, one set of rules, exactly as an upload is read) and emits the compiled,
// columnar form the page loads (src/data/compiledRows.ts), so no page load parses CSV for bundled data.
// `virtual:compiled-rows` exports the compiled file's URL. In the dev server it is served from memory.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { ingestCsvText } from '../../src/ingest';
import type { IndicatorMeta } from '../../src/domain/indicators';
import { compileRows, type CompiledRows } from '../../src/data/compiledRows';

const VIRTUAL = 'virtual:compiled-rows';
const RESOLVED = '\0' + VIRTUAL;
const DEV_PATH = '/@compiled-rows/indicators.json';

/** A canonical CSV read through src/ingest and compiled; a file that cannot be read at all stops the build. */
export function compileCsvText(csv: string, metadata: IndicatorMeta[], fileName: string, sourceSha256: string): CompiledRows {
  const result = ingestCsvText(csv, { fileName, metadata, origin: 'bundled' });
  if (result.error) throw new Error(`data/${fileName} cannot be compiled: ${result.error}`);
  return compileRows({
    rows: result.rows,
    sourceSha256,
    warnings: result.warnings,
    rejected: result.stats.rejected,
    firstRejectedReason: result.rejected[0]?.reason ?? '',
  });
}

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

export const readMetadata = (dataDir: string) => JSON.parse(readFileSync(join(dataDir, 'indicators-meta.json'), 'utf8')) as IndicatorMeta[];

/** Reads and validates the snapshot's CSV as the app used to on every page load. */
export function compileSnapshotRows(dataDir: string): CompiledRows {
  const csv = readFileSync(join(dataDir, 'indicators.csv'), 'utf8');
  return compileCsvText(csv, readMetadata(dataDir), 'indicators.csv', sha256Hex(csv));
}

export function compiledSnapshot(dataDir: string): Plugin {
  let command: 'build' | 'serve' = 'serve';
  return {
    name: 'compiled-snapshot',
    configResolved(config) {
      command = config.command;
    },
    resolveId(id) {
      return id === VIRTUAL ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(join(dataDir, 'indicators.csv'));
      this.addWatchFile(join(dataDir, 'indicators-meta.json'));
      if (command === 'build') {
        const ref = this.emitFile({ type: 'asset', name: 'indicators.json', source: JSON.stringify(compileSnapshotRows(dataDir)) });
        return `export default import.meta.ROLLUP_FILE_URL_${ref};\n`;
      }
      return `export default ${JSON.stringify(DEV_PATH)};\n`;
    },
    configureServer(server) {
      server.middlewares.use(DEV_PATH, (_req, res) => {
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(JSON.stringify(compileSnapshotRows(dataDir)));
      });
    },
  };
}
