import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { IngestFormat, IngestStats } from '../../ingest';
import type { IndicatorMeta, IndicatorRow } from '../../ingest/types';

/** A user's upload as kept in this browser only (IndexedDB): never sent anywhere. */
export interface ImportedDataset {
  id: string;
  name: string;
  fileName: string;
  importedAt: string;
  format: IngestFormat;
  indicators: IndicatorMeta[];
  rows: IndicatorRow[];
  stats: IngestStats;
  warnings: string[];
}

interface DashboardDb extends DBSchema {
  datasets: { key: string; value: ImportedDataset; indexes: { importedAt: string } };
}

export const DB_NAME = 'york-health-dashboard';
/** Bump with a new step in `upgrade` whenever the stored shape changes. */
export const DB_VERSION = 1;

let connection: Promise<IDBPDatabase<DashboardDb>> | null = null;

function db(): Promise<IDBPDatabase<DashboardDb>> {
  connection ??= openDB<DashboardDb>(DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion) {
      // Migrations run in order from the stored version, so an old browser store is carried forward.
      if (oldVersion < 1) {
        const store = database.createObjectStore('datasets', { keyPath: 'id' });
        store.createIndex('importedAt', 'importedAt');
      }
    },
  });
  return connection;
}

export async function listDatasets(): Promise<ImportedDataset[]> {
  return (await db()).getAllFromIndex('datasets', 'importedAt');
}

/** One transaction: the dataset is stored whole or not at all. */
export async function saveDataset(dataset: ImportedDataset): Promise<void> {
  await (await db()).put('datasets', dataset);
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
  await (await db()).delete('datasets', id);
}
