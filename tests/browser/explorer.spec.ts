import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import Papa from 'papaparse';
import { expect, PHONE, SCREENSHOT_DIR, test } from './fixtures';
import type { Page } from '@playwright/test';

// Expected figures come from the committed snapshot itself, so the test checks what the screen shows against the data.
const snapshotRows = Papa.parse<Record<string, string>>(readFileSync('data/indicators.csv', 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;

const INDICATOR = 'census2021-bad-health';
const ENGLAND = 'E92000001';

function csvRow(indicator: string, areaCode: string) {
  const row = snapshotRows.find((r) => r['Indicator ID'] === indicator && r['Area Code'] === areaCode && r['Category Type'] === '');
  if (!row) throw new Error(`No ${indicator} row for ${areaCode} in data/indicators.csv`);
  return row;
}

function wardCode(name: string): string {
  const row = snapshotRows.find((r) => r['Indicator ID'] === INDICATOR && r['Area Type'] === 'Ward' && r['Area Name'] === name);
  if (!row) throw new Error(`No ward called ${name}`);
  return row['Area Code'] as string;
}

/** The label the page should show, worked out here from the CSV's 95% limits and England's value (low is good). */
function expectedLabel(areaCode: string): 'Better' | 'Similar' | 'Worse' {
  const england = Number(csvRow(INDICATOR, ENGLAND).Value);
  const row = csvRow(INDICATOR, areaCode);
  const lower = Number(row['Lower CI 95.0 limit']);
  const upper = Number(row['Upper CI 95.0 limit']);
  if (lower > england) return 'Worse';
  if (upper < england) return 'Better';
  return 'Similar';
}

const pct = (value: string | undefined) => `${Number(value).toFixed(1)}%`;

async function openExplorer(page: Page, query = `?view=explorer&indicator=${INDICATOR}`) {
  await page.goto(`./${query}`);
  await expect(page.locator('g.explorer-bar').first()).toBeVisible();
  await expect(page.locator('path[data-area-code]').first()).toBeVisible();
}

test('draws one bar per ward with the CSV’s figures and significance', async ({ page, offsiteRequests, consoleErrors }) => {
  await openExplorer(page);
  await expect(page.locator('g.explorer-bar')).toHaveCount(21);
  await expect(page.locator('g.recharts-errorBar')).toHaveCount(21);
  await expect(page.getByText('compared with England, 95% confidence').first()).toBeVisible();

  // Highest first.
  const wards = snapshotRows.filter((r) => r['Indicator ID'] === INDICATOR && r['Area Type'] === 'Ward');
  const ranked = [...wards].sort((a, b) => Number(b.Value) - Number(a.Value));
  const barCodes = await page.locator('g.explorer-bar').evaluateAll((els) => els.map((e) => e.getAttribute('data-area-code')));
  expect(barCodes).toEqual(ranked.map((r) => r['Area Code']));

  // The table shows the CSV's value and limits for a named ward.
  const name = 'Huntington & New Earswick';
  const code = wardCode(name);
  const source = csvRow(INDICATOR, code);
  const row = page.locator(`table.explorer-table tbody tr[data-area-code="${code}"]`);
  await expect(row.locator('th')).toHaveText(name);
  const cells = row.locator('td');
  // Columns: value, comparison, lower and upper 95% limits, count, denominator.
  await expect(cells.nth(0)).toHaveText(pct(source.Value));
  await expect(cells.nth(2)).toHaveText(pct(source['Lower CI 95.0 limit']));
  await expect(cells.nth(3)).toHaveText(pct(source['Upper CI 95.0 limit']));
  await expect(cells.nth(4)).toHaveText(Number(source.Count).toLocaleString('en-GB'));
  await expect(cells.nth(5)).toHaveText(Number(source.Denominator).toLocaleString('en-GB'));

  // Significance against England, worked out independently from the CSV, for three known cases.
  const cases = ['Huntington & New Earswick', 'Copmanthorpe', 'Clifton'];
  const expected = cases.map((n) => expectedLabel(wardCode(n)));
  expect(expected).toEqual(['Worse', 'Better', 'Similar']);
  for (const [i, n] of cases.entries()) {
    const c = wardCode(n);
    await expect(page.locator(`table.explorer-table tr[data-area-code="${c}"] .badge`)).toHaveText(expected[i] as string);
    await expect(page.locator(`g.explorer-bar[data-area-code="${c}"]`)).toHaveAttribute('data-outcome', (expected[i] as string).toLowerCase());
  }
  // The outcome is in words beside the bar as well as in its colour.
  await expect(page.locator('.explorer-bar-label', { hasText: `${pct(source.Value)} (Worse)` })).toBeVisible();

  // England and York are drawn and named with their values.
  await expect(page.locator('.explorer-reference-label', { hasText: `England ${pct(csvRow(INDICATOR, ENGLAND).Value)}` })).toBeVisible();
  await expect(page.locator('.explorer-reference-label', { hasText: `York ${pct(csvRow(INDICATOR, 'E06000014').Value)}` })).toBeVisible();

  // The legend lists only the categories on screen.
  const present = [...new Set(wards.map((r) => expectedLabel(r['Area Code'] as string)))];
  await expect(page.locator('.explorer-legend-outcomes li')).toHaveCount(present.length);

  // The summary sentence counts the same categories.
  const count = (label: string) => wards.filter((r) => expectedLabel(r['Area Code'] as string) === label).length;
  await expect(page.locator('#explorer-summary')).toContainText(`of York's 21 wards, ${count('Worse')} are significantly worse than England`);

  await page.screenshot({ path: `${SCREENSHOT_DIR}/explorer-desktop.png`, fullPage: true });
  expect(offsiteRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('selecting a table row highlights the ward on the chart and the map, and is in the URL', async ({ page, consoleErrors }) => {
  await openExplorer(page);
  const code = wardCode('Westfield');
  await page.locator(`table.explorer-table tr[data-area-code="${code}"] th button`).click();
  await expect(page).toHaveURL(new RegExp(`area=${code}`));
  await expect(page.locator(`g.explorer-bar[data-area-code="${code}"] rect`)).toHaveAttribute('stroke-width', '3');
  await expect(page.locator(`path[data-area-code="${code}"]`)).toHaveAttribute('stroke-width', '4');
  await expect(page.locator('.explorer-selected')).toContainText('Westfield');
  // A bar selects too.
  const other = wardCode('Acomb');
  await page.locator(`g.explorer-bar[data-area-code="${other}"]`).click();
  await expect(page).toHaveURL(new RegExp(`area=${other}`));
  await page.reload();
  await expect(page.locator('.explorer-selected')).toContainText('Acomb');
  expect(consoleErrors).toEqual([]);
});

test('benchmark choice is kept in the URL and restored on reload', async ({ page }) => {
  await openExplorer(page);
  await page.getByRole('radio', { name: 'York', exact: true }).check();
  await expect(page).toHaveURL(/benchmark=place/);
  await expect(page.getByText('compared with York, 95% confidence').first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole('radio', { name: 'York', exact: true })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Indicator' })).toHaveValue(INDICATOR);
  await expect(page.getByText('compared with York, 95% confidence').first()).toBeVisible();
  await expect(page.locator('g.explorer-bar')).toHaveCount(21);
});

test('says so in words when England has no figure, and falls back to York', async ({ page }) => {
  await openExplorer(page, '?view=explorer&indicator=iod2025-income-deprived');
  await expect(page.getByText(/England has no figure for Income deprivation in 2025, so areas are compared with York instead/)).toBeVisible();
  await expect(page.getByText('compared with York, 95% confidence').first()).toBeVisible();
});

test('downloads the table as CSV and the chart as PNG', async ({ page, offsiteRequests }) => {
  await openExplorer(page);
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the table (CSV)' }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toBe(`${INDICATOR}-ward-2021.csv`);
  const text = readFileSync(await csvDownload.path(), 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.meta.fields?.slice(0, 3)).toEqual(['Area code', 'Area name', 'Area type']);
  expect(parsed.meta.fields).toContain('Lower 95% confidence limit');
  expect(parsed.data).toHaveLength(21);
  const code = wardCode('Huntington & New Earswick');
  const row = parsed.data.find((r) => r['Area code'] === code);
  expect(Number(row?.Value)).toBeCloseTo(Number(csvRow(INDICATOR, code).Value), 6);
  expect(row?.Comparison).toBe('Worse');

  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the chart (PNG image)' }).click(),
  ]);
  expect(pngDownload.suggestedFilename()).toBe(`${INDICATOR}-ward-2021.png`);
  const png = readFileSync(await pngDownload.path());
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.length).toBeGreaterThan(10_000);
  expect(offsiteRequests).toEqual([]);
});

test('has no axe-core violations, with a ward selected and in both palettes', async ({ page }) => {
  for (const query of [`?view=explorer&indicator=${INDICATOR}&area=${wardCode('Clifton')}`, `?view=explorer&indicator=${INDICATOR}&palette=rag`]) {
    await openExplorer(page, query);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  }
});

test('works on a 390×844 phone without sideways scrolling', async ({ page, consoleErrors }) => {
  await page.setViewportSize(PHONE);
  await openExplorer(page);
  await expect(page.locator('g.explorer-bar')).toHaveCount(21);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/explorer-phone.png`, fullPage: true });
  expect(consoleErrors).toEqual([]);
});

test('shows LSOAs in a chart that scrolls inside its own box', async ({ page }) => {
  await openExplorer(page, `?view=explorer&indicator=${INDICATOR}&geo=lsoa`);
  await expect(page.locator('g.explorer-bar')).toHaveCount(121);
  await expect(page.getByRole('region', { name: /chart, scrolls down/ })).toBeVisible();
});

test('the picker lists indicators with ward figures first; a York-only one says where to see it instead of a blank map', async ({ page, consoleErrors }) => {
  await page.goto('./?view=explorer&indicator=ft-91414-alcohol-admissions-narrow');
  const picker = page.getByRole('combobox', { name: 'Indicator' });
  // The page has drawn its choices once the picker holds the indicator the link asked for.
  await expect(picker).toHaveValue('ft-91414-alcohol-admissions-narrow');
  const labels = await picker.locator('optgroup').evaluateAll((groups) => groups.map((g) => g.getAttribute('label') ?? ''));
  const firstPlaceOnly = labels.findIndex((l) => l.startsWith('York and England only'));
  expect(labels[0]).toMatch(/^Ward and neighbourhood figures: /);
  expect(firstPlaceOnly).toBeGreaterThan(0);
  expect(labels.slice(firstPlaceOnly).every((l) => l.startsWith('York and England only: '))).toBe(true);
  // Census bad health has ward figures; the alcohol admissions series is York and England only.
  expect(await picker.locator(`optgroup[label^="Ward and neighbourhood"] option[value="${INDICATOR}"]`).count()).toBe(1);
  expect(await picker.locator('optgroup[label^="York and England only"] option[value="ft-91414-alcohol-admissions-narrow"]').count()).toBe(1);

  await expect(page.locator('#explorer-summary')).toContainText('is published for York and England only, not for wards or neighbourhoods');
  await expect(page.getByRole('link', { name: 'over time in Trends' })).toHaveAttribute('href', '?view=trends&indicator=ft-91414-alcohol-admissions-narrow');
  await expect(page.locator('.leaflet-container')).toHaveCount(0);
  await expect(page.getByText('Not in the data.')).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Areas' })).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Compare with' })).toHaveCount(0);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
