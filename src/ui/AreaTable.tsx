import { useState } from 'react';
import { ScrollBox } from './ScrollBox';
import type { IndicatorMeta } from '../domain/indicators';
import type { AreaFigure } from '../core/mapModel';
import { sortFigures, type SortKey } from '../core/sortFigures';
import { outcomeStyle, type Palette } from '../core/outcomes';
import { plainOutcome, plainOutcomeLabel, publishedNote, STRICT_NOTE, unitBeside } from '../core/panelWords';
import { formatAbout, publisherShortName } from '../core/format';

interface AreaTableProps {
  caption: string;
  meta: IndicatorMeta;
  figures: AreaFigure[];
  benchmarkName: string | null;
  palette: Palette;
  selectedCode: string | null;
  onSelect(code: string): void;
}

/** The sortable columns; the value's header carries the unit, as its cells are bare numbers. */
function columns(meta: IndicatorMeta): { key: SortKey; label: string }[] {
  const unit = unitBeside(meta);
  return [
    { key: 'name', label: 'Area' },
    { key: 'value', label: unit ? `Value (${unit})` : meta.unit === 'years' ? 'Value (years)' : 'Value' },
    { key: 'rank', label: 'Rank (1 = highest)' },
  ];
}

export function AreaTable({ caption, meta, figures, benchmarkName, palette, selectedCode, onSelect }: AreaTableProps) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'value', descending: true });
  const sorted = sortFigures(figures, sort.key, sort.descending);
  const hasCounts = figures.some((f) => f.row?.count !== null && f.row?.count !== undefined && f.row.ciMethod !== 'none');
  const hasIntervals = figures.some((f) => f.intervalText !== '');
  const strict = figures.some((f) => f.comparison.outcome === 'worst' || f.comparison.outcome === 'best');
  const published = figures.some((f) => f.comparison.source === 'published' && f.comparison.outcome !== 'not-compared');
  return (
    <ScrollBox label={caption}>
      <table className="area-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns(meta).map((c) => (
              <th key={c.key} scope="col" aria-sort={sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                <button
                  type="button"
                  onClick={() => setSort({ key: c.key, descending: sort.key === c.key ? !sort.descending : c.key !== 'name' })}
                >
                  {c.label}
                  <span aria-hidden="true">{sort.key === c.key ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                </button>
              </th>
            ))}
            {hasIntervals && <th scope="col">95% confidence interval</th>}
            {hasCounts && <th scope="col">Residents (count)</th>}
            {benchmarkName && hasIntervals && <th scope="col">Compared with {benchmarkName}</th>}
          </tr>
        </thead>
        <tbody>
          {sorted.map((f) => {
            const style = outcomeStyle(f.comparison.outcome, palette);
            return (
              <tr key={f.code} className={f.code === selectedCode ? 'selected' : undefined}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onSelect(f.code)}>
                    {f.name}
                  </button>
                </th>
                <td className="num">{f.valueText}</td>
                <td className="num">{f.rank ?? '–'}</td>
                {hasIntervals && <td className="num">{f.intervalText || 'Not available'}</td>}
                {hasCounts && <td className="num">{formatAbout(f.row?.count ?? null)}</td>}
                {benchmarkName && hasIntervals && (
                  <td>
                    <span className="badge" style={{ background: style.colour, color: style.text }} aria-hidden="true">
                      {plainOutcomeLabel(f.comparison.outcome)}
                    </span>{' '}
                    <span className="visually-hidden">{plainOutcome(f.comparison.outcome, benchmarkName, f.comparison.source)}</span>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {benchmarkName && hasIntervals && strict && <p className="panel-note">{STRICT_NOTE}</p>}
      {benchmarkName && hasIntervals && published && <p className="panel-note">{publishedNote([publisherShortName(meta)])}</p>}
      {meta.caveats.length > 0 && (
        <ul className="caveats">
          {meta.caveats.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
    </ScrollBox>
  );
}
