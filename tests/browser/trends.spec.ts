import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect, PHONE, SCREENSHOT_DIR, test } from './fixtures';

// Expected figures come straight from the committed CSVs, parsed here independently of the app.
type CsvRow = Record<string, string>;
const parse = (path: string) => Papa.parse<CsvRow>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data;
const snapshotRows = parse('data/indicators.csv');
const authorityRows = parse('data/authorities.csv');

const ALCOHOL = 'ft-91414-alcohol-admissions-narrow';
const YORK = 'E06000014';
const ENGLAND = 'E92000001';
const LEEDS = 'E08000035';

function find(rows: CsvRow[], indicator: string, area: string, period: string, sex = 'Persons'): CsvRow {
  const row = rows.find((r) => r['Indicator ID'] === indicator && r['Area Code'] === area && r['Time period'] === period && r.Sex === sex);
  if (!row) throw new Error(`No row for ${indicator} ${area} ${period} ${sex}`);
  return row;
}
const periodsOf = (indicator: string, area: string, sex = 'Persons') =>
  snapshotRows
    .filter((r) => r['Indicator ID'] === indicator && r['Area Code'] === area && r.Sex === sex && r.Value !== '')
    .map((r) => r['Time period'] as string)
    .sort();
/** As the app shows a whole-number rate: 447 → "447", 1234 → "1,234". */
const shown = (value: string, decimals = 0) => Number(value).toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

async function openTrends(page: Page, query = '') {
  await page.goto(`./?view=trends${query}`);
  await expect(page.locator('#tr-summary')).toBeVisible({ timeout: 30_000 });
}

test('opens on York’s alcohol-related admissions with the published comparison for each period', async ({ page, offsiteRequests, consoleErrors }) => {
  await openTrends(page);
  await expect(page.getByRole('heading', { level: 2 })).toContainText('Hospital admissions for alcohol-related conditions');
  const periods = periodsOf(ALCOHOL, YORK);
  const first = periods[0] as string;
  const last = periods[periods.length - 1] as string;
  expect(first).toBe('2008/09');
  const york0809 = find(snapshotRows, ALCOHOL, YORK, '2008/09');
  const york1617 = find(snapshotRows, ALCOHOL, YORK, '2016/17');
  const yorkLast = find(snapshotRows, ALCOHOL, YORK, last);
  // The file itself says Better in 2008/09 and Worse in 2016/17 …
  expect(york0809['Published comparison']).toBe('Better');
  expect(york1617['Published comparison']).toBe('Worse');
  // … and so does the page, in words.
  const summary = page.locator('#tr-summary');
  await expect(summary).toContainText(`rose from ${shown(york0809.Value as string)} per 100,000 in 2008/09, better than England, to ${shown(yorkLast.Value as string)} per 100,000 in ${last}`);
  await expect(summary).toContainText('(published by OHID Fingertips)');

  const table = page.locator('table.tr-table');
  const row0809 = table.locator('tr[data-period="2008/09"]');
  const row1617 = table.locator('tr[data-period="2016/17"]');
  await expect(row0809.locator('td').nth(0)).toHaveText(shown(york0809.Value as string));
  await expect(row0809.locator('td.tr-published')).toHaveText('Better than England');
  await expect(row1617.locator('td').nth(0)).toHaveText(shown(york1617.Value as string));
  await expect(row1617.locator('td.tr-published')).toHaveText('Worse than England');
  await expect(row1617.locator('td').nth(2)).toHaveText(shown(find(snapshotRows, ALCOHOL, ENGLAND, '2016/17').Value as string));
  await expect(table.locator('tbody tr')).toHaveCount(periods.length);

  // The recent change is stated in words, with the method named.
  const prev = periods[periods.length - 2] as string;
  await expect(page.locator('#tr-change-list li').first()).toContainText(
    `from ${shown(find(snapshotRows, ALCOHOL, YORK, prev).Value as string)} per 100,000 in ${prev} to ${shown(yorkLast.Value as string)} per 100,000 in ${last}`,
  );
  await expect(page.locator('#tr-change-list')).toContainText('cannot say whether it is significant');
  await expect(page.locator('.tr-method')).toContainText('do not overlap');

  await expect(page.locator('.tr-chart-box svg.recharts-surface')).toBeVisible();
  // The list of authorities to compare with has loaded (authorities.csv, fetched by this view only).
  await expect(page.getByRole('combobox', { name: /Type an authority’s name/ })).toBeEnabled({ timeout: 20_000 });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/trends-desktop.png`, fullPage: true });
  expect(offsiteRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('adds a comparator authority with the keyboard, and a reload restores it', async ({ page, offsiteRequests, consoleErrors }) => {
  await openTrends(page);
  const combo = page.getByRole('combobox', { name: /Type an authority’s name/ });
  await expect(combo).toBeEnabled({ timeout: 20_000 });
  await combo.focus();
  await page.keyboard.type('Leeds');
  await expect(page.getByRole('listbox', { name: 'Matching authorities' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('option', { name: /^Leeds/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`compare=${LEEDS}`));
  await expect(page.getByRole('button', { name: 'Remove Leeds' })).toBeVisible();
  await expect(combo).toBeFocused();

  const leeds1617 = find(authorityRows, ALCOHOL, LEEDS, '2016/17');
  const table = page.locator('table.tr-table');
  await expect(table.locator('thead th').last()).toHaveText('Leeds');
  await expect(table.locator('tr[data-period="2016/17"] td').last()).toHaveText(shown(leeds1617.Value as string));
  await expect(page.locator('.tr-key')).toContainText('Leeds');

  await page.reload();
  await expect(page.getByRole('button', { name: 'Remove Leeds' })).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('table.tr-table tr[data-period="2016/17"] td').last()).toHaveText(shown(leeds1617.Value as string));

  await page.getByRole('button', { name: 'Remove Leeds' }).click();
  await expect(page).not.toHaveURL(/compare=/);
  expect(offsiteRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('shows male and female series from the URL, and keeps the choice on reload', async ({ page }) => {
  const indicator = 'ft-90366-life-expectancy';
  await openTrends(page, `&indicator=${indicator}&sex=Female`);
  await expect(page.getByRole('radio', { name: 'Females', exact: true })).toBeChecked();
  const periods = periodsOf(indicator, YORK, 'Female');
  const last = periods[periods.length - 1] as string;
  const female = find(snapshotRows, indicator, YORK, last, 'Female');
  // The app shows as many decimals as the published values have (at most one), the same for every area.
  const decimals = snapshotRows.some((r) => r['Indicator ID'] === indicator && (r.Value as string).includes('.')) ? 1 : 0;
  await expect(page.locator(`table.tr-table tr[data-period="${last}"] td`).first()).toHaveText(shown(female.Value as string, decimals));
  await page.getByRole('radio', { name: 'Males', exact: true }).check();
  await expect(page).toHaveURL(/sex=Male/);
  const male = find(snapshotRows, indicator, YORK, last, 'Male');
  await expect(page.locator(`table.tr-table tr[data-period="${last}"] td`).first()).toHaveText(shown(male.Value as string, decimals));
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Males', exact: true })).toBeChecked();
  await expect(page.locator('#tr-summary')).toContainText('for males in York');
});

test('has no axe-core violations, with a comparator chosen', async ({ page }) => {
  await openTrends(page, `&compare=${LEEDS}`);
  await expect(page.getByRole('button', { name: 'Remove Leeds' })).toBeVisible({ timeout: 20_000 });
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual([]);
});

test('works on a 390×844 phone without sideways scrolling', async ({ page, consoleErrors }) => {
  await page.setViewportSize(PHONE);
  await openTrends(page, `&compare=${LEEDS}`);
  await expect(page.getByRole('button', { name: 'Remove Leeds' })).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.tr-chart-box svg.recharts-surface')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/trends-phone.png`, fullPage: true });
  expect(consoleErrors).toEqual([]);
});

test('authorities’ figures are fetched only when a view that needs them is opened, one indicator at a time', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (/authorities[^/]*\.(csv|json)$/.test(new URL(request.url()).pathname)) fetched.push(new URL(request.url()).pathname);
  });
  await page.goto('./');
  await expect(page.locator('path[data-area-code]').first()).toBeVisible();
  expect(fetched).toEqual([]);
  // Opened from the navigation bar, the Trends view loads its indicator's file once, and the list of authorities fills.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Trends' }).click();
  await expect(page.getByRole('combobox', { name: /Type an authority’s name/ })).toBeEnabled({ timeout: 20_000 });
  expect(fetched).toHaveLength(1);
  // Compiled at build time: the page never parses authority CSV.
  expect(fetched[0]).toMatch(/authorities-ft-91414-alcohol-admissions-narrow-[\w-]+\.json$/);
  // The whole 35 MB file is never fetched, and the split file is small.
  const size = await page.evaluate(async (path) => (await (await fetch(path)).text()).length, fetched[0] as string);
  expect(size).toBeLessThan(1_000_000);
  // Another indicator: its own file, once.
  await page.getByRole('combobox', { name: 'Indicator' }).selectOption('ons-drug-misuse-deaths');
  await expect(page.getByRole('combobox', { name: /Type an authority’s name/ })).toBeEnabled({ timeout: 20_000 });
  await expect.poll(() => fetched.filter((p) => p.includes('ons-drug-misuse-deaths')).length).toBe(1);
});

test('at 1366×900 the page does not scroll sideways', async ({ page }) => {
  await openTrends(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
