import { outcomeStyle, type Palette } from '../../core/outcomes';
import type { GroupComparison, GroupLine } from '../../core/wardGroups';
import { ScrollBox } from '../../ui/ScrollBox';

interface GroupTableProps {
  caption: string;
  lines: GroupLine[];
  placeName: string;
  countryName: string;
  palette: Palette;
}

function ComparisonCell({ c, palette, label }: { c: GroupComparison; palette: Palette; label: string }) {
  if (c.comparison.reason !== '') {
    return (
      <td className="muted" data-label={label}>
        {c.text}
      </td>
    );
  }
  const style = outcomeStyle(c.comparison.outcome, palette);
  return (
    <td data-label={label}>
      <span className="badge" style={{ background: style.colour, color: style.text }} aria-hidden="true">
        {style.label}
      </span>{' '}
      <span className="gr-compare-text">{c.text}</span>
    </td>
  );
}

/** The group's figures: added up where they can be, with the reason where they cannot. */
export function GroupTable({ caption, lines, placeName, countryName, palette }: GroupTableProps) {
  let theme = '';
  return (
    <ScrollBox className="gr-table-wrap" labelledBy="gr-table-caption">
      <table className="area-table gr-table">
        <caption id="gr-table-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Indicator</th>
            <th scope="col">Group</th>
            <th scope="col">95% confidence interval</th>
            <th scope="col">Count, added up</th>
            <th scope="col">{placeName}</th>
            <th scope="col">{countryName}</th>
            <th scope="col">Compared with {countryName}</th>
            <th scope="col">Compared with {placeName}</th>
          </tr>
        </thead>
        <tbody>
          {lines.flatMap((line) => {
            const rows = [];
            if (line.theme !== theme) {
              theme = line.theme;
              rows.push(
                <tr key={`theme:${line.theme}`} className="gr-theme-row">
                  <th scope="colgroup" colSpan={8}>
                    {line.theme}
                  </th>
                </tr>,
              );
            }
            const a = line.aggregate;
            rows.push(
              <tr key={line.key} data-indicator={line.meta.id} data-series={line.key} data-status={a.status}>
                <th scope="row">
                  {line.name} <span className="period">({line.period})</span>
                </th>
                {a.status === 'refused' ? (
                  <td colSpan={7} className="gr-refused">
                    {a.reason}.
                  </td>
                ) : (
                  <>
                    <td className="num gr-value" data-label="Group">{line.valueText}</td>
                    <td className="num gr-ci" data-label="95% confidence interval">{line.intervalText || <span className="muted">{a.reason || 'Not available'}</span>}</td>
                    <td className="num gr-count" data-label="Count, added up">{line.countText || 'No data'}</td>
                    <td className="num" data-label={placeName}>
                      {line.place.valueText}
                    </td>
                    <td className="num" data-label={countryName}>
                      {line.england.valueText}
                    </td>
                    {a.status === 'no-data' ? (
                      <td colSpan={2} className="muted">
                        {a.reason}, so the group’s figure cannot be worked out.
                      </td>
                    ) : (
                      <>
                        <ComparisonCell c={line.england} palette={palette} label={`Compared with ${countryName}`} />
                        <ComparisonCell c={line.place} palette={palette} label={`Compared with ${placeName}`} />
                      </>
                    )}
                  </>
                )}
              </tr>,
            );
            return rows;
          })}
        </tbody>
      </table>
    </ScrollBox>
  );
}
