import { useState } from 'react';
import type { ColumnMapping } from '../../ingest';
import { ColumnChoice, FilePreview, ValueColumns } from './MappingParts';
import { chosenMapping, initialChoices, mappingValid, namedColumns, toggledValues, type MappingChoices } from './mapping';

interface Props {
  proposal: ColumnMapping;
  preview: { header: string[]; rows: string[][] };
  /** The rows of the last attempt collided: offer to import anyway, leaving the repeats out. */
  collided: boolean;
  onConfirm(mapping: ColumnMapping): void;
  onCancel(): void;
}

type ColumnRole = 'areaCode' | 'areaName' | 'period' | 'category' | 'sex' | 'age';

/** Lets the user say which column is which, with the first rows of the file beside the choices. */
export function ColumnMappingForm({ proposal, preview, collided, onConfirm, onCancel }: Props) {
  const [choices, setChoices] = useState<MappingChoices>(() => initialChoices(proposal));
  const change = (changes: Partial<MappingChoices>) => setChoices((c) => ({ ...c, ...changes }));
  const columns = namedColumns(preview.header);
  const choose = (label: string, role: ColumnRole, none: string) => (
    <ColumnChoice label={label} value={choices[role]} columns={columns} none={none} onChange={(v) => change({ [role]: v })} />
  );
  const valid = mappingValid(choices);
  return (
    <form
      className="mapping-form"
      aria-labelledby="mapping-form-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (!valid) return;
        onConfirm(chosenMapping(proposal, choices));
      }}
    >
      <h4 id="mapping-form-title">Which column is which?</h4>
      <p>Check the dashboard’s guess against the first rows of the file below, change what is wrong, then import.</p>
      <div className="mapping-choices">
        {choose('Area code column', 'areaCode', 'None')}
        {choose('Area name column', 'areaName', 'None')}
        {choose('Period column', 'period', 'None (one period)')}
        {!choices.period && (
          <label>
            Period of every row
            <input value={choices.fixedPeriod} onChange={(e) => change({ fixedPeriod: e.target.value })} maxLength={40} />
          </label>
        )}
      </div>
      <fieldset className="mapping-breakdowns">
        <legend>Breakdowns (rows of the same area and period that differ in these are separate figures)</legend>
        <div className="mapping-choices">
          {choose('Category column (breakdown)', 'category', 'None')}
          {choose('Sex column', 'sex', 'None (persons)')}
          {choose('Age column', 'age', 'None')}
        </div>
      </fieldset>
      <ValueColumns columns={columns} values={choices.values} onToggle={(h, checked) => change({ values: toggledValues(choices.values, h, checked) })} />
      {collided && (
        <label className="inline">
          <input type="checkbox" checked={choices.anyway} onChange={(e) => change({ anyway: e.target.checked })} />
          Import anyway: rows that repeat an area, period and breakdown are left out and listed as not used
        </label>
      )}
      <FilePreview header={preview.header} rows={preview.rows} />
      {!valid && <p role="alert">Choose an area column and at least one value column.</p>}
      <div className="mapping-actions">
        <button type="submit" disabled={!valid}>
          Import with these columns
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
