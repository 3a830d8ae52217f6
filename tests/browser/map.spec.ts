import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import Papa from 'papaparse';
import { expect, openDashboard, PHONE, SCREENSHOT_DIR, test } from './fixtures';

const snapshotRows = Papa.parse<Record<string, string>>(readFileSync('data/indicators.csv', 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;
const value = (indicator: string, area: string) =>
  Number(snapshotRows.find((r) => r['Indicator ID'] === indicator && r['Area Code'] === area)?.Value);

test('draws the 21 ward shapes with their names, offline', async ({ page, offsiteRequests, consoleErrors }) => {
  await openDashboard(page);
  await expect(page.locator('path[data-area-code^="E05"]')).toHaveCount(21);
  await expect(page.locator('.area-label', { hasText: 'Fulford & Heslington' })).toBeVisible();
  await expect(page.getByText(/Snapshot of 25 November 2026/)).toBeVisible();
  await expect(page.getByText(/Open Government Licence v3.0/).first()).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/map-desktop.png`, fullPage: true });
  expect(offsiteRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('keyboard selection of a ward shows its figures beside York', async ({ page, offsiteRequests, consoleErrors }) => {
  await openDashboard(page);
  const ward = page.locator('path[data-area-code="E05010317"]');
  await ward.focus();
  const expected = value('census2021-bad-health', 'E05010317').toFixed(1);
  await expect(page.locator('.leaflet-tooltip', { hasText: `Bad or very bad health: ${expected}%` })).toBeVisible();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: 'Fulford & Heslington', exact: true });
  await expect(panel).toBeVisible();
  await expect(page.locator('#area-panel-title')).toBeFocused();
  // The ward's plain-English story comes first; its figures are grouped by theme, each opened on demand.
  await expect(panel.getByRole('region', { name: 'Fulford & Heslington in brief' })).toContainText('of York’s 21 wards');
  await panel.locator('details[data-theme="General health and disability"] > summary').click();
  const row = panel.getByRole('row', { name: /Bad or very bad health/ });
  await expect(row).toContainText(`${expected}%`);
  await expect(row).toContainText(`${value('census2021-bad-health', 'E06000014').toFixed(1)}%`);
  await expect(row).toContainText(`${value('census2021-bad-health', 'E92000001').toFixed(1)}%`);
  await expect(page).toHaveURL(/area=E05010317/);
  expect(offsiteRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('the table under the map holds the same figures and sorts', async ({ page }) => {
  await openDashboard(page);
  const table = page.locator('table.area-table');
  await expect(table.locator('tbody tr')).toHaveCount(21);
  const first = table.locator('tbody tr').first().locator('th');
  const highest = snapshotRows
    .filter((r) => r['Indicator ID'] === 'census2021-bad-health' && r['Area Type'] === 'Ward')
    .sort((a, b) => Number(b.Value) - Number(a.Value))[0];
  await expect(first).toHaveText(highest?.['Area Name'] ?? '');
  await table.getByRole('button', { name: /^Value/ }).click();
  await expect(table.locator('th[aria-sort="ascending"]')).toHaveCount(1);
});

test('switches to the LSOA layer and restores it from the URL', async ({ page }) => {
  await openDashboard(page, '?geo=lsoa');
  await expect(page.locator('path[data-area-code^="E01"]')).toHaveCount(121);
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Neighbourhoods (LSOAs)' })).toBeChecked();
});

test('shows York’s 24 MSOAs dissolved from LSOAs', async ({ page }) => {
  await openDashboard(page, '?geo=msoa');
  await expect(page.locator('path[data-area-code^="E02"]')).toHaveCount(24);
});

test('offers only the geographies an indicator has', async ({ page }) => {
  // The national decile exists only for LSOAs, so no ward layer is offered for it.
  await openDashboard(page, '?indicator=iod2025-imd-decile');
  await expect(page.getByRole('radio', { name: 'Wards' })).toHaveCount(0);
  await expect(page.locator('path[data-area-code^="E01"]')).toHaveCount(121);
});

test('has no axe-core violations', async ({ page }) => {
  await openDashboard(page, '?area=E05010317');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('works on a 390×844 phone', async ({ page, consoleErrors }) => {
  await page.setViewportSize(PHONE);
  await openDashboard(page);
  await expect(page.locator('path[data-area-code^="E05"]')).toHaveCount(21);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/map-phone.png`, fullPage: true });
  expect(consoleErrors).toEqual([]);
});

test('a ward’s panel tells its story in plain English, at 390 px without sideways scrolling, and is accessible', async ({ page, consoleErrors }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./?view=map&area=E05010330');
  const story = page.getByRole('region', { name: 'Westfield in brief' });
  await expect(story).toContainText('Westfield is the most deprived of York’s 21 wards');
  await expect(story).toContainText(/about [\d,]+ children aged under 15/);
  await expect(story).toContainText(/Life expectancy at birth, men: York [\d.]+ years, where England is [\d.]+ years/);
  await expect(story.locator('[data-concern-notice]')).toBeVisible();
  // Every list says how many it holds and holds that many.
  for (const group of await story.locator('[data-finding-group]').all()) {
    const n = Number(await group.getAttribute('data-finding-group'));
    await expect(group.locator('li')).toHaveCount(n);
    await expect(group.locator('h3')).toContainText(`${n} finding`);
  }
  const width = await story.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(width).toBeLessThanOrEqual(0);
  // Themes are collapsed and say what they hold.
  await expect(page.locator('.area-panel details[data-theme="General health and disability"] > summary')).toContainText(/— \d+ figures/);
  const results = await new AxeBuilder({ page }).include('.area-panel').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('York at a glance says how old an old figure is, and that a replaced method was replaced', async ({ page, consoleErrors }) => {
  await page.goto('./?view=map');
  // Each theme's figures are built when it is first opened.
  await expect(page.locator('.area-panel details > summary').first()).toBeVisible();
  for (const theme of await page.locator('.area-panel details > summary').all()) await theme.click();
  // Snapshot of 25 November 2026: 2017/18 ended more than five years before it; 2019 - 21 did not.
  const alcohol = page.locator('.area-panel tr[data-indicator="ft-91414-alcohol-admissions-narrow"] th');
  await expect(alcohol).toContainText('(2017/18 — the latest open figure)');
  await expect(alcohol).toContainText('Old method: OHID has replaced this indicator with a new measure (Fingertips 93764)');
  const drugs = page.locator('.area-panel tr[data-series="ons-drug-misuse-deaths|Persons|All ages||"] th');
  await expect(drugs).toContainText('(2019 - 21)');
  await expect(drugs).not.toContainText('latest open figure');
  expect(consoleErrors).toEqual([]);
});

test('a closed theme of York at a glance is built when first opened, and stays built', async ({ page, consoleErrors }) => {
  await page.goto('./?view=map');
  const theme = page.locator('.area-panel details[data-theme="General health and disability"]');
  await expect(theme.locator('summary')).toBeVisible();
  // Nothing inside the closed themes yet: the first screen does not build what nobody has opened.
  await expect(page.locator('.area-panel details table')).toHaveCount(0);
  await theme.locator('summary').click();
  await expect(theme.locator('table tbody tr').first()).toBeVisible();
  await theme.locator('summary').click();
  await expect(theme.locator('table')).toHaveCount(1);
  expect(consoleErrors).toEqual([]);
});
