import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { IngestFormat, IngestStats } from '../../ingest';
import type { IndicatorMeta, IndicatorRow } from '../../domain/indicators';
import { chunksOf, rowLevel, type RowLevel } from '../../ingest/importedRows';
import { isAuthority } from '../../core/authorityList';
import { importedId, namespacedRows } from './namespacing';

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

/** Rows and stored chunks of one indicator at one level. */
export interface LevelCount {
  rows: number;
  chunks: number;
}

/** Where one indicator's rows are stored: chunks `[datasetId, level, indicatorId, 0 … chunks - 1]`. */
export interface IndicatorChunks {
  /** The namespaced id (imp:…), as in the chunk keys and the views. */
  indicatorId: string;
  place: LevelCount;
  comparators: LevelCount;
  other: LevelCount;
  /**
   * Local authorities (the place's own and the comparators) with a figure: York among authorities
   * offers the indicator when there are two or more, without reading a row.
   */
  authorityAreas: number;
}

/**
 * A user's upload as kept in this browser only (IndexedDB): never sent anywhere. The rows are not in
 * this record but in chunks per level and indicator (`indicatorChunks`), so the page can list
 * datasets and offer their indicators without reading rows, read at page load only the `place`
 * level, and read one indicator's `comparators` when a view shows it. Stored rows already carry the
 * namespaced indicator id the views use, so loading them copies nothing.
 */
export interface ImportedDataset extends DatasetDescription {
  chunks: IndicatorChunks[];
  /** Totals over `chunks`: rows read at page load, for one indicator when shown, and never read. */
  placeRows: number;
  comparatorRows: number;
  otherRows: number;
}

/** An upload's rows as the worker has them: an array today, the ingest's columnar table later. */
export type RowSource = Iterable<IndicatorRow> & { readonly length: number };

export type ChunkKey = [datasetId: string, level: RowLevel, indicatorId: string, index: number];

/** The version 1 record, rows inline: read only by the migration. */
type DatasetV1 = DatasetDescription & { rows?: IndicatorRow[] };
/** The version 2 record: rows in 'shown' and 'other' chunks of `rowChunks`. Read only by the migration. */
type DatasetV2 = DatasetDescription & { shownRows: number; otherRows: number; shownChunks: number; otherChunks: number };
type ChunkPartV2 = 'shown' | 'other';

interface DashboardDb extends DBSchema {
  datasets: { key: string; value: ImportedDataset; indexes: { importedAt: string } };
  indicatorChunks: { key: ChunkKey; value: IndicatorRow[] };
}

/** The stores as versions 1 and 2 left them: only the upgrade steps use this. */
interface LegacyDb extends DBSchema {
  datasets: { key: string; value: DatasetV1 | DatasetV2 | ImportedDataset; indexes: { importedAt: string } };
  rowChunks: { key: [datasetId: string, part: ChunkPartV2, index: number]; value: IndicatorRow[] };
}

export const DB_NAME = 'york-health-dashboard';
/** Bump with a new step in `upgrade` whenever the stored shape changes. */
export const DB_VERSION = 3;
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

/**
 * Buffers rows per (level, indicator) and hands a chunk to `write` whenever a buffer reaches
 * CHUNK_ROWS, so storing an upload is one pass over its rows that never holds a second copy of them
 * (only one part-filled chunk per level and indicator). `finish` writes the part-filled chunks and
 * says what was written, for the dataset record.
 */
export class ChunkWriter {
  private readonly buffers = new Map<string, IndicatorRow[]>();
  private readonly perIndicator = new Map<string, IndicatorChunks>();
  private readonly authorities = new Map<string, Set<string>>();

  constructor(
    private readonly datasetId: string,
    private readonly write: (key: ChunkKey, rows: IndicatorRow[]) => void,
    private readonly size = CHUNK_ROWS,
  ) {}

  /** `row` as stored: its indicator id already namespaced. */
  add(row: IndicatorRow, level: RowLevel): void {
    const id = row.indicatorId;
    let counts = this.perIndicator.get(id);
    if (!counts) {
      counts = { indicatorId: id, place: { rows: 0, chunks: 0 }, comparators: { rows: 0, chunks: 0 }, other: { rows: 0, chunks: 0 }, authorityAreas: 0 };
      this.perIndicator.set(id, counts);
    }
    counts[level].rows++;
    if (level !== 'other' && row.value !== null && isAuthority(row)) {
      let codes = this.authorities.get(id);
      if (!codes) this.authorities.set(id, (codes = new Set()));
      codes.add(row.areaCode);
    }
    const bufferKey = `${level}\u0000${id}`;
    let buffer = this.buffers.get(bufferKey);
    if (!buffer) this.buffers.set(bufferKey, (buffer = []));
    buffer.push(row);
    if (buffer.length >= this.size) {
      this.flush(counts, level, buffer);
      this.buffers.set(bufferKey, []);
    }
  }

  finish(): Pick<ImportedDataset, 'chunks' | 'placeRows' | 'comparatorRows' | 'otherRows'> {
    for (const [bufferKey, buffer] of this.buffers) {
      if (buffer.length === 0) continue;
      const [level, id] = bufferKey.split('\u0000') as [RowLevel, string];
      this.flush(this.perIndicator.get(id) as IndicatorChunks, level, buffer);
    }
    this.buffers.clear();
    const chunks = [...this.perIndicator.values()].map((c) => ({ ...c, authorityAreas: this.authorities.get(c.indicatorId)?.size ?? 0 }));
    const total = (level: RowLevel) => chunks.reduce((sum, c) => sum + c[level].rows, 0);
    return { chunks, placeRows: total('place'), comparatorRows: total('comparators'), otherRows: total('other') };
  }

  private flush(counts: IndicatorChunks, level: RowLevel, rows: IndicatorRow[]) {
    this.write([this.datasetId, level, counts.indicatorId, counts[level].chunks], rows);
    counts[level].chunks++;
  }
}

/**
 * Level of a row that version 2 stored as 'shown' (the place's own areas, or an authority,
 * constituency, region or England). The place's areas are not known here, but only authorities and
 * constituencies can be comparators, and the one authority that is the place's is known when the
 * site is built: every other 'shown' row was shown because it is one of the place's areas.
 */
const PLACE_AUTHORITY = new Set([__SHELL__.placeCode]);
function levelOfShownV2(row: IndicatorRow): RowLevel {
  const level = rowLevel(row, PLACE_AUTHORITY);
  return level === 'other' ? 'place' : level;
}

/** Steps run in order from the stored version, so an old browser store is carried forward. */
async function upgrade(
  database: IDBPDatabase<DashboardDb>,
  oldVersion: number,
  _newVersion: number | null,
  transaction: IDBPTransaction<DashboardDb, ('datasets' | 'indicatorChunks')[], 'versionchange'>,
): Promise<void> {
  // The old steps name stores that no longer exist in the current schema.
  const legacyDatabase = database as unknown as IDBPDatabase<LegacyDb>;
  const legacy = transaction as unknown as IDBPTransaction<LegacyDb, ('datasets' | 'rowChunks')[], 'versionchange'>;
  if (oldVersion < 1) {
    const store = database.createObjectStore('datasets', { keyPath: 'id' });
    store.createIndex('importedAt', 'importedAt');
  }
  if (oldVersion < 2) {
    legacyDatabase.createObjectStore('rowChunks');
    // Version 1 kept every row inside the dataset record and the page loaded them all, so
    // they all become "shown" chunks: the page shows what it showed before.
    const datasets = legacy.objectStore('datasets');
    const chunks = legacy.objectStore('rowChunks');
    for (let cursor = await datasets.openCursor(); cursor; cursor = await cursor.continue()) {
      const { rows = [], ...rest } = cursor.value as DatasetV1;
      const parts = chunksOf(namespacedRows(rest.id, rows), CHUNK_ROWS);
      for (const [i, part] of parts.entries()) await chunks.put(part, [rest.id, 'shown', i]);
      const v2: DatasetV2 = { ...rest, shownRows: rows.length, otherRows: 0, shownChunks: parts.length, otherChunks: 0 };
      await cursor.update(v2);
    }
  }
  if (oldVersion < 3) {
    // Version 2 chunks mixed indicators and put every authority in 'shown', so the page read all of an
    // England-wide authority file on every load. Re-sort them by level and indicator.
    database.createObjectStore('indicatorChunks');
    const datasets = legacy.objectStore('datasets');
    const oldChunks = legacy.objectStore('rowChunks');
    const newChunks = transaction.objectStore('indicatorChunks');
    for (let cursor = await datasets.openCursor(); cursor; cursor = await cursor.continue()) {
      const v2 = cursor.value as DatasetV2;
      const { shownChunks, otherChunks } = v2;
      const description: DatasetDescription = {
        id: v2.id,
        name: v2.name,
        fileName: v2.fileName,
        importedAt: v2.importedAt,
        format: v2.format,
        indicators: v2.indicators,
        stats: v2.stats,
        warnings: v2.warnings,
      };
      const writes: Promise<unknown>[] = [];
      const writer = new ChunkWriter(description.id, (key, rows) => writes.push(newChunks.put(rows, key)));
      const parts: [ChunkPartV2, number][] = [
        ['shown', shownChunks],
        ['other', otherChunks],
      ];
      for (const [part, count] of parts) {
        for (let i = 0; i < count; i++) {
          const rows = await oldChunks.get([description.id, part, i]);
          // A chunk version 2 could not read either is carried forward as missing: nothing to re-sort.
          if (!Array.isArray(rows)) continue;
          for (const row of rows) writer.add(row, part === 'other' ? 'other' : levelOfShownV2(row));
        }
      }
      const record: ImportedDataset = { ...description, ...writer.finish() };
      await Promise.all([...writes, cursor.update(record)]);
    }
    legacyDatabase.deleteObjectStore('rowChunks');
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

/** One dataset's record, or undefined if it is not stored (deleted meanwhile). */
export async function getDataset(id: string): Promise<ImportedDataset | undefined> {
  return (await db()).get('datasets', id);
}

/**
 * Stores an upload in one transaction: the dataset and all its chunks land whole or not at all.
 * One pass over `rows` (see ChunkWriter); `levelOf` says which level each row is read at.
 */
export async function saveDataset(dataset: DatasetDescription, rows: RowSource, levelOf: (row: IndicatorRow) => RowLevel): Promise<ImportedDataset> {
  const tx = (await db()).transaction(['datasets', 'indicatorChunks'], 'readwrite');
  const chunks = tx.objectStore('indicatorChunks');
  // Requests are queued without awaiting each one; the transaction commits once all succeed.
  // A request that cannot even be made (a value that cannot be cloned) throws at once: abort,
  // so the chunks already queued are not committed without their dataset.
  const writes: Promise<unknown>[] = [];
  let record: ImportedDataset;
  try {
    // put() clones its value at once, so each chunk can be collected straight after.
    const writer = new ChunkWriter(dataset.id, (key, part) => writes.push(chunks.put(part, key)));
    let seen = 0;
    for (const row of rows) {
      writer.add({ ...row, indicatorId: importedId(dataset.id, row.indicatorId) }, levelOf(row));
      seen++;
    }
    // Whole or nothing also means a source whose rows fall short of its length is not stored in part.
    if (seen !== rows.length) throw new Error(`Only ${seen} of the file's ${rows.length} rows could be stored.`);
    record = { ...dataset, ...writer.finish() };
    writes.push(tx.objectStore('datasets').put(record));
  } catch (error) {
    tx.abort();
    await Promise.allSettled([...writes, tx.done]);
    throw error;
  }
  await Promise.all([...writes, tx.done]);
  return record;
}

/** One chunk as stored (namespaced ids), undefined if there is none; checked by the caller (see isRowChunk). */
export async function loadChunk(datasetId: string, level: RowLevel, indicatorId: string, index: number): Promise<unknown> {
  return (await db()).get('indicatorChunks', [datasetId, level, indicatorId, index]);
}

/**
 * A stored chunk if it looks like one: an array whose first and last elements are row-shaped. Checked
 * cheaply (not every row) so that reading stays fast; a damaged chunk usually fails at its ends.
 */
export function isRowChunk(value: unknown): value is IndicatorRow[] {
  if (!Array.isArray(value) || value.length === 0) return false;
  const rowLike = (r: unknown) => {
    if (typeof r !== 'object' || r === null) return false;
    const row = r as Record<string, unknown>;
    return (
      typeof row.indicatorId === 'string' &&
      typeof row.areaCode === 'string' &&
      typeof row.period === 'string' &&
      (row.value === null || typeof row.value === 'number')
    );
  };
  return rowLike(value[0]) && rowLike(value[value.length - 1]);
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
  const tx = (await db()).transaction(['datasets', 'indicatorChunks'], 'readwrite');
  // Every key [id, level, indicator, n] sorts between [id] and [id, []] (arrays sort after strings and numbers).
  const range = IDBKeyRange.bound([id], [id, []]);
  await Promise.all([tx.objectStore('indicatorChunks').delete(range), tx.objectStore('datasets').delete(id), tx.done]);
}
