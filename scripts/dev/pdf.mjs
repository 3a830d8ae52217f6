// Developer aid: node scripts/dev/pdf.mjs URL OUT.pdf — prints a page to A4 PDF in headless Chromium.
import { chromium } from '@playwright/test';
const [url, out] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
page.on('console', m => { if (m.type()==='error') console.log('console', m.text()); });
await page.goto(url);
await page.waitForSelector('path[data-area-code]');
await page.waitForTimeout(800);
await page.emulateMedia({ media: 'print' });
await page.pdf({ path: out, format: 'A4', printBackground: true, preferCSSPageSize: true });
await browser.close();
