import { LazyDetails } from './LazyDetails';
import { ScrollBox } from './ScrollBox';
import type { AreaProfileLine } from '../core/mapModel';
import { outcomeStyle, type Palette } from '../core/outcomes';
import { isOldFigure, periodWithAge } from '../core/figureAge';
import { plainOutcome, plainOutcomeLabel, publishedNote, themeGroups, themeSummary, unitBeside } from '../core/panelWords';
import { publisherShortName } from '../core/format';
import type { WardStory as WardStoryModel } from '../core/wardStory';
import { WardStory } from './WardStory';
import './areaPanel.css';

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
  /** A ward's plain-English story (core/wardStory) above its table, where the page does not tell it elsewhere. */
  story?: WardStoryModel | null;
  /** Each theme a <details> that opens on demand; off in print, where every figure must be on paper. */
  collapsible?: boolean;
  /** Lines shown in one short row each (no interval, the verdict in a word): the briefing's authority-only rows. */
  compactLine?(line: AreaProfileLine): boolean;
}

export function AreaPanel(props: AreaPanelProps) {
  const { areaName, placeName, countryName, isPlace, lines, palette, onClose, briefingHref, snapshotDate, story: wardStory = null, collapsible = true, compactLine } = props;
  const groups = themeGroups(lines);
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
      {wardStory && <WardStory story={wardStory} placeName={placeName} />}
      {wardStory && <h3 className="panel-every">Every figure for {areaName}</h3>}
      <p className="panel-note">
        The latest figure for each measure, its unit and period, the range within which the true value is likely to lie (95% confidence
        interval, in smaller type) and how it compares with {countryName}, or with {placeName} where {countryName} has no figure.
        {lines.some((l) => l.breakdown.sex === 'Male' || l.breakdown.sex === 'Female') &&
          ` Figures published for males and females separately are listed for each, and each is compared with ${countryName}’s figure for the same sex.`}
        {collapsible && ' Open a theme to see its figures.'}
      </p>
      {groups.map((g) => {
        const table = <ThemeTable {...{ areaName, placeName, countryName, isPlace, palette, snapshotDate, compactLine }} theme={g.theme} lines={g.lines} />;
        const summary = themeSummary(g.lines);
        return collapsible ? (
          <LazyDetails
            key={g.theme}
            className="panel-theme"
            dataTheme={g.theme}
            summary={
              <>
                <span className="panel-theme-name">{g.theme}</span> — {summary}
              </>
            }
          >
            {table}
          </LazyDetails>
        ) : (
          <section key={g.theme} className="panel-theme" data-theme={g.theme} aria-label={g.theme}>
            <h3 className="panel-theme-heading">
              {g.theme} <span className="panel-theme-count">— {summary}</span>
            </h3>
            {table}
          </section>
        );
      })}
    </section>
  );
}

interface ThemeTableProps {
  areaName: string;
  placeName: string;
  countryName: string;
  isPlace: boolean;
  palette: Palette;
  snapshotDate: string;
  theme: string;
  lines: AreaProfileLine[];
  compactLine?(line: AreaProfileLine): boolean;
}

/** One theme's figures: the area's value with its unit (interval smaller, beneath), the place's and the country's. */
function ThemeTable({ areaName, placeName, countryName, isPlace, palette, snapshotDate, theme, lines, compactLine }: ThemeTableProps) {
  const published = lines.filter((l) => l.comparison.source === 'published' && l.comparison.outcome !== 'not-compared');
  return (
    <ScrollBox label={`${areaName}: ${theme}`}>
      <table className={isPlace ? 'profile-table is-place' : 'profile-table'}>
        <caption className="visually-hidden">
          {areaName}: {theme}
          {isPlace ? '' : `, beside ${placeName}`} and {countryName}
        </caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">{areaName}</th>
            {!isPlace && <th scope="col">{placeName}</th>}
            <th scope="col">{countryName}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => {
            const style = outcomeStyle(line.comparison.outcome, palette);
            const unit = unitBeside(line.meta);
            const compact = compactLine?.(line) ?? false;
            const verdict = line.benchmark ? plainOutcome(line.comparison.outcome, line.benchmark.name, line.comparison.source) : '';
            return (
              <tr key={line.key} data-indicator={line.meta.id} data-series={line.key} className={compact ? 'compact' : undefined}>
                <th scope="row">
                  {line.name}
                  <span className={isOldFigure(line.period, snapshotDate) ? 'period old-figure' : 'period'}> ({periodWithAge(line.period, snapshotDate)})</span>
                  {line.meta.superseded && <span className="superseded">{line.meta.superseded}</span>}
                </th>
                <td>
                  <span className="value">{line.valueText}</span>
                  {unit && line.row?.value !== null && <span className="unit"> {unit}</span>}
                  {line.intervalText && !compact && <span className="interval">95% CI {line.intervalText}</span>}
                  {line.benchmark && line.comparison.outcome !== 'not-compared' && (
                    <span className="badge" style={{ background: style.colour, color: style.text }}>
                      {compact ? (
                        <>
                          <span aria-hidden="true">{plainOutcomeLabel(line.comparison.outcome)}{line.comparison.source === 'published' ? ' *' : ''}</span>
                          <span className="visually-hidden">{verdict}</span>
                        </>
                      ) : (
                        verdict
                      )}
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
      {published.length > 0 && (
        <p className="panel-note">
          {published.some((l) => compactLine?.(l)) && '* '}
          {publishedNote(published.map((l) => publisherShortName(l.meta)))}
        </p>
      )}
    </ScrollBox>
  );
}
