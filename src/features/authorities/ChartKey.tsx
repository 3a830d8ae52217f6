import type { Outcome } from '../../stats';
import { outcomeStyle, type Palette } from '../../core/outcomes';
import { formatFigure } from '../../core/format';
import { QUARTER_WORDS, type AuthoritiesModel } from './model';
import { outcomeKeyLabel, type Point, type QuarterSpan } from './distribution';
import { MARGIN, Y_AXIS_WIDTH } from './chartLayout';

/** The quarters' names under the chart, each as wide as its run of dots. */
export function QuarterStrip({ quarters }: { quarters: readonly QuarterSpan[] }) {
  return (
    <div className="au-quarters" aria-hidden="true" style={{ paddingLeft: MARGIN.left + Y_AXIS_WIDTH, paddingRight: MARGIN.right }}>
      {quarters.map((q) => (
        <span key={q.q} style={{ flexGrow: q.count, flexBasis: 0 }}>
          {QUARTER_WORDS[q.q].short}
        </span>
      ))}
    </div>
  );
}

interface ChartKeyProps {
  model: AuthoritiesModel;
  palette: Palette;
  placeName: string;
  outcomes: readonly Outcome[];
  anyPublished: boolean;
  own: Point | null;
  colourOf(o: Outcome): string;
}

/** The key: the published comparisons present, the place's dot, the country's line and the quarter bands. */
export function ChartKey({ model, palette, placeName, outcomes, anyPublished, own, colourOf }: ChartKeyProps) {
  const countryValue = model.country?.value ?? null;
  const countryName = model.country?.name ?? 'England';
  return (
    <ul className="tr-key au-key" aria-label="Chart key">
      {anyPublished &&
        outcomes.map((o) => {
          const st = outcomeStyle(o, palette);
          return (
            <li key={o}>
              <svg aria-hidden="true" focusable="false" width="14" height="14">
                <circle cx="7" cy="7" r="5" fill={st.colour} stroke={st.colour} />
              </svg>
              {outcomeKeyLabel(o, st.label, countryName)} (published)
            </li>
          );
        })}
      {own && (
        <li>
          <svg aria-hidden="true" focusable="false" width="20" height="20">
            <circle cx="10" cy="10" r="7" fill={colourOf(own.outcome)} stroke="#0b0c0c" strokeWidth="2.5" />
          </svg>
          {placeName} (large dot and vertical line)
        </li>
      )}
      {countryValue !== null && (
        <li>
          <svg aria-hidden="true" focusable="false" width="30" height="10">
            <line x1="0" x2="30" y1="5" y2="5" stroke="#0b0c0c" strokeWidth="1.5" strokeDasharray="7 4" />
          </svg>
          {countryName}: {formatFigure(countryValue, model.decimals, model.meta)}
        </li>
      )}
      <li>
        <svg aria-hidden="true" focusable="false" width="30" height="14">
          <rect x="0" y="0" width="15" height="14" fill="#f3f2f1" stroke="#b1b4b6" />
          <rect x="15" y="0" width="15" height="14" fill="#ffffff" stroke="#b1b4b6" />
        </svg>
        Shaded bands: the four quarters of authorities, named under the chart
      </li>
    </ul>
  );
}
