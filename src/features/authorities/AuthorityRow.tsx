import { QUARTER_WORDS, type AuthoritiesModel, type AuthorityEntry } from './model';
import { rankCell } from './distribution';
import { outcomeStyle, type Palette } from '../../core/outcomes';
import { formatFigure } from '../../core/format';
import { publishedWords } from '../../core/publishedLabel';

interface AuthorityRowProps {
  entry: AuthorityEntry;
  model: AuthoritiesModel;
  palette: Palette;
  placeName: string;
  anyPublished: boolean;
}

/** One authority's row: rank, name (the place's marked), value, interval, published comparison and quarter. */
export function AuthorityRow({ entry: e, model, palette, placeName, anyPublished }: AuthorityRowProps) {
  const countryName = model.country?.name ?? 'England';
  const style = outcomeStyle(e.outcome, palette);
  return (
    <tr className={e.isPlace ? 'selected au-place-row' : undefined} data-code={e.code}>
      <td className="num">{rankCell(e)}</td>
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
}
