// A Vite plugin: data/authorities.csv (every English authority, about 35 MB) stays the canonical,
// diffable file, and the build splits it by indicator, reads each part through src/ingest and emits it
// compiled (src/data/compiledRows.ts), so Trends and York-among-authorities fetch only the indicator they
// show and never parse CSV. `virtual:authority-chunks` exports { indicatorId: url } and the file's SHA-256,
// which every compiled part carries. In the dev server the parts are compiled on request under /@authority-chunks/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { compileCsvText, readMetadata, sha256Hex } from './compiledSnapshot';

const VIRTUAL = 'virtual:authority-chunks';
const RESOLVED = '\0' + VIRTUAL;
const DEV_PREFIX = '/@authority-chunks/';

/** The file's rows by indicator id (the first column), each chunk with the file's header line. */
export function splitByIndicator(text: string, file = 'authorities.csv'): Map<string, string> {
  const lines = text.split('\n');
  const header = lines[0] ?? '';
  if (!header.startsWith('Indicator ID,')) throw new Error(`${file}: the first column should be "Indicator ID"`);
  const byId = new Map<string, string[]>();
  lines.slice(1).forEach((line, i) => {
    if (line === '') return;
    // Ids are slugs: no commas or quotes, so the first field ends at the first comma.
    const match = /^([A-Za-z0-9._-]+),/.exec(line);
    if (!match) throw new Error(`${file}, line ${i + 2}: no indicator id in the first column`);
    const id = match[1] as string;
    const list = byId.get(id) ?? [];
    list.push(line);
    byId.set(id, list);
  });
  return new Map([...byId].map(([id, rows]) => [id, `${header}\n${rows.join('\n')}\n`]));
}

export function authorityChunks(dataDir: string): Plugin {
  const path = join(dataDir, 'authorities.csv');
  let command: 'build' | 'serve' = 'serve';
  const read = () => {
    const text = readFileSync(path, 'utf8');
    return { parts: splitByIndicator(text), sha: sha256Hex(text) };
  };
  return {
    name: 'authority-chunks',
    configResolved(config) {
      command = config.command;
    },
    resolveId(id) {
      return id === VIRTUAL ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(path);
      const { parts, sha } = read();
      const metadata = command === 'build' ? readMetadata(dataDir) : [];
      const entries = [...parts].map(([indicator, text]) => {
        if (command === 'build') {
          const source = JSON.stringify(compileCsvText(text, metadata, 'authorities.csv', sha));
          const ref = this.emitFile({ type: 'asset', name: `authorities-${indicator}.json`, source });
          return `${JSON.stringify(indicator)}: import.meta.ROLLUP_FILE_URL_${ref}`;
        }
        return `${JSON.stringify(indicator)}: ${JSON.stringify(`${DEV_PREFIX}${indicator}.json`)}`;
      });
      return `export default {\n${entries.join(',\n')}\n};\nexport const sourceSha256 = ${JSON.stringify(sha)};\n`;
    },
    configureServer(server) {
      server.middlewares.use(DEV_PREFIX, (req, res, next) => {
        const id = decodeURIComponent((req.url ?? '').replace(/^\//, '').replace(/\.json$/, ''));
        const { parts, sha } = read();
        const text = parts.get(id);
        if (text === undefined) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(JSON.stringify(compileCsvText(text, readMetadata(dataDir), 'authorities.csv', sha)));
      });
    },
  };
}
