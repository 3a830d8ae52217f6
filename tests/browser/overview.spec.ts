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
const metas = JSON.parse(readFileSync('data/indicators-meta.json', 'utf8')) as { id: string; continues?: string[] }[];
const place = JSON.parse(readFileSync('data/place.json', 'utf8')) as {
  wards: { code: string; name: string }[];
  roles: { ageBands?: string };
};

// Ward-level series: indicator × sex × age with ward figures and no category, leaving out the editions another
// indicator continues and the age-band shares (shown as earlier periods and the age profile elsewhere).
const notOwn = new Set([...metas.flatMap((m) => m.continues ?? []), place.roles.ageBands ?? '']);
const wardSeries = new Set(
  snapshotRows
    .filter((r) => r['Area Type'] === 'Ward' && r['Category Type'] === '' && !notOwn.has(r['Indicator ID'] ?? ''))
    .map((r) => `${r['Indicator ID']}|${r.Sex}|${r.Age}`),
);

const WESTFIELD = 'E05010330';
const BAD_HEALTH = 'census2021-bad-health';
const badHealth = (area: string) => Number(snapshotRows.find((r) => r['Indicator ID'] === BAD_HEALTH && r['Area Code'] === area && r['Category Type'] === '')?.Value);
const wardsByBadHealth = [...place.wards].sort((a, b) => badHealth(b.code) - badHealth(a.code));

async function openOverview(page: Page, query = '?view=overview') {
  await page.goto(`./${query}`);
  await expect(page.getByRole('heading', { level: 2, name: /wards at a glance/ })).toBeVisible();
}

const wardRows = (page: Page) => page.locator('table.ov-table tbody tr');
const heading = (page: Page, indicator: string) => page.locator(`table.ov-table th[data-indicator="${indicator}"]`);

test('a row per ward, a column per ward-level series, the same figures as the ward profile', async ({ page, consoleErrors, offsiteRequests }) => {
  await openOverview(page);
  expect(wardSeries.size).toBeGreaterThan(20);
  await expect(wardRows(page)).toHaveCount(place.wards.length);
  await expect(wardRows(page)).toHaveCount(21);
  await expect(page.locator('table.ov-table tr.ov-headings th[data-series]')).toHaveCount(wardSeries.size);
  // England and York as reference rows above the wards.
  await expect(page.locator('table.ov-table thead tr.ov-reference th')).toHaveText(['England', 'York']);
  await expect(page.locator('#ov-summary')).toHaveText(/has the most figures significantly worse than England.*: \d+ of the \d+ of its \d+ figures/);

  // Westfield's bad health: the value and the comparison word, as its ward profile shows them.
  const cell = page.locator(`tr[data-area="${WESTFIELD}"] td[data-indicator="${BAD_HEALTH}"]`);
  const value = (await cell.locator('.ov-value').textContent()) ?? '';
  expect(value).toBe(`${badHealth(WESTFIELD).toFixed(1)}%`);
  const mark = (await cell.locator('.ov-mark').textContent()) ?? '';
  expect(['worse', 'similar', 'better']).toContain(mark);

  await page.locator(`tr[data-area="${WESTFIELD}"] th a`).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('How is Westfield doing?');
  const profileRow = page.locator(`.pf-row[data-indicator="${BAD_HEALTH}"]`);
  await expect(profileRow.locator('.pf-ward')).toContainText(value);
  await expect(profileRow.locator('.pf-compare')).toContainText(mark === 'similar' ? 'Not significantly different' : `Significantly ${mark} than England`);
  expect(offsiteRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('sorts by an indicator with the mouse and with the keyboard, and keeps the order in the address', async ({ page }) => {
  await openOverview(page);
  await expect(wardRows(page).first().locator('th')).toHaveText(place.wards.map((w) => w.name).sort((a, b) => a.localeCompare(b))[0] ?? '');

  await heading(page, BAD_HEALTH).getByRole('button').click();
  await expect(heading(page, BAD_HEALTH)).toHaveAttribute('aria-sort', 'descending');
  await expect(wardRows(page).first().locator('th')).toHaveText(wardsByBadHealth[0]?.name ?? '');
  await expect(page.locator('.ov-sort-status')).toContainText('highest first');
  expect(page.url()).toContain(`sort=${BAD_HEALTH}%3Adesc`);

  // Keyboard: focus the same heading's button and press Enter: lowest first.
  await heading(page, BAD_HEALTH).getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(heading(page, BAD_HEALTH)).toHaveAttribute('aria-sort', 'ascending');
  await expect(wardRows(page).first().locator('th')).toHaveText(wardsByBadHealth[wardsByBadHealth.length - 1]?.name ?? '');

  // A reload keeps the order.
  await page.reload();
  await expect(heading(page, BAD_HEALTH)).toHaveAttribute('aria-sort', 'ascending');
  await expect(wardRows(page).first().locator('th')).toHaveText(wardsByBadHealth[wardsByBadHealth.length - 1]?.name ?? '');

  // Tab reaches the sort buttons and the ward links.
  await page.locator('table.ov-table th.ov-corner button').focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('table.ov-table tr.ov-headings th').first().getByRole('button')).toBeFocused();
  await page.locator('table.ov-table tr.ov-headings th').last().getByRole('button').focus();
  await page.keyboard.press('Tab');
  await expect(wardRows(page).first().locator('a')).toBeFocused();
});

test('downloads the table as CSV with England, York and a line per ward', async ({ page }) => {
  await openOverview(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the table (CSV)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^york-wards-at-a-glance-.*\.csv$/);
  const text = readFileSync((await download.path()) as string, 'utf8').replace(/^\uFEFF/, '');
  const lines = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  expect(lines.filter((l) => l[0]?.startsWith('E05'))).toHaveLength(21);
  expect(lines.slice(1, 3).map((l) => l[1])).toEqual(['England', 'York']);
  expect((lines[0]?.length ?? 0) - 2).toBe(2 * wardSeries.size);
  const westfield = lines.find((l) => l[0] === WESTFIELD) as string[];
  const column = lines[0]?.findIndex((h) => h.startsWith('Bad or very bad health')) ?? -1;
  expect(Number(westfield[column])).toBeCloseTo(badHealth(WESTFIELD), 6);
  await expect(page.getByRole('status').filter({ hasText: 'Table downloaded' })).toBeVisible();
});

test('zero axe violations on a desktop and a phone; on a phone nothing is wider than the screen outside the scroll box', async ({ page }) => {
  await openOverview(page);
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/overview-desktop.png` });

  await page.setViewportSize(PHONE);
  await openOverview(page, '?view=overview&palette=rag');
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  const tooWide = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return Array.from(document.querySelectorAll('body *'))
      .filter((el) => !el.closest('.ov-scroll') && !el.classList.contains('visually-hidden'))
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .map((el) => `${el.tagName}.${el.className}`);
  });
  expect(tooWide).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  // The box says it scrolls: the hint, and a fade on the right until the end is reached.
  await expect(page.locator('#ov-hint')).toContainText('Scroll sideways to see more indicators');
  await expect(page.locator('.ov-frame')).toHaveClass(/ov-more/);
  await page.locator('.ov-scroll').evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  await expect(page.locator('.ov-frame')).not.toHaveClass(/ov-more/);
  await expect(page.locator('.ov-frame')).toHaveClass(/ov-scrolled/);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/overview-phone.png` });
});
