import { useState } from 'react';
import type { ColumnMapping } from '../../ingest';

interface Props {
  proposal: ColumnMapping;
  preview: { header: string[]; rows: string[][] };
  /** The rows of the last attempt collided: offer to import anyway, leaving the repeats out. */
  collided: boolean;
  onConfirm(mapping: ColumnMapping): void;
  onCancel(): void;
}

/** Lets the user say which column is which, with the first rows of the file beside the choices. */
export function ColumnMappingForm({ proposal, preview, collided, onConfirm, onCancel }: Props) {
  const [areaCode, setAreaCode] = useState(proposal.areaCode ?? '');
  const [areaName, setAreaName] = useState(proposal.areaName ?? '');
  const [period, setPeriod] = useState(proposal.period ?? '');
  const [fixedPeriod, setFixedPeriod] = useState(proposal.fixedPeriod ?? '');
  const [category, setCategory] = useState(proposal.category ?? '');
  const [sex, setSex] = useState(proposal.sex ?? '');
  const [age, setAge] = useState(proposal.age ?? '');
  const [anyway, setAnyway] = useState(false);
  const [values, setValues] = useState<string[]>(proposal.values.map((v) => v.column));
  const columns = preview.header.filter((h) => h.trim() !== '');
  const choose = (label: string, value: string, set: (v: string) => void, none: string) => (
    <label>
      {label}
      <select value={value} onChange={(e) => set(e.target.value)}>
        <option value="">{none}</option>
        {columns.map((h, i) => (
          <option key={`${i}-${h}`} value={h}>
            {h}
          </option>
        ))}
      </select>
    </label>
  );
  const valid = Boolean(areaCode || areaName) && values.length > 0;
  return (
    <form
      className="mapping-form"
      aria-labelledby="mapping-form-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (!valid) return;
        const byColumn = new Map(proposal.values.map((v) => [v.column, v]));
        const mapping: ColumnMapping = {
          ...proposal,
          areaCode: areaCode || null,
          areaName: areaName || null,
          period: period || null,
          category: category || null,
          sex: sex || null,
          age: age || null,
          values: values.map((column) => byColumn.get(column) ?? { column, indicatorId: column, name: column }),
        };
        if (!period) mapping.fixedPeriod = fixedPeriod.trim();
        if (category !== proposal.category) delete mapping.categoryType;
        if (values.length !== 1) {
          mapping.count = null;
          mapping.denominator = null;
          mapping.lower95 = null;
          mapping.upper95 = null;
        }
        if (anyway) mapping.allowDuplicates = true;
        onConfirm(mapping);
      }}
    >
      <h4 id="mapping-form-title">Which column is which?</h4>
      <p>Check the dashboard’s guess against the first rows of the file below, change what is wrong, then import.</p>
      <div className="mapping-choices">
        {choose('Area code column', areaCode, setAreaCode, 'None')}
        {choose('Area name column', areaName, setAreaName, 'None')}
        {choose('Period column', period, setPeriod, 'None (one period)')}
        {!period && (
          <label>
            Period of every row
            <input value={fixedPeriod} onChange={(e) => setFixedPeriod(e.target.value)} maxLength={40} />
          </label>
        )}
      </div>
      <fieldset className="mapping-breakdowns">
        <legend>Breakdowns (rows of the same area and period that differ in these are separate figures)</legend>
        <div className="mapping-choices">
          {choose('Category column (breakdown)', category, setCategory, 'None')}
          {choose('Sex column', sex, setSex, 'None (persons)')}
          {choose('Age column', age, setAge, 'None')}
        </div>
      </fieldset>
      <fieldset>
        <legend>Value columns (one indicator each)</legend>
        <div className="mapping-values">
          {columns.map((h, i) => (
            <label key={`${i}-${h}`} className="inline">
              <input
                type="checkbox"
                checked={values.includes(h)}
                onChange={(e) => setValues(e.target.checked ? [...values, h] : values.filter((v) => v !== h))}
              />
              {h}
            </label>
          ))}
        </div>
      </fieldset>
      {collided && (
        <label className="inline">
          <input type="checkbox" checked={anyway} onChange={(e) => setAnyway(e.target.checked)} />
          Import anyway: rows that repeat an area, period and breakdown are left out and listed as not used
        </label>
      )}
      <div className="table-wrap" tabIndex={0} role="region" aria-label="First rows of the file">
        <table className="area-table">
          <caption>First rows of the file</caption>
          <thead>
            <tr>
              {preview.header.map((h, i) => (
                <th key={`${i}-${h}`} scope="col">
                  {h.trim() === '' ? <span className="hint-small">(no name)</span> : h}
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
