import type { IngestOptions } from '../../ingest';
import type { ImportStage, IngestSummary, WorkerRequest, WorkerResponse } from './ingestWorker';

export type { ImportStage, IngestSummary };

export interface IngestJob {
  /** Resolves null when cancelled. */
  summary: Promise<IngestSummary | null>;
  cancel(): void;
}

/** Runs one ingestion in a fresh worker, which also stores the dataset when it succeeds. */
export function runIngestWorker(
  file: Blob,
  fileName: string,
  datasetId: string,
  options: IngestOptions,
  onProgress: (fraction: number, stage: ImportStage) => void,
): IngestJob {
  const worker = new Worker(new URL('./ingestWorker.ts', import.meta.url), { type: 'module' });
  const summary = new Promise<IngestSummary | null>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if (message.type === 'progress') return onProgress(message.fraction, message.stage);
      // Lets the benchmark tell main-thread work during parsing from the work of showing the result.
      performance.mark('ingest-finished');
      worker.terminate();
      if (message.type === 'done') resolve(message.summary);
      else if (message.type === 'cancelled') resolve(null);
      else reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The file reader stopped unexpectedly.'));
    };
  });
  worker.postMessage({ type: 'ingest', file, fileName, datasetId, options } satisfies WorkerRequest);
  return { summary, cancel: () => worker.postMessage({ type: 'cancel' } satisfies WorkerRequest) };
}
