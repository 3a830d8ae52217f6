import { useState } from 'react';
import { sortEntries, type AuthoritiesModel, type AuthoritySortKey } from './model';
import { nextAuthoritySort, tablePage, type AuthoritySort } from './distribution';
import { AuthorityRow } from './AuthorityRow';
import type { Palette } from '../../core/outcomes';
import { ScrollBox } from '../../ui/ScrollBox';

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
  const [sort, setSort] = useState<AuthoritySort>({ key: 'rank', descending: false });
  const sorted = sortEntries(model.entries, sort.key, sort.descending);
  const [chosenPage, setPage] = useState<number | null>(null);
  const at = tablePage(sorted, chosenPage, PAGE_SIZE);
  const shown = sorted.slice(at.page * PAGE_SIZE, (at.page + 1) * PAGE_SIZE);
  const countryName = model.country?.name ?? 'England';
  const anyPublished = model.entries.some((e) => e.published.trim() !== '');
  const pager = (where: string) => <Pager where={where} at={at} total={sorted.length} hasPlace={model.place !== null} placeName={placeName} setPage={setPage} />;

  return (
    <>
      {pager('top')}
      <ScrollBox className="au-table-wrap" labelledBy="au-table-caption">
        <table className="area-table au-table">
          <caption id="au-table-caption">
            <span className="tr-caption">
              {caption} <span className="au-caption-rows">(rows {at.first}–{at.last} of {sorted.length}; rank 1 is the highest value)</span>
            </span>
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col" aria-sort={sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                  <button
                    type="button"
                    onClick={() => {
                      setSort(nextAuthoritySort(sort, c.key));
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
            {shown.map((e) => (
              <AuthorityRow key={e.code} entry={e} model={model} palette={palette} placeName={placeName} anyPublished={anyPublished} />
            ))}
          </tbody>
        </table>
      </ScrollBox>
      {pager('bottom')}
      <p className="au-table-note">“=” before a rank means authorities share the same value and the same rank.</p>
    </>
  );
}

interface PagerProps {
  where: string;
  at: ReturnType<typeof tablePage>;
  total: number;
  hasPlace: boolean;
  placeName: string;
  setPage(page: number | null): void;
}

/** Previous and next page, where the rows are, and a way back to the place's row. */
function Pager({ where, at, total, hasPlace, placeName, setPage }: PagerProps) {
  const { page, pages, placePage, first, last } = at;
  return (
    <nav className="au-pager" aria-label={`Table pages (${where})`}>
      <button type="button" className="secondary" onClick={() => setPage(page - 1)} disabled={page === 0}>
        Previous <span className="visually-hidden">{PAGE_SIZE} authorities</span>
      </button>
      <span>
        Rows {first}–{last} of {total} (page {page + 1} of {pages})
      </span>
      <button type="button" className="secondary" onClick={() => setPage(page + 1)} disabled={page >= pages - 1}>
        Next <span className="visually-hidden">{PAGE_SIZE} authorities</span>
      </button>
      {hasPlace && page !== placePage && (
        <button type="button" className="secondary" onClick={() => setPage(placePage)}>
          Show {placeName}’s row
        </button>
      )}
    </nav>
  );
}
