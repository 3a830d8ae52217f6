import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
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
    expect(pages.length).toBeLessThanOrEqual(8);
    pages.forEach((text, i) => {
      expect(text, `page ${i + 1}`).toContain(`${name} · Health briefing · Data snapshot of 25 November 2026`);
      expect(text, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`);
    });
    const all = pages.join('\n');
    expect(all).toContain('Key findings');
    expect(all).toContain('Open Government Licence v3.0');
    expect(consoleErrors).toEqual([]);
    expect(offsiteRequests).toEqual([]);
  });
}

test('the briefing page is accessible and lists findings in sentences', async ({ page }) => {
  await page.goto('./?view=briefing&area=E05010324');
  await expect(page.getByRole('heading', { name: /Huntington & New Earswick: health and inequalities briefing/ })).toBeVisible();
  await expect(page.getByText(/Huntington & New Earswick: bad or very bad health 5\.8% \(95% CI .*\), about .* residents, significantly worse than England \(2021\)\./)).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/briefing-desktop.png`, fullPage: true });
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
