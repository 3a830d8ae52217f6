// Developer aid: node scripts/dev/overflow.mjs URL — lists elements wider than a 390 px phone (page overflow), outside maps.
import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
await page.goto(process.argv[2]); await page.waitForTimeout(2000);
console.log(await page.evaluate(() => [...document.querySelectorAll('body, body *')].filter(el => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible' && !el.closest('.leaflet-container')).map(el => { const r=el.getBoundingClientRect(); return el.tagName+'.'+(el.getAttribute('class')||'').slice(0,50)+' sw='+el.scrollWidth+' cw='+el.clientWidth+' '+Math.round(r.left)+'-'+Math.round(r.right)+' '+getComputedStyle(el).overflow; }).slice(0,30).join('\n')));
await browser.close();
