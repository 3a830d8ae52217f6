import { useState } from 'react';
import type { ImportedDataset } from '../../data/imported/importStore';
import { importedId } from '../../data/imported/namespacing';
import { hrefTo } from '../../ui/url/keys';
import { ScrollBox } from '../../ui/ScrollBox';

interface Props {
  datasets: ImportedDataset[];
  /** Why a dataset is not shown (part of it could not be read), by dataset id. */
  damaged: ReadonlyMap<string, string>;
  onRename(id: string, name: string): void;
  onDelete(id: string): void;
}

function RenameForm({ dataset, onRename }: { dataset: ImportedDataset; onRename(id: string, name: string): void }) {
  const [name, setName] = useState(dataset.name);
  return (
    <form
      className="rename-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim()) onRename(dataset.id, name.trim());
      }}
    >
      <label>
        <span className="visually-hidden">Name of {dataset.name}</span>
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={120} />
      </label>
      <button type="submit" className="secondary" disabled={!name.trim() || name.trim() === dataset.name}>
        Rename
      </button>
    </form>
  );
}

export function DatasetList({ datasets, damaged, onRename, onDelete }: Props) {
  if (datasets.length === 0) return <p>You have not imported any data in this browser.</p>;
  return (
    <ScrollBox label="Your imported datasets">
      <table className="area-table dataset-table">
        <caption>Your imported datasets (kept in this browser only)</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">File</th>
            <th scope="col">Imported</th>
            <th scope="col">Indicators</th>
            <th scope="col">Rows</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {datasets.map((d) => (
            <tr key={d.id}>
              <th scope="row">
                <RenameForm key={d.name} dataset={d} onRename={onRename} />
                {damaged.has(d.id) && (
                  <p role="alert" className="warning">
                    {damaged.get(d.id)}
                  </p>
                )}
              </th>
              <td data-label="File">{d.fileName}</td>
              <td data-label="Imported">{new Date(d.importedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}</td>
              <td data-label="Indicators">
                <ul className="plain">
                  {d.indicators.slice(0, 5).map((m) => (
                    <li key={m.id}>
                      <a href={hrefTo(null, { indicator: importedId(d.id, m.id) })}>{m.name}</a>
                    </li>
                  ))}
                  {d.indicators.length > 5 && <li>and {d.indicators.length - 5} more</li>}
                </ul>
              </td>
              <td className="num" data-label="Rows">
                {d.stats.accepted.toLocaleString('en-GB')}
                {d.otherRows > 0 && <span className="hint-small"> ({(d.placeRows + d.comparatorRows).toLocaleString('en-GB')} shown)</span>}
              </td>
              <td>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => {
                    if (window.confirm(`Delete “${d.name}” from this browser?`)) onDelete(d.id);
                  }}
                >
                  Delete<span className="visually-hidden"> {d.name}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
