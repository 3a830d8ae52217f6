import { useState } from 'react';
import type { ColumnMapping } from '../../ingest';

interface Props {
  proposal: ColumnMapping;
  preview: { header: string[]; rows: string[][] };
  onConfirm(mapping: ColumnMapping): void;
  onCancel(): void;
}

/** Lets the user say which column is which when a generic table is ambiguous, with a preview. */
export function ColumnMappingForm({ proposal, preview, onConfirm, onCancel }: Props) {
  const [areaCode, setAreaCode] = useState(proposal.areaCode ?? '');
  const [areaName, setAreaName] = useState(proposal.areaName ?? '');
  const [period, setPeriod] = useState(proposal.period ?? '');
  const [values, setValues] = useState<string[]>(proposal.values.map((v) => v.column));
  const choose = (label: string, value: string, set: (v: string) => void, none: string) => (
    <label>
      {label}
      <select value={value} onChange={(e) => set(e.target.value)}>
        <option value="">{none}</option>
        {preview.header.map((h) => (
          <option key={h} value={h}>
            {h}
          </option>
        ))}
      </select>
    </label>
  );
  const valid = (areaCode || areaName) && values.length > 0;
  return (
    <form
      className="mapping-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!valid) return;
        const byColumn = new Map(proposal.values.map((v) => [v.column, v]));
        onConfirm({
          ...proposal,
          areaCode: areaCode || null,
          areaName: areaName || null,
          period: period || null,
          values: values.map((column) => byColumn.get(column) ?? { column, indicatorId: column, name: column }),
        });
      }}
    >
      <p>The dashboard could not tell for sure which column is which. Check its guess against the first rows below.</p>
      <div className="mapping-choices">
        {choose('Area code column', areaCode, setAreaCode, 'None')}
        {choose('Area name column', areaName, setAreaName, 'None')}
        {choose('Period column', period, setPeriod, 'None (one period)')}
      </div>
      <fieldset>
        <legend>Value columns (one indicator each)</legend>
        {preview.header.map((h) => (
          <label key={h} className="inline">
            <input
              type="checkbox"
              checked={values.includes(h)}
              onChange={(e) => setValues(e.target.checked ? [...values, h] : values.filter((v) => v !== h))}
            />
            {h}
          </label>
        ))}
      </fieldset>
      <div className="table-wrap" tabIndex={0} role="region" aria-label="First rows of the file">
        <table className="area-table">
          <caption>First rows of the file</caption>
          <thead>
            <tr>
              {preview.header.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.slice(0, 5).map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!valid && <p role="alert">Choose an area column and at least one value column.</p>}
      <button type="submit" disabled={!valid}>
        Import with these columns
      </button>{' '}
      <button type="button" className="secondary" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
