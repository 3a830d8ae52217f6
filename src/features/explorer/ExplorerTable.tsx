import { useState } from 'react';
import { sortExplorerRows, type ExplorerModel, type ExplorerRow } from './model';
import { formatCount, formatValue } from '../../core/format';
import { explorerColumns, nextExplorerSort, type ExplorerColumn, type ExplorerSort } from './viewWords';
import { ScrollBox } from '../../ui/ScrollBox';

interface ExplorerTableProps {
  model: ExplorerModel;
  selectedCode: string | null;
  onSelect(code: string): void;
}

/** The chart's numbers as a sortable table: the text alternative to the chart and the map. */
export function ExplorerTable({ model, selectedCode, onSelect }: ExplorerTableProps) {
  const [sort, setSort] = useState<ExplorerSort>({ key: 'value', descending: true });
  const rows = sortExplorerRows(model.rows, sort.key, sort.descending, model.meta);
  const columns = explorerColumns(model);
  const shown = new Set(columns.filter((c) => c.show).map((c) => c.key));
  const caption = `${model.title}: ${model.subtitle}`;
  return (
    <div className="explorer-table-section">
      {/* The title sits outside the scrolling box so it wraps on a phone; it names the table. */}
      <h2 id="explorer-table-title" className="explorer-title">
        Table: {caption}
      </h2>
      <p className="explorer-caption-note">Select a name to highlight it on the chart and the map. Select a column heading to sort.</p>
      <ScrollBox className="explorer-table-wrap" labelledBy="explorer-table-title">
        <table className="area-table explorer-table" aria-labelledby="explorer-table-title">
          <thead>
            <tr>
              {columns
                .filter((c) => c.show)
                .map((c) => (
                  <SortHeading key={c.key} column={c} sort={sort} onSort={() => setSort(nextExplorerSort(sort, c.key))} />
                ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <ExplorerTableRow key={r.code} row={r} model={model} shown={shown} selected={r.code === selectedCode} onSelect={onSelect} />
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </div>
  );
}

function SortHeading({ column: c, sort, onSort }: { column: ExplorerColumn; sort: ExplorerSort; onSort(): void }) {
  return (
    <th
      scope="col"
      className={c.key === 'name' || c.key === 'outcome' ? undefined : 'num'}
      aria-sort={sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}
    >
      <button type="button" onClick={onSort}>
        {c.label}
        <span aria-hidden="true">{sort.key === c.key ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );
}

interface RowProps {
  row: ExplorerRow;
  model: ExplorerModel;
  shown: ReadonlySet<ExplorerColumn['key']>;
  selected: boolean;
  onSelect(code: string): void;
}

function ExplorerTableRow({ row: r, model, shown, selected, onSelect }: RowProps) {
  const { meta } = model;
  return (
    <tr className={selected ? 'selected' : undefined} data-area-code={r.code}>
      <th scope="row">
        <button type="button" className="link-button" aria-pressed={selected} onClick={() => onSelect(r.code)}>
          {r.name}
        </button>
      </th>
      <td className="num">{r.valueText}</td>
      <td className="explorer-outcome-cell">
        <OutcomeCell row={r} />
      </td>
      {shown.has('lower95') && <td className="num">{r.lower95 === null ? '–' : formatValue(r.lower95, meta)}</td>}
      {shown.has('upper95') && <td className="num">{r.upper95 === null ? '–' : formatValue(r.upper95, meta)}</td>}
      {shown.has('count') && <td className="num">{formatCount(r.count)}</td>}
      {shown.has('denominator') && <td className="num">{formatCount(r.denominator)}</td>}
    </tr>
  );
}

function OutcomeCell({ row: r }: { row: ExplorerRow }) {
  if (r.value === null) return <span>No data{r.missingNote ? `: ${r.missingNote}` : ''}</span>;
  return (
    <>
      <span className="badge" style={{ background: r.style.colour, color: r.style.text }}>
        {r.style.label}
      </span>
      {r.outcome === 'not-compared' ? (
        <span className="explorer-reason"> {r.notComparedReason}</span>
      ) : (
        <span className="visually-hidden">: {r.comparisonText}</span>
      )}
    </>
  );
}
