// npm run bench, part 4: Lighthouse 12 on the dashboard against a floor page built in the same run
// (bench/floor: Vite + React + Leaflet + Recharts, one map, one chart — the least a page with this stack
// can cost), both served gzipped by the same plain server, so the targets are ratios from one run.
// Desktop and mobile (Lighthouse's defaults: simulated 4× CPU, slow 4G), median of BENCH_LH_RUNS runs
// (3 by default) for the first screen and Trends; one run per route for layout shift on every route.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Flags } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { serveStatic } from '../tests/browser/staticServer';

const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface PageScore {
  performance: number;
  lcp: number;
  cls: number;
  /** The longest main-thread task Lighthouse observed while loading (unthrottled on desktop). */
  longestTask: number;
}

type FormFactor = 'desktop' | 'mobile';

async function audit(port: number, url: string, form: FormFactor): Promise<PageScore> {
  const flags: Flags = { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] };
  const result = await lighthouse(url, flags, form === 'desktop' ? desktopConfig : undefined);
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { audits, categories } = result.lhr;
  const tasks = (audits['long-tasks']?.details as { items?: { duration: number }[] } | undefined)?.items ?? [];
  return {
    performance: Math.round((categories.performance?.score ?? 0) * 100),
    lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
    cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
    longestTask: Math.max(0, ...tasks.map((t) => t.duration)),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

async function medianAudit(port: number, url: string, form: FormFactor, runs: number): Promise<PageScore> {
  const scores: PageScore[] = [];
  for (let i = 0; i < runs; i++) scores.push(await audit(port, url, form));
  return {
    performance: median(scores.map((s) => s.performance)),
    lcp: median(scores.map((s) => s.lcp)),
    cls: median(scores.map((s) => s.cls)),
    longestTask: Math.max(...scores.map((s) => s.longestTask)),
  };
}

const ms = (v: number) => `${v.toFixed(0)} ms`;
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT MET');

/** Runs every Lighthouse target and prints it beside the floor's; `routes` are the dashboard's views. */
export async function measureAgainstFloor(routes: readonly string[]): Promise<void> {
  const floorOut = mkdtempSync(join(tmpdir(), 'bench-floor-'));
  await build({ configFile: resolve('bench/floor/vite.config.ts'), build: { outDir: floorOut }, logLevel: 'error' });
  const floor = await serveStatic(floorOut, '/floor/', { gzip: true });
  const site = await serveStatic(resolve('dist'), '/', { gzip: true });
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
  const runs = Number(process.env.BENCH_LH_RUNS ?? 3);
  try {
    const results = new Map<string, PageScore>();
    for (const form of ['desktop', 'mobile'] as const) {
      results.set(`floor ${form}`, await medianAudit(chrome.port, floor.url, form, runs));
      results.set(`map ${form}`, await medianAudit(chrome.port, `${site.url}?view=map`, form, runs));
      results.set(`trends ${form}`, await medianAudit(chrome.port, `${site.url}?view=trends`, form, runs));
    }
    const get = (key: string) => results.get(key) as PageScore;
    console.log(`Lighthouse 12, median of ${runs} runs, floor page (bench/floor) built and served in this run:`);
    console.log('| page | performance | LCP | CLS | longest task |');
    for (const [key, s] of results) console.log(`| ${key} | ${s.performance} | ${ms(s.lcp)} | ${s.cls.toFixed(3)} | ${ms(s.longestTask)} |`);
    const desktopLcp = get('map desktop').lcp / get('floor desktop').lcp;
    const trendsLcp = get('trends mobile').lcp / get('floor mobile').lcp;
    console.log(`Desktop LCP of the first screen: ${ms(get('map desktop').lcp)} = ${desktopLcp.toFixed(2)}× the floor's ${ms(get('floor desktop').lcp)} (target <= 1.2×): ${verdict(desktopLcp <= 1.2)}`);
    console.log(`Mobile performance: first screen ${get('map mobile').performance}, Trends ${get('trends mobile').performance}, floor ${get('floor mobile').performance} (target >= 95): ${verdict(get('map mobile').performance >= 95 && get('trends mobile').performance >= 95)}`);
    console.log(`Trends mobile LCP: ${ms(get('trends mobile').lcp)} = ${trendsLcp.toFixed(2)}× the floor's ${ms(get('floor mobile').lcp)} (target <= 1.5×): ${verdict(trendsLcp <= 1.5)}`);

    let worstShift = { route: '', form: '', cls: 0 };
    let worstTask = { route: '', ms: 0 };
    for (const form of ['desktop', 'mobile'] as const) {
      for (const route of routes) {
        const s = await audit(chrome.port, `${site.url}?view=${route}`, form);
        if (s.cls >= worstShift.cls) worstShift = { route, form, cls: s.cls };
        if (form === 'desktop' && s.longestTask >= worstTask.ms) worstTask = { route, ms: s.longestTask };
      }
    }
    console.log(`Cumulative Layout Shift, every route (${routes.length}), desktop and mobile: worst ${worstShift.cls.toFixed(3)} (${worstShift.route}, ${worstShift.form}) (target <= 0.02): ${verdict(worstShift.cls <= 0.02)}`);
    console.log(`Longest main-thread task loading any route (desktop, unthrottled): ${ms(worstTask.ms)} (${worstTask.route}) (target <= 50 ms): ${verdict(worstTask.ms <= 50)}`);
  } finally {
    chrome.kill();
    floor.server.close();
    site.server.close();
    rmSync(floorOut, { recursive: true, force: true });
  }
}
