import type { IndicatorMeta } from '../../domain/indicators';
import type { Palette } from '../../core/outcomes';
import type { SeriesSelection } from '../../core/selection';
import { CLEAR_BREAKDOWN } from '../../core/selection';
import type { UrlChanges } from '../../ui/url/keys';
import { IndicatorSelect } from '../../ui/IndicatorControls';
import { PaletteSelect } from '../../ui/controls';
import { BreakdownChoice } from '../../ui/SeriesParts';

interface AuthorityControlsProps {
  offered: IndicatorMeta[];
  indicatorId: string;
  periods: readonly string[];
  period: string;
  selection: SeriesSelection;
  palette: Palette;
  onChange(changes: UrlChanges<'indicator' | 'sex' | 'age' | 'cat' | 'period' | 'palette'>): void;
}

/** The indicator, the period (latest first), the breakdown and the colours. */
export function AuthorityControls({ offered, indicatorId, periods, period, selection, palette, onChange }: AuthorityControlsProps) {
  return (
    <section className="controls" aria-label="Choose what to show">
      <IndicatorSelect indicators={offered} value={indicatorId} onChange={(id) => onChange({ indicator: id, period: null, ...CLEAR_BREAKDOWN })} />
      <label>
        Period
        <select value={period} onChange={(e) => onChange({ period: e.target.value })}>
          {[...periods].reverse().map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      <BreakdownChoice breakdowns={selection.breakdowns} breakdown={selection.breakdown} note={selection.headlineNote} onChange={onChange} />
      <PaletteSelect palette={palette} setUrl={onChange} />
    </section>
  );
}
