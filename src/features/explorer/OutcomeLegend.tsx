import { VERY_SURE_NOTE } from '../../core/outcomes';
import type { ExplorerModel } from './model';
import { REFERENCE_COLOUR, REFERENCE_DASH } from './chartGeometry';

/** The chart's key: only the outcome categories on screen, each in words with its count, then the lines. */
export function OutcomeLegend({ model }: { model: ExplorerModel }) {
  const plural = (n: number) => (n === 1 ? model.areaSingular : model.areaPlural);
  return (
    <div className="explorer-legend" aria-label="Chart key" role="group">
      <ul className="explorer-legend-outcomes">
        {model.legend.map((item) => (
          <li key={item.outcome} data-outcome={item.outcome}>
            <span className="explorer-swatch" style={{ background: item.colour }} aria-hidden="true" />
            <span>
              <strong>{item.label}</strong>: {item.description} ({item.count} {plural(item.count)})
            </span>
          </li>
        ))}
      </ul>
      {model.legend.some((item) => item.outcome === 'worst' || item.outcome === 'best') && <p className="legend-note">{VERY_SURE_NOTE}</p>}
      <ul className="explorer-legend-lines">
        {model.references.map((r) => (
          <li key={r.code}>
            <svg width="34" height="12" aria-hidden="true" focusable="false">
              <line x1="1" y1="6" x2="33" y2="6" stroke={REFERENCE_COLOUR[r.kind]} strokeWidth="2" strokeDasharray={REFERENCE_DASH[r.kind]} />
            </svg>
            <span>
              {r.kind === 'country' ? 'Dashed' : 'Dotted'} line: {r.name}, {r.valueText}
            </span>
          </li>
        ))}
        {model.bars.some((b) => b.whisker) && (
          <li>
            <svg width="34" height="12" aria-hidden="true" focusable="false">
              <path d="M4 2 V10 M4 6 H30 M30 2 V10" stroke="#0b0c0c" strokeWidth="1.5" fill="none" />
            </svg>
            <span>Thin line on each bar: the range within which the true value is likely to lie (95% confidence interval)</span>
          </li>
        )}
      </ul>
    </div>
  );
}
