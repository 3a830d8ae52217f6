import { useState } from 'react';
import { QUARTER_WORDS, sortEntries, type AuthoritiesModel, type AuthoritySortKey } from './model';
import { outcomeStyle, type Palette } from '../../core/outcomes';
import { formatFigure } from '../../core/format';
import { publishedWords } from '../../core/publishedLabel';

interface AuthorityTableProps {
  model: AuthoritiesModel;
  palette: Palette;
  caption: string;
  placeName: string;
}

export const PAGE_SIZE = 25;

const COLUMNS: { key: AuthoritySortKey; label: string }[] = [
  { key: 'rank', label: 'Rank' },
  { key: 'name', label: 'Authority' },
  { key: 'value', label: 'Value' },
];

/** Every authority, sortable and in pages of 25; it opens on the page with York's row, which is highlighted. */
export function AuthorityTable({ model, palette, caption, placeName }: AuthorityTableProps) {
  const [sort, setSort] = useState<{ key: AuthoritySortKey; descending: boolean }>({ key: 'rank', descending: false });
  const sorted = sortEntries(model.entries, sort.key, sort.descending);
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
  const placePage = Math.max(0, Math.floor(sorted.findIndex((e) => e.isPlace) / PAGE_SIZE));
  const [chosenPage, setPage] = useState<number | null>(null);
  const page = Math.min(chosenPage ?? placePage, pages - 1);
  const shown = sorted.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const countryName = model.country?.name ?? 'England';
  const anyPublished = model.entries.some((e) => e.published.trim() !== '');
  const first = page * PAGE_SIZE + 1;
  const last = Math.min(sorted.length, (page + 1) * PAGE_SIZE);

  const pager = (where: string) => (
    <nav className="au-pager" aria-label={`Table pages (${where})`}>
      <button type="button" className="secondary" onClick={() => setPage(page - 1)} disabled={page === 0}>
        Previous <span className="visually-hidden">{PAGE_SIZE} authorities</span>
      </button>
      <span>
        Rows {first}–{last} of {sorted.length} (page {page + 1} of {pages})
      </span>
      <button type="button" className="secondary" onClick={() => setPage(page + 1)} disabled={page >= pages - 1}>
        Next <span className="visually-hidden">{PAGE_SIZE} authorities</span>
      </button>
      {model.place && page !== placePage && (
        <button type="button" className="secondary" onClick={() => setPage(placePage)}>
          Show {placeName}’s row
        </button>
      )}
    </nav>
  );

  return (
    <>
      {pager('top')}
      <div className="table-wrap au-table-wrap" tabIndex={0} role="region" aria-labelledby="au-table-caption">
        <table className="area-table au-table">
          <caption id="au-table-caption">
            <span className="tr-caption">
              {caption} <span className="au-caption-rows">(rows {first}–{last} of {sorted.length}; rank 1 is the highest value)</span>
            </span>
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col" aria-sort={sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                  <button
                    type="button"
                    onClick={() => {
                      setSort({ key: c.key, descending: sort.key === c.key ? !sort.descending : c.key === 'value' });
                      setPage(null);
                    }}
                  >
                    {c.label}
                    <span aria-hidden="true">{sort.key === c.key ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                </th>
              ))}
              {model.hasIntervals && <th scope="col">95% confidence interval</th>}
              {anyPublished && (
                <th scope="col">
                  Compared with {countryName} <span className="tr-th-note">(published)</span>
                </th>
              )}
              <th scope="col">Quarter</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((e) => {
              const style = outcomeStyle(e.outcome, palette);
              return (
                <tr key={e.code} className={e.isPlace ? 'selected au-place-row' : undefined} data-code={e.code}>
                  <td className="num">{e.rank === null ? '–' : `${e.tiedWith > 1 ? '=' : ''}${e.rank}`}</td>
                  <th scope="row">
                    {e.name}
                    {e.isPlace && (
                      <span className="au-you">
                        {' '}
                        <span aria-hidden="true">◀</span>
                        {e.name !== placeName && ` ${placeName}`}
                      </span>
                    )}
                  </th>
                  <td className="num">
                    <span className={e.value === null ? 'muted' : undefined}>{formatFigure(e.value, model.decimals, model.meta)}</span>
                  </td>
                  {model.hasIntervals && (
                    <td className="num">
                      {e.lower95 !== null && e.upper95 !== null
                        ? `${formatFigure(e.lower95, model.decimals, model.meta)} to ${formatFigure(e.upper95, model.decimals, model.meta)}`
                        : 'Not available'}
                    </td>
                  )}
                  {anyPublished && (
                    <td>
                      {e.outcome === 'not-compared' ? (
                        <span className="muted">{publishedWords(e.published, countryName)}</span>
                      ) : (
                        <span className="badge" style={{ background: style.colour, color: style.text }}>
                          {style.label}
                          <span className="visually-hidden"> {publishedWords(e.published, countryName).replace(/^\S+ /, '')}</span>
                        </span>
                      )}
                    </td>
                  )}
                  <td>{e.quarter ? QUARTER_WORDS[e.quarter].table : <span className="muted">No data</span>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {pager('bottom')}
      <p className="au-table-note">“=” before a rank means authorities share the same value and the same rank.</p>
    </>
  );
}
