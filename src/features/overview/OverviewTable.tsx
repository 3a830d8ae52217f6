import { useEffect, useRef, useState } from 'react';
import { outcomeStyle, type Palette } from '../../core/outcomes';
import { hrefTo } from '../../ui/url/keys';
import type { OverviewCell, OverviewColumn, OverviewModel, OverviewRow, OverviewSort } from './model';

interface OverviewTableProps {
  model: OverviewModel;
  wards: OverviewRow[];
  sort: OverviewSort;
  palette: Palette;
  placeName: string;
  onSort(column: number | null): void;
}

const WHITE = { background: '#ffffff', color: '#0b0c0c' };

/** Significance colours for tested figures; white for placed, missing and benchmark figures (their words say what they are). */
function cellColours(cell: OverviewCell, palette: Palette) {
  if (cell.placed || cell.value === null || cell.mark === 'benchmark') return WHITE;
  const style = outcomeStyle(cell.outcome, palette);
  return { background: style.colour, color: style.text };
}

function Cell({ cell, column, palette, start }: { cell: OverviewCell; column: OverviewColumn; palette: Palette; start: boolean }) {
  const kind = cell.value === null ? 'missing' : cell.placed ? 'placed' : cell.outcome;
  return (
    <td className={`ov-cell ov-${kind}${start ? ' ov-theme-start' : ''}`} style={cellColours(cell, palette)} data-series={column.key} data-indicator={column.meta.id}>
      <span className="ov-value" aria-hidden={cell.value === null}>
        {cell.valueText}
      </span>
      <span className="ov-mark" aria-hidden="true">
        {cell.mark}
      </span>
      <span className="visually-hidden">{cell.words}</span>
    </td>
  );
}

function ariaSort(sort: OverviewSort, column: number | null): 'ascending' | 'descending' | undefined {
  if (sort.column !== column) return undefined;
  return sort.descending ? 'descending' : 'ascending';
}

/** ▼ / ▲ on the sorted column, ⇅ on the others: the direction is also in aria-sort and the status line. */
function SortArrow({ sort, column }: { sort: OverviewSort; column: number | null }) {
  const arrow = sort.column === column ? (sort.descending ? '▼' : '▲') : '⇅';
  return (
    <span className={`ov-arrow${sort.column === column ? ' ov-arrow-on' : ''}`} aria-hidden="true">
      {arrow}
    </span>
  );
}

/**
 * The rug itself: wards as rows, series as columns grouped by theme, England and the place as reference rows
 * under the headings. The box scrolls sideways (and, on a wide screen, down, keeping the headings in view); a
 * fade on the right says there is more, and the ward column stays put.
 */
export function OverviewTable({ model, wards, sort, palette, placeName, onSort }: OverviewTableProps) {
  const box = useRef<HTMLDivElement>(null);
  const [edges, setEdges] = useState({ left: false, right: true });

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const update = () => {
      const left = element.scrollLeft > 1;
      const right = element.scrollLeft + element.clientWidth < element.scrollWidth - 1;
      setEdges((e) => (e.left === left && e.right === right ? e : { left, right }));
      // Keyboard focus scrolled into view must not land under the sticky headings or ward column.
      const head = element.querySelector('thead');
      const first = element.querySelector('thead th.ov-corner');
      if (head) element.style.scrollPaddingTop = `${head.getBoundingClientRect().height}px`;
      if (first) element.style.scrollPaddingLeft = `${first.getBoundingClientRect().width}px`;
    };
    update();
    element.addEventListener('scroll', update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => {
      element.removeEventListener('scroll', update);
      observer.disconnect();
    };
  }, []);

  const starts = model.columns.map((c, i) => i === 0 || model.columns[i - 1]?.theme !== c.theme);
  const title = `Every ward-level indicator for ${placeName}’s ${wards.length} wards`;
  const frameClass = `ov-frame${edges.left ? ' ov-scrolled' : ''}${edges.right ? ' ov-more' : ''}`;
  return (
    <>
      <h3 className="table-title ov-table-title" id="ov-table-title">
        {title}
      </h3>
      <p className="ov-hint" id="ov-hint">
        <span aria-hidden="true">⟷ </span>
        {edges.right || edges.left
          ? `Scroll sideways to see more indicators (${model.columns.length} in all). `
          : `${model.columns.length} indicators. `}
        Select a column’s heading to sort the wards by it; select a ward to open its profile.
      </p>
      <div className={frameClass}>
        <div className="ov-scroll" ref={box} tabIndex={0} role="region" aria-labelledby="ov-table-title" aria-describedby="ov-hint">
          <table className="ov-table">
            <caption className="visually-hidden">{title}</caption>
            <colgroup>
              <col className="ov-col-ward" />
            </colgroup>
            {model.themes.map((t) => (
              <colgroup key={t.theme} span={t.span} />
            ))}
            <thead>
              <tr className="ov-themes">
                <th scope="col" rowSpan={2} className={`ov-corner${sort.column === null ? ' ov-sorted' : ''}`} aria-sort={ariaSort(sort, null)}>
                  <button type="button" className="ov-sort" onClick={() => onSort(null)}>
                    <span className="ov-name">Ward</span> <SortArrow sort={sort} column={null} />
                  </button>
                </th>
                {model.themes.map((t) => (
                  <th key={t.theme} scope="colgroup" colSpan={t.span} className="ov-theme">
                    <span className="ov-theme-name">{t.theme}</span>
                  </th>
                ))}
              </tr>
              <tr className="ov-headings">
                {model.columns.map((c, i) => (
                  <th key={c.key} scope="col" aria-sort={ariaSort(sort, i)} data-series={c.key} data-indicator={c.meta.id} className={[starts[i] ? 'ov-theme-start' : '', sort.column === i ? 'ov-sorted' : ''].join(' ').trim() || undefined}>
                    <button type="button" className="ov-sort" onClick={() => onSort(i)}>
                      <span className="ov-name">{c.shortName}</span>
                      <span className="ov-unit">
                        {c.unit}, {c.period}
                      </span>
                      {c.polarityWords && <span className="ov-unit">{c.polarityWords}</span>}
                      {c.benchmark && c.benchmark.code !== model.country.code && <span className="ov-unit ov-vs">vs {c.benchmark.name}</span>}
                      <SortArrow sort={sort} column={i} />
                    </button>
                  </th>
                ))}
              </tr>
              {[model.country, model.place].map((row) => (
                <tr key={row.code} className="ov-reference" data-area={row.code}>
                  <th scope="row" className="ov-area">
                    {row.name}
                  </th>
                  {row.cells.map((cell, i) => (
                    <Cell key={model.columns[i]?.key ?? i} cell={cell} column={model.columns[i] as OverviewColumn} palette={palette} start={starts[i] ?? false} />
                  ))}
                </tr>
              ))}
            </thead>
            <tbody>
              {wards.map((row) => (
                <tr key={row.code} data-area={row.code}>
                  <th scope="row" className="ov-area">
                    <a href={hrefTo('profile', { area: row.code, palette })}>{row.name}</a>
                  </th>
                  {row.cells.map((cell, i) => (
                    <Cell key={model.columns[i]?.key ?? i} cell={cell} column={model.columns[i] as OverviewColumn} palette={palette} start={starts[i] ?? false} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </>
  );
}
