import { outcomeStyle, type Palette } from '../../core/outcomes';
import type { Outcome } from '../../stats';
import { outcomeKeyText } from './gradientPoints';

interface GradientKeyProps {
  outcomes: Outcome[];
  palette: Palette;
  benchmarkName: string;
  /** Whether the fitted gradient is drawn (and so keyed). */
  showFitted: boolean;
  /** Whether the benchmark's dashed line is drawn (and so keyed). */
  showBenchmark: boolean;
}

/** The chart's key: a dot per outcome shown, the fitted gradient and the benchmark line. */
export function GradientKey({ outcomes, palette, benchmarkName, showFitted, showBenchmark }: GradientKeyProps) {
  return (
    <ul className="iq-key">
      {outcomes.map((o) => {
        const s = outcomeStyle(o, palette);
        return (
          <li key={o}>
            <svg aria-hidden="true" width="16" height="16">
              <circle cx="8" cy="8" r="6" fill={s.colour} stroke="#0b0c0c" />
            </svg>
            {outcomeKeyText(o, s.label, benchmarkName)}
          </li>
        );
      })}
      {showFitted && (
        <li>
          <svg aria-hidden="true" width="28" height="10">
            <line x1="0" x2="28" y1="5" y2="5" stroke="#a33a00" strokeWidth="3" />
          </svg>
          Fitted gradient (slope index of inequality)
        </li>
      )}
      {showBenchmark && (
        <li>
          <svg aria-hidden="true" width="28" height="10">
            <line x1="0" x2="28" y1="5" y2="5" stroke="#0b0c0c" strokeWidth="1.5" strokeDasharray="6 4" />
          </svg>
          {benchmarkName}
        </li>
      )}
    </ul>
  );
}
