import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, PHONE, SCREENSHOT_DIR, test } from './fixtures';

const RAW = resolve(process.env.RAW_DATA_DIR ?? '../shared/data/raw');
const FINGERTIPS = join(RAW, 'indicators/fingertips_export_93356_campylobacter_county_ua_2015_2017.csv');

/** Writes a small synthetic file for the test (not real data). */
function syntheticFile(name: string, content: string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'upload-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

test('imports the real Fingertips export, keeps it across a reload, sends nothing', async ({ page, offsiteRequests, consoleErrors }) => {
  await page.goto('./?view=import');
  await page.getByLabel('Choose a CSV file').setInputFiles(FINGERTIPS);
  const report = page.locator('.import-report');
  await expect(report).toContainText('Imported fingertips_export_93356');
  await expect(report).toContainText('OHID Fingertips export');
  await expect(report).toContainText('852 rows read: 852 accepted, 0 rejected.');
  await page.screenshot({ path: `${SCREENSHOT_DIR}/import-desktop.png`, fullPage: true });

  const list = page.getByRole('table', { name: /Your imported datasets/ });
  await expect(list).toContainText('Campylobacter');
  await page.reload();
  await expect(page.getByRole('table', { name: /Your imported datasets/ })).toContainText('Campylobacter');

  // It is offered next to the bundled indicators, labelled imported.
  await page.goto('./');
  await expect(page.locator('option', { hasText: /Campylobacter.*\(imported\)/ })).toHaveCount(1);
  expect(offsiteRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('a bad file gets a clear message and earlier imports are untouched', async ({ page, consoleErrors }) => {
  await page.goto('./?view=import');
  // Synthetic test inputs: one good file first, then bad ones that must not disturb it.
  const good = 'area_code,area_name,period,indicator,measure,unit,value,significance\nE05010311,Acomb,2021,Synthetic share,Percentage,Persons,12.5,Similar\n';
  await page.getByLabel('Choose a CSV file').setInputFiles(syntheticFile('synthetic-good.csv', good));
  await expect(page.locator('.import-report')).toContainText('Imported synthetic-good.csv');
  await page.getByLabel('Choose a CSV file').setInputFiles(syntheticFile('empty.csv', ''));
  await expect(page.getByRole('alert')).toContainText(/empty/i);
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  await page.getByLabel('Choose a CSV file').setInputFiles(syntheticFile('picture.csv', png));
  await expect(page.getByRole('alert')).toContainText(/not a text|binary|image/i);
  await expect(page.locator('.import-report')).toContainText('was not imported');
  await expect(page.getByRole('table', { name: /Your imported datasets/ }).locator('tbody tr')).toHaveCount(1);
  await expect(page.getByRole('table', { name: /Your imported datasets/ })).toContainText('synthetic-good.csv');
  expect(consoleErrors).toEqual([]);
});

test('rejected rows are counted, explained and downloadable; script in names stays text', async ({ page }) => {
  await page.goto('./?view=import');
  const csv = [
    'area_code,area_name,period,indicator,measure,unit,value,significance',
    'E05010311,Acomb,2021,Test share,Percentage,Persons,12.5,Similar',
    'E05010312,<img src=x onerror=alert(1)>,2021,Test share,Percentage,Persons,abc,Similar',
    'E05010311,Acomb,2021,Test share,Percentage,Persons,13.5,Similar',
  ].join('\n');
  await page.getByLabel('Choose a CSV file').setInputFiles(syntheticFile('synthetic-tidy.csv', csv));
  const report = page.locator('.import-report');
  await expect(report).toContainText('3 rows read');
  await expect(report).toContainText(/Line \d+/);
  const download = page.waitForEvent('download');
  await report.getByRole('button', { name: /Download all/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('synthetic-tidy.csv-problems.csv');
  const lines = readFileSync((await file.path()) as string, 'utf8').trim().split(/\r?\n/);
  expect(lines).toEqual([
    'Line,Reason',
    '3,"value: not a number (""abc"")."',
    '4,"Duplicate of line 2: same indicator, area, period, sex, age, category type and category."',
  ]);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('an imported Fingertips export shows in the Trends and York-among-authorities views', async ({ page, consoleErrors }) => {
  await page.goto('./?view=import');
  await page.getByLabel('Choose a CSV file').setInputFiles(FINGERTIPS);
  await expect(page.locator('.import-report')).toContainText('852 rows read');
  const href = await page.getByRole('link', { name: /Campylobacter/ }).first().getAttribute('href');
  const indicator = new URLSearchParams(href ?? '').get('indicator') ?? '';
  expect(indicator).toMatch(/^imp:/);

  await page.goto(`./?view=trends&indicator=${encodeURIComponent(indicator)}`);
  await expect(page.getByRole('combobox', { name: /Indicator/ })).toHaveValue(indicator);
  await expect(page.locator('main')).toContainText(/Campylobacter/);
  await expect(page.locator('main table').first()).toContainText('2017');

  await page.goto(`./?view=authorities&indicator=${encodeURIComponent(indicator)}`);
  await expect(page.getByRole('combobox', { name: /Indicator/ })).toHaveValue(indicator);
  await expect(page.locator('main')).toContainText(/York ranks/);
  // The other authorities' rows are not read at page load but for this one indicator: they are all here.
  await expect(page.locator('h2.tr-title')).toContainText(/York among 1\d\d local authorities/);
  expect(consoleErrors).toEqual([]);
});

test('a damaged stored dataset is left out with a message naming it; the others still show (SYNTHETIC test data)', async ({ page, consoleErrors }) => {
  await page.goto('./?view=import');
  const header = 'area_code,area_name,period,indicator,measure,unit,value,significance';
  for (const name of ['Synthetic kept share', 'Synthetic damaged share']) {
    const csv = `${header}\nE05010311,Acomb,2020,${name},Percentage,Persons,12.5,Similar\nE05010311,Acomb,2021,${name},Percentage,Persons,13.5,Similar\n`;
    await page.getByLabel('Choose a CSV file').setInputFiles(syntheticFile(`${name.replace(/ /g, '-')}.csv`, csv));
    await expect(page.locator('.import-report')).toContainText(`Imported ${name.replace(/ /g, '-')}.csv`);
  }
  const href = await page.getByRole('link', { name: 'Synthetic damaged share' }).getAttribute('href');
  const indicator = new URLSearchParams(href ?? '').get('indicator') ?? '';
  const datasetId = indicator.split(':')[1] ?? '';
  expect(datasetId).not.toBe('');
  // Damage its stored rows, as a failing disk or a browser bug might: a chunk that is not rows.
  await page.evaluate(
    ([id, indicatorId]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('york-health-dashboard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('indicatorChunks', 'readwrite');
          tx.objectStore('indicatorChunks').put('damaged', [id, 'place', indicatorId, 0]);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [datasetId, indicator] as const,
  );
  const message = '“Synthetic damaged share” could not be read from this browser’s storage (part of it is damaged), so it is not shown. Delete it on the Import page and import the file again.';
  await page.goto('./');
  await expect(page.getByRole('alert').filter({ hasText: 'Synthetic damaged share' })).toHaveText(message);
  await expect(page.locator('option', { hasText: /Synthetic kept share.*\(imported\)/ })).toHaveCount(1);
  await expect(page.locator('option', { hasText: /Synthetic damaged share/ })).toHaveCount(0);
  // On the Import page the message sits beside the dataset, which can still be deleted.
  await page.goto('./?view=import');
  const row = page.getByRole('table', { name: /Your imported datasets/ }).locator('tbody tr', { hasText: 'Synthetic damaged share' });
  await expect(row.getByRole('alert')).toHaveText(message);
  page.once('dialog', (dialog) => void dialog.accept());
  await row.getByRole('button', { name: /Delete/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Synthetic damaged share' })).toHaveCount(0);
  await expect(page.getByRole('table', { name: /Your imported datasets/ }).locator('tbody tr')).toHaveCount(1);
  expect(consoleErrors).toEqual([]);
});

test('rows for areas outside York are kept but not loaded, and the report says so (SYNTHETIC test data)', async ({ page, consoleErrors }) => {
  await page.goto('./?view=import');
  const csv = [
    'area_code,area_name,period,indicator,measure,unit,value,significance',
    'E05010311,Acomb,2021,Synthetic split share,Percentage,Persons,12.5,Similar',
    'E92000001,England,2021,Synthetic split share,Percentage,Persons,11.0,',
    'E01000001,City of London 001A,2021,Synthetic split share,Percentage,Persons,9.5,Similar',
    'E01000002,City of London 001B,2021,Synthetic split share,Percentage,Persons,8.5,Similar',
    'E01000003,City of London 001C,2021,Synthetic split share,Percentage,Persons,7.5,Similar',
  ].join('\n');
  await page.getByLabel('Choose a CSV file').setInputFiles(syntheticFile('synthetic-split.csv', csv));
  const report = page.locator('.import-report');
  await expect(report).toContainText('5 rows read: 5 accepted, 0 rejected.');
  await expect(report).toContainText(
    "2 rows are for York's areas or whole authorities, constituencies, regions or England and appear in the views; 3 rows are for other areas (for example neighbourhoods elsewhere in England): kept in this browser, not shown on York's pages.",
  );
  const list = page.getByRole('table', { name: /Your imported datasets/ });
  await expect(list.locator('tbody tr').first()).toContainText('5 (2 shown)');
  await page.reload();
  await expect(page.getByRole('table', { name: /Your imported datasets/ }).locator('tbody tr').first()).toContainText('5 (2 shown)');
  // On a phone the list becomes cards and nothing scrolls sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole('table', { name: /Your imported datasets/ }).locator('td[data-label="Rows"]').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/import-phone.png`, fullPage: true });
  expect(consoleErrors).toEqual([]);
});

/** A SYNTHETIC England-wide LSOA release in the Fingertips layout, about `megabytes` MB (not real figures). */
function syntheticLsoaRelease(megabytes: number): string {
  const header =
    'Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,Sex,Age,Category Type,Category,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,Lower CI 99.8 limit,Upper CI 99.8 limit,Count,Denominator,Value note,Recent Trend,Compared to England value or percentiles,Compared to Region value or percentiles,Time period Sortable,New data,Compared to goal';
  const lines = [header];
  let size = header.length;
  for (let i = 0; size < megabytes * 2 ** 20; i++) {
    const year = 2000 + Math.floor(i / 33755);
    const line = `90001,Synthetic release,E12000003,Region,E01${String(i % 33755).padStart(6, '0')},Area ${i % 33755},LSOA,Persons,All ages,,,${year},${i % 97},,,,,,,,,,,${year}0000,,`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

test('a large upload can be cancelled while it is read, and nothing is saved (SYNTHETIC test data)', async ({ page, consoleErrors }) => {
  await page.goto('./?view=import');
  await page.getByLabel('Choose a CSV file').setInputFiles(syntheticFile('synthetic-large.csv', syntheticLsoaRelease(60)));
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status')).toContainText('Import of synthetic-large.csv cancelled. Nothing was saved.');
  await expect(page.getByText('You have not imported any data in this browser.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('You have not imported any data in this browser.')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('after reading, the page says it is saving, then lists the dataset (SYNTHETIC test data)', async ({ page, consoleErrors }) => {
  await page.goto('./?view=import');
  // Records every status text shown, however briefly.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    new MutationObserver(() => {
      document.querySelectorAll('.progress').forEach((el) => seen.push(el.textContent ?? ''));
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByLabel('Choose a CSV file').setInputFiles(syntheticFile('synthetic-medium.csv', syntheticLsoaRelease(8)));
  await expect(page.locator('.import-report')).toContainText('Imported synthetic-medium.csv');
  const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
  expect(seen.some((t) => t.startsWith('Reading synthetic-medium.csv'))).toBe(true);
  expect(seen.some((t) => t.startsWith('Saving synthetic-medium.csv in this browser'))).toBe(true);
  await expect(page.locator('.import-report')).toContainText(/rows are for other areas/);
  expect(consoleErrors).toEqual([]);
});

test('an old version of the dashboard open in another tab: the page says why imports are missing', async ({ page, context, consoleErrors }) => {
  // The other tab: a same-origin page holding the version 1 store open, as the first release of the dashboard did.
  await context.route('**/old-tab.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Old tab</title><link rel="icon" href="data:,">' }),
  );
  const oldTab = await context.newPage();
  await oldTab.goto('./old-tab.html');
  await oldTab.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('york-health-dashboard', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('datasets', { keyPath: 'id' }).createIndex('importedAt', 'importedAt');
        open.onsuccess = () => {
          (window as unknown as { held: IDBDatabase }).held = open.result;
          resolve();
        };
        open.onerror = () => reject(open.error);
      }),
  );
  await page.goto('./?view=import');
  await expect(page.getByRole('alert').filter({ hasText: 'open in another tab' })).toContainText(
    'Close the other tabs: your imports will appear here as soon as they are closed.',
  );
  // Reloaded while the old tab is still open: this open queues behind the blocked one and gets no
  // "blocked" event, so the page must not wait forever; the bundled data still shows.
  await page.goto('./');
  await expect(page.locator('path[data-area-code]').first()).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('alert').filter({ hasText: 'taking unusually long to open' })).toBeVisible();
  // Closing the old tab is enough: no reload needed.
  await oldTab.close();
  await expect(page.getByRole('alert').filter({ hasText: 'taking unusually long to open' })).toHaveCount(0, { timeout: 15_000 });
  await page.goto('./?view=import');
  await expect(page.getByText('You have not imported any data in this browser.')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

const SAMPLES = resolve(process.env.SAMPLES_DIR ?? '../shared/data/samples');
const SAMPLE_WARDS = join(SAMPLES, '11_lewisham_census2011_health_unpaid_care_wd22.csv');
const SAMPLE_TIDY = join(SAMPLES, '09_trafford_census2021_general_health_ward.csv');
const DEVELOPER_WORDS = /result\.|options\.|needsMapping|columnMapping/;

test('a file that needs its columns chosen shows the form with a preview, in plain words', async ({ page, consoleErrors }) => {
  await page.goto('./?view=import');
  // The real Lewisham ward table: its code column "WD22CD_proposed" is found by its values.
  await page.getByLabel('Choose a CSV file').setInputFiles(SAMPLE_WARDS);
  const form = page.locator('form.mapping-form');
  await expect(form).toBeVisible();
  await expect(page.locator('.import-report')).toContainText('Check the columns of 11_lewisham');
  await expect(form.getByLabel('Area code column')).toHaveValue('WD22CD_proposed');
  await expect(form.getByLabel('Category column (breakdown)')).toBeVisible();
  await expect(form.getByLabel('Sex column')).toBeVisible();
  await expect(form.getByLabel('Age column')).toBeVisible();
  await expect(form.getByRole('table', { name: 'First rows of the file' })).toContainText('E05013714');
  expect(await page.locator('main').innerText()).not.toMatch(DEVELOPER_WORDS);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations).toEqual([]);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/import-mapping-desktop.png`, fullPage: true });
  await page.setViewportSize(PHONE);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/import-mapping-phone.png`, fullPage: true });
  await page.setViewportSize({ width: 1366, height: 900 });

  // Confirming imports the 19 wards; they are not York's, so they are kept as other areas.
  await form.getByRole('button', { name: 'Import with these columns' }).click();
  const report = page.locator('.import-report');
  await expect(report).toContainText('19 rows read: 19 accepted, 0 rejected.');
  await expect(report).toContainText('Areas: 19 wards.');
  await expect(report).toContainText(/None of the accepted rows is for York's areas/);
  expect(await page.locator('main').innerText()).not.toMatch(DEVELOPER_WORDS);
  expect(consoleErrors).toEqual([]);
});

test('a tidy file with a breakdown column imports with no rows lost, and the report names the breakdown', async ({ page, consoleErrors }) => {
  await page.goto('./?view=import');
  await page.getByLabel('Choose a CSV file').setInputFiles(SAMPLE_TIDY);
  const report = page.locator('.import-report');
  await expect(report).toContainText('105 rows read: 105 accepted, 0 rejected.');
  await expect(report).toContainText('General health: 5 categories (Very good health, Good health, Fair health, Bad health, Very bad health).');
  await expect(report).not.toContainText('Duplicate');
  expect(consoleErrors).toEqual([]);
});

test('the report says what the Fingertips export holds: indicators, periods, areas and breakdowns', async ({ page, consoleErrors }) => {
  await page.goto('./?view=import');
  await page.getByLabel('Choose a CSV file').setInputFiles(FINGERTIPS);
  const report = page.locator('.import-report');
  await expect(report).toContainText('852 rows read: 852 accepted, 0 rejected.');
  await expect(report).toContainText('1 indicator: Campylobacter incidence rate/100,000.');
  await expect(report).toContainText('3 periods, from 2015 to 2017.');
  await expect(report).toContainText('Breakdowns: 2 age groups: All ages, 0-9 yrs; 1 sex: Persons.');
  expect(await page.locator('main').innerText()).not.toMatch(DEVELOPER_WORDS);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations).toEqual([]);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/import-report-desktop.png`, fullPage: true });
  await page.setViewportSize(PHONE);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/import-report-phone.png`, fullPage: true });
  expect(consoleErrors).toEqual([]);
});
