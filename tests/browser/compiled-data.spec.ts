import { expect, test } from './fixtures';

// The compiled figures file (scripts/vite/compiledSnapshot.ts) is served as assets/indicators-<hash>.json.
const FIGURES = /\/assets\/indicators-(?!meta-)[^/]*\.json$/;

test('the page reads compiled figures: no CSV of bundled figures is fetched for the first screen', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('./?view=map');
  await expect(page.locator('path[data-area-code^="E05"]')).toHaveCount(21);
  expect(fetched.filter((p) => p.endsWith('.csv'))).toEqual([]);
  expect(fetched.filter((p) => FIGURES.test(p))).toHaveLength(1);
});

const BROKEN: [string, (body: string) => string | null][] = [
  ['missing', () => null],
  ['cut short', (body) => body.slice(0, Math.floor(body.length / 2))],
  ['from another build', (body) => body.replace(/"sourceSha256":"[0-9a-f]+"/, `"sourceSha256":"${'0'.repeat(64)}"`)],
];

for (const [what, change] of BROKEN) {
  test(`a compiled figures file that is ${what}: a plain message naming the view, and About still works`, async ({ page }) => {
    await page.route(FIGURES, async (route) => {
      const response = await route.fetch();
      const body = change(await response.text());
      await (body === null ? route.fulfill({ status: 404, body: 'Not found' }) : route.fulfill({ response, body }));
    });
    await page.goto('./?view=map');
    const alert = page.getByRole('alert').filter({ hasText: 'Ward map cannot be shown' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(what === 'from another build' ? 'different build' : what === 'missing' ? 'missing' : 'cut short');
    await expect(page.locator('path[data-area-code]')).toHaveCount(0);

    await page.getByRole('link', { name: 'About the data' }).first().click();
    await expect(page.getByRole('heading', { name: 'About the data', level: 2 })).toBeVisible();
    await expect(page.locator('#glossary')).toBeVisible();
  });
}

test('index.html preloads the first screen’s data files, and each is fetched once (the preload is the fetch)', async ({ page }) => {
  const fetched = new Map<string, number>();
  const warnings: string[] = [];
  page.on('request', (r) => fetched.set(new URL(r.url()).pathname, (fetched.get(new URL(r.url()).pathname) ?? 0) + 1));
  page.on('console', (m) => {
    if (/preload/i.test(m.text())) warnings.push(m.text());
  });
  await page.goto('./?view=map');
  await expect(page.locator('path[data-area-code^="E05"]')).toHaveCount(21);
  const preloads = await page.locator('link[rel="preload"][as="fetch"]').evaluateAll((ls) => ls.map((l) => new URL((l as HTMLLinkElement).href).pathname));
  expect(preloads.map((p) => p.replace(/^.*\/assets\/|-[\w-]{8}\.json$/g, '')).sort()).toEqual(['boundaries.topo', 'indicators', 'indicators-meta', 'manifest', 'place']);
  for (const path of preloads) expect(fetched.get(path), path).toBe(1);
  // Chromium warns when a preload goes unused a few seconds after load.
  await page.waitForTimeout(3500);
  expect(warnings).toEqual([]);
});
