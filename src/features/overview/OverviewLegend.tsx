import type { Outcome } from '../../stats';
import { outcomeStyle, VERY_SURE_NOTE, type Palette } from '../../core/outcomes';
import { MARKS, type OverviewModel } from './model';

const ORDER: Outcome[] = ['worst', 'worse', 'similar', 'better', 'best', 'higher', 'lower', 'not-compared'];

const MEANING: Record<Outcome, string> = {
  worst: 'significantly worse, and very sure (99.8% confidence)',
  worse: 'significantly worse',
  similar: 'not significantly different',
  better: 'significantly better',
  best: 'significantly better, and very sure (99.8% confidence)',
  higher: 'significantly higher (neither better nor worse)',
  lower: 'significantly lower (neither better nor worse)',
  'not-compared': 'not compared',
};

/** The key: only the marks the table uses, each colour beside its word and what it means. */
export function OverviewLegend({ model, palette }: { model: OverviewModel; palette: Palette }) {
  const cells = [model.country, model.place, ...model.wards].flatMap((r) => r.cells);
  const tested = ORDER.filter((o) => cells.some((c) => c.outcome === o && !c.placed && c.value !== null && c.mark !== 'benchmark'));
  const placed = cells.some((c) => c.placed);
  const missing = cells.some((c) => c.value === null);
  const published = cells.some((c) => c.mark.endsWith('*'));
  return (
    <figure className="legend ov-legend" aria-label="Key to the table">
      <figcaption>
        <strong>Key</strong>
        <span className="legend-unit">the figure, then how it compares with {model.benchmarkWords}</span>
      </figcaption>
      <ul>
        {tested.map((o) => {
          const style = outcomeStyle(o, palette);
          return (
            <li key={o}>
              <span className="ov-key-cell" style={{ background: style.colour, color: style.text }}>
                {MARKS[o]}
              </span>
              {MEANING[o]}
            </li>
          );
        })}
        {placed && (
          <li>
            <span className="ov-key-cell ov-key-plain">highest 20%</span>
            no interval to test: higher than at least 80% of England’s neighbourhoods
          </li>
        )}
        {missing && (
          <li>
            <span className="ov-key-cell ov-key-plain">– no data</span>
            no figure
          </li>
        )}
      </ul>
      <p className="legend-note">
        “Significantly” means the range within which the ward’s true figure is likely to lie (its 95% confidence interval) does not
        include the benchmark’s figure.{tested.includes('worst') || tested.includes('best') ? ` ${VERY_SURE_NOTE}` : ''} Whether higher
        is better is under each heading.{published ? ' * As judged by the publisher: the data have no range to test.' : ''}
      </p>
    </figure>
  );
}
