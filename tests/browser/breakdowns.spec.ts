// A series is indicator × sex × age × category: the real campylobacter export holds York's all-ages and
// 0-9 yrs rates side by side, and no view may mix them (issue 11).
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const RAW = resolve(process.env.RAW_DATA_DIR ?? '../shared/data/raw');
const CAMPYLOBACTER = join(RAW, 'indicators/fingertips_export_93356_campylobacter_county_ua_2015_2017.csv');

async function importCampylobacter(page: import('@playwright/test').Page): Promise<string> {
  await page.goto('./?view=import');
  await page.getByLabel('Choose a CSV file').setInputFiles(CAMPYLOBACTER);
  await expect(page.locator('.import-report')).toContainText('852 rows read');
  const href = await page.getByRole('link', { name: /Campylobacter/ }).first().getAttribute('href');
  const indicator = new URLSearchParams(href ?? '').get('indicator') ?? '';
  expect(indicator).toMatch(/^imp:/);
  return indicator;
}

test('Trends and York among authorities show the all-ages series by default and 0-9 yrs only when chosen', async ({ page, consoleErrors }) => {
  const indicator = await importCampylobacter(page);

  await page.goto(`./?view=trends&indicator=${encodeURIComponent(indicator)}`);
  const table = page.locator('main table').first();
  // York's all-ages rates in the raw file (lines 91, 761, 1429): 72.03, 96.46, 74.87 per 100,000.
  await expect(table).toContainText('72.0');
  await expect(table).toContainText('96.5');
  await expect(table).toContainText('74.9');
  await expect(table).not.toContainText('306.9');
  await expect(page.locator('#tr-summary')).not.toContainText('306.9');

  // The 0-9 yrs series (lines 395, 1065: 378.55, 306.86) only when chosen; the choice is in the URL and survives a reload.
  await page.getByRole('combobox', { name: 'Age' }).selectOption('0-9 yrs');
  await expect(page).toHaveURL(/age=0-9\+yrs|age=0-9%20yrs/);
  await expect(table).toContainText('306.9');
  await expect(table).not.toContainText('74.9');
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Age' })).toHaveValue('0-9 yrs');
  await expect(page.locator('main table').first()).toContainText('378.6');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // 150 upper-tier authorities each have one all-ages figure for 2015: York ranks among 150, not 300.
  await page.goto(`./?view=authorities&indicator=${encodeURIComponent(indicator)}&period=2015`);
  await expect(page.locator('main h2').first()).toContainText('among 150 local authorities, 2015');
  await expect(page.locator('main')).toContainText(/of 150 authorities/);
  await expect(page.locator('main')).not.toContainText('300');
  expect(consoleErrors).toEqual([]);
});

test('a link to an import this browser does not have, or an unknown area, opens with a plain notice', async ({ page, consoleErrors }) => {
  await page.goto('./?view=trends&indicator=imp%3Asomeone-elses%3A93356');
  const notice = page.locator('.link-notice');
  await expect(notice).toContainText('this browser does not have');
  await expect(notice).toContainText('Showing');

  await page.goto('./?view=explorer&indicator=no-such-indicator');
  await expect(page.locator('.link-notice')).toContainText('“no-such-indicator”');

  await page.goto('./?view=map&area=E05999999');
  await expect(page.locator('.link-notice')).toContainText('“E05999999”');
  await expect(page.locator('#area-panel-title')).toContainText('at a glance');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
