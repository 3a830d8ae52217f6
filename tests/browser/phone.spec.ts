import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openDashboard, PHONE, test } from './fixtures';

const WESTFIELD = 'E05010330';

test.use({ viewport: PHONE });

/**
 * Tables wider than the screen that are not inside a scroll box: a box whose overflow-x scrolls and which is
 * itself no wider than the screen. Returns their captions (or classes), so a failure says which.
 */
async function tablesCutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrollBox = (el: Element | null): boolean => {
      for (let e = el?.parentElement; e; e = e.parentElement) {
        const overflow = getComputedStyle(e).overflowX;
        if ((overflow === 'auto' || overflow === 'scroll') && e.getBoundingClientRect().right <= width + 1 && e.getBoundingClientRect().left >= -1) return true;
      }
      return false;
    };
    return Array.from(document.querySelectorAll('table'))
      .filter((t) => t.getBoundingClientRect().right > width + 1 && !scrollBox(t))
      .map((t) => t.querySelector('caption')?.textContent ?? t.className);
  });
}

async function axeViolations(page: Page): Promise<string[]> {
  return (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('the navigation is one short row and the map starts on the first screen', async ({ page, consoleErrors }) => {
  await openDashboard(page, '?view=map');
  const nav = await page.getByRole('navigation', { name: 'Views' }).boundingBox();
  expect(nav?.height ?? Infinity).toBeLessThanOrEqual(120);
  const map = await page.locator('.area-map').boundingBox();
  expect(map?.y ?? Infinity).toBeLessThan(PHONE.height);
  // Map, then the ranking, then York at a glance.
  const ranking = await page.locator('.map-ranking').boundingBox();
  const glance = await page.locator('.map-glance').boundingBox();
  expect((map?.y ?? 0) < (ranking?.y ?? 0) && (ranking?.y ?? 0) < (glance?.y ?? 0)).toBe(true);
  expect(consoleErrors).toEqual([]);
});

test('with a ward chosen the phone reads map, ward, ranking, York', async ({ page }) => {
  await openDashboard(page, `?view=map&area=${WESTFIELD}`);
  const [map, ward, ranking] = await Promise.all(['.area-map', '.map-selected', '.map-ranking'].map((s) => page.locator(s).boundingBox()));
  expect((map?.y ?? 0) < (ward?.y ?? 0) && (ward?.y ?? 0) < (ranking?.y ?? 0)).toBe(true);
  await expect(page.locator('.map-glance')).toHaveCount(0);
});

test('ward labels that fit are shown on the phone map', async ({ page }) => {
  await openDashboard(page, '?view=map');
  await expect(page.locator('.area-label[data-placement]')).toHaveCount(21);
  const shown = await page.locator('.area-label[data-placement="shown"]').count();
  expect(shown).toBeGreaterThanOrEqual(14);
  // No two shown labels overlap.
  const boxes = await page.locator('.area-label[data-placement="shown"]').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1)) expect(a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top).toBe(false);
  // Zooming in re-places them: more fit.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => page.locator('.area-label[data-placement="shown"]').count()).toBeGreaterThan(shown);
});

for (const [name, query] of [
  ['map', '?view=map'],
  ['map with a ward', `?view=map&area=${WESTFIELD}`],
  ['profile', `?view=profile&area=${WESTFIELD}`],
  ['briefing', `?view=briefing&area=${WESTFIELD}`],
  ['overview', '?view=overview'],
  ['explorer', '?view=explorer'],
  ['inequality', '?view=inequality'],
] as const) {
  test(`no table on the ${name} is cut off at the screen's edge`, async ({ page }) => {
    await page.goto(`./${query}`);
    await expect(page.locator('table').first()).toBeAttached();
    await page.waitForTimeout(300);
    expect(await tablesCutOff(page)).toEqual([]);
  });
}

test('a table wider than the phone says it scrolls and can be scrolled from the keyboard', async ({ page }) => {
  await page.goto(`./?view=profile&area=${WESTFIELD}`);
  const box = page.locator('.table-wrap[data-overflows]').first();
  await expect(box).toBeVisible();
  await expect(box).toHaveAttribute('tabindex', '0');
  await expect(box).toHaveAccessibleName(/.+/);
  await expect(box).toHaveAccessibleDescription(/Scroll sideways to see every column/);
  await box.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => box.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
});

test('Escape closes the ward panel and puts focus back on the ward', async ({ page }) => {
  await openDashboard(page, `?view=map&area=${WESTFIELD}`);
  await expect(page.locator('#area-panel-title')).toHaveText('Westfield');
  await expect(page.locator('#area-panel-title')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/area=/);
  await expect(page.locator('#area-panel-title')).toHaveText('York at a glance');
  await expect(page.locator(`path[data-area-code="${WESTFIELD}"]`)).toBeFocused();
});

test('Escape in the postcode box does not close the ward panel', async ({ page }) => {
  await openDashboard(page, `?view=map&area=${WESTFIELD}`);
  await page.getByLabel('Your postcode or ward').focus();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/area=E05010330/);
});

const UNKNOWN = 'The link asked for an area (“E05001783”) that is not one of these wards';
for (const [view, rest] of [
  ['map', '; showing York as a whole instead.'],
  ['profile', '. Choose a ward from the list above to see its profile.'],
  ['priorities', '; showing every ward instead.'],
] as const) {
  test(`a link to an unknown ward says so on the ${view}, opening no other ward`, async ({ page }) => {
    await page.goto(`./?view=${view}&area=E05001783`);
    await expect(page.getByText(UNKNOWN + rest)).toBeVisible();
    if (view === 'profile') await expect(page.getByRole('heading', { name: /^How is .* doing\?$/ })).toHaveCount(0);
    if (view === 'map') await expect(page.locator('#area-panel-title')).toHaveText('York at a glance');
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the phone map with a ward open, the profile and the overview pass axe', async ({ page }) => {
  for (const query of [`?view=map&area=${WESTFIELD}`, `?view=profile&area=${WESTFIELD}`, '?view=explorer&geo=lsoa', '?view=overview']) {
    await page.goto(`./${query}`);
    await expect(page.locator('table').first()).toBeAttached();
    await page.waitForTimeout(300);
    expect(await axeViolations(page), query).toEqual([]);
  }
});
