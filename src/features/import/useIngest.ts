import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { runIngestWorker, type IngestJob } from '../../data/imported/runIngestWorker';
import { IMPORTED_QUERY_KEY } from '../../data/useDashboardData';
import type { IndicatorMeta } from '../../domain/indicators';
import type { Place } from '../../domain/place';
import type { ColumnMapping } from '../../ingest';
import { newDatasetId } from '../../ingest/report';
import { ingestOptions, type ImportStatus } from './importStatus';

/**
 * One file at a time, read and stored in a worker: the status, `ingest` (with a confirmed mapping on the second try),
 * `cancel` and `reset`. A saved file refreshes the imported datasets every view shows.
 */
export function useIngest(place: Place, metadata: IndicatorMeta[]) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<ImportStatus>({ kind: 'idle' });
  const job = useRef<IngestJob | null>(null);

  async function ingest(file: File, columnMapping?: ColumnMapping) {
    if (job.current) return;
    setStatus({ kind: 'reading', fileName: file.name, fraction: 0, stage: 'reading' });
    const options = ingestOptions(place, metadata, columnMapping);
    const id = newDatasetId(Date.now(), Math.random());
    job.current = runIngestWorker(file, file.name, id, options, (fraction, stage) =>
      setStatus((s) => (s.kind === 'reading' ? { ...s, fraction, stage } : s)),
    );
    try {
      const summary = await job.current.summary;
      if (summary === null) setStatus({ kind: 'cancelled', fileName: file.name });
      else {
        setStatus({ kind: 'done', file, summary });
        if (summary.savedAs) await queryClient.invalidateQueries({ queryKey: IMPORTED_QUERY_KEY });
      }
    } catch (error) {
      setStatus({ kind: 'crashed', fileName: file.name, message: (error as Error).message });
    } finally {
      job.current = null;
    }
  }

  const refresh = () => queryClient.invalidateQueries({ queryKey: IMPORTED_QUERY_KEY });
  const cancel = () => job.current?.cancel();
  const reset = () => setStatus({ kind: 'idle' });
  return { status, ingest, cancel, reset, refresh };
}
