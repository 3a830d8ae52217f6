import type { IndicatorMeta, IndicatorRow } from '../../domain/indicators';
import { IndicatorIndexBuilder, type IndicatorIndex } from '../../core/indicatorIndex';
import { listDatasets, loadChunk, type ImportedDataset } from './importStore';
import { namespacedIndicators } from './namespacing';

/** What this browser imported, ready to sit beside the bundled snapshot. */
export interface ImportedData {
  datasets: ImportedDataset[];
  indicators: IndicatorMeta[];
  /** The rows the views can show (namespaced ids); rows for other areas stay in storage. */
  rows: IndicatorRow[];
  index: IndicatorIndex;
  /** Set when the store exists but could not be read: shown to the user, never swallowed. */
  problem?: string;
}

const EMPTY: ImportedData = { datasets: [], indicators: [], rows: [], index: new IndicatorIndexBuilder().finish([]) };

/** Hands the main thread back to the page (input, painting) between chunks. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Reads the datasets a chunk at a time, indexing each chunk as it arrives and yielding in between,
 * so that loading a large import never holds the main thread for long.
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
  const builder = new IndicatorIndexBuilder();
  for (const dataset of datasets) {
    indicators.push(...namespacedIndicators(dataset));
    for (let i = 0; i < dataset.shownChunks; i++) {
      const chunk = await loadChunk(dataset.id, 'shown', i);
      if (chunk === undefined) break; // deleted while we were reading
      builder.add(chunk);
      for (const row of chunk) rows.push(row);
      await nextTask();
    }
  }
  return { datasets, indicators, rows, index: builder.finish(indicators) };
}
