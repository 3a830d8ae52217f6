import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { IngestFormat, IngestStats } from '../../ingest';
import type { IndicatorMeta, IndicatorRow } from '../../domain/indicators';
import { chunksOf } from '../../ingest/importedRows';
import { namespacedRows } from './namespacing';

/** What describes an upload, in every version of the store. */
export interface DatasetDescription {
  id: string;
  name: string;
  fileName: string;
  importedAt: string;
  format: IngestFormat;
  indicators: IndicatorMeta[];
  stats: IngestStats;
  warnings: string[];
}

/**
 * A user's upload as kept in this browser only (IndexedDB): never sent anywhere. The rows are
 * not in this record but in numbered chunks (`rowChunks`), so the page can list datasets
 * without reading their rows and can load the rows it shows a chunk at a time. Stored rows
 * already carry the namespaced indicator id the views use, so loading them copies nothing.
 */
export interface ImportedDataset extends DatasetDescription {
  /** Rows the place's pages show (its own areas; authorities, constituencies, regions, England). */
  shownRows: number;
  /** Rows for other areas: stored, not loaded by the page. */
  otherRows: number;
  shownChunks: number;
  otherChunks: number;
}

/** Which rows a chunk holds: those the page loads, or those it leaves in storage. */
export type ChunkPart = 'shown' | 'other';
type ChunkKey = [datasetId: string, part: ChunkPart, index: number];

/** The version 1 record, rows inline: read only by the migration. */
type DatasetV1 = DatasetDescription & { rows?: IndicatorRow[] };

interface DashboardDb extends DBSchema {
  datasets: { key: string; value: ImportedDataset; indexes: { importedAt: string } };
  rowChunks: { key: ChunkKey; value: IndicatorRow[] };
}

export const DB_NAME = 'york-health-dashboard';
/** Bump with a new step in `upgrade` whenever the stored shape changes. */
export const DB_VERSION = 2;
/**
 * Rows per stored chunk: small enough that reading one on the main thread takes a few
 * milliseconds (the page must never stall for 50 ms), large enough to keep the number of
 * IndexedDB requests for a 200 MB file in the hundreds.
 */
export const CHUNK_ROWS = 2000;

/** Said when another tab still holds the store open at an older version, so it cannot be upgraded. */
export const STORE_BLOCKED_MESSAGE =
  'Your imported data cannot be opened while this dashboard is open in another tab or window running an older version. Close the other tabs: your imports will appear here as soon as they are closed.';
/**
 * Said when opening takes far longer than it should. A page reloaded while an older tab is open
 * queues behind the earlier, blocked open and gets no "blocked" event of its own.
 */
export const STORE_SLOW_MESSAGE =
  'Your imported data is taking unusually long to open. If this dashboard is open in another tab or window, close it: your imports will appear here as soon as it is closed.';
/** Opening a healthy store takes milliseconds; past this the page shows the bundled data and says why imports are missing. */
export const OPEN_PATIENCE_MS = 2000;

let connection: Promise<IDBPDatabase<DashboardDb>> | null = null;
const readyListeners = new Set<() => void>();

/** Calls `listener` whenever the store opens after callers were told it could not. Returns an unsubscribe. */
export function onStoreReady(listener: () => void): () => void {
  readyListeners.add(listener);
  return () => readyListeners.delete(listener);
}

function db(): Promise<IDBPDatabase<DashboardDb>> {
  connection ??= new Promise<IDBPDatabase<DashboardDb>>((resolve, reject) => {
    let toldCallers = false;
    const giveUp = (message: string) => {
      toldCallers = true;
      reject(new Error(message));
    };
    const patience = setTimeout(() => giveUp(STORE_SLOW_MESSAGE), OPEN_PATIENCE_MS);
    openDB<DashboardDb>(DB_NAME, DB_VERSION, {
      // Without this the page would wait, silently, until the old tab closes. Until then every
      // caller gets this message at once (no second open is queued behind the blocked one).
      blocked: () => giveUp(STORE_BLOCKED_MESSAGE),
      // A newer version in another tab wants to upgrade: let it, and reopen on the next call.
      blocking: () => void closeStore(),
      terminated: () => {
        connection = null;
      },
      upgrade,
    }).then(
      (database) => {
        clearTimeout(patience);
        resolve(database);
        // Also when the old tab closed after we gave up: from now on callers use the open store.
        connection = Promise.resolve(database);
        if (toldCallers) for (const listener of readyListeners) listener();
      },
      (error: unknown) => {
        clearTimeout(patience);
        connection = null;
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
  return connection;
}

/** Steps run in order from the stored version, so an old browser store is carried forward. */
async function upgrade(
  database: IDBPDatabase<DashboardDb>,
  oldVersion: number,
  _newVersion: number | null,
  transaction: IDBPTransaction<DashboardDb, ('datasets' | 'rowChunks')[], 'versionchange'>,
): Promise<void> {
  if (oldVersion < 1) {
    const store = database.createObjectStore('datasets', { keyPath: 'id' });
    store.createIndex('importedAt', 'importedAt');
  }
  if (oldVersion < 2) {
    database.createObjectStore('rowChunks');
    // Version 1 kept every row inside the dataset record and the page loaded them all, so
    // they all become "shown" chunks: the page shows what it showed before.
    const datasets = transaction.objectStore('datasets');
    const chunks = transaction.objectStore('rowChunks');
    for (let cursor = await datasets.openCursor(); cursor; cursor = await cursor.continue()) {
      const { rows = [], ...rest } = cursor.value as unknown as DatasetV1;
      const parts = chunksOf(namespacedRows(rest.id, rows), CHUNK_ROWS);
      for (const [i, part] of parts.entries()) await chunks.put(part, [rest.id, 'shown', i]);
      await cursor.update({ ...rest, shownRows: rows.length, otherRows: 0, shownChunks: parts.length, otherChunks: 0 });
    }
  }
}

/** Closes the connection (tests, and before deleting the database). */
export async function closeStore(): Promise<void> {
  const open = connection;
  connection = null;
  if (open) await open.then((database) => database.close(), () => undefined);
}

export async function listDatasets(): Promise<ImportedDataset[]> {
  return (await db()).getAllFromIndex('datasets', 'importedAt');
}

/** One transaction: the dataset and all its chunks are stored whole or not at all. */
export async function saveDataset(
  dataset: DatasetDescription,
  rows: { shown: readonly IndicatorRow[]; other: readonly IndicatorRow[] },
): Promise<ImportedDataset> {
  const shown = chunksOf(rows.shown, CHUNK_ROWS);
  const other = chunksOf(rows.other, CHUNK_ROWS);
  const record: ImportedDataset = {
    ...dataset,
    shownRows: rows.shown.length,
    otherRows: rows.other.length,
    shownChunks: shown.length,
    otherChunks: other.length,
  };
  const tx = (await db()).transaction(['datasets', 'rowChunks'], 'readwrite');
  const chunks = tx.objectStore('rowChunks');
  // Requests are queued without awaiting each one; the transaction commits once all succeed.
  // A request that cannot even be made (a value that cannot be cloned) throws at once: abort,
  // so the chunks already queued are not committed without their dataset.
  const writes: Promise<unknown>[] = [];
  try {
    // put() clones its value at once, so each chunk's namespaced copy can be collected straight
    // after: the worker never holds a second copy of a 200 MB upload.
    shown.forEach((part, i) => writes.push(chunks.put(namespacedRows(dataset.id, part), [dataset.id, 'shown', i])));
    other.forEach((part, i) => writes.push(chunks.put(namespacedRows(dataset.id, part), [dataset.id, 'other', i])));
    writes.push(tx.objectStore('datasets').put(record));
  } catch (error) {
    tx.abort();
    await Promise.allSettled([...writes, tx.done]);
    throw error;
  }
  await Promise.all([...writes, tx.done]);
  return record;
}

/** One chunk of a dataset's rows (namespaced ids), or undefined if the dataset was deleted meanwhile. */
export async function loadChunk(datasetId: string, part: ChunkPart, index: number): Promise<IndicatorRow[] | undefined> {
  return (await db()).get('rowChunks', [datasetId, part, index]);
}

export async function renameDataset(id: string, name: string): Promise<void> {
  const database = await db();
  const tx = database.transaction('datasets', 'readwrite');
  const existing = await tx.store.get(id);
  if (!existing) throw new Error('That dataset is no longer stored.');
  await tx.store.put({ ...existing, name });
  await tx.done;
}

export async function deleteDataset(id: string): Promise<void> {
  const tx = (await db()).transaction(['datasets', 'rowChunks'], 'readwrite');
  // Every key [id, part, n] sorts between [id] and [id, []] (arrays sort after strings and numbers).
  const range = IDBKeyRange.bound([id], [id, []]);
  await Promise.all([tx.objectStore('rowChunks').delete(range), tx.objectStore('datasets').delete(id), tx.done]);
}
