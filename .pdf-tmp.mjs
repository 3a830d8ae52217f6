import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
for (const [name, q] of [['york', ''], ['wheldrake', '&area=E05010331']]) {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:4375/?view=briefing${q}`);
  await page.waitForTimeout(2500);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: `/tmp/summary-shots/${name}.pdf`, format: 'A4', printBackground: true, preferCSSPageSize: true });
}
await browser.close();
