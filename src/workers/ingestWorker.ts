/// <reference lib="webworker" />
// Parses an upload off the main thread and stores it, so the page stays responsive on a 200 MB
// file: only a summary (no rows) crosses back to the page.
import { ingestCsvStream, type IngestOptions, type IngestResult } from '../ingest';
import { saveDataset } from '../data/imported/importStore';

export type IngestSummary = Omit<IngestResult, 'rows'> & { savedAs: string | null; rowCount: number };

export type WorkerRequest =
  | { type: 'ingest'; file: Blob; fileName: string; datasetId: string; options: IngestOptions }
  | { type: 'cancel' };

export type WorkerResponse =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; summary: IngestSummary }
  | { type: 'cancelled' }
  | { type: 'failed'; message: string };

let controller: AbortController | null = null;
const reply = (response: WorkerResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(response);

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const message = event.data;
  if (message.type === 'cancel') {
    controller?.abort();
    return;
  }
  controller = new AbortController();
  const signal = controller.signal;
  try {
    const { rows, ...rest } = await ingestCsvStream(message.file, {
      ...message.options,
      fileName: message.fileName,
      origin: 'imported',
      signal,
      onProgress: (fraction) => reply({ type: 'progress', fraction }),
    });
    if (signal.aborted) return reply({ type: 'cancelled' });
    // A file that failed, or whose every row was rejected, writes nothing.
    let savedAs: string | null = null;
    if (!rest.error && !rest.needsMapping && rows.length > 0) {
      await saveDataset({
        id: message.datasetId,
        name: rest.indicators.length === 1 ? (rest.indicators[0]?.name ?? message.fileName) : message.fileName,
        fileName: message.fileName,
        importedAt: new Date().toISOString(),
        format: rest.format,
        indicators: rest.indicators,
        rows,
        stats: rest.stats,
        warnings: rest.warnings,
      });
      savedAs = message.datasetId;
    }
    reply({ type: 'done', summary: { ...rest, savedAs, rowCount: rows.length } });
  } catch (error) {
    if ((error as Error).name === 'AbortError') reply({ type: 'cancelled' });
    else reply({ type: 'failed', message: (error as Error).message });
  } finally {
    controller = null;
  }
};
