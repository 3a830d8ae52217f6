// A Vite plugin: the data files the first screen fetches (place, manifest, indicator notes, boundaries and the
// compiled figures) are named in index.html as preloads, so the browser fetches them while the JavaScript is
// still downloading instead of after it has run — the first screen's largest paint waits on them.
import type { Plugin } from 'vite';

/** Asset names (before Vite's hash) fetched by src/data/loadSnapshot.ts on every page load. */
const FIRST_SCREEN_DATA = /^assets\/(place|manifest|indicators-meta|boundaries\.topo|indicators)-[\w-]{8}\.json$/;

export function preloadData(): Plugin {
  return {
    name: 'preload-data',
    apply: 'build',
    transformIndexHtml(_html, ctx) {
      const files = Object.keys(ctx.bundle ?? {}).filter((f) => FIRST_SCREEN_DATA.test(f)).sort();
      // crossorigin="anonymous" matches fetch()'s default same-origin credentials, so the preload is reused.
      return files.map((file) => ({ tag: 'link', attrs: { rel: 'preload', href: `./${file}`, as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' as const }));
    },
  };
}
