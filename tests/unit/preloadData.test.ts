import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { viewModules, viewPreloadScript } from '../../scripts/vite/preloadData';

describe('the view preloads in index.html', () => {
  it('finds every view of src/app/views.ts with the module its lazy import loads', () => {
    const views = viewModules(readFileSync('src/app/views.ts', 'utf8'));
    expect([...views.keys()][0]).toBe('map');
    expect(views.get('trends')).toBe('src/features/trends/TrendsView.tsx');
    expect(views.size).toBe(12);
  });

  /** Runs the inline script against a stand-in document and returns the links it added. */
  function linksAdded(search: string): { rel: string; as?: string; crossOrigin?: string; href: string }[] {
    const added: { rel: string; as?: string; crossOrigin?: string; href: string }[] = [];
    const document = { createElement: () => ({}) as { rel: string; href: string }, head: { appendChild: (l: { rel: string; href: string }) => added.push(l) } };
    const files = { map: ['assets/MapView-1.js', 'assets/Map-2.css'], trends: ['assets/TrendsView-3.js'] };
    runInNewContext(viewPreloadScript(files, 'map'), { document, location: { search }, URLSearchParams });
    return added;
  }

  it('preloads the code of the view the address asks for, scripts as modules and styles as styles', () => {
    expect(linksAdded('?view=trends&indicator=1')).toEqual([{ rel: 'modulepreload', href: './assets/TrendsView-3.js' }]);
    expect(linksAdded('')).toEqual([
      { rel: 'modulepreload', href: './assets/MapView-1.js' },
      { rel: 'preload', as: 'style', crossOrigin: '', href: './assets/Map-2.css' },
    ]);
  });

  it('preloads the first view for an unknown view, as the app then shows it', () => {
    expect(linksAdded('?view=nonsense').map((l) => l.href)).toEqual(['./assets/MapView-1.js', './assets/Map-2.css']);
  });
});
