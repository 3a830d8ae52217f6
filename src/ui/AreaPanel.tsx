import type { AreaProfileLine } from '../core/mapModel';
import { outcomeSentence, outcomeStyle, type Palette } from '../core/outcomes';
import { isOldFigure, periodWithAge } from '../core/figureAge';

interface AreaPanelProps {
  areaName: string;
  placeName: string;
  countryName: string;
  /** The place itself is shown against England only. */
  isPlace: boolean;
  lines: AreaProfileLine[];
  palette: Palette;
  onClose?(): void;
  /** Link to the printable briefing for this area. */
  briefingHref?: string;
  /** The snapshot's date (YYYY-MM-DD): figures whose period ended more than five years before are marked. */
  snapshotDate: string;
}

export function AreaPanel({ areaName, placeName, countryName, isPlace, lines, palette, onClose, briefingHref, snapshotDate }: AreaPanelProps) {
  return (
    <section className="area-panel" aria-labelledby="area-panel-title">
      <div className="panel-head">
        <h2 id="area-panel-title" tabIndex={-1}>
          {isPlace ? `${areaName} at a glance` : areaName}
        </h2>
        {onClose && (
          <button type="button" onClick={onClose} className="secondary">
            Close<span className="visually-hidden"> {areaName} details</span>
          </button>
        )}
      </div>
      {briefingHref && (
        <p className="no-print">
          <a href={briefingHref}>Print a briefing for {areaName}</a>
        </p>
      )}
      <p className="panel-note">
        Latest figure for each indicator, with the range within which the true value is likely to lie (95% confidence
        interval) and how it compares with {countryName}, or with {placeName} where there is no {countryName} figure.
        {lines.some((l) => l.breakdown.sex === 'Male' || l.breakdown.sex === 'Female') &&
          ` Figures published for males and females separately are listed for each, and each is compared with ${countryName}’s figure for the same sex.`}
      </p>
      <table className="profile-table">
        <caption className="visually-hidden">
          {areaName}: every indicator{isPlace ? '' : ` beside ${placeName}`} and {countryName}
        </caption>
        <thead>
          <tr>
            <th scope="col">Indicator</th>
            <th scope="col">{areaName}</th>
            {!isPlace && <th scope="col">{placeName}</th>}
            <th scope="col">{countryName}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => {
            const style = outcomeStyle(line.comparison.outcome, palette);
            return (
              <tr key={line.key} data-indicator={line.meta.id} data-series={line.key}>
                <th scope="row">
                  {line.name}
                  <span className={isOldFigure(line.period, snapshotDate) ? 'period old-figure' : 'period'}> ({periodWithAge(line.period, snapshotDate)})</span>
                  {line.meta.superseded && <span className="superseded">{line.meta.superseded}</span>}
                </th>
                <td>
                  <span className="value">{line.valueText}</span>
                  {line.intervalText && <span className="interval"> 95% CI {line.intervalText}</span>}
                  {line.benchmark && line.comparison.outcome !== 'not-compared' && (
                    <span className="badge" style={{ background: style.colour, color: style.text }}>
                      {outcomeSentence(line.comparison.outcome, line.benchmark.name, line.comparison.source)}
                    </span>
                  )}
                </td>
                {!isPlace && <td>{line.placeValueText}</td>}
                <td>{line.englandValueText === 'No data' ? <span className="muted">Not available</span> : line.englandValueText}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
