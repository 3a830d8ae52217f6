import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { authorityChunks } from './scripts/vite/authorityChunks';
import { compiledSnapshot } from './scripts/vite/compiledSnapshot';
import { preloadData } from './scripts/vite/preloadData';

// DASHBOARD_DATA_DIR lets scripts/build-snapshot.ts build from a data folder with extra CSVs baked in;
// DASHBOARD_READ_ONLY hides the import features in such a published snapshot.
const dataDir = resolve(process.env.DASHBOARD_DATA_DIR ?? 'data');
// The header's words are known when the site is built, so the shell is drawn whole before any data arrive.
// The authority's code lets the import store's upgrade tell the place's own authority from the others
// (src/data/imported/importStore.ts) without waiting for the snapshot.
const place = JSON.parse(readFileSync(resolve(dataDir, 'place.json'), 'utf8')) as {
  alliance: string;
  localAuthority: { code: string; name: string };
  snapshotDate: string;
};
const shell = { alliance: place.alliance, placeName: place.localAuthority.name, placeCode: place.localAuthority.code, snapshotDate: place.snapshotDate };

// A relative base lets the same build run from any sub-path or a plain file server.
export default defineConfig({
  base: process.env.DASHBOARD_BASE ?? './',
  plugins: [react(), authorityChunks(dataDir), compiledSnapshot(dataDir), preloadData()],
  resolve: {
    alias: {
      '@data': dataDir,
      // See the shim: avoids an eval-based feature probe under the strict CSP.
      '@stdlib/assert-has-generator-support': resolve('src/stats/shims/has-generator-support.cjs'),
    },
  },
  define: { __READ_ONLY__: JSON.stringify(process.env.DASHBOARD_READ_ONLY === '1'), __SHELL__: JSON.stringify(shell) },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  worker: { format: 'es' },
});
