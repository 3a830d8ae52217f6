import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { ColumnMappingForm } from './ColumnMappingForm';
import { DatasetList } from './DatasetList';
import { ImportReport } from './ImportReport';
import { deleteDataset, renameDataset } from '../../data/imported/importStore';
import { runIngestWorker, type ImportStage, type IngestJob, type IngestSummary } from '../../data/imported/runIngestWorker';
import { IMPORTED_QUERY_KEY } from '../../data/useDashboardData';
import type { ColumnMapping } from '../../ingest';
import { knownAreasOf, newDatasetId } from '../../ingest/report';
import './styles.css';
import { type ViewProps } from '../../ui/viewProps';

type Status =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string; fraction: number; stage: ImportStage }
  | { kind: 'cancelled'; fileName: string }
  | { kind: 'crashed'; fileName: string; message: string }
  | { kind: 'done'; file: File; summary: IngestSummary };

export default function ImportView({ data }: ViewProps) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const job = useRef<IngestJob | null>(null);
  const reading = status.kind === 'reading';

  async function ingest(file: File, columnMapping?: ColumnMapping) {
    if (job.current) return;
    setStatus({ kind: 'reading', fileName: file.name, fraction: 0, stage: 'reading' });
    const options = {
      knownAreas: knownAreasOf(data.snapshot.place),
      knownAreasLabel: `${data.snapshot.place.localAuthority.name}'s lookup`,
      metadata: data.snapshot.indicators,
      ...(columnMapping ? { columnMapping } : {}),
    };
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

  return (
    <article className="import-view">
      <h2>Import a CSV</h2>
      <p>
        Add a new release from OHID Fingertips, an English Indices of Deprivation file, or a table of {data.snapshot.place.localAuthority.name}’s
        wards or neighbourhoods with values. <strong>Your file stays in this browser: nothing is uploaded or sent anywhere.</strong> It is kept
        here until you delete it, and shown in every view next to the bundled data, labelled “imported”.
      </p>
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          const file = e.dataTransfer.files[0];
          if (file && !reading) void ingest(file);
        }}
      >
        <label className="file-label">
          Choose a CSV file
          <input
            type="file"
            accept=".csv,text/csv,text/plain"
            disabled={reading}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void ingest(file);
            }}
          />
        </label>
        <p className="hint-small">or drag and drop it here</p>
      </div>

      {status.kind === 'reading' && (
        <div className="progress" role="status" aria-live="polite">
          {status.stage === 'reading' ? (
            <>
              <label>
                Reading {status.fileName}: {Math.round(status.fraction * 100)}%
                <progress max={1} value={status.fraction} />
              </label>
              <button type="button" className="secondary" onClick={() => job.current?.cancel()}>
                Cancel
              </button>
            </>
          ) : (
            <label>
              Saving {status.fileName} in this browser…
              <progress />
            </label>
          )}
        </div>
      )}
      {status.kind === 'cancelled' && <p role="status">Import of {status.fileName} cancelled. Nothing was saved.</p>}
      {status.kind === 'crashed' && (
        <p role="alert">
          {status.fileName} could not be read: {status.message}. Nothing was saved, and your earlier imports are untouched.
        </p>
      )}
      {status.kind === 'done' && <ImportReport fileName={status.file.name} summary={status.summary} placeName={data.snapshot.place.localAuthority.name} />}
      {status.kind === 'done' && !status.summary.savedAs && status.summary.mapping && status.summary.preview && (
        <ColumnMappingForm
          key={JSON.stringify(status.summary.mapping)}
          proposal={status.summary.mapping}
          preview={status.summary.preview}
          collided={Boolean(status.summary.needsMapping && status.summary.stats.read > 0)}
          onConfirm={(mapping) => void ingest(status.file, mapping)}
          onCancel={() => setStatus({ kind: 'idle' })}
        />
      )}

      <h3>Your imported data</h3>
      <DatasetList
        datasets={data.imported}
        onRename={(id, name) => void renameDataset(id, name).then(refresh)}
        onDelete={(id) => void deleteDataset(id).then(refresh)}
      />
    </article>
  );
}
