// Dev aid: DOM element counts of a page, by subtree (to find what makes first render and layout heavy).
// node scripts/dev/dom-count.mjs URL [selectorToWaitFor] [rootSelector]
import { chromium } from '@playwright/test';
const [url, wait = '#main', root = 'main'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
await page.goto(url);
await page.waitForSelector(wait);
await page.waitForTimeout(1000);
console.log(
  await page.evaluate((root) => {
    const walk = (e, depth) =>
      depth > 3 ? [] : [...e.children].flatMap((c) => [`${'  '.repeat(depth)}${c.tagName}.${String(c.className).slice(0, 30)}#${c.id}: ${c.querySelectorAll('*').length}`, ...(c.querySelectorAll('*').length > 100 ? walk(c, depth + 1) : [])]);
    return [document.querySelectorAll('*').length, ...walk(document.querySelector(root), 0)].join('\n');
  }, root),
);
await browser.close();
