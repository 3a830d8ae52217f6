// The column-mapping form's parts: a column choice, the value-column ticks and the first rows of the file.
import { ScrollBox } from '../../ui/ScrollBox';

interface ColumnChoiceProps {
  label: string;
  value: string;
  columns: readonly string[];
  /** The "no column" option's words. */
  none: string;
  onChange(value: string): void;
}

/** A list of the file's columns for one role, with a "none" choice first. */
export function ColumnChoice({ label, value, columns, none, onChange }: ColumnChoiceProps) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{none}</option>
        {columns.map((h, i) => (
          <option key={`${i}-${h}`} value={h}>
            {h}
          </option>
        ))}
      </select>
    </label>
  );
}

interface ValueColumnsProps {
  columns: readonly string[];
  values: readonly string[];
  onToggle(column: string, checked: boolean): void;
}

/** A tick box per column: the ticked ones become an indicator each. */
export function ValueColumns({ columns, values, onToggle }: ValueColumnsProps) {
  return (
    <fieldset>
      <legend>Value columns (one indicator each)</legend>
      <div className="mapping-values">
        {columns.map((h, i) => (
          <label key={`${i}-${h}`} className="inline">
            <input type="checkbox" checked={values.includes(h)} onChange={(e) => onToggle(h, e.target.checked)} />
            {h}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The header and first five rows of the file, as a table that scrolls on its own. */
export function FilePreview({ header, rows }: { header: readonly string[]; rows: readonly string[][] }) {
  return (
    <ScrollBox label="First rows of the file">
      <table className="area-table">
        <caption>First rows of the file</caption>
        <thead>
          <tr>
            {header.map((h, i) => (
              <th key={`${i}-${h}`} scope="col">
                {h.trim() === '' ? <span className="hint-small">(no name)</span> : h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, 5).map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (
                <td key={j}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
