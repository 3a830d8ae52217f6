// IndexedDB store and its migration, on fake-indexeddb (an in-memory implementation of the
// IndexedDB spec). Rows are synthetic test data, not real figures.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { syntheticMeta, syntheticRow } from '../../core/testFixtures';
import { CHUNK_ROWS, closeStore, DB_NAME, deleteDataset, listDatasets, loadChunk, onStoreReady, renameDataset, saveDataset, STORE_BLOCKED_MESSAGE } from './importStore';
import { loadImported } from './loadImported';

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

const rowsFor = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => syntheticRow(`${prefix}${String(i).padStart(6, '0')}`, i, { indicatorId: 'x' }));

beforeEach(async () => {
  await closeStore();
  globalThis.indexedDB = new IDBFactory();
});

describe('saveDataset and loadChunk', () => {
  it('stores shown and other rows in chunks of CHUNK_ROWS and reads them back in order', async () => {
    const shown = rowsFor(CHUNK_ROWS + 5, 'E05');
    const other = rowsFor(3, 'E01');
    const saved = await saveDataset(header('a'), { shown, other });
    expect(saved).toMatchObject({ shownRows: CHUNK_ROWS + 5, otherRows: 3, shownChunks: 2, otherChunks: 1 });
    const [listed] = await listDatasets();
    expect(listed).toEqual(saved);
    expect(listed).not.toHaveProperty('rows');
    expect((await loadChunk('a', 'shown', 0))?.length).toBe(CHUNK_ROWS);
    // Stored as the views use them: namespaced by dataset, so loading copies nothing.
    expect((await loadChunk('a', 'other', 0))?.[0]?.indicatorId).toBe('imp:a:x');
    expect((await loadChunk('a', 'shown', 1))?.map((r) => r.value)).toEqual([2000, 2001, 2002, 2003, 2004]);
    expect((await loadChunk('a', 'other', 0))?.map((r) => r.areaCode)).toEqual(['E01000000', 'E01000001', 'E01000002']);
    expect(await loadChunk('a', 'shown', 2)).toBeUndefined();
  });

  it('deletes one dataset with all its chunks and leaves another untouched', async () => {
    await saveDataset(header('a'), { shown: rowsFor(3, 'E05'), other: rowsFor(2, 'E01') });
    await saveDataset(header('ab', '2026-02-01T00:00:00.000Z'), { shown: rowsFor(4, 'E05'), other: [] });
    await deleteDataset('a');
    expect((await listDatasets()).map((d) => d.id)).toEqual(['ab']);
    expect(await loadChunk('a', 'shown', 0)).toBeUndefined();
    expect(await loadChunk('a', 'other', 0)).toBeUndefined();
    expect((await loadChunk('ab', 'shown', 0))?.length).toBe(4);
  });

  it('renames without touching the rows, and says so when the dataset is gone', async () => {
    await saveDataset(header('a'), { shown: rowsFor(2, 'E05'), other: [] });
    await renameDataset('a', 'Renamed');
    expect((await listDatasets())[0]?.name).toBe('Renamed');
    expect((await loadChunk('a', 'shown', 0))?.length).toBe(2);
    await expect(renameDataset('missing', 'x')).rejects.toThrow('no longer stored');
  });

  it('writes nothing when the transaction fails part-way', async () => {
    const bad = rowsFor(CHUNK_ROWS * 2, 'E05');
    // A function cannot be stored (DataCloneError) in the second chunk: the first chunk must not survive either.
    (bad[CHUNK_ROWS + 1] as unknown as { value: unknown }).value = () => 0;
    await expect(saveDataset(header('a'), { shown: bad, other: [] })).rejects.toThrow();
    expect(await listDatasets()).toEqual([]);
    expect(await loadChunk('a', 'shown', 0)).toBeUndefined();
  });
});

describe('migration from version 1 (rows inside the dataset record)', () => {
  it('moves every row into shown chunks and keeps the rest of the record', async () => {
    const rows = rowsFor(CHUNK_ROWS + 1, 'E05');
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open(DB_NAME, 1);
      open.onupgradeneeded = () => open.result.createObjectStore('datasets', { keyPath: 'id' }).createIndex('importedAt', 'importedAt');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('datasets', 'readwrite');
        tx.objectStore('datasets').put({ ...header('old'), rows, stats: { read: rows.length, accepted: rows.length, rejected: 0 } });
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
      };
    });
    const [migrated] = await listDatasets();
    expect(migrated).toMatchObject({ id: 'old', name: 'Dataset old', shownRows: CHUNK_ROWS + 1, otherRows: 0, shownChunks: 2, otherChunks: 0 });
    expect(migrated).not.toHaveProperty('rows');
    expect((await loadChunk('old', 'shown', 1))?.[0]).toMatchObject({ value: CHUNK_ROWS, indicatorId: 'imp:old:x' });
  });
});

describe('loadImported', () => {
  it('loads only the shown rows, namespaced, and indexes them', async () => {
    await saveDataset(header('a'), { shown: rowsFor(CHUNK_ROWS + 2, 'E05'), other: rowsFor(7, 'E01') });
    const imported = await loadImported();
    expect(imported.datasets.map((d) => d.id)).toEqual(['a']);
    expect(imported.rows).toHaveLength(CHUNK_ROWS + 2);
    expect(imported.rows.every((r) => r.indicatorId === 'imp:a:x' && r.areaCode.startsWith('E05'))).toBe(true);
    expect(imported.indicators.map((m) => [m.id, m.origin])).toEqual([['imp:a:x', 'imported']]);
    expect(imported.index.rows('imp:a:x', '2025').get('E05002001')?.value).toBe(2001);
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
