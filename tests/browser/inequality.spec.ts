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
const rowsOf = (indicator: string, areaType: string) =>
  snapshotRows.filter((r) => r['Indicator ID'] === indicator && r['Area Type'] === areaType && r['Category Type'] === '');

/** Areas ordered most deprived first by the IMD 2025 score, with the indicator's row. */
function ordered(indicator: string, areaType: string) {
  const scores = new Map(rowsOf('iod2025-imd-score', areaType).map((r) => [r['Area Code'], Number(r.Value)]));
  return rowsOf(indicator, areaType)
    .map((r) => ({ code: r['Area Code'] as string, name: r['Area Name'] as string, score: scores.get(r['Area Code']) ?? NaN, value: Number(r.Value), population: Number(r.Denominator) }))
    .sort((a, b) => b.score - a.score);
}

/**
 * An independent point estimate of the SII (methods.md §9, transform on the logit scale): weighted least
 * squares of logit(p) on the population rank midpoint, read off at the two ends, most minus least deprived.
 */
function expectedSii(indicator: string, areaType: string): { sii: number; rii: number } {
  const areas = ordered(indicator, areaType);
  const total = areas.reduce((s, a) => s + a.population, 0);
  let cumulative = 0;
  let sw = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (const a of areas) {
    const w = a.population / total;
    const x = cumulative + w / 2;
    cumulative += w;
    const p = a.value / 100;
    const y = Math.log(p / (1 - p));
    sw += w; sx += w * x; sy += w * y; sxx += w * x * x; sxy += w * x * y;
  }
  const slope = (sw * sxy - sx * sy) / (sw * sxx - sx * sx);
  const intercept = (sy - slope * sx) / sw;
  const inv = (e: number) => 100 / (1 + Math.exp(-e));
  return { sii: inv(intercept) - inv(intercept + slope), rii: inv(intercept) / inv(intercept + slope) };
}

async function openGradient(page: Page, query: string) {
  await page.goto(`./${query}`);
  await expect(page.locator('#iq-sentence')).toBeVisible();
  await expect(page.locator('.iq-chart-box svg').first()).toBeVisible();
}

const SENTENCE = /^Across York's (\d+) (wards|neighbourhoods \(LSOAs\)), bad or very bad health is (\d+\.\d) percentage points higher in the most deprived than in the least deprived \(likely range (\d+\.\d) to (\d+\.\d)\), about (\d+\.\d) times as high\./;

test('opens the bad-health gradient for wards from the URL with the snapshot’s figures', async ({ page, offsiteRequests, consoleErrors }) => {
  await openGradient(page, '?view=inequality&indicator=census2021-bad-health&geo=ward');
  await expect(page.getByRole('combobox', { name: /^Indicator/ })).toHaveValue('census2021-bad-health');
  await expect(page.getByRole('radio', { name: 'Wards' })).toBeChecked();

  // The sentence: gap, interval and ratio, agreeing with an independent calculation from the CSV.
  const sentence = (await page.locator('#iq-sentence').textContent()) ?? '';
  const match = SENTENCE.exec(sentence);
  expect(match, sentence).not.toBeNull();
  const [, count, , gap, lower, upper, ratio] = match as RegExpExecArray;
  const expected = expectedSii('census2021-bad-health', 'Ward');
  expect(count).toBe('21');
  expect(gap).toBe(expected.sii.toFixed(1));
  expect(ratio).toBe(expected.rii.toFixed(1));
  expect(Number(lower)).toBeLessThanOrEqual(Number(gap));
  expect(Number(upper)).toBeGreaterThanOrEqual(Number(gap));
  await expect(page.locator('#iq-sii')).toContainText(`${expected.sii.toFixed(1)} percentage points`);
  await expect(page.locator('#iq-rii')).toContainText(expected.rii.toFixed(2));

  // The caveat beside the sentence.
  await expect(page.locator('.iq-notes')).toContainText('Census figures are not age-standardised.');
  await expect(page.locator('.iq-notes')).toContainText('Hull Road 56%');

  // The table: every ward, most deprived first, with the snapshot's values.
  const wards = ordered('census2021-bad-health', 'Ward');
  const rows = page.locator('table.iq-table tbody tr');
  await expect(rows).toHaveCount(21);
  await expect(rows.first().locator('th')).toHaveText(wards[0]?.name ?? '');
  await expect(rows.last().locator('th')).toHaveText(wards[20]?.name ?? '');
  for (const [i, ward] of wards.entries()) {
    await expect(rows.nth(i)).toContainText(`${ward.value.toFixed(1)}%`);
    await expect(rows.nth(i)).toContainText(ward.score.toFixed(1));
  }
  // The chart draws a dot per ward.
  await expect(page.locator('.iq-chart-box .recharts-scatter-symbol')).toHaveCount(21);

  await page.screenshot({ path: `${SCREENSHOT_DIR}/inequality-desktop.png`, fullPage: true });
  expect(offsiteRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('switches to neighbourhoods and another indicator, kept in the URL across a reload', async ({ page, consoleErrors }) => {
  await openGradient(page, '?view=inequality');
  // Default: bad health across wards.
  await expect(page.getByRole('combobox', { name: /^Indicator/ })).toHaveValue('census2021-bad-health');
  await page.getByRole('radio', { name: 'Neighbourhoods (LSOAs)' }).check();
  await expect(page).toHaveURL(/geo=lsoa/);
  await expect(page.locator('table.iq-table tbody tr')).toHaveCount(121);
  const sentence = (await page.locator('#iq-sentence').textContent()) ?? '';
  const match = SENTENCE.exec(sentence);
  expect(match, sentence).not.toBeNull();
  expect(match?.[3]).toBe(expectedSii('census2021-bad-health', 'LSOA').sii.toFixed(1));

  await page.getByRole('combobox', { name: /^Indicator/ }).selectOption('census2021-unpaid-care');
  await expect(page).toHaveURL(/indicator=census2021-unpaid-care/);
  await expect(page.locator('#iq-sentence')).toContainText('the share of residents who provide unpaid care is');
  await page.reload();
  await expect(page.getByRole('combobox', { name: /^Indicator/ })).toHaveValue('census2021-unpaid-care');
  await expect(page.getByRole('radio', { name: 'Neighbourhoods (LSOAs)' })).toBeChecked();
  await expect(page.locator('#iq-sentence')).toContainText("Across York's 121 neighbourhoods (LSOAs)");
  expect(consoleErrors).toEqual([]);
});

for (const query of ['?view=inequality&indicator=census2021-bad-health&geo=ward', '?view=inequality&indicator=iod2025-income-deprived&geo=lsoa&palette=rag']) {
  test(`the inequality gradient has no axe-core violations (${query})`, async ({ page }) => {
    await openGradient(page, query);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  });
}

test('the inequality gradient works on a 390×844 phone without sideways scrolling', async ({ page, consoleErrors }) => {
  await page.setViewportSize(PHONE);
  await openGradient(page, '?view=inequality&indicator=census2021-bad-health&geo=ward');
  await expect(page.locator('#iq-sentence')).toHaveText(SENTENCE);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/inequality-phone.png`, fullPage: true });
  expect(consoleErrors).toEqual([]);
});
