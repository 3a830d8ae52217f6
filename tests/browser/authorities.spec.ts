import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect, PHONE, SCREENSHOT_DIR, test } from './fixtures';

// Expected figures come straight from data/authorities.csv, parsed here independently of the app.
type CsvRow = Record<string, string>;
const authorityRows = Papa.parse<CsvRow>(readFileSync('data/authorities.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;

const ALCOHOL = 'ft-91414-alcohol-admissions-narrow';
const YORK = 'E06000014';
const ENGLAND = 'E92000001';

const ordinal = (n: number) => {
  const m = n % 100;
  if (m >= 11 && m <= 13) return `${n}th`;
  const d = n % 10;
  return `${n}${d === 1 ? 'st' : d === 2 ? 'nd' : d === 3 ? 'rd' : 'th'}`;
};

/** The rank sentence as the page must write it ("joint" when York shares its value). */
const rankText = ({ rank, of, tied }: { rank: number; of: number; tied: boolean }) =>
  tied
    ? new RegExp(`^York ranks joint ${ordinal(rank)} \\(with \\d+ others? on the same value\\) of ${of} authorities, where 1 is the highest value\\.$`)
    : `York ranks ${ordinal(rank)} of ${of} authorities, where 1 is the highest value.`;

/** York's rank computed here, the plain way: 1 + the number of authorities with a higher value. */
function expectedRank(indicator: string, period: string, sex = 'Persons') {
  const rows = authorityRows.filter(
    (r) => r['Indicator ID'] === indicator && r['Time period'] === period && r.Sex === sex && r['Area Type'] === 'Local authority' && r.Value !== '',
  );
  const york = rows.find((r) => r['Area Code'] === YORK);
  if (!york) throw new Error(`York has no ${indicator} figure for ${period}`);
  const value = Number(york.Value);
  const higher = rows.filter((r) => Number(r.Value) > value).length;
  const same = rows.filter((r) => Number(r.Value) === value).length;
  return { rank: higher + 1, of: rows.length, tied: same > 1, york, rows };
}

function latestYorkPeriod(indicator: string): string {
  const periods = authorityRows
    .filter((r) => r['Indicator ID'] === indicator && r['Area Code'] === YORK && r.Value !== '' && r.Sex === 'Persons')
    .map((r) => r['Time period'] as string)
    .sort();
  return periods[periods.length - 1] as string;
}

async function openAuthorities(page: Page, query = '') {
  await page.goto(`./?view=authorities${query}`);
  await expect(page.locator('#au-summary')).toBeVisible({ timeout: 30_000 });
}

test('ranks York among every English authority, as computed here from authorities.csv', async ({ page, offsiteRequests, consoleErrors }) => {
  await openAuthorities(page);
  const period = latestYorkPeriod(ALCOHOL);
  await expect(page.getByLabel('Period')).toHaveValue(period);
  const expected = expectedRank(ALCOHOL, period);
  const { rank, tied, york } = expected;
  await expect(page.locator('#au-rank')).toHaveText(rankText(expected));
  const england = authorityRows.find((r) => r['Indicator ID'] === ALCOHOL && r['Area Code'] === ENGLAND && r['Time period'] === period);
  await expect(page.locator('#au-summary')).toContainText(`York’s figure for hospital admissions for alcohol-related conditions was ${Number(york.Value).toLocaleString('en-GB')} per 100,000`);
  await expect(page.locator('#au-summary')).toContainText(`(${Number(england?.Value).toLocaleString('en-GB')} per 100,000)`);

  // York's row in the table: highlighted, on the page the table opens at, with the same figures.
  const yorkRow = page.locator('table.au-table tr.au-place-row');
  await expect(yorkRow).toHaveCount(1);
  await expect(yorkRow.locator('td').first()).toHaveText(`${tied ? '=' : ''}${rank}`);
  await expect(yorkRow.locator('td').nth(1)).toHaveText(Number(york.Value).toLocaleString('en-GB'));
  await expect(page.locator('.au-chart-box svg.recharts-surface')).toBeVisible();
  await expect(page.locator('.au-chart-box')).toContainText(`York: ${Number(york.Value).toLocaleString('en-GB')}`);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/authorities-desktop.png`, fullPage: true });
  expect(offsiteRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('York’s alcohol admissions were published as Better than England in 2008/09 and Worse in 2016/17', async ({ page }) => {
  await openAuthorities(page, `&indicator=${ALCOHOL}&period=2016%2F17`);
  await expect(page.locator('#au-comparison')).toHaveText('Worse than England, as published by OHID Fingertips.');
  await expect(page.locator('table.au-table tr.au-place-row')).toContainText('Worse than England');
  await expect(page.locator('#au-rank')).toHaveText(rankText(expectedRank(ALCOHOL, '2016/17')));

  await page.getByLabel('Period').selectOption('2008/09');
  await expect(page).toHaveURL(/period=2008%2F09/);
  await expect(page.locator('#au-comparison')).toHaveText('Better than England, as published by OHID Fingertips.');
  await expect(page.locator('#au-rank')).toHaveText(rankText(expectedRank(ALCOHOL, '2008/09')));
  await page.reload();
  await expect(page.getByLabel('Period')).toHaveValue('2008/09', { timeout: 30_000 });
  await expect(page.locator('#au-comparison')).toHaveText('Better than England, as published by OHID Fingertips.');
});

test('the quarter York is in agrees with quartiles computed here', async ({ page }) => {
  await openAuthorities(page, `&indicator=${ALCOHOL}&period=2016%2F17`);
  const { york, rows } = expectedRank(ALCOHOL, '2016/17');
  const sorted = rows.map((r) => Number(r.Value)).sort((a, b) => a - b);
  const q = (p: number) => {
    const h = (sorted.length - 1) * p;
    const lo = Math.floor(h);
    return (sorted[lo] as number) + (h - lo) * ((sorted[Math.ceil(h)] as number) - (sorted[lo] as number));
  };
  const v = Number(york.Value);
  const quarter = v <= q(0.25) ? 'lowest quarter' : v <= q(0.5) ? 'second-lowest quarter' : v <= q(0.75) ? 'second-highest quarter' : 'highest quarter';
  await expect(page.locator('#au-quarter')).toContainText(`York is in the ${quarter}`);
});

test('the table sorts, pages and keeps York highlighted; the sex choice is kept in the URL', async ({ page }) => {
  await openAuthorities(page, `&indicator=${ALCOHOL}&period=2016%2F17`);
  const table = page.locator('table.au-table');
  await expect(table.locator('tbody tr')).toHaveCount(25);
  await table.getByRole('button', { name: /^Authority/ }).click();
  await expect(table.locator('th[aria-sort="ascending"]')).toHaveText(/Authority/);
  // Sorted by name, the table opens on the page with York's row; moving away hides it, and one button brings it back.
  await expect(table.locator('tr.au-place-row')).toHaveCount(1);
  const previous = page.getByRole('button', { name: /^Previous/ }).first();
  const next = page.getByRole('button', { name: /^Next/ }).first();
  await ((await previous.isEnabled()) ? previous : next).click();
  await expect(table.locator('tr.au-place-row')).toHaveCount(0);
  await page.getByRole('button', { name: 'Show York’s row' }).first().click();
  await expect(table.locator('tr.au-place-row')).toHaveCount(1);

  await openAuthorities(page, '&indicator=ft-90366-life-expectancy&sex=Female');
  await expect(page.getByRole('radio', { name: 'Females', exact: true })).toBeChecked();
  await expect(page.locator('#au-summary')).toContainText('York’s figure for life expectancy at birth (females)');
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Females', exact: true })).toBeChecked({ timeout: 30_000 });
});

test('has no axe-core violations', async ({ page }) => {
  await openAuthorities(page);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual([]);
});

test('works on a 390×844 phone without sideways scrolling', async ({ page, consoleErrors }) => {
  await page.setViewportSize(PHONE);
  await openAuthorities(page);
  await expect(page.locator('.au-chart-box svg.recharts-surface')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/authorities-phone.png`, fullPage: true });
  expect(consoleErrors).toEqual([]);
});

test('at 1366×900 the page does not scroll sideways', async ({ page }) => {
  await openAuthorities(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
