import type { ProfileLine } from './model';
import { outcomeStyle, type Palette } from '../../core/outcomes';
import type { Outcome } from '../../stats';
import { pct } from './spinePosition';

interface SpineChartProps {
  areaName: string;
  placeName: string;
  countryName: string;
  wardCount: number;
  lines: ProfileLine[];
  palette: Palette;
}

function Spine({ line, palette }: { line: ProfileLine; palette: Palette }) {
  const p = line.positions;
  if (!p) return <span className="pf-spine-empty">No data for a spine</span>;
  const style = outcomeStyle(line.comparison.outcome, palette);
  const judged = line.meta.polarity !== 'no-judgement';
  const [leftWord, rightWord] = judged ? ['worse', 'better'] : ['lower', 'higher'];
  return (
    <svg className="pf-spine" aria-hidden="true" focusable="false" width="100%" height="34">
      <rect x={pct(p.min)} y="6" width={`${(p.max - p.min) * 94}%`} height="14" className="pf-range" />
      <rect x={pct(p.q1)} y="6" width={`${Math.max(0.6, (p.q3 - p.q1) * 94)}%`} height="14" className="pf-iqr" />
      <line x1={pct(0.5)} x2={pct(0.5)} y1="1" y2="25" className="pf-centre" />
      {p.marker !== null && <circle cx={pct(p.marker)} cy="13" r="7" fill={style.colour} className="pf-marker" />}
      <text x="0" y="33" className="pf-end">
        {leftWord}
      </text>
      <text x="100%" y="33" className="pf-end" textAnchor="end">
        {rightWord}
      </text>
    </svg>
  );
}

/** The key lists only the outcomes on screen, with the same labels and colours as the rows. */
function SpineKey({ outcomes, palette, placeName, countryName, wardCount }: { outcomes: Outcome[]; palette: Palette; placeName: string; countryName: string; wardCount: number }) {
  return (
    <div className="pf-key">
      <ul>
        <li>
          <svg aria-hidden="true" width="34" height="16">
            <rect x="1" y="2" width="32" height="12" className="pf-range" />
          </svg>
          Range of {placeName}’s {wardCount} wards, lowest to highest
        </li>
        <li>
          <svg aria-hidden="true" width="34" height="16">
            <rect x="1" y="2" width="32" height="12" className="pf-iqr" />
          </svg>
          Middle half of the wards (25th to 75th percentile)
        </li>
        <li>
          <svg aria-hidden="true" width="14" height="20">
            <line x1="7" x2="7" y1="0" y2="20" className="pf-centre" />
          </svg>
          {countryName}’s value (or {placeName}’s where {countryName} has no figure): the centre line
        </li>
        {outcomes.map((o) => {
          const s = outcomeStyle(o, palette);
          return (
            <li key={o}>
              <svg aria-hidden="true" width="18" height="18">
                <circle cx="9" cy="9" r="7" fill={s.colour} className="pf-marker" />
              </svg>
              This ward: {s.label.toLowerCase()}
            </li>
          );
        })}
      </ul>
      <p className="pf-key-note">
        Worse is always on the left and better on the right, so the scale runs backwards for indicators where a high value is bad.
        Where neither is better, the ends are labelled lower and higher.
      </p>
    </div>
  );
}

/** Fingertips-style spine chart: every indicator for one ward against England and the spread of York's wards. */
export function SpineChart({ areaName, placeName, countryName, wardCount, lines, palette }: SpineChartProps) {
  const outcomes = [...new Set(lines.filter((l) => l.value !== null).map((l) => l.comparison.outcome))];
  // One centre line per block, never switching row by row: first every row centred on the country, then the rows
  // centred on the place because the country has no figure.
  const blocks = [
    { title: `Centre line: ${countryName}`, lines: lines.filter((l) => l.centreName === countryName) },
    { title: `Centre line: ${placeName} (${countryName} has no figure)`, lines: lines.filter((l) => l.centreName !== countryName) },
  ].filter((b) => b.lines.length > 0);
  return (
    <figure className="pf-spine-chart" aria-labelledby="pf-spine-caption">
      <figcaption id="pf-spine-caption">
        <strong>{areaName} compared with {countryName}</strong> (or {placeName} where there is no {countryName} figure), 95% confidence. Latest
        period of each indicator.
      </figcaption>
      <SpineKey outcomes={outcomes} palette={palette} placeName={placeName} countryName={countryName} wardCount={wardCount} />
      <div className="pf-spine-head" aria-hidden="true">
        <span>Indicator</span>
        <span>{areaName}</span>
        <span>{placeName}</span>
        <span>{countryName}</span>
        <span>Where {areaName} sits among {placeName}’s wards</span>
        <span>Compared with {countryName} or {placeName}</span>
      </div>
      {blocks.map((block) => (
        <section key={block.title} className="pf-centre-block" aria-label={block.title}>
          <h4 className="pf-centre-title">{block.title}</h4>
          {[...new Set(block.lines.map((l) => l.theme))].map((theme) => (
            <div key={theme} className="pf-theme">
              <h5 className="pf-theme-title">{theme}</h5>
              <ul className="pf-rows">
                {block.lines
                  .filter((l) => l.theme === theme)
                  .map((line) => {
                    const style = outcomeStyle(line.comparison.outcome, palette);
                    return (
                      <li key={line.key} className="pf-row" data-indicator={line.meta.id} data-series={line.key}>
                        <div className="pf-name">
                          {line.name} <span className="period">({line.period})</span>
                        </div>
                        <div className="pf-ward">
                          <span className="pf-cell-label">{areaName}: </span>
                          <strong className="pf-value">{line.valueText}</strong>
                          {line.countText && <span className="pf-count"> {line.countText}</span>}
                        </div>
                        <div className="pf-place">
                          <span className="pf-cell-label">{placeName}: </span>
                          {line.placeValueText}
                        </div>
                        <div className="pf-country">
                          <span className="pf-cell-label">{countryName}: </span>
                          {line.englandValueText}
                        </div>
                        <div className="pf-graphic">
                          <Spine line={line} palette={palette} />
                        </div>
                        <div className="pf-compare">
                          {line.comparison.outcome === 'not-compared' ? (
                            <span className="pf-not-compared">{line.comparisonText}</span>
                          ) : (
                            <span className="badge pf-badge" style={{ background: style.colour, color: style.text }}>
                              {line.comparisonText}
                            </span>
                          )}
                          {line.trend?.flag && (
                            <strong className="pf-flag">
                              <span aria-hidden="true">▲ </span>
                              {line.trend.flagText}
                            </strong>
                          )}
                          {line.trend && (
                            <span className="pf-trend">
                              {line.trend.sentence}
                              {line.trendNote && <span className="pf-trend-note"> {line.trendNote}</span>}
                            </span>
                          )}
                        </div>
                      </li>
                    );
                  })}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </figure>
  );
}
