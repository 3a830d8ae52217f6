import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import Papa from 'papaparse';
import { expect, SCREENSHOT_DIR, test } from './fixtures';

// pdfinfo and pdftotext come from Debian's poppler-utils, which .ci/run installs.
function pdfPages(path: string): string[] {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  return Array.from({ length: pages }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', path, '-'], { encoding: 'utf8' }),
  );
}

for (const { area, name } of [
  { area: 'E05010331', name: 'Wheldrake' },
  { area: '', name: 'York' },
]) {
  test(`prints a briefing for ${name} with its name and the snapshot date on every A4 page`, async ({ page, consoleErrors, offsiteRequests }) => {
    await page.goto(`./?view=briefing${area ? `&area=${area}` : ''}`);
    await expect(page.getByRole('heading', { name: `${name}: health and inequalities briefing` })).toBeVisible();
    await expect(page.locator('path[data-area-code]').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const path = join(mkdtempSync(join(tmpdir(), 'briefing-')), `${name}.pdf`);
    await page.pdf({ path, format: 'A4', printBackground: true, preferCSSPageSize: true });
    const pages = pdfPages(path);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    // Issue 14 cut York's briefing from 13 pages to 8 (the Health Index left to Trends, York-only figures in short
    // rows, sources by publisher) and a ward's to 5; these bounds catch growth.
    expect(pages.length).toBeLessThanOrEqual(area ? 6 : 8);
    pages.forEach((text, i) => {
      expect(text, `page ${i + 1}`).toContain(`${name} · Health briefing · Data snapshot of 25 November 2026`);
      expect(text, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`);
    });
    const all = pages.join('\n');
    expect(pages[0]).toContain('Key messages');
    expect(pages[0]).toMatch(/life expectancy/i);
    expect(all).toContain('Glossary');
    expect(all).toContain('Open Government Licence v3.0');
    expect(consoleErrors).toEqual([]);
    expect(offsiteRequests).toEqual([]);
  });
}

test('the briefing page is accessible and lists findings in sentences', async ({ page }) => {
  await page.goto('./?view=briefing&area=E05010324');
  await expect(page.getByRole('heading', { name: /Huntington & New Earswick: health and inequalities briefing/ })).toBeVisible();
  await expect(page.getByText(/^Bad or very bad health: 5\.8%, where England is 5\.2% \(2021\)\.$/)).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/briefing-desktop.png`, fullPage: true });
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('Westfield’s page 1 holds its place among York’s 21 wards and York’s life expectancy, and every counted list is complete', async ({ page, consoleErrors }) => {
  await page.goto('./?view=briefing&area=E05010330');
  await expect(page.getByRole('heading', { name: 'Westfield: health and inequalities briefing' })).toBeVisible();
  await expect(page.locator('path[data-area-code]').first()).toBeVisible();
  // In the page: each list of findings holds as many as its heading counts, and a key message naming fewer
  // than a list holds says "the N largest of M" for a list of M.
  const counts: number[] = [];
  for (const group of await page.locator('.briefing-findings [data-finding-group]').all()) {
    const n = Number(await group.getAttribute('data-finding-group'));
    counts.push(n);
    await expect(group.locator('h4')).toContainText(`: ${n} finding`);
    await expect(group.locator('li')).toHaveCount(n);
  }
  let partials = 0;
  for (const message of await page.locator('.briefing-messages li').allTextContents()) {
    const counted = /on (\d+) measures?/.exec(message);
    if (counted) expect(counts).toContain(Number(counted[1]));
    const partial = /on (\d+) measures\. The (\d+) largest gaps: .*\. All \1 are on page 2\./.exec(message);
    if (partial) partials++;
    // A message names every finding it counts, or says it names only the largest and where all of them are.
    else if (counted) expect(message).toMatch(/with their periods on page 2\.$/);
  }
  expect(partials).toBeGreaterThan(0);
  await page.emulateMedia({ media: 'print' });
  const path = join(mkdtempSync(join(tmpdir(), 'briefing-')), 'Westfield.pdf');
  await page.pdf({ path, format: 'A4', printBackground: true, preferCSSPageSize: true });
  const pages = pdfPages(path);
  const flat = (t: string) => t.replace(/\s+/g, ' ');
  expect(flat(pages[0] as string)).toContain('Westfield is the most deprived of York’s 21 wards');
  expect(flat(pages[0] as string)).toMatch(/Life expectancy at birth, men: York [\d.]+ years/);
  expect(flat(pages[0] as string)).toMatch(/Life expectancy at birth, women: York [\d.]+ years/);
  expect(flat(pages[0] as string)).toMatch(/alcohol/i);
  // Every finding the key messages count is printed from page 2 on.
  const rest = flat(pages.slice(1).join(' '));
  for (const item of await page.locator('.briefing-findings [data-finding-group] li').allTextContents()) {
    expect(rest).toContain(flat(item).slice(0, 40));
  }
  expect(pages.length).toBeLessThanOrEqual(6);
  await page.emulateMedia({ media: 'screen' });
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('a ward group from a shared link gets its own briefing, added up across its wards', async ({ page }) => {
  // Make a group the way a user would, then follow its briefing link.
  await page.goto('./?view=groups');
  await page.getByLabel('Group name').fill('Westfield and Acomb');
  await page.getByRole('checkbox', { name: 'Westfield', exact: true }).first().check();
  await page.getByRole('checkbox', { name: 'Acomb', exact: true }).first().check();
  const link = page.getByRole('link', { name: /Print a briefing for/ });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole('heading', { name: 'Westfield and Acomb: health and inequalities briefing' })).toBeVisible();
  await expect(page.getByText(/A group of 2 wards of City of York: Acomb, Westfield/)).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const path = join(mkdtempSync(join(tmpdir(), 'briefing-')), 'group.pdf');
  await page.pdf({ path, format: 'A4', printBackground: true, preferCSSPageSize: true });
  for (const text of pdfPages(path)) expect(text).toContain('Westfield and Acomb · Health briefing · Data snapshot of 25 November 2026');
});

test('keyboard only: map → ward → briefing', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('path[data-area-code^="E05"]')).toHaveCount(21);
  const target = page.locator('path[data-area-code="E05010330"]');
  // Tab through the page until the Westfield shape has focus, as a keyboard user would.
  for (let i = 0; i < 120 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#area-panel-title')).toBeFocused();
  await expect(page.locator('#area-panel-title')).toHaveText('Westfield');
  const briefing = page.getByRole('link', { name: 'Print a briefing for Westfield' });
  for (let i = 0; i < 20 && !(await briefing.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(briefing).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Westfield: health and inequalities briefing' })).toBeVisible();
});

// Expected figures come straight from the committed snapshot: York's latest life expectancy for each sex.
const snapshotRows = Papa.parse<Record<string, string>>(readFileSync('data/indicators.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
const latestLife = (area: string, sex: string) =>
  snapshotRows
    .filter((r) => r['Indicator ID'] === 'ft-90366-life-expectancy' && r['Area Code'] === area && r.Sex === sex && r['Category Type'] === '')
    .sort((a, b) => (a['Time period'] ?? '').localeCompare(b['Time period'] ?? ''))
    .at(-1);

test('Life expectancy for males and females appears in the York briefing', async ({ page }) => {
  await page.goto('./?view=briefing');
  await expect(page.getByRole('heading', { name: 'York: health and inequalities briefing' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const path = join(mkdtempSync(join(tmpdir(), 'briefing-')), 'York-life.pdf');
  await page.pdf({ path, format: 'A4', printBackground: true, preferCSSPageSize: true });
  const all = pdfPages(path).join('\n');
  for (const [sex, label] of [
    ['Male', 'Males'],
    ['Female', 'Females'],
  ] as const) {
    const york = latestLife('E06000014', sex);
    expect(york, `York's ${sex} row`).toBeDefined();
    const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const line = `Life expectancy at birth: ${label} (${york?.['Time period']})`;
    expect(all).toMatch(new RegExp(`${escaped(line)}\\s+${escaped(Number(york?.Value).toFixed(1))} years`));
  }
  await page.emulateMedia({ media: 'screen' });
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
