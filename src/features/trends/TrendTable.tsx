import { outcomeStyle, type Palette } from '../../core/outcomes';
import { type TrendsModel } from './model';
import { formatFigure } from '../../core/format';
import { publishedOutcome, publishedWords } from '../../core/publishedLabel';
import { ScrollBox } from '../../ui/ScrollBox';

interface TrendTableProps {
  model: TrendsModel;
  palette: Palette;
  caption: string;
}

/** The chart's numbers: one row per period, one column per area, and York's published comparison with England. */
export function TrendTable({ model, palette, caption }: TrendTableProps) {
  const countryName = model.country?.name ?? 'England';
  const { decimals, meta } = model;
  const interval = (lower: number | null, upper: number | null) =>
    lower === null || upper === null ? null : `${formatFigure(lower, decimals, meta)} to ${formatFigure(upper, decimals, meta)}`;
  // Newest first: the figures a reader wants most are at the top.
  const order = model.periods.map((_, i) => i).reverse();
  return (
    <ScrollBox className="tr-table-wrap" labelledBy="tr-table-caption">
      <table className="area-table tr-table">
        <caption id="tr-table-caption">
          <span className="tr-caption">{caption}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">{model.place.name}</th>
            <th scope="col">
              {model.place.name} compared with {countryName} <span className="tr-th-note">(published by OHID)</span>
            </th>
            {model.series.slice(1).map((s) => (
              <th scope="col" key={s.code}>
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {order.map((i) => {
            const period = model.periods[i] as string;
            const own = model.place.points[i];
            const outcome = publishedOutcome(own?.published ?? '');
            const style = outcomeStyle(outcome, palette);
            return (
              <tr key={period} data-period={period}>
                <th scope="row">{period}</th>
                {model.series.slice(0, 1).map((s) => (
                  <Cell key={s.code} value={s.points[i]?.value ?? null} interval={interval(s.points[i]?.lower95 ?? null, s.points[i]?.upper95 ?? null)} decimals={decimals} model={model} />
                ))}
                <td className="tr-published">
                  {own && own.value !== null && own.published.trim() !== '' ? (
                    <span className="badge" style={{ background: style.colour, color: style.text }}>
                      {style.label}
                      <span className="visually-hidden"> {publishedWords(own.published, countryName).replace(/^\S+ /, '')}</span>
                    </span>
                  ) : (
                    <span className="muted">{own && own.published.trim() !== '' ? publishedWords(own.published, countryName) : 'No published comparison'}</span>
                  )}
                </td>
                {model.series.slice(1).map((s) => (
                  <Cell key={s.code} value={s.points[i]?.value ?? null} interval={interval(s.points[i]?.lower95 ?? null, s.points[i]?.upper95 ?? null)} decimals={decimals} model={model} />
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollBox>
  );
}

function Cell({ value, interval, decimals, model }: { value: number | null; interval: string | null; decimals: number; model: TrendsModel }) {
  return (
    <td className="num">
      <span className={value === null ? 'muted' : undefined}>{formatFigure(value, decimals, model.meta)}</span>
      {interval && (
        <span className="tr-ci">
          <span className="visually-hidden">95% confidence interval </span>({interval})
        </span>
      )}
    </td>
  );
}
