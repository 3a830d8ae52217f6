import type { IndicatorMeta, IndicatorRow } from '../../domain/indicators';
import { IndicatorIndexBuilder, type IndicatorIndex } from '../../core/indicatorIndex';
import type { RowLevel } from '../../ingest/importedRows';
import { getDataset, isRowChunk, listDatasets, loadChunk, type ImportedDataset } from './importStore';
import { namespacedIndicators } from './namespacing';

/** A dataset left out because part of it could not be read: said beside it and on every page. */
export interface DamagedDataset {
  id: string;
  name: string;
  message: string;
}

/** What this browser imported, ready to sit beside the bundled snapshot. */
export interface ImportedData {
  /** Every stored dataset, the damaged ones too (the Import page lists them so they can be deleted). */
  datasets: ImportedDataset[];
  /** The readable datasets' indicators. */
  indicators: IndicatorMeta[];
  /** The readable datasets' `place` rows (namespaced ids): what every view reads at page load. */
  rows: IndicatorRow[];
  index: IndicatorIndex;
  /** Namespaced ids of the readable indicators with figures for two or more authorities (from the records, no rows read). */
  authorityIndicatorIds: ReadonlySet<string>;
  damaged: DamagedDataset[];
  /** Set when the store exists but could not be read: shown to the user, never swallowed. */
  problem?: string;
}

const EMPTY: ImportedData = {
  datasets: [],
  indicators: [],
  rows: [],
  index: new IndicatorIndexBuilder().finish([]),
  authorityIndicatorIds: new Set(),
  damaged: [],
};

/** Said when part of a dataset cannot be read back: which one, what happens, what to do. */
export function damagedMessage(name: string, notShown = 'it is not shown'): string {
  return `“${name}” could not be read from this browser’s storage (part of it is damaged), so ${notShown}. Delete it on the Import page and import the file again.`;
}

/** Main-thread time between yields: well under the 50 ms that counts as a long task. */
const SLICE_MS = 10;

/** Hands the main thread back to the page (input, painting) once a slice of work has run. */
function yielder(): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < SLICE_MS) return;
    await new Promise((resolve) => setTimeout(resolve, 0));
    sliceStart = performance.now();
  };
}

type ChunkRead = { rows: IndicatorRow[][] } | { deleted: true } | { damaged: true };

/**
 * Every chunk of one level of a dataset (all its indicators, or one), read a chunk at a time. A chunk
 * that cannot be read, or does not look like rows, damages the dataset; a missing one means the
 * dataset was deleted meanwhile, unless its record is still there (then it is damaged too).
 */
async function readLevel(dataset: ImportedDataset, level: RowLevel, breathe: () => Promise<void>, indicatorId?: string): Promise<ChunkRead> {
  const chunks: IndicatorRow[][] = [];
  for (const part of dataset.chunks) {
    if (indicatorId !== undefined && part.indicatorId !== indicatorId) continue;
    for (let i = 0; i < part[level].chunks; i++) {
      let chunk: unknown;
      try {
        chunk = await loadChunk(dataset.id, level, part.indicatorId, i);
      } catch {
        return { damaged: true };
      }
      if (chunk === undefined) return (await getDataset(dataset.id).catch(() => undefined)) ? { damaged: true } : { deleted: true };
      if (!isRowChunk(chunk)) return { damaged: true };
      chunks.push(chunk);
      await breathe();
    }
  }
  return { rows: chunks };
}

/**
 * Reads the `place` rows of every dataset a chunk at a time, yielding between slices, then indexes
 * them, so that loading a large import never holds the main thread for long. Comparator and other
 * rows stay in storage (see loadImportedComparators). A damaged dataset is left out, with a message;
 * the others still load.
 */
export async function loadImported(): Promise<ImportedData> {
  // A browser without IndexedDB (a private window in some browsers) still shows the bundled data.
  if (typeof indexedDB === 'undefined') return EMPTY;
  let datasets: ImportedDataset[];
  try {
    datasets = await listDatasets();
  } catch (error) {
    return { ...EMPTY, problem: (error as Error).message || 'Your imported data could not be opened.' };
  }
  const indicators: IndicatorMeta[] = [];
  const rows: IndicatorRow[] = [];
  const authorityIndicatorIds = new Set<string>();
  const damaged: DamagedDataset[] = [];
  const builder = new IndicatorIndexBuilder();
  const breathe = yielder();
  for (const dataset of datasets) {
    const read = await readLevel(dataset, 'place', breathe);
    if ('deleted' in read) continue;
    if ('damaged' in read) {
      damaged.push({ id: dataset.id, name: dataset.name, message: damagedMessage(dataset.name) });
      continue;
    }
    // Indexed only once the whole dataset has been read: a damaged last chunk leaves nothing behind.
    for (const chunk of read.rows) {
      builder.add(chunk);
      for (const row of chunk) rows.push(row);
      await breathe();
    }
    indicators.push(...namespacedIndicators(dataset));
    for (const part of dataset.chunks) if (part.authorityAreas >= 2) authorityIndicatorIds.add(part.indicatorId);
  }
  return { datasets, indicators, rows, index: builder.finish(indicators), authorityIndicatorIds, damaged };
}

/** One imported indicator's rows for other authorities and constituencies, and what could not be read. */
export interface ImportedComparators {
  rows: IndicatorRow[];
  warnings: string[];
}

/**
 * The `comparators` rows of one imported indicator (namespaced id), read when Trends or York among
 * authorities shows it. A dataset whose comparator chunks are damaged gives no rows and a warning.
 */
export async function loadImportedComparators(indicatorId: string): Promise<ImportedComparators> {
  if (typeof indexedDB === 'undefined') return { rows: [], warnings: [] };
  const rows: IndicatorRow[] = [];
  const warnings: string[] = [];
  const breathe = yielder();
  for (const dataset of await listDatasets()) {
    if (!dataset.chunks.some((c) => c.indicatorId === indicatorId && c.comparators.chunks > 0)) continue;
    const read = await readLevel(dataset, 'comparators', breathe, indicatorId);
    if ('damaged' in read) warnings.push(damagedMessage(dataset.name, 'its figures for other authorities are not shown'));
    else if ('rows' in read) for (const chunk of read.rows) for (const row of chunk) rows.push(row);
  }
  return { rows, warnings };
}
