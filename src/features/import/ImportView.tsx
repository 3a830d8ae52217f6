import { useMemo } from 'react';
import { ColumnMappingForm } from './ColumnMappingForm';
import { DatasetList } from './DatasetList';
import { DropZone } from './DropZone';
import { ImportProgress } from './ImportProgress';
import { ImportReport } from './ImportReport';
import { mappingOffer } from './importStatus';
import { useIngest } from './useIngest';
import { deleteDataset, renameDataset } from '../../data/imported/importStore';
import './styles.css';
import { type ViewProps } from '../../ui/viewProps';

export default function ImportView({ data }: ViewProps) {
  const placeName = data.snapshot.place.localAuthority.name;
  const { status, ingest, cancel, reset, refresh } = useIngest(data.snapshot.place, data.snapshot.indicators);
  const offer = status.kind === 'done' ? mappingOffer(status.summary) : null;
  const damaged = useMemo(() => new Map(data.importDamage.map((d) => [d.id, d.message])), [data.importDamage]);

  return (
    <article className="import-view">
      <h2>Import a CSV</h2>
      <p>
        Add a new release from OHID Fingertips, an English Indices of Deprivation file, or a table of {placeName}’s
        wards or neighbourhoods with values. <strong>Your file stays in this browser: nothing is uploaded or sent anywhere.</strong> It is kept
        here until you delete it, and shown in every view next to the bundled data, labelled “imported”.
      </p>
      <DropZone reading={status.kind === 'reading'} onFile={(file) => void ingest(file)} />

      <ImportProgress status={status} onCancel={cancel} />
      {status.kind === 'done' && <ImportReport fileName={status.file.name} summary={status.summary} placeName={placeName} />}
      {status.kind === 'done' && offer && (
        <ColumnMappingForm
          key={JSON.stringify(offer.proposal)}
          proposal={offer.proposal}
          preview={offer.preview}
          collided={offer.collided}
          onConfirm={(mapping) => void ingest(status.file, mapping)}
          onCancel={reset}
        />
      )}

      <h3>Your imported data</h3>
      <DatasetList
        datasets={data.imported}
        damaged={damaged}
        onRename={(id, name) => void renameDataset(id, name).then(refresh)}
        onDelete={(id) => void deleteDataset(id).then(refresh)}
      />
    </article>
  );
}
