import type { Outcome } from '../../stats';
import { outcomeStyle, type Palette } from '../../core/outcomes';
import type { Series } from './model';
import type { SeriesStyle } from './seriesStyle';
import { MarkerShape } from './MarkerShape';
import { outcomeKeyWords } from './chartKey';

/** The key of lines: each series' line and marker, with the style in words. */
export function SeriesKey({ series, styles, reference }: { series: Series[]; styles: SeriesStyle[]; reference?: { value: number; label: string } | undefined }) {
  return (
    <ul className="tr-key" aria-label="Chart key">
      {reference && (
        <li key="reference-line">
          <svg aria-hidden="true" focusable="false" width="40" height="16">
            <line x1="2" x2="38" y1="8" y2="8" stroke="#505a5f" strokeWidth={1.5} strokeDasharray="6 3" />
          </svg>
          <span>
            {reference.label} <span className="tr-key-how">(dashed grey line, a fixed level)</span>
          </span>
        </li>
      )}
      {series.map((s, k) => {
        const st = styles[k] as SeriesStyle;
        return (
          <li key={s.code}>
            <svg aria-hidden="true" focusable="false" width="40" height="16">
              <line x1="2" x2="38" y1="8" y2="8" stroke={st.colour} strokeWidth={st.width} strokeDasharray={st.dash} />
              <MarkerShape marker={st.marker} x={20} y={8} size={s.kind === 'place' ? 5 : 4} fill={s.kind === 'place' ? '#ffffff' : st.colour} stroke={s.kind === 'place' ? '#0b0c0c' : '#ffffff'} />
            </svg>
            <span>
              {s.name} <span className="tr-key-how">({st.words})</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}

interface OutcomeKeyProps {
  outcomes: Outcome[];
  palette: Palette;
  placeName: string;
  countryName: string;
}

/** The key of the place's circle colours: its published comparisons with the country. */
export function OutcomeKey({ outcomes, palette, placeName, countryName }: OutcomeKeyProps) {
  return (
    <div className="tr-key-outcomes">
      <p>
        {placeName}’s circles are coloured by its comparison with {countryName}, as published by OHID (also in words in the table):
      </p>
      <ul>
        {outcomes.map((o) => {
          const st = outcomeStyle(o, palette);
          return (
            <li key={o}>
              <svg aria-hidden="true" focusable="false" width="16" height="16">
                <circle cx="8" cy="8" r="6" fill={st.colour} stroke="#0b0c0c" strokeWidth="1.5" />
              </svg>
              {outcomeKeyWords(o, st.label, countryName)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
