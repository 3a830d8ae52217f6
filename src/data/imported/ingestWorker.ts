/// <reference lib="webworker" />
// Parses an upload off the main thread and stores it, so the page stays responsive on a 200 MB
// file: only a summary crosses back to the page (no rows, and the rejection list as one Blob,
// which is passed by reference instead of copied object by object).
import { ingestCsvStream, type IngestOptions, type IngestResult, type RejectedRecord } from '../../ingest';
import { saveDataset } from './importStore';
import { rejectionsCsv, summariseContents, type ImportContents } from '../../ingest/report';
import { levelCounts, rowLevel } from '../../ingest/importedRows';

export type IngestSummary = Omit<IngestResult, 'rows' | 'table' | 'rejected'> & {
  savedAs: string | null;
  /** Accepted rows the views show (the place's, and other authorities' for Trends and York among authorities), and those for other areas (stored, not shown). */
  shownRows: number;
  otherRows: number;
  /** The first few rejections, for the report; the full list is `rejections`. */
  rejectedSample: RejectedRecord[];
  rejections: Blob | null;
  /** What the accepted rows hold: indicators, periods, area types, breakdowns. */
  contents: ImportContents;
};

export type WorkerRequest =
  | { type: 'ingest'; file: Blob; fileName: string; datasetId: string; options: IngestOptions }
  | { type: 'cancel' };

export type WorkerResponse =
  | { type: 'progress'; fraction: number; stage: ImportStage }
  | { type: 'done'; summary: IngestSummary }
  | { type: 'cancelled' }
  | { type: 'failed'; message: string };

/** Reading can be cancelled; saving is one transaction that either lands whole or not at all. */
export type ImportStage = 'reading' | 'saving';

const REJECTED_SAMPLE = 5;

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
    const result = await ingestCsvStream(message.file, {
      ...message.options,
      fileName: message.fileName,
      origin: 'imported',
      signal,
      onProgress: (fraction) => reply({ type: 'progress', fraction, stage: 'reading' }),
    });
    if (signal.aborted) return reply({ type: 'cancelled' });
    // The accepted rows stay in the ingest's columnar table: iterating it builds one row object at a time, so a
    // 1,000,000-row file is never held as a million objects here (result.rows would build them all). `table` and
    // `rows` are not enumerable, so `rest` (posted to the page) holds neither.
    const { rejected, ...rest } = result;
    const rows = result.table;
    const placeCodes = new Set((message.options.knownAreas ?? []).map((a) => a.code));
    // A file that failed, or whose every row was rejected, writes nothing.
    let savedAs: string | null = null;
    let counts: { shown: number; other: number };
    if (!rest.error && !rest.needsMapping && rows.length > 0) {
      reply({ type: 'progress', fraction: 1, stage: 'saving' });
      // One pass over the rows, stored level by level (see saveDataset): it only iterates and reads `length`.
      const saved = await saveDataset(
        {
          id: message.datasetId,
          name: rest.indicators.length === 1 ? (rest.indicators[0]?.name ?? message.fileName) : message.fileName,
          fileName: message.fileName,
          importedAt: new Date().toISOString(),
          format: rest.format,
          indicators: rest.indicators,
          stats: rest.stats,
          warnings: rest.warnings,
        },
        rows,
        (row) => rowLevel(row, placeCodes),
      );
      savedAs = message.datasetId;
      counts = { shown: saved.placeRows + saved.comparatorRows, other: saved.otherRows };
    } else {
      const levels = levelCounts(rows, placeCodes);
      counts = { shown: levels.place + levels.comparators, other: levels.other };
    }
    reply({
      type: 'done',
      summary: {
        ...rest,
        savedAs,
        shownRows: counts.shown,
        otherRows: counts.other,
        rejectedSample: rejected.slice(0, REJECTED_SAMPLE),
        rejections: rejected.length > 0 ? new Blob([rejectionsCsv(rejected)], { type: 'text/csv;charset=utf-8' }) : null,
        contents: summariseContents(rows, rest.indicators),
      },
    });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'AbortError') reply({ type: 'cancelled' });
    // The one-transaction save means a full disk leaves nothing half-written; say so plainly.
    else if (name === 'QuotaExceededError') reply({ type: 'failed', message: 'this browser has no storage space left for it (free some space or delete an earlier import)' });
    else reply({ type: 'failed', message: (error as Error).message });
  } finally {
    controller = null;
  }
};
