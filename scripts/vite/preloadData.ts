// A Vite plugin that names in index.html what the first screen will fetch, so the browser downloads it beside the
// JavaScript instead of after it has run:
// - the data files every page loads (place, manifest, indicator notes, boundaries and the compiled figures);
// - the code of the view the address asks for (?view=…, the ward map by default). Views are separate chunks the app
//   imports only when it renders them, so without this their code was requested one round trip after the main
//   script had run. Which view is asked for is known only in the browser, so a small inline script adds the
//   preloads; the page's Content-Security-Policy allows exactly that script by its SHA-256 hash.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';

/** Asset names (before Vite's hash) fetched by src/data/loadSnapshot.ts on every page load. */
const FIRST_SCREEN_DATA = /^assets\/(place|manifest|indicators-meta|boundaries\.topo|indicators)-[\w-]{8}\.json$/;

/** View id → the module its lazy import loads, read from src/app/views.ts (the one list of views). */
export function viewModules(viewsSource: string): Map<string, string> {
  const views = new Map<string, string>();
  for (const match of viewsSource.matchAll(/id: '([\w-]+)'[^\n]*?import\('\.\.\/(features\/[\w/]+)'\)/g)) views.set(match[1] as string, `src/${match[2]}.tsx`);
  return views;
}

/** A chunk's files and those of every chunk it imports statically, except the entry's (index.html loads those). */
function filesOf(chunk: OutputChunk, bundle: OutputBundle, skip: ReadonlySet<string>): string[] {
  const seen = new Set<string>();
  const visit = (c: OutputChunk) => {
    if (seen.has(c.fileName) || skip.has(c.fileName)) return;
    seen.add(c.fileName);
    for (const css of c.viteMetadata?.importedCss ?? []) seen.add(css);
    for (const name of c.imports) {
      const next = bundle[name];
      if (next?.type === 'chunk') visit(next);
    }
  };
  visit(chunk);
  return [...seen].sort();
}

/**
 * The inline script: reads ?view= as the app does (unknown or none → the first view) and preloads its files. Styles are
 * preloaded with crossorigin, as Vite's own loader then requests them; a mismatch would fetch them twice.
 */
export function viewPreloadScript(files: Record<string, string[]>, fallback: string): string {
  return (
    `(function(){var f=${JSON.stringify(files)};var v=new URLSearchParams(location.search).get('view');var l=f[v]||f[${JSON.stringify(fallback)}]||[];` +
    `for(var i=0;i<l.length;i++){var e=document.createElement('link');var c=/\\.css$/.test(l[i]);e.rel=c?'preload':'modulepreload';if(c){e.as='style';e.crossOrigin='';}e.href='./'+l[i];document.head.appendChild(e);}})();`
  );
}

export function preloadData(viewsFile = 'src/app/views.ts'): Plugin {
  return {
    name: 'preload-data',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = (ctx.bundle ?? {}) as OutputBundle;
        const data = Object.keys(bundle).filter((f) => FIRST_SCREEN_DATA.test(f)).sort();
        // crossorigin="anonymous" matches fetch()'s default same-origin credentials, so the preload is reused.
        const tags = data.map((file) => ({ tag: 'link', attrs: { rel: 'preload', href: `./${file}`, as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' as const }));
        const chunks = Object.values(bundle).filter((o): o is OutputChunk => o.type === 'chunk');
        const entry = chunks.find((c) => c.isEntry);
        const skip = new Set(entry ? [entry.fileName, ...entry.imports] : []);
        const views = viewModules(readFileSync(viewsFile, 'utf8'));
        const files: Record<string, string[]> = {};
        for (const [id, module] of views) {
          const chunk = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(module));
          if (chunk) files[id] = filesOf(chunk, bundle, skip);
        }
        if (views.size === 0 || Object.keys(files).length !== views.size) {
          throw new Error(`preload-data: found the chunks of ${Object.keys(files).length} of the ${views.size} views in ${viewsFile}`);
        }
        const script = viewPreloadScript(files, [...views.keys()][0] as string);
        const hash = createHash('sha256').update(script).digest('base64');
        const withPolicy = html.replace("script-src 'self'", `script-src 'self' 'sha256-${hash}'`);
        if (withPolicy === html) throw new Error("preload-data: index.html's Content-Security-Policy has no script-src 'self' to extend");
        return { html: withPolicy, tags: [...tags, { tag: 'script', children: script, injectTo: 'head-prepend' as const }] };
      },
    },
  };
}
