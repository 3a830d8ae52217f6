import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect, PHONE, SCREENSHOT_DIR, test } from './fixtures';

// Expected figures and the expected order come straight from the committed snapshot, worked out here from the
// ranking method documented in src/features/priorities/model.ts and scoring.ts, not by calling the app's code.
const csv = Papa.parse<Record<string, string>>(readFileSync('data/indicators.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
const metas = JSON.parse(readFileSync('data/indicators-meta.json', 'utf8')) as {
  id: string;
  name: string;
  theme: string;
  polarity: string;
  multiplier: number | null;
}[];
const place = JSON.parse(readFileSync('data/place.json', 'utf8')) as { wards: { code: string; name: string }[] };
const ENGLAND = 'E92000001';
const YORK = 'E06000014';
const WARDS = new Set(place.wards.map((w) => w.code));
const num = (s: string | undefined) => (s === undefined || s === '' ? null : Number(s));

const headline = csv.filter((r) => r['Category Type'] === '' && (r.Sex === 'Persons' || r.Sex === ''));
const latest = new Map<string, string>();
for (const r of headline) {
  const id = r['Indicator ID'] as string;
  if ((latest.get(id) ?? '') < (r['Time period'] as string)) latest.set(id, r['Time period'] as string);
}
const rowOf = (id: string, area: string) =>
  headline.find((r) => r['Indicator ID'] === id && r['Area Code'] === area && r['Time period'] === latest.get(id));

// Deprivation rank of each ward on the IMD 2025 score, 1 = most deprived.
const imd = place.wards
  .map((w) => ({ code: w.code, name: w.name, score: num(rowOf('iod2025-imd-score', w.code)?.Value) }))
  .filter((w): w is { code: string; name: string; score: number } => w.score !== null)
  .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
const depRank = new Map(imd.map((w, i) => [w.code, i + 1]));

interface Expected {
  key: string;
  ward: string;
  indicator: string;
  value: number;
  lower: number;
  upper: number;
  count: number | null;
  benchmark: 'England' | 'York';
  worse: boolean;
  score: number;
  excess: number;
}

// The documented method: significance 25 (35 beyond 99.8%), gap up to 25, residents up to 20 on a log scale,
// trend 10 (no ward indicator with intervals has two periods in this snapshot), deprivation up to 10.
const expected: Expected[] = [];
for (const meta of metas) {
  if (meta.polarity === 'no-judgement' || !latest.has(meta.id) || meta.id === 'iod2019-most-deprived-20pc') continue;
  const eng = rowOf(meta.id, ENGLAND);
  const bench = eng && num(eng.Value) !== null ? { name: 'England' as const, value: Number(eng.Value) } : { name: 'York' as const, value: Number(rowOf(meta.id, YORK)?.Value) };
  for (const r of headline.filter((x) => x['Indicator ID'] === meta.id && x['Time period'] === latest.get(meta.id) && WARDS.has(x['Area Code'] as string))) {
    const value = num(r.Value);
    const lower = num(r['Lower CI 95.0 limit']);
    const upper = num(r['Upper CI 95.0 limit']);
    const l998 = num(r['Lower CI 99.8 limit']);
    const u998 = num(r['Upper CI 99.8 limit']);
    if (value === null || lower === null || upper === null) continue;
    const lowGood = meta.polarity === 'low-is-good';
    const worse = lowGood ? lower > bench.value : upper < bench.value;
    const worst = worse && l998 !== null && u998 !== null && (lowGood ? l998 > bench.value : u998 < bench.value);
    const gap = (lowGood ? value - bench.value : bench.value - value) / bench.value;
    const count = num(r.Count);
    const den = num(r.Denominator);
    const excess = count !== null && den !== null ? (lowGood ? 1 : -1) * (count - (den * bench.value) / (meta.multiplier ?? 100)) : 0;
    const rank = depRank.get(r['Area Code'] as string) as number;
    const points =
      (worst ? 35 : worse ? 25 : 0) +
      25 * Math.min(1, Math.max(0, gap)) +
      (excess > 0 ? 20 * Math.min(1, Math.log10(1 + excess) / Math.log10(1001)) : 0) +
      (10 * (imd.length - rank)) / (imd.length - 1);
    expected.push({
      // A finding is keyed by ward and series: indicator id and breakdown (sex|age|category type|category).
      key: `${r['Area Code']}|${meta.id}|${r.Sex}|${r.Age}|${r['Category Type']}|${r.Category}`,
      ward: r['Area Name'] as string,
      indicator: meta.name,
      value,
      lower,
      upper,
      count,
      benchmark: bench.name,
      worse,
      score: Math.round(points * 10) / 10,
      excess,
    });
  }
}
const concern = (e: Expected) => metas.find((m) => m.name === e.indicator)?.theme === 'Alcohol harm';
expected.sort(
  (a, b) =>
    Number(b.worse) - Number(a.worse) ||
    (a.worse ? Number(concern(b)) - Number(concern(a)) : 0) ||
    b.score - a.score ||
    b.excess - a.excess ||
    a.ward.localeCompare(b.ward) ||
    a.indicator.localeCompare(b.indicator),
);
const priorities = expected.filter((e) => e.worse);

const pct = (v: number) => `${v.toFixed(1)}%`;
const about = (n: number) => `about ${(n >= 1000 ? Math.round(n / 10) * 10 : Math.round(n)).toLocaleString('en-GB')}`;

async function openPriorities(page: Page, query = '?view=priorities') {
  await page.goto(`./${query}`);
  await expect(page.getByRole('heading', { level: 2, name: /^Where to act first/ })).toBeVisible();
}

test('ranks York’s ward findings in the documented order, each explained with the snapshot’s numbers', async ({ page, offsiteRequests, consoleErrors }) => {
  await openPriorities(page);
  await expect(page.locator('path[data-area-code]').first()).toBeVisible();
  const items = page.locator('ol.pr-list > li');
  await expect(items).toHaveCount(10);
  const keys = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-finding')));
  expect(keys).toEqual(priorities.slice(0, 10).map((e) => e.key));

  for (let i = 0; i < 10; i += 1) {
    const e = priorities[i] as Expected;
    const sentence = (await items.nth(i).locator('.pr-sentence').textContent()) ?? '';
    expect(sentence.startsWith(`${e.ward}: ${e.indicator} ${pct(e.value)} (95% CI ${pct(e.lower)}–${pct(e.upper)}), ${about(e.count as number)} `)).toBe(true);
    expect(sentence).toContain(`significantly worse than ${e.benchmark}`);
    expect(sentence.endsWith('.')).toBe(true);
    await expect(items.nth(i)).toContainText(`Score ${e.score.toFixed(1)} of 100`);
  }
  // The most deprived ward's findings say so.
  const first = priorities[0] as Expected;
  if (depRank.get(first.key.split('|')[0] as string) === 1) {
    await expect(items.first().locator('.pr-sentence')).toContainText("one of York's most deprived wards");
  }

  // Summary sentence: the totals, and the top finding.
  await expect(page.locator('#pr-summary')).toContainText(`Of ${expected.length} ward figures`);
  const wardsWith = new Set(priorities.map((e) => e.key.split('|')[0])).size;
  await expect(page.locator('#pr-summary')).toContainText(
    `${priorities.length} are significantly worse than the benchmark, in ${wardsWith} of York's ${place.wards.length} wards`,
  );
  // Alcohol harm has no ward figures in the snapshot: the page says so rather than ranking it.
  await expect(page.locator('[data-concern-notice]')).toHaveCount(1);
  await expect(page.locator('[data-concern-notice]')).toContainText('No ward figures for alcohol harm.');

  // The table: every priority finding, with the criteria as columns, in the same order.
  const tableKeys = await page.locator('table.pr-table tbody tr').evaluateAll((els) => els.map((e) => e.getAttribute('data-finding')));
  expect(tableKeys).toEqual(priorities.map((e) => e.key));
  for (const header of ['Significance', 'Gap from the benchmark', 'Above the benchmark’s rate', 'Getting worse', 'Deprivation rank (1 = most deprived)', 'Score (of 100)']) {
    await expect(page.locator('table.pr-table thead')).toContainText(header);
  }

  // Map: the count of priority findings per ward, in the label as well as the shade.
  const counts = new Map<string, number>();
  for (const e of priorities) counts.set(e.ward, (counts.get(e.ward) ?? 0) + 1);
  const topWard = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] as [string, number];
  await expect(page.locator('.pr-map-summary')).toContainText(`${topWard[0]} has the most priority findings (${topWard[1]})`);
  await expect(page.locator('.leaflet-tooltip.pr-label', { hasText: `${topWard[0]}: ${topWard[1]}` })).toBeVisible();

  // What is left out, and why.
  await expect(page.locator('.pr-excluded')).toContainText('Provides unpaid care: Not judged');
  // Scores and File 8 averages have no interval: listed once, as placed among England's neighbourhoods instead.
  const placed = page.locator('.pr-excluded details', { hasText: "sits among England’s neighbourhoods" });
  await expect(placed.locator('summary')).toContainText(/^\d+ indicators have ward figures without a confidence interval/);
  await placed.locator('summary').click();
  await expect(placed.locator('li', { hasText: 'Index of Multiple Deprivation score' })).toBeVisible();
  await expect(placed.locator('li', { hasText: 'Emergency hospital admissions (acute morbidity ratio)' })).toBeVisible();

  // Show more.
  await page.getByRole('button', { name: /^Show 10 more$/ }).click();
  await expect(items).toHaveCount(Math.min(20, priorities.length));
  await expect(page).toHaveURL(/top=20/);

  await page.screenshot({ path: `${SCREENSHOT_DIR}/priorities-desktop.png`, fullPage: true });
  expect(offsiteRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('the theme filter keeps to one theme, says when a theme has no ward data, and lives in the URL', async ({ page, consoleErrors }) => {
  await openPriorities(page);
  const theme = page.getByRole('combobox', { name: /^Theme/ });
  const options = await theme.locator('option').allTextContents();
  expect(options[0]).toMatch(/^All themes/);
  expect(options[1]).toMatch(/^Alcohol harm \(no ward-level data yet\)$/);

  await theme.selectOption('children');
  await expect(page).toHaveURL(/theme=children/);
  const childKeys = priorities.filter((e) => metas.find((m) => m.name === e.indicator)?.theme === 'Children').map((e) => e.key);
  const keys = await page.locator('ol.pr-list > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-finding')));
  expect(keys).toEqual(childKeys.slice(0, 10));
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Where to act first: children');

  await theme.selectOption('alcohol-harm');
  await expect(page.getByText('No ward-level data for this theme yet.')).toBeVisible();
  await expect(page.locator('ol.pr-list')).toHaveCount(0);

  await theme.selectOption('carers');
  await expect(page.getByText('No ward figures for this theme can be ranked.')).toBeVisible();
  await expect(page.locator('.pr-excluded')).toContainText('Provides unpaid care: Not judged: a higher or lower figure is neither better nor worse.');

  // A reload keeps the theme; a ward chosen on the map lists that ward's findings.
  await page.goto('./?view=priorities&theme=general-health-and-disability');
  const westfield = place.wards.find((w) => w.name === 'Westfield')?.code as string;
  await page.locator(`path[data-area-code="${westfield}"]`).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`area=${westfield}`));
  const wardKeys = priorities.filter((e) => e.key.startsWith(westfield) && metas.find((m) => m.name === e.indicator)?.theme === 'General health and disability');
  await expect(page.locator('ol.pr-list > li')).toHaveCount(wardKeys.length);
  await expect(page.getByRole('heading', { level: 3, name: 'Priority findings in Westfield for general health and disability' })).toBeVisible();
  await page.reload();
  await expect(page.locator('ol.pr-list > li')).toHaveCount(wardKeys.length);
  expect(consoleErrors).toEqual([]);
});

for (const query of ['?view=priorities', '?view=priorities&theme=alcohol-harm', '?view=priorities&theme=older-people&area=E05010330&all=1&palette=rag']) {
  test(`the priorities view has no axe-core violations (${query})`, async ({ page }) => {
    await openPriorities(page, query);
    const method = page.getByText('How findings are ranked');
    if ((await method.count()) > 0) await method.click();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  });
}

test('the priorities view works on a 390×844 phone without sideways scrolling', async ({ page, consoleErrors }) => {
  await page.setViewportSize(PHONE);
  await openPriorities(page);
  await expect(page.locator('ol.pr-list > li')).toHaveCount(10);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/priorities-phone.png`, fullPage: true });
  expect(consoleErrors).toEqual([]);
});

test('imported ward-level alcohol figures are ranked and shown first (SYNTHETIC test data, not real figures)', async ({ page, consoleErrors }) => {
  // Seeded on a page of the same origin that does not run the app, so the app meets a store left by an earlier release.
  await page.route('**/seed-store.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Seed</title><link rel="icon" href="data:,">' }),
  );
  await page.goto('./seed-store.html');
  const westfield = place.wards.find((w) => w.name === 'Westfield')?.code as string;
  const others = place.wards.filter((w) => w.code !== westfield);
  // A made-up upload in the version 1 store (rows inside the dataset record), as the first release of the Import page
  // kept it: the app must carry it forward to version 2 (rows in chunks) and show it.
  await page.evaluate(
    async ({ westfield, others, ENGLAND }) => {
      const meta = {
        id: 'synthetic-alcohol',
        name: 'Synthetic alcohol admissions',
        definition: 'Synthetic test data.',
        whyItMatters: 'Test only.',
        unit: 'per 100,000',
        valueType: 'rate',
        multiplier: 100000,
        polarity: 'low-is-good',
        comparisonLevel: 0.95,
        geographies: ['Ward', 'England'],
        theme: 'Alcohol harm',
        period: '2024/25',
        source: 'test',
        sourceFiles: [],
        publisher: 'test',
        licence: 'none',
        attribution: 'none',
        caveats: [],
        origin: 'imported',
      };
      const row = (code: string, name: string, type: string, value: number, half: number, count: number | null, denominator: number | null) => ({
        indicatorId: meta.id,
        areaCode: code,
        areaName: name,
        areaType: type,
        sex: 'Persons',
        age: 'All ages',
        categoryType: '',
        category: '',
        period: '2024/25',
        value,
        lower95: value - half,
        upper95: value + half,
        lower998: value - 2 * half,
        upper998: value + 2 * half,
        count,
        denominator,
        valueNote: '',
        ciMethod: 'byar',
        publishedComparison: '',
      });
      const rows = [
        row(ENGLAND, 'England', 'England', 500, 1, null, null),
        row(westfield, 'Westfield', 'Ward', 650, 60, 65, 10000),
        ...others.map((w) => row(w.code, w.name, 'Ward', 480, 60, 48, 10000)),
      ];
      const dataset = {
        id: 'synthetic-test',
        name: 'Synthetic alcohol test',
        fileName: 'synthetic.csv',
        importedAt: '2026-01-01T00:00:00.000Z',
        format: 'canonical',
        indicators: [meta],
        rows,
        stats: { read: rows.length, accepted: rows.length, rejected: 0 },
        warnings: [],
      };
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('york-health-dashboard', 1);
        open.onerror = () => reject(open.error);
        open.onupgradeneeded = () => open.result.createObjectStore('datasets', { keyPath: 'id' }).createIndex('importedAt', 'importedAt');
        open.onsuccess = () => {
          const tx = open.result.transaction('datasets', 'readwrite');
          tx.objectStore('datasets').put(dataset);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      });
    },
    { westfield, others, ENGLAND },
  );
  await openPriorities(page);
  const items = page.locator('ol.pr-list > li');
  // Westfield's synthetic alcohol figure has a 30% gap and few residents above England's rate, so its score is lower than the
  // deprivation findings', but the Alliance's stated concern is listed first.
  await expect(items.first()).toHaveAttribute('data-finding', `${westfield}|imp:synthetic-test:synthetic-alcohol|Persons|All ages||`);
  await expect(items.first().locator('.pr-sentence')).toHaveText(
    "Westfield: Synthetic alcohol admissions 650.0 (95% CI 590.0–710.0), about 65 residents, significantly worse than England, one of York's most deprived wards.",
  );
  await expect(page.getByText('Alcohol harm findings are listed first, as the Alliance’s stated concern.')).toBeVisible();
  // With ward figures for alcohol harm, no page says there are none.
  await expect(page.locator('[data-concern-notice]')).toHaveCount(0);
  await page.goto('./?view=map');
  await expect(page.locator('.leaflet-container')).toBeVisible();
  await expect(page.locator('[data-concern-notice]')).toHaveCount(0);
  await page.goto('./?view=priorities');
  const theme = page.getByRole('combobox', { name: /^Theme/ });
  await expect(theme.locator('option').nth(0)).toHaveText('All themes (alcohol harm first)');
  await expect(theme.locator('option').nth(1)).toHaveText('Alcohol harm (1 priority finding)');
  await theme.selectOption('alcohol-harm');
  await expect(items).toHaveCount(1);
  await page.evaluate(() => new Promise((resolve) => { const r = indexedDB.deleteDatabase('york-health-dashboard'); r.onsuccess = r.onerror = r.onblocked = () => resolve(null); }));
  expect(consoleErrors).toEqual([]);
});

// Alcohol harm, the Alliance's concern, has no ward figures in the open data bundled: each page that maps, ranks or
// briefs wards says so once, links York's own series (the place's trend role) and, where importing exists, the route.
for (const [view, ready] of [
  ['?view=map', '.leaflet-container'],
  ['?view=priorities', 'ol.pr-list'],
  ['?view=briefing&area=E05010330', '.briefing-title'],
] as const) {
  test(`says once that alcohol harm has no ward figures, and where to look instead (${view})`, async ({ page, consoleErrors }) => {
    await page.goto(`./${view}`);
    await expect(page.locator(ready).first()).toBeVisible();
    const notice = page.locator('[data-concern-notice]');
    await expect(notice).toHaveCount(1);
    await expect(notice).toContainText('No ward figures for alcohol harm.');
    await expect(notice.getByRole('link', { name: 'Trends' })).toHaveAttribute('href', '?view=trends&indicator=ft-91414-alcohol-admissions-narrow');
    await expect(notice.getByRole('link', { name: 'Import data' })).toHaveAttribute('href', '?view=import');
    expect(consoleErrors).toEqual([]);
  });
}
