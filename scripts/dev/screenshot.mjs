// Developer aid: node scripts/dev/screenshot.mjs URL OUT.png [width] [height]; FULL=1 for a full page;
// CLIP=x,y,w,h for one part of it (full page coordinates); SCROLL_TO=css-selector to start the clip at an element.
import { chromium } from '@playwright/test';
const [url, out, w, h] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await browser.newPage({ viewport: { width: Number(w||1366), height: Number(h||900) } });
page.on('console', m => { if (m.type()==='error' || m.type()==='warning') console.log('console', m.type(), m.text()); });
page.on('pageerror', e => console.log('pageerror', e.message));
page.on('request', r => { if (!r.url().startsWith('http://127.0.0.1')) console.log('offsite', r.url()); });
await page.goto(url);
await page.waitForTimeout(1500);
let clip;
if (process.env.CLIP) {
  const [x, y, cw, ch] = process.env.CLIP.split(',').map(Number);
  let top = y;
  if (process.env.SCROLL_TO) top += await page.$eval(process.env.SCROLL_TO, (el) => el.getBoundingClientRect().top + window.scrollY);
  clip = { x, y: top, width: cw, height: ch };
}
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' || clip !== undefined, clip });
await browser.close();
