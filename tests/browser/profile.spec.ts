import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect, PHONE, SCREENSHOT_DIR, test } from './fixtures';

// Expected figures come straight from the committed snapshot, not from the app's own code.
const snapshotRows = Papa.parse<Record<string, string>>(readFileSync('data/indicators.csv', 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;
const place = JSON.parse(readFileSync('data/place.json', 'utf8')) as {
  wards: { code: string; name: string }[];
  lsoas: { code: string; name: string; wardCode: string }[];
};
const headline = (indicator: string, area: string) =>
  snapshotRows.find((r) => r['Indicator ID'] === indicator && r['Area Code'] === area && r['Category Type'] === '');
const pct = (indicator: string, area: string) => `${Number(headline(indicator, area)?.Value).toFixed(1)}%`;

const WARD = 'E05010317'; // Fulford & Heslington
const YORK = 'E06000014';
const ENGLAND = 'E92000001';
const wardName = (code: string) => place.wards.find((w) => w.code === code)?.name ?? '';

async function openProfile(page: Page, query: string) {
  await page.goto(`./${query}`);
  await expect(page.getByRole('heading', { level: 2, name: /^How is .* doing\?$/ })).toBeVisible();
}

const spineRow = (page: Page, indicator: string) => page.locator(`.pf-row[data-indicator="${indicator}"]`);

test('opens a ward from the URL with the snapshot’s figures, comparisons and neighbourhoods', async ({ page, offsiteRequests, consoleErrors }) => {
  await openProfile(page, `?view=profile&area=${WARD}`);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('How is Fulford & Heslington doing?');
  await expect(page.getByRole('combobox', { name: /^Ward/ })).toHaveValue(WARD);

  // Spine chart row: the ward's value and count, York's and England's value, the comparison in words.
  const badHealth = spineRow(page, 'census2021-bad-health');
  const ward = headline('census2021-bad-health', WARD);
  await expect(badHealth.locator('.pf-ward')).toContainText(pct('census2021-bad-health', WARD));
  await expect(badHealth.locator('.pf-ward')).toContainText(`${ward?.Count} of ${Number(ward?.Denominator).toLocaleString('en-GB')}`);
  await expect(badHealth.locator('.pf-place')).toContainText(pct('census2021-bad-health', YORK));
  await expect(badHealth.locator('.pf-country')).toContainText(pct('census2021-bad-health', ENGLAND));
  // The ward's 95% upper limit (5.09%) is below England's 5.15%: bad health is significantly lower, which is better.
  expect(Number(ward?.['Upper CI 95.0 limit'])).toBeLessThan(Number(headline('census2021-bad-health', ENGLAND)?.Value));
  await expect(badHealth.locator('.pf-compare')).toContainText('Significantly better than England');

  // England has no 2025 deprivation figures: shown as "No data", compared with York instead.
  const income = spineRow(page, 'iod2025-income-deprived');
  await expect(income.locator('.pf-country')).toContainText('No data');
  await expect(income.locator('.pf-compare')).toContainText('than York');

  // The same numbers in the table alternative.
  const tableRow = page.locator('table.pf-table tr[data-indicator="census2021-bad-health"]');
  await expect(tableRow).toContainText(pct('census2021-bad-health', WARD));
  await expect(tableRow).toContainText(pct('census2021-bad-health', ENGLAND));

  // One-sentence summary.
  await expect(page.locator('#pf-summary')).toHaveText(/^This profile holds \d+ indicators for Fulford & Heslington\. Compared with England: \d+ (is|are) significantly worse, \d+ significantly better and \d+ not significantly different\. Compared with York, where England has no figure: .*\d+ have no confidence interval and are placed among England's neighbourhoods instead/);

  // Age profile sentence and caveat.
  await expect(page.locator('.pf-age-sentence')).toHaveText(/^Fulford & Heslington's residents .*England's: \d+% are aged .*, against \d+% in England\.$/);
  await expect(page.getByText('Census figures are not age-standardised.').first()).toBeVisible();

  // Neighbourhoods (LSOAs) of the ward.
  const lsoas = place.lsoas.filter((l) => l.wardCode === WARD);
  const lsoaTable = page.locator('table.pf-lsoa-table');
  await expect(lsoaTable.locator('tbody tr')).toHaveCount(lsoas.length);
  for (const l of lsoas) {
    const row = lsoaTable.locator('tbody tr', { hasText: l.code });
    await expect(row).toContainText(pct('census2021-bad-health', l.code));
    await expect(row).toContainText(headline('iod2025-imd-decile', l.code)?.Value ?? 'missing');
  }

  await page.screenshot({ path: `${SCREENSHOT_DIR}/profile-desktop.png`, fullPage: true });
  expect(offsiteRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('states the change in the deprivation share between 2019 and 2025 in words', async ({ page }) => {
  const westfield = place.wards.find((w) => w.name === 'Westfield')?.code as string;
  await openProfile(page, `?view=profile&area=${westfield}`);
  const before = pct('iod2019-most-deprived-20pc', westfield);
  const after = pct('iod2025-most-deprived-20pc', westfield);
  const verb = Number(after.slice(0, -1)) > Number(before.slice(0, -1)) ? 'Rose' : 'Fell';
  await expect(spineRow(page, 'iod2025-most-deprived-20pc')).toContainText(`${verb} from ${before} (2019) to ${after} (2025).`);
  // The 2019 figure is that row's earlier period, not a row of its own.
  await expect(spineRow(page, 'iod2019-most-deprived-20pc')).toHaveCount(0);
});

test('choosing a ward by keyboard updates the URL, and a reload restores it', async ({ page, consoleErrors }) => {
  await openProfile(page, '?view=profile');
  // With no ward in the URL the first ward alphabetically is shown.
  const first = [...place.wards].sort((a, b) => a.name.localeCompare(b.name))[0];
  await expect(page.getByRole('combobox', { name: /^Ward/ })).toHaveValue(first?.code ?? '');
  const hullRoad = place.wards.find((w) => w.name === 'Hull Road')?.code as string;
  await page.getByRole('combobox', { name: /^Ward/ }).focus();
  await page.getByRole('combobox', { name: /^Ward/ }).selectOption(hullRoad);
  await expect(page).toHaveURL(new RegExp(`area=${hullRoad}`));
  await expect(page.locator('.pf-age-sentence')).toHaveText(
    `Hull Road's residents are much younger than England's: ${Math.round(Number(headline('census2021-aged-15-24', hullRoad)?.Value))}% are aged 15 to 24, against ${Math.round(Number(headline('census2021-aged-15-24', ENGLAND)?.Value))}% in England.`,
  );
  await page.reload();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(`How is ${wardName(hullRoad)} doing?`);
  await expect(page.getByRole('combobox', { name: /^Ward/ })).toHaveValue(hullRoad);
  await expect(page.locator('table.pf-lsoa-table tbody tr')).toHaveCount(place.lsoas.filter((l) => l.wardCode === hullRoad).length);
  // Tab reaches the ward selector and the tables.
  await page.getByRole('combobox', { name: /^Ward/ }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: /^Colours/ })).toBeFocused();
  expect(consoleErrors).toEqual([]);
});

for (const query of [`?view=profile&area=${WARD}`, '?view=profile&area=E05010330&palette=rag']) {
  test(`the ward profile has no axe-core violations (${query})`, async ({ page }) => {
    await openProfile(page, query);
    await page.getByText('Show the age bands as a table').click();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  });
}

test('the ward profile works on a 390×844 phone without sideways scrolling', async ({ page, consoleErrors }) => {
  await page.setViewportSize(PHONE);
  await openProfile(page, `?view=profile&area=${WARD}`);
  await expect(spineRow(page, 'census2021-bad-health').locator('.pf-ward')).toContainText(pct('census2021-bad-health', WARD));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/profile-phone.png`, fullPage: true });
  expect(consoleErrors).toEqual([]);
});

// Life expectancy is published for York by sex only (Male, Female; no Persons row): its latest figure for
// each sex, read from the committed snapshot.
const latestBySex = (indicator: string, area: string, sex: string) =>
  snapshotRows
    .filter((r) => r['Indicator ID'] === indicator && r['Area Code'] === area && r.Sex === sex && r['Category Type'] === '')
    .sort((a, b) => (a['Time period'] ?? '').localeCompare(b['Time period'] ?? ''))
    .at(-1);
const LIFE = 'ft-90366-life-expectancy';

test('the ward profile opens with the ward in plain English', async ({ page }) => {
  await openProfile(page, '?view=profile&area=E05010330');
  const story = page.getByRole('region', { name: 'Westfield in brief' });
  await expect(story).toContainText('Westfield is the most deprived of York’s 21 wards');
  await expect(story.locator('h3').first()).toHaveText(/^Worse than England: \d+ findings?$/);
});

test('York at a glance lists life expectancy for males and females, each beside England’s figure for the same sex', async ({ page, consoleErrors }) => {
  await page.goto('./?view=map');
  const panel = page.getByRole('region', { name: 'York at a glance' });
  await expect(panel).toBeVisible();
  // Each theme's figures are built when it is first opened.
  await expect(panel.locator('details > summary').first()).toBeVisible();
  for (const theme of await panel.locator('details > summary').all()) await theme.click();
  for (const [sex, label] of [
    ['Male', 'Males'],
    ['Female', 'Females'],
  ] as const) {
    const york = latestBySex(LIFE, YORK, sex);
    const england = snapshotRows.find(
      (r) => r['Indicator ID'] === LIFE && r['Area Code'] === ENGLAND && r.Sex === sex && r['Time period'] === york?.['Time period'],
    );
    expect(york, `York's ${sex} row`).toBeDefined();
    const row = panel.locator(`tr[data-series="${LIFE}|${sex}|All ages||"]`);
    await expect(row.locator('th')).toHaveText(`Life expectancy at birth: ${label} (${york?.['Time period']})`);
    await expect(row.locator('td').first()).toContainText(`${Number(york?.Value).toFixed(1)} years`);
    await expect(row.locator('td').last()).toHaveText(`${Number(england?.Value).toFixed(1)} years`);
  }
  expect(consoleErrors).toEqual([]);
});

test('the ward profile gives York-only figures as context, life expectancy for males and females side by side', async ({ page }) => {
  await openProfile(page, `?view=profile&area=${WARD}`);
  const table = page.getByRole('region', { name: /^York as a whole: \d+ figures with no ward figures, beside England$/ });
  const names = await table.locator('tbody th').allTextContents();
  const males = names.findIndex((n) => n.startsWith('Life expectancy at birth: Males'));
  expect(males).toBeGreaterThanOrEqual(0);
  expect(names[males + 1]).toMatch(/^Life expectancy at birth: Females/);
  const york = latestBySex(LIFE, YORK, 'Female');
  await expect(table.locator(`tr[data-series="${LIFE}|Female|All ages||"]`)).toContainText(`${Number(york?.Value).toFixed(1)} years`);
  // Nothing York-only is drawn as a ward spine row.
  await expect(page.locator(`.pf-row[data-indicator="${LIFE}"]`)).toHaveCount(0);
});

test('the spine chart keeps one centre line per block: every England-centred row first, then the rows centred on York', async ({ page }) => {
  await openProfile(page, '?view=profile&area=E05010330');
  const titles = page.locator('.pf-centre-title');
  await expect(titles).toHaveText(['Centre line: England', 'Centre line: York (England has no figure)']);
  // The York-centred block holds only rows with no England figure, and the England block none of those.
  for (const text of await page.locator('.pf-centre-block').nth(1).locator('.pf-country').allTextContents()) expect(text).toMatch(/No data/);
  for (const text of await page.locator('.pf-centre-block').nth(0).locator('.pf-country').allTextContents()) expect(text).not.toMatch(/No data/);
});
