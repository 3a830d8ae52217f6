import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect, PHONE, SCREENSHOT_DIR, test } from './fixtures';

// Expected sums come straight from the committed snapshot; the interval is worked out here with Wilson's formula.
const csv = Papa.parse<Record<string, string>>(readFileSync('data/indicators.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
const place = JSON.parse(readFileSync('data/place.json', 'utf8')) as { wards: { code: string; name: string }[] };
const byName = [...place.wards].sort((a, b) => a.name.localeCompare(b.name));
const headline = (indicator: string, area: string) =>
  csv.find((r) => r['Indicator ID'] === indicator && r['Area Code'] === area && r['Category Type'] === '');

function wilson(x: number, n: number, z = 1.959963984540054) {
  const root = z * Math.sqrt(z * z + 4 * x * (1 - x / n));
  return [(100 * (2 * x + z * z - root)) / (2 * (n + z * z)), (100 * (2 * x + z * z + root)) / (2 * (n + z * z))] as const;
}

async function openGroups(page: Page, query = '?view=groups') {
  await page.goto(`./${query}`);
  await expect(page.getByRole('heading', { level: 2, name: /^Ward groups/ })).toBeVisible();
  await expect(page.locator('path[data-ward-code]').first()).toBeVisible();
}

const checkbox = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true });

test('a group made by keyboard adds up the wards’ counts, is shared by link, and survives a reload once saved', async ({
  page,
  context,
  offsiteRequests,
  consoleErrors,
}) => {
  await openGroups(page);
  // The name, by keyboard.
  await page.getByLabel('Group name').focus();
  await page.keyboard.type('North-west PCN');
  // The wards, by keyboard: Space ticks the focused ward, Tab moves to the next one.
  const [first, second, , fourth] = byName as [typeof byName[number], typeof byName[number], unknown, typeof byName[number]];
  await checkbox(page, first.name).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(checkbox(page, second.name)).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(checkbox(page, fourth.name)).toBeFocused();
  await page.keyboard.press('Space');
  const group = [first, fourth];
  for (const w of group) await expect(checkbox(page, w.name)).toBeChecked();
  await expect(checkbox(page, second.name)).not.toBeChecked();
  await expect(page.getByText(`Wards in the group (2 of ${place.wards.length} ticked)`)).toBeVisible();
  // The map outlines the group: its shapes are ticked checkboxes too.
  for (const w of group) await expect(page.locator(`path[data-ward-code="${w.code}"]`)).toHaveAttribute('aria-checked', 'true');
  // …and shades every ward in it, the first ticked as well as the last (a re-render once reset earlier wards' fill).
  for (const w of group) await expect(page.locator(`path[data-ward-code="${w.code}"]`)).toHaveAttribute('fill', '#1d70b8');
  await expect(page.locator(`path[data-ward-code="${second.code}"]`)).toHaveAttribute('fill', '#ffffff');

  // Census bad health: counts and denominators summed from the CSV, value and 95% interval from the sums.
  const rows = group.map((w) => headline('census2021-bad-health', w.code));
  const count = rows.reduce((s, r) => s + Number(r?.Count), 0);
  const denominator = rows.reduce((s, r) => s + Number(r?.Denominator), 0);
  const [lower, upper] = wilson(count, denominator);
  const line = page.locator('tr[data-indicator="census2021-bad-health"]');
  await expect(line.locator('.gr-count')).toHaveText(`${count.toLocaleString('en-GB')} of ${denominator.toLocaleString('en-GB')}`);
  await expect(line.locator('.gr-value')).toHaveText(`${((100 * count) / denominator).toFixed(1)}%`);
  await expect(line).toContainText(`${lower.toFixed(1)}% to ${upper.toFixed(1)}%`);
  // England's figure is beside it, and the comparison is in words.
  await expect(line).toContainText(`${Number(headline('census2021-bad-health', 'E92000001')?.Value).toFixed(1)}%`);
  const england = Number(headline('census2021-bad-health', 'E92000001')?.Value);
  const words = lower > england ? 'Significantly worse than England' : upper < england ? 'Significantly better than England' : 'Not significantly different from England';
  await expect(line).toContainText(words);
  // Income deprivation (estimated counts): summed too.
  const income = group.map((w) => headline('iod2025-income-deprived', w.code));
  const incomeValue = (100 * income.reduce((s, r) => s + Number(r?.Count), 0)) / income.reduce((s, r) => s + Number(r?.Denominator), 0);
  await expect(page.locator('tr[data-indicator="iod2025-income-deprived"] .gr-value')).toHaveText(`${incomeValue.toFixed(1)}%`);
  // A score is refused, with the reason.
  await expect(page.locator('tr[data-indicator="iod2025-imd-score"]')).toContainText('Cannot be added up across wards: it is a score.');
  await expect(page.locator('#gr-summary')).toHaveText(/^North-west PCN \(2 wards, about [\d,]+ residents in 2021\): of \d+ figures added up across its wards, /);

  // The link opens the same group in a new page, which offers to save it.
  const link = await page.getByLabel('Link to this group (to share it)').inputValue();
  expect(link).toMatch(/\?view=groups&group=g1\./);
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole('heading', { level: 3, name: 'Figures for “North-west PCN”' })).toBeVisible();
  for (const w of byName) {
    if (group.includes(w)) await expect(checkbox(other, w.name)).toBeChecked();
    else await expect(checkbox(other, w.name)).not.toBeChecked();
  }
  await expect(other.getByLabel('Group name')).toHaveValue('North-west PCN');
  await expect(other.locator('tr[data-indicator="census2021-bad-health"] .gr-count')).toHaveText(
    `${count.toLocaleString('en-GB')} of ${denominator.toLocaleString('en-GB')}`,
  );
  await expect(other.getByText('You opened a shared group, “North-west PCN”, with 2 wards. It is not saved in this browser.')).toBeVisible();
  await other.close();

  // Saved, it survives a reload and appears in the saved list, which can reopen it.
  await page.getByRole('button', { name: 'Save group in this browser' }).click();
  await expect(page.getByText('Saved “North-west PCN” in this browser.')).toBeVisible();
  await page.goto('./?view=groups');
  await expect(page.locator('.gr-saved')).toContainText('North-west PCN');
  await expect(page.locator('.gr-saved')).toContainText(`2 wards: ${group.map((w) => w.name).sort((a, b) => place.wards.findIndex((x) => x.name === a) - place.wards.findIndex((x) => x.name === b)).join(', ')}`);
  await page.getByRole('button', { name: 'Open the group North-west PCN' }).click();
  for (const w of group) await expect(checkbox(page, w.name)).toBeChecked();
  await expect(page.getByRole('button', { name: 'Saved in this browser' })).toBeVisible();
  await page.reload();
  for (const w of group) await expect(checkbox(page, w.name)).toBeChecked();
  await expect(page.getByRole('button', { name: 'Saved in this browser' })).toBeVisible();

  await page.screenshot({ path: `${SCREENSHOT_DIR}/groups-desktop.png`, fullPage: true });
  expect(offsiteRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('clicking wards on the map adds and removes them', async ({ page }) => {
  await openGroups(page);
  const ward = byName[5] as { code: string; name: string };
  await page.locator(`path[data-ward-code="${ward.code}"]`).focus();
  await page.keyboard.press('Enter');
  await expect(checkbox(page, ward.name)).toBeChecked();
  await expect(page.locator(`path[data-ward-code="${ward.code}"]`)).toBeFocused();
  await page.keyboard.press(' ');
  await expect(checkbox(page, ward.name)).not.toBeChecked();
});

test('bad input: no wards, tampered and garbled links, unknown codes and a name with markup', async ({ page, consoleErrors }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  // A group with no wards is refused and nothing is saved.
  await openGroups(page);
  await page.getByLabel('Group name').fill('Empty');
  await page.getByRole('button', { name: 'Save group in this browser' }).click();
  await expect(page.getByRole('alert')).toHaveText(/A group needs at least one ward\..*Nothing was saved\./);
  expect(await page.evaluate(() => window.localStorage.getItem('york-health-dashboard:ward-groups:v1'))).toBeNull();

  // A name with markup is shown as text.
  const evil = '<img src=x onerror=alert(1)>';
  await page.getByLabel('Group name').fill(evil);
  await checkbox(page, (byName[0] as { name: string }).name).check();
  await checkbox(page, (byName[1] as { name: string }).name).check();
  await expect(page.getByRole('heading', { level: 3, name: `Figures for “${evil}”` })).toBeVisible();
  await expect(page.locator('main img')).toHaveCount(0);
  const link = await page.getByLabel('Link to this group (to share it)').inputValue();

  // Tampered: a ward code changed by hand. Shown, with the problem named, the unknown code listed and ignored.
  const tampered = link.replace(/E05\d{6}/, 'E05099999');
  await openGroups(page, tampered.slice(tampered.indexOf('?')));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This link was changed after it was made, or was copied only in part: its check code does not match.');
  await expect(alert).toContainText('The link lists a code that is not one of York’s wards, so it was left out: E05099999.');
  await expect(page.getByText(`Wards in the group (1 of ${place.wards.length} ticked)`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: `Figures for “${evil}”` })).toBeVisible();
  await expect(page.locator('main img')).toHaveCount(0);

  // No York ward at all: nothing to show, and the codes are listed.
  await openGroups(page, tampered.slice(tampered.indexOf('?')).replace(/E05(?!099999)\d{6}/, 'E05088888'));
  await expect(alert).toContainText('The group in this link cannot be shown.');
  await expect(alert).toContainText('Codes that are not York wards: E05099999, E05088888.');
  await expect(page.getByText(`Wards in the group (0 of ${place.wards.length} ticked)`)).toBeVisible();

  // Garbled: cut short, and nonsense.
  await openGroups(page, `?view=groups&group=${encodeURIComponent(link.split('group=')[1]?.split('.').slice(0, 2).join('.') ?? '')}`);
  await expect(page.getByRole('alert')).toContainText('The group in this link cannot be shown.');
  await expect(page.getByRole('alert')).toContainText('incomplete or has extra pieces');
  await openGroups(page, '?view=groups&group=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  await expect(page.getByRole('alert')).toContainText('not in a form this dashboard can read');
  await openGroups(page, '?view=groups&group=g1.%25%25.E05010311.x');
  await expect(page.getByRole('alert')).toContainText('name in the link cannot be read');

  expect(dialogs).toBe(0);
  expect(consoleErrors).toEqual([]);
});

test('the groups view has no axe-core violations, with a group and with a bad link', async ({ page }) => {
  await openGroups(page);
  for (const w of byName.slice(0, 3)) await checkbox(page, w.name).check();
  await page.getByLabel('Group name').fill('Axe check');
  await page.getByRole('button', { name: 'Save group in this browser' }).click();
  let results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  await openGroups(page, '?view=groups&group=g1.broken');
  results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
});

test('the groups view works on a 390×844 phone without sideways scrolling', async ({ page, consoleErrors }) => {
  await page.setViewportSize(PHONE);
  await openGroups(page);
  for (const w of byName.slice(0, 3)) await checkbox(page, w.name).check();
  await page.getByLabel('Group name').fill('Three wards by the river');
  await expect(page.locator('tr[data-indicator="census2021-bad-health"] .gr-value')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/groups-phone.png`, fullPage: true });
  expect(consoleErrors).toEqual([]);
});

test('a map tooltip opened under the pointer has an accessible name at once, on every map', async ({ page }) => {
  // The pointer is put over a ward on purpose: the result must not depend on where it happens to be.
  for (const query of ['?view=groups', '?view=map', '?view=priorities']) {
    await page.goto(`./${query}`);
    const shape = page.locator('path[data-ward-code], path[data-area-code]').first();
    await expect(shape).toBeVisible();
    await shape.hover({ force: true });
    await expect(page.locator('.leaflet-tooltip[role="tooltip"]').first()).toBeAttached();
    const unnamed = await page.$$eval('.leaflet-tooltip[role="tooltip"]', (els) => els.filter((el) => !el.getAttribute('aria-label')).length);
    expect(unnamed, query).toBe(0);
    const results = await new AxeBuilder({ page }).withRules(['aria-tooltip-name']).analyze();
    expect(results.violations, query).toEqual([]);
  }
});
