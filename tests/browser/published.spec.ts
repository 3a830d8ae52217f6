import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildPublishedSnapshot, SnapshotError } from '../../scripts/build-snapshot';
import { expect, test } from './fixtures';
import { serveStatic } from './staticServer';

const RAW = resolve(process.env.RAW_DATA_DIR ?? '../shared/data/raw');
const EXTRA = join(RAW, 'indicators/fingertips_export_93356_campylobacter_york_england_region.csv');
const PREFIX = '/health/dashboard/';

let server: Server;
let siteUrl: string;

test.describe('published read-only snapshot', () => {
  test.describe.configure({ timeout: 180_000 });

  test.beforeAll(async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'published-')), 'site');
    await buildPublishedSnapshot({ out, base: './', extras: [EXTRA], dataDir: 'data' });
    ({ server, url: siteUrl } = await serveStatic(out, PREFIX));
  });

  test.afterAll(() => server?.close());

  test('serves from a sub-path of a plain file server, with the extra CSV baked in and no import page', async ({ page, offsiteRequests, consoleErrors }) => {
    await page.goto(siteUrl);
    await expect(page.locator('path[data-area-code^="E05"]')).toHaveCount(21);
    await expect(page.getByText(/Snapshot of 25 November 2026/)).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Views' })).not.toContainText('Import data');
    // The notice that alcohol harm has no ward figures points to York's series, but a read-only snapshot offers no import route.
    await expect(page.locator('[data-concern-notice]')).toContainText('No ward figures for alcohol harm.');
    await expect(page.locator('[data-concern-notice]')).not.toContainText(/import/i);
    await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'About the data' })).toBeVisible();
    await page.goto(`${siteUrl}?view=about`);
    await expect(page.getByText(/Campylobacter/).first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Accessibility statement' })).toBeVisible();
    await page.goto(`${siteUrl}?view=import`);
    await expect(page.getByRole('heading', { name: 'Import a CSV' })).toHaveCount(0);
    expect(offsiteRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test('no page of the snapshot mentions importing, which it cannot do', async ({ page }) => {
    const views = ['map', 'priorities', 'overview', 'explorer', 'profile', 'inequality', 'groups', 'briefing', 'trends', 'authorities', 'about'];
    for (const view of views) {
      await page.goto(`${siteUrl}?view=${view}`);
      await expect(page.locator('main h2, main h1, main .summary').first()).toBeVisible();
      // Let lazy parts (charts, the authorities list) settle before reading the words.
      await page.waitForLoadState('networkidle');
      const text = await page.locator('body').innerText();
      const hits = text.split('\n').filter((line) => /import/i.test(line));
      expect(hits, `?view=${view}`).toEqual([]);
    }
  });
});

test('a snapshot build pointed at a malformed CSV fails before writing anything', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bad-extra-'));
  const bad = join(dir, 'synthetic-bad.csv');
  // Synthetic: a tidy file with a value that is not a number.
  writeFileSync(bad, 'area_code,area_name,period,indicator,measure,unit,value,significance\nE06000014,York,2024,Test,Percentage,Persons,12x,Similar\n');
  const out = join(dir, 'site');
  await expect(buildPublishedSnapshot({ out, base: './', extras: [bad], dataDir: 'data' })).rejects.toThrow(SnapshotError);
  await expect(buildPublishedSnapshot({ out, base: './', extras: [bad], dataDir: 'data' })).rejects.toThrow(/synthetic-bad\.csv: 1 rows rejected \(first: line 2/);
  expect(existsSync(out)).toBe(false);
});
