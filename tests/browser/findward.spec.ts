// "Find my ward" on the ward map: postcodes (from Code-Point Open, via data/postcodes.json) and ward names.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { PostcodeFile } from '../../src/domain/postcodes';
import { expect, openDashboard, PHONE, SCREENSHOT_DIR, test } from './fixtures';

const postcodes = JSON.parse(readFileSync('data/postcodes.json', 'utf8')) as PostcodeFile;
const place = JSON.parse(readFileSync('data/place.json', 'utf8')) as { wards: { code: string; name: string }[] };
const wardName = (code: string) => place.wards.find((w) => w.code === code)?.name as string;

/** The first postcode of a ward in the file, as Code-Point writes it ("YO24 3AA"). */
function firstPostcodeOf(wardCode: string): string {
  const w = postcodes.wards.indexOf(wardCode);
  for (const [outward, inwards] of Object.entries(postcodes.place)) {
    for (const [inward, [ward]] of Object.entries(inwards)) if (ward === w) return `${outward} ${inward}`;
  }
  throw new Error(`no postcode for ${wardName(wardCode)}`);
}

const box = (page: Page) => page.getByRole('search', { name: 'Find my ward' });
const result = (page: Page) => box(page).getByRole('status');

async function search(page: Page, text: string) {
  await page.getByLabel('Your postcode or ward').fill(text);
  await page.getByLabel('Your postcode or ward').press('Enter');
}

/** Every request the page makes, to check what is fetched and that nothing typed goes into an address. */
function watchRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

test('a postcode opens its ward and outlines its neighbourhood; the list is fetched only on a search', async ({ page, offsiteRequests, consoleErrors }) => {
  const requests = watchRequests(page);
  await openDashboard(page);
  await expect(box(page)).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(requests.filter((u) => /postcodes/.test(u))).toEqual([]);

  await search(page, 'YO1 7HH');
  await expect(page.locator('#area-panel-title')).toHaveText('Guildhall');
  await expect(result(page)).toContainText('YO1 7HH is in Guildhall ward.');
  await expect(result(page)).toContainText('The dashed outline on the map marks its neighbourhood');
  await expect(page).toHaveURL(/area=E05010318/);
  const lsoa = postcodes.lsoas[postcodes.place.YO1?.['7HH']?.[1] as number] as string;
  await expect(page).toHaveURL(new RegExp(`highlight=${lsoa}`));
  await expect(page.locator('.leaflet-highlight-pane path')).toHaveCount(2);
  // The three lines the Code-Point Open licence requires, beside the answer.
  for (const line of postcodes.attribution) await expect(result(page)).toContainText(line);

  const fetched = requests.filter((u) => /postcodes/.test(u));
  expect(fetched).toHaveLength(1);
  expect(fetched[0]).toMatch(/\/assets\/postcodes-[\w-]+\.json$/);
  // Nothing typed appears in any address the page asked for.
  expect(requests.filter((u) => /YO1|7HH|yo1/i.test(decodeURIComponent(u)))).toEqual([]);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/findward-desktop.png` });
  expect(offsiteRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('postcodes in several wards, in any case and with or without the space, open the right ward', async ({ page, offsiteRequests, consoleErrors }) => {
  await openDashboard(page);
  const cases: [string, string][] = [
    ['yo10 5dd', 'Hull Road'],
    ['YO304XY', 'Rawcliffe & Clifton Without'],
    ['  yo1 7hh  ', 'Guildhall'],
  ];
  for (const code of ['E05010311', 'E05010331', 'E05010319', 'E05010330']) {
    const pc = firstPostcodeOf(code);
    cases.push([pc.replace(' ', '').toLowerCase(), wardName(code)], [pc, wardName(code)]);
  }
  for (const [typed, ward] of cases) {
    await search(page, typed);
    await expect(page.locator('#area-panel-title'), typed).toHaveText(ward);
    await expect(result(page)).toContainText(`is in ${ward} ward.`);
  }
  expect(offsiteRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('a YO postcode outside York names its authority; unknown and malformed ones get plain messages', async ({ page, offsiteRequests, consoleErrors }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  await openDashboard(page);
  const cases: [string, string][] = [
    ['YO8 9AA', 'YO8 9AA is in North Yorkshire; this dashboard covers York.'],
    ['yo25 3aa', 'YO25 3AA is in East Riding of Yorkshire; this dashboard covers York.'],
    ['YO1 9ZZ', 'YO1 9ZZ was not found: it may be new, terminated, or mistyped.'],
    ['SW1A 1AA', 'SW1A 1AA is not a YO postcode.'],
    ['YO1 7H', '“YO1 7H” doesn’t look like a postcode'],
    ['YO10', 'YO10 is only the first half of a postcode'],
    ['    ', 'Type a postcode (like YO1 7HH) or part of a ward’s name'],
    ['x'.repeat(500), `“${'x'.repeat(40)}…” is too long to be a postcode or a ward’s name.`],
    ['<script>alert(1)</script>', '“<script>alert(1)</script>” doesn’t look like a postcode'],
    ['<img src=x onerror=alert(1)>', '“<img src=x onerror=alert(1)>” doesn’t look like a postcode'],
    ['<b>Leeds</b>', 'No ward of York has “<b>Leeds</b>” in its name.'],
  ];
  for (const [typed, message] of cases) {
    await search(page, typed);
    await expect(result(page), typed.slice(0, 30)).toContainText(message);
  }
  // Shown as text: no element was made from what was typed, and nothing ran.
  await expect(box(page).locator('script, img, b')).toHaveCount(0);
  expect(dialogs).toBe(0);
  // None of these opened a ward.
  await expect(page).not.toHaveURL(/area=/);
  expect(offsiteRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('part of a ward’s name opens the ward; several matches are offered', async ({ page }) => {
  await openDashboard(page);
  await search(page, 'westf');
  await expect(page.locator('#area-panel-title')).toHaveText('Westfield');
  await search(page, 'Fulford and Heslington');
  await expect(page.locator('#area-panel-title')).toHaveText('Fulford & Heslington');
  await expect(page).not.toHaveURL(/highlight=/);
  await search(page, 'without');
  await expect(result(page)).toContainText('2 wards’ names contain “without”: choose one.');
  await result(page).getByRole('button', { name: 'Heworth Without' }).click();
  await expect(page.locator('#area-panel-title')).toHaveText('Heworth Without');
});

test('choosing another ward drops the outline; links to unknown areas say so', async ({ page }) => {
  await openDashboard(page);
  await search(page, 'YO10 5DD');
  await expect(page.locator('.leaflet-highlight-pane path')).toHaveCount(2);
  await page.locator('path[data-area-code="E05010316"]').click();
  await expect(page.locator('#area-panel-title')).toHaveText('Fishergate');
  await expect(page).not.toHaveURL(/highlight=/);
  await expect(page.locator('.leaflet-highlight-pane path')).toHaveCount(0);

  await openDashboard(page, '?area=E05099999');
  await expect(page.getByText('The link asked for an area (“E05099999”) that is not one of these wards; showing York as a whole instead.')).toBeVisible();
  await expect(page.locator('#area-panel-title')).toHaveText('York at a glance');

  await openDashboard(page, '?area=E05010318&highlight=E01999999');
  await expect(page.getByText('The link asked to outline a neighbourhood (“E01999999”) that is not one of York’s; none is outlined.')).toBeVisible();
  await expect(page.locator('.leaflet-highlight-pane path')).toHaveCount(0);
});

test('a shared link with an outline says what the outline is', async ({ page }) => {
  const lsoa = postcodes.lsoas[postcodes.place.YO1?.['7HH']?.[1] as number] as string;
  await openDashboard(page, `?area=E05010318&highlight=${lsoa}`);
  await expect(result(page)).toContainText('The dashed outline on the map marks the neighbourhood');
});

test('from an indicator without ward figures, a postcode still opens the ward map', async ({ page }) => {
  await openDashboard(page, '?indicator=iod2025-imd-decile');
  await search(page, 'YO30 4XY');
  await expect(page.locator('#area-panel-title')).toHaveText('Rawcliffe & Clifton Without');
  await expect(page.locator('path[data-area-code^="E05"]')).toHaveCount(21);
});

test('has no axe-core violations with an answer shown', async ({ page }) => {
  await openDashboard(page);
  await search(page, 'YO1 7HH');
  await expect(page.locator('#area-panel-title')).toHaveText('Guildhall');
  const found = await new AxeBuilder({ page }).analyze();
  expect(found.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await search(page, 'without');
  await expect(result(page)).toContainText('choose one');
  const choices = await new AxeBuilder({ page }).analyze();
  expect(choices.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('at 390 × 844 the box is on the first screen and fits in two rows', async ({ page, offsiteRequests }) => {
  await page.setViewportSize(PHONE);
  await openDashboard(page);
  const form = await box(page).locator('.find-ward-row').boundingBox();
  expect(form).not.toBeNull();
  expect((form?.y ?? 0) + (form?.height ?? 0)).toBeLessThanOrEqual(PHONE.height);
  expect(form?.height ?? 0).toBeLessThan(100); // label above, input and button beside each other
  const input = await page.getByLabel('Your postcode or ward').boundingBox();
  const button = await box(page).getByRole('button', { name: 'Search' }).boundingBox();
  expect(Math.abs((input?.y ?? 0) - (button?.y ?? 0))).toBeLessThan(10);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await search(page, 'yo105dd');
  await expect(page.locator('#area-panel-title')).toHaveText('Hull Road');
  await page.screenshot({ path: `${SCREENSHOT_DIR}/findward-phone.png` });
  expect(offsiteRequests).toEqual([]);
});
