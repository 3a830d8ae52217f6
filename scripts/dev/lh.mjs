// Dev aid: one Lighthouse run on a URL, printing where the time goes (LCP element and phases, long tasks, script boot-up).
// node scripts/dev/lh.mjs URL [mobile|desktop]
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
const [url, form = 'mobile'] = process.argv.slice(2);
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
try {
  const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, form === 'desktop' ? desktopConfig : undefined);
  const a = r.lhr.audits;
  console.log('score', Math.round(r.lhr.categories.performance.score * 100), 'FCP', a['first-contentful-paint'].numericValue.toFixed(0), 'LCP', a['largest-contentful-paint'].numericValue.toFixed(0), 'TBT', a['total-blocking-time'].numericValue.toFixed(0), 'CLS', a['cumulative-layout-shift'].numericValue.toFixed(3), 'SI', a['speed-index'].numericValue.toFixed(0));
  const lcpEl = a['largest-contentful-paint-element']?.details?.items ?? [];
  console.log('LCP element', JSON.stringify(lcpEl).slice(0, 900));
  console.log('long tasks', JSON.stringify((a['long-tasks']?.details?.items ?? []).map((t) => [t.url?.split('/').pop(), Math.round(t.startTime), Math.round(t.duration)])));
  console.log('bootup', JSON.stringify((a['bootup-time']?.details?.items ?? []).map((t) => [t.url?.split('/').pop(), Math.round(t.total), Math.round(t.scripting), Math.round(t.scriptParseCompile)])));
  console.log('main thread', JSON.stringify((a['mainthread-work-breakdown']?.details?.items ?? []).map((t) => [t.group, Math.round(t.duration)])));
  console.log('network', JSON.stringify((a['network-requests']?.details?.items ?? []).map((t) => [t.url.split('/').pop().slice(0, 40), Math.round(t.networkRequestTime ?? t.startTime), Math.round(t.networkEndTime ?? t.endTime), Math.round(t.transferSize / 1024)])));
} finally {
  await chrome.kill();
}
