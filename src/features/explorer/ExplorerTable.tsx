import { useState } from 'react';
import { sortExplorerRows, type ExplorerModel, type ExplorerSortKey } from './model';
import { capitalise, formatCount, formatValue } from '../../core/format';

interface ExplorerTableProps {
  model: ExplorerModel;
  selectedCode: string | null;
  onSelect(code: string): void;
}

/** The chart's numbers as a sortable table: the text alternative to the chart and the map. */
export function ExplorerTable({ model, selectedCode, onSelect }: ExplorerTableProps) {
  const [sort, setSort] = useState<{ key: ExplorerSortKey; descending: boolean }>({ key: 'value', descending: true });
  const { meta, benchmark } = model;
  const rows = sortExplorerRows(model.rows, sort.key, sort.descending, meta);
  const hasCounts = model.rows.some((r) => r.count !== null);
  const hasDenominators = model.rows.some((r) => r.denominator !== null);
  const hasIntervals = model.rows.some((r) => r.lower95 !== null);
  const columns: { key: ExplorerSortKey; label: string; show: boolean }[] = [
    { key: 'name', label: capitalise(model.areaSingular), show: true },
    { key: 'value', label: 'Value', show: true },
    // Beside the value, so a phone shows it without scrolling the table sideways.
    { key: 'outcome', label: benchmark ? `Compared with ${benchmark.name}` : 'Comparison', show: true },
    { key: 'lower95', label: 'Lower 95% limit', show: hasIntervals },
    { key: 'upper95', label: 'Upper 95% limit', show: hasIntervals },
    { key: 'count', label: 'Count', show: hasCounts },
    { key: 'denominator', label: 'Denominator', show: hasDenominators },
  ];
  const caption = `${model.title}: ${model.subtitle}`;
  return (
    <div className="explorer-table-section">
      {/* The title sits outside the scrolling box so it wraps on a phone; it names the table. */}
      <h2 id="explorer-table-title" className="explorer-title">
        Table: {caption}
      </h2>
      <p className="explorer-caption-note">Select a name to highlight it on the chart and the map. Select a column heading to sort.</p>
      <div className="table-wrap explorer-table-wrap" tabIndex={0} role="region" aria-labelledby="explorer-table-title">
        <table className="area-table explorer-table" aria-labelledby="explorer-table-title">
          <thead>
            <tr>
              {columns
                .filter((c) => c.show)
                .map((c) => (
                  <th
                    key={c.key}
                    scope="col"
                    className={c.key === 'name' || c.key === 'outcome' ? undefined : 'num'}
                    aria-sort={sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}
                  >
                    <button
                      type="button"
                      onClick={() => setSort({ key: c.key, descending: sort.key === c.key ? !sort.descending : c.key !== 'name' })}
                    >
                      {c.label}
                      <span aria-hidden="true">{sort.key === c.key ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                    </button>
                  </th>
                ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const selected = r.code === selectedCode;
              return (
                <tr key={r.code} className={selected ? 'selected' : undefined} data-area-code={r.code}>
                  <th scope="row">
                    <button type="button" className="link-button" aria-pressed={selected} onClick={() => onSelect(r.code)}>
                      {r.name}
                    </button>
                  </th>
                  <td className="num">{r.valueText}</td>
                  <td className="explorer-outcome-cell">
                    {r.value === null ? (
                      <span>No data{r.missingNote ? `: ${r.missingNote}` : ''}</span>
                    ) : (
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
                    )}
                  </td>
                  {hasIntervals && <td className="num">{r.lower95 === null ? '–' : formatValue(r.lower95, meta)}</td>}
                  {hasIntervals && <td className="num">{r.upper95 === null ? '–' : formatValue(r.upper95, meta)}</td>}
                  {hasCounts && <td className="num">{formatCount(r.count)}</td>}
                  {hasDenominators && <td className="num">{formatCount(r.denominator)}</td>}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
