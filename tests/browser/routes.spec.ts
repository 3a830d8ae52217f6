import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const ROUTES = ['map', 'priorities', 'overview', 'explorer', 'profile', 'inequality', 'groups', 'briefing', 'trends', 'authorities', 'import', 'about'];

test.describe.configure({ timeout: 120_000 });

test('every route: zero axe-core violations and no Content-Security-Policy violation', async ({ page, consoleErrors, offsiteRequests }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`));
  });
  for (const route of ROUTES) {
    await page.goto(`./?view=${route}`);
    await expect(page.locator('nav[aria-label="Views"] a[aria-current="page"]')).toHaveAttribute('href', `?view=${route}`);
    await expect(page.getByText(/Loading the (data|view)/)).toHaveCount(0, { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${route}: ${v.id}: ${v.help}`)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations), route).toEqual([]);
  }
  expect(consoleErrors).toEqual([]);
  expect(offsiteRequests).toEqual([]);
});

test('the production page carries a strict Content-Security-Policy', async ({ page }) => {
  await page.goto('./');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(policy).toContain("connect-src 'self'");
});
