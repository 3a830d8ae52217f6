// IndexedDB store and its migration, on fake-indexeddb (an in-memory implementation of the
// IndexedDB spec). Rows are synthetic test data, not real figures.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { syntheticMeta, syntheticRow } from '../../core/testFixtures';
import type { IndicatorRow } from '../../domain/indicators';
import { rowLevel, type RowLevel } from '../../ingest/importedRows';
import {
  CHUNK_ROWS,
  closeStore,
  DB_NAME,
  DB_VERSION,
  deleteDataset,
  isRowChunk,
  listDatasets,
  loadChunk,
  onStoreReady,
  renameDataset,
  saveDataset,
  STORE_BLOCKED_MESSAGE,
} from './importStore';
import { damagedMessage, loadImported, loadImportedComparators } from './loadImported';

const header = (id: string, importedAt = '2026-01-01T00:00:00.000Z') => ({
  id,
  name: `Dataset ${id}`,
  fileName: `${id}.csv`,
  importedAt,
  format: 'canonical' as const,
  indicators: [syntheticMeta({ id: 'x', origin: 'imported' })],
  stats: { read: 0, accepted: 0, rejected: 0 },
  warnings: [],
});

/** `n` synthetic rows for areas prefix000000, prefix000001, …, valued 0, 1, … */
const rowsFor = (n: number, prefix: string, indicatorId = 'x') =>
  Array.from({ length: n }, (_, i) => syntheticRow(`${prefix}${String(i).padStart(6, '0')}`, i, { indicatorId }));

beforeEach(async () => {
  await closeStore();
  globalThis.indexedDB = new IDBFactory();
});

/** York's own areas in these tests: two wards and the authority (the code vitest.config.ts gives the place). */
const PLACE = new Set(['E05000000', 'E05000001', 'E06000014']);
const levelOf = (row: IndicatorRow) => rowLevel(row, PLACE);
const save = (id: string, rows: IndicatorRow[], importedAt?: string) => saveDataset(header(id, importedAt), rows, levelOf);
const chunk = async (id: string, level: RowLevel, indicator: string, i: number) => (await loadChunk(id, level, indicator, i)) as IndicatorRow[] | undefined;

/** Writes straight into the store, as damage would, bypassing saveDataset. */
async function writeRaw(key: IDBValidKey, value: unknown): Promise<void> {
  await closeStore();
  await new Promise<void>((resolve, reject) => {
    const open = indexedDB.open(DB_NAME, DB_VERSION);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('indicatorChunks', 'readwrite');
      if (value === undefined) tx.objectStore('indicatorChunks').delete(key);
      else tx.objectStore('indicatorChunks').put(value, key);
      tx.oncomplete = () => {
        open.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

describe('saveDataset and loadChunk', () => {
  it('stores rows by level and indicator in chunks of CHUNK_ROWS, and says so in the record', async () => {
    const rows = [
      ...rowsFor(CHUNK_ROWS + 5, 'E01', 'x'), // LSOAs elsewhere
      ...rowsFor(2, 'E05', 'x'), // the place's two wards
      ...rowsFor(20, 'E06', 'x'), // authorities, E06000014 (the place's) among them
      ...rowsFor(3, 'E06', 'y'),
      syntheticRow('E92000001', 1, { indicatorId: 'y' }),
    ];
    const saved = await save('a', rows);
    expect(saved).toMatchObject({ placeRows: 2 + 1 + 1, comparatorRows: 19 + 3, otherRows: CHUNK_ROWS + 5 });
    expect(saved.chunks).toEqual([
      { indicatorId: 'imp:a:x', place: { rows: 3, chunks: 1 }, comparators: { rows: 19, chunks: 1 }, other: { rows: CHUNK_ROWS + 5, chunks: 2 }, authorityAreas: 20 },
      { indicatorId: 'imp:a:y', place: { rows: 1, chunks: 1 }, comparators: { rows: 3, chunks: 1 }, other: { rows: 0, chunks: 0 }, authorityAreas: 3 },
    ]);
    const [listed] = await listDatasets();
    expect(listed).toEqual(saved);
    expect(listed).not.toHaveProperty('rows');
    expect((await chunk('a', 'other', 'imp:a:x', 0))?.length).toBe(CHUNK_ROWS);
    expect((await chunk('a', 'other', 'imp:a:x', 1))?.map((r) => r.value)).toEqual([2000, 2001, 2002, 2003, 2004]);
    // Stored as the views use them: namespaced by dataset, so loading copies nothing.
    expect((await chunk('a', 'place', 'imp:a:x', 0))?.map((r) => [r.indicatorId, r.areaCode])).toEqual([
      ['imp:a:x', 'E05000000'],
      ['imp:a:x', 'E05000001'],
      ['imp:a:x', 'E06000014'],
    ]);
    expect((await chunk('a', 'comparators', 'imp:a:y', 0))?.map((r) => r.areaCode)).toEqual(['E06000000', 'E06000001', 'E06000002']);
    expect(await chunk('a', 'other', 'imp:a:x', 2)).toBeUndefined();
  });

  it('stores from any iterable with a length (the columnar table to come), and nothing when the two disagree', async () => {
    const rows = rowsFor(5, 'E05');
    const table = { length: rows.length, *[Symbol.iterator]() { yield* rows; } };
    expect((await saveDataset(header('t'), table, levelOf)).placeRows).toBe(2);
    const short = { length: 6, *[Symbol.iterator]() { yield* rows; } };
    await expect(saveDataset(header('s'), short, levelOf)).rejects.toThrow('Only 5 of');
    expect((await listDatasets()).map((d) => d.id)).toEqual(['t']);
  });

  it('deletes one dataset with all its chunks and leaves another untouched', async () => {
    await save('a', [...rowsFor(2, 'E05'), ...rowsFor(3, 'E06'), ...rowsFor(2, 'E01')]);
    await save('ab', rowsFor(2, 'E05'), '2026-02-01T00:00:00.000Z');
    await deleteDataset('a');
    expect((await listDatasets()).map((d) => d.id)).toEqual(['ab']);
    for (const level of ['place', 'comparators', 'other'] as const) expect(await chunk('a', level, 'imp:a:x', 0)).toBeUndefined();
    expect((await chunk('ab', 'place', 'imp:ab:x', 0))?.length).toBe(2);
  });

  it('renames without touching the rows, and says so when the dataset is gone', async () => {
    await save('a', rowsFor(2, 'E05'));
    await renameDataset('a', 'Renamed');
    expect((await listDatasets())[0]?.name).toBe('Renamed');
    expect((await chunk('a', 'place', 'imp:a:x', 0))?.length).toBe(2);
    await expect(renameDataset('missing', 'x')).rejects.toThrow('no longer stored');
  });

  it('writes nothing when the transaction fails part-way', async () => {
    const bad = rowsFor(CHUNK_ROWS * 2, 'E01');
    // A function cannot be stored (DataCloneError) in the second chunk: the first chunk must not survive either.
    (bad[CHUNK_ROWS + 1] as unknown as { value: unknown }).value = () => 0;
    await expect(save('a', bad)).rejects.toThrow();
    expect(await listDatasets()).toEqual([]);
    expect(await chunk('a', 'other', 'imp:a:x', 0)).toBeUndefined();
  });
});

describe('isRowChunk', () => {
  it('accepts arrays whose ends are rows, and nothing else', () => {
    const row = syntheticRow('E05000000', 1);
    expect(isRowChunk([row])).toBe(true);
    expect(isRowChunk([row, { ...row, value: null }])).toBe(true);
    expect(isRowChunk([])).toBe(false);
    expect(isRowChunk('rows')).toBe(false);
    expect(isRowChunk({ 0: row, length: 1 })).toBe(false);
    expect(isRowChunk([row, { ...row, value: '1' }])).toBe(false);
    expect(isRowChunk([{ ...row, areaCode: 5 }, row])).toBe(false);
    expect(isRowChunk([row, null])).toBe(false);
  });
});

/** Opens the store at an old version with raw IndexedDB, lets `fill` write to it, and closes it. */
function oldStore(version: number, fill: (db: IDBDatabase) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const open = indexedDB.open(DB_NAME, version);
    open.onupgradeneeded = () => {
      open.result.createObjectStore('datasets', { keyPath: 'id' }).createIndex('importedAt', 'importedAt');
      if (version >= 2) open.result.createObjectStore('rowChunks');
    };
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      fill(open.result);
      open.result.close();
      resolve();
    };
  }).then(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

describe('migration from version 1 (rows inside the dataset record)', () => {
  it('moves every row into chunks by level and indicator and keeps the rest of the record', async () => {
    const rows = [...rowsFor(CHUNK_ROWS + 1, 'E05'), ...rowsFor(3, 'E06')];
    await oldStore(1, (db) => {
      db.transaction('datasets', 'readwrite').objectStore('datasets').put({ ...header('old'), rows, stats: { read: rows.length, accepted: rows.length, rejected: 0 } });
    });
    const [migrated] = await listDatasets();
    // Version 1 showed every row, and the migration keeps them shown: wards at the place level, authorities as comparators.
    expect(migrated).toMatchObject({ id: 'old', name: 'Dataset old', placeRows: CHUNK_ROWS + 1, comparatorRows: 3, otherRows: 0 });
    expect(migrated?.chunks[0]).toMatchObject({ place: { rows: CHUNK_ROWS + 1, chunks: 2 }, comparators: { rows: 3, chunks: 1 } });
    expect(migrated).not.toHaveProperty('rows');
    expect(migrated).not.toHaveProperty('shownChunks');
    expect((await chunk('old', 'place', 'imp:old:x', 1))?.[0]).toMatchObject({ value: CHUNK_ROWS, indicatorId: 'imp:old:x' });
  });
});

describe('migration from version 2 (shown and other chunks of mixed indicators)', () => {
  it("re-sorts the rows by level and indicator, keeping the place's authority at the place level", async () => {
    const shown = [
      syntheticRow('E05000000', 1, { indicatorId: 'imp:v2:x' }), // the place's ward (shown because it is the place's)
      syntheticRow('E06000014', 2, { indicatorId: 'imp:v2:x' }), // the place's authority
      syntheticRow('E06000001', 3, { indicatorId: 'imp:v2:x' }), // another authority
      syntheticRow('E14000001', 4, { indicatorId: 'imp:v2:y', areaType: 'Constituency' }),
      syntheticRow('E12000003', 5, { indicatorId: 'imp:v2:y', areaType: 'Region' }),
      syntheticRow('E92000001', 6, { indicatorId: 'imp:v2:y' }),
    ];
    const other = rowsFor(CHUNK_ROWS + 1, 'E01').map((r) => ({ ...r, indicatorId: 'imp:v2:x' }));
    await oldStore(2, (db) => {
      const tx = db.transaction(['datasets', 'rowChunks'], 'readwrite');
      tx.objectStore('datasets').put({ ...header('v2'), shownRows: 6, otherRows: other.length, shownChunks: 1, otherChunks: 2 });
      tx.objectStore('rowChunks').put(shown, ['v2', 'shown', 0]);
      tx.objectStore('rowChunks').put(other.slice(0, CHUNK_ROWS), ['v2', 'other', 0]);
      tx.objectStore('rowChunks').put(other.slice(CHUNK_ROWS), ['v2', 'other', 1]);
    });
    const [migrated] = await listDatasets();
    expect(migrated).toMatchObject({ placeRows: 4, comparatorRows: 2, otherRows: CHUNK_ROWS + 1 });
    expect(migrated?.chunks).toEqual([
      { indicatorId: 'imp:v2:x', place: { rows: 2, chunks: 1 }, comparators: { rows: 1, chunks: 1 }, other: { rows: CHUNK_ROWS + 1, chunks: 2 }, authorityAreas: 2 },
      { indicatorId: 'imp:v2:y', place: { rows: 2, chunks: 1 }, comparators: { rows: 1, chunks: 1 }, other: { rows: 0, chunks: 0 }, authorityAreas: 0 },
    ]);
    expect((await chunk('v2', 'place', 'imp:v2:x', 0))?.map((r) => r.value)).toEqual([1, 2]);
    expect((await chunk('v2', 'comparators', 'imp:v2:y', 0))?.map((r) => r.areaCode)).toEqual(['E14000001']);
    expect((await chunk('v2', 'other', 'imp:v2:x', 1))?.map((r) => r.value)).toEqual([CHUNK_ROWS]);
    const imported = await loadImported();
    expect(imported.rows.map((r) => r.value)).toEqual([1, 2, 5, 6]);
    expect([...imported.authorityIndicatorIds]).toEqual(['imp:v2:x']);
  });
});

describe('loadImported', () => {
  it('loads only the place rows, namespaced, and indexes them; offers authority indicators from the record', async () => {
    await save('a', [...rowsFor(CHUNK_ROWS + 2, 'E05'), ...rowsFor(30, 'E06'), ...rowsFor(7, 'E01')]);
    const imported = await loadImported();
    expect(imported.datasets.map((d) => d.id)).toEqual(['a']);
    // The two wards of the place and its authority: the other wards, authorities and LSOAs stay in storage.
    expect(imported.rows.map((r) => r.areaCode)).toEqual(['E05000000', 'E05000001', 'E06000014']);
    expect(imported.rows.every((r) => r.indicatorId === 'imp:a:x')).toBe(true);
    expect(imported.indicators.map((m) => [m.id, m.origin])).toEqual([['imp:a:x', 'imported']]);
    expect(imported.index.rows('imp:a:x', '2025').get('E05000001')?.value).toBe(1);
    expect([...imported.authorityIndicatorIds]).toEqual(['imp:a:x']);
    expect(imported.damaged).toEqual([]);
  });

  it('reads one indicator’s comparators on request', async () => {
    await save('a', [...rowsFor(CHUNK_ROWS + 20, 'E06', 'x'), ...rowsFor(4, 'E06', 'y')]);
    const x = await loadImportedComparators('imp:a:x');
    expect(x.rows).toHaveLength(CHUNK_ROWS + 19);
    expect(x.rows.some((r) => r.areaCode === 'E06000014')).toBe(false);
    expect(x.warnings).toEqual([]);
    expect((await loadImportedComparators('imp:a:y')).rows.map((r) => r.areaCode)).toEqual(['E06000000', 'E06000001', 'E06000002', 'E06000003']);
    expect((await loadImportedComparators('imp:nothing:x')).rows).toEqual([]);
  });
});

describe('a damaged chunk', () => {
  const damage: [string, unknown][] = [
    ['not an array', 'garbage'],
    ['rows missing their fields', [{ indicatorId: 'imp:a:x' }]],
    ['missing while its dataset is still listed', undefined],
  ];
  for (const [what, value] of damage) {
    it(`(${what}) loses only its dataset, with a message naming it`, async () => {
      await save('a', [...rowsFor(2, 'E05'), ...rowsFor(3, 'E06')]);
      await save('b', rowsFor(2, 'E05'), '2026-02-01T00:00:00.000Z');
      await writeRaw(['a', 'place', 'imp:a:x', 0], value);
      const imported = await loadImported();
      expect(imported.datasets.map((d) => d.id)).toEqual(['a', 'b']); // still listed, so it can be deleted
      expect(imported.damaged).toEqual([{ id: 'a', name: 'Dataset a', message: damagedMessage('Dataset a') }]);
      expect(imported.damaged[0]?.message).toBe(
        '“Dataset a” could not be read from this browser’s storage (part of it is damaged), so it is not shown. Delete it on the Import page and import the file again.',
      );
      expect(imported.indicators.map((m) => m.id)).toEqual(['imp:b:x']);
      expect(imported.rows.map((r) => r.indicatorId)).toEqual(['imp:b:x', 'imp:b:x']);
      expect(imported.index.rows('imp:a:x', '2025').size).toBe(0);
      expect([...imported.authorityIndicatorIds]).toEqual([]);
      expect(imported.problem).toBeUndefined();
    });
  }

  it('among the comparators leaves those out with a warning naming the dataset', async () => {
    await save('a', [...rowsFor(2, 'E05'), ...rowsFor(3, 'E06')]);
    await writeRaw(['a', 'comparators', 'imp:a:x', 0], [1, 2, 3]);
    const comparators = await loadImportedComparators('imp:a:x');
    expect(comparators.rows).toEqual([]);
    expect(comparators.warnings).toEqual([damagedMessage('Dataset a', 'its figures for other authorities are not shown')]);
    expect((await loadImported()).damaged).toEqual([]); // the page load does not read comparators
  });

  it('that is deleted with its dataset meanwhile is no damage', async () => {
    await save('a', rowsFor(2, 'E05'));
    const [listed] = await listDatasets();
    await deleteDataset('a');
    const imported = await loadImported();
    expect(listed?.id).toBe('a');
    expect(imported.damaged).toEqual([]);
  });
});

describe('an older version open in another tab', () => {
  it('says so plainly instead of waiting, and opens (telling listeners) once that tab has gone', async () => {
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(DB_NAME, 1);
      open.onupgradeneeded = () => open.result.createObjectStore('datasets', { keyPath: 'id' }).createIndex('importedAt', 'importedAt');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    // The old tab's code has no versionchange handler, so it keeps its connection open.
    await expect(listDatasets()).rejects.toThrow(STORE_BLOCKED_MESSAGE);
    const shown = await loadImported();
    expect(shown.problem).toBe(STORE_BLOCKED_MESSAGE);
    expect(shown.datasets).toEqual([]);
    let told = 0;
    const stop = onStoreReady(() => told++);
    old.close();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(told).toBe(1);
    stop();
    expect(await listDatasets()).toEqual([]);
    expect((await loadImported()).problem).toBeUndefined();
  });
});
