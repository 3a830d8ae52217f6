import type { IndicatorMeta } from '../../domain/indicators';
import type { Palette } from '../../core/outcomes';
import type { SeriesSelection } from '../../core/selection';
import { IndicatorSelect } from '../../ui/IndicatorControls';
import { BreakdownChoice, type BreakdownChanges } from '../../ui/SeriesParts';
import { PaletteSelect } from '../../ui/controls';

interface TrendControlsProps {
  /** The indicators with figures for the place in more than one period. */
  offered: IndicatorMeta[];
  indicatorId: string;
  selection: SeriesSelection;
  palette: Palette;
  onIndicator(id: string): void;
  onBreakdown(changes: BreakdownChanges): void;
  onPalette(changes: { palette: Palette }): void;
}

/** "Choose what to show": the indicator, its breakdown and the colours. */
export function TrendControls({ offered, indicatorId, selection, palette, onIndicator, onBreakdown, onPalette }: TrendControlsProps) {
  return (
    <section className="controls" aria-label="Choose what to show">
      <IndicatorSelect indicators={offered} value={indicatorId} onChange={onIndicator} />
      <BreakdownChoice breakdowns={selection.breakdowns} breakdown={selection.breakdown} note={selection.headlineNote} onChange={onBreakdown} />
      <PaletteSelect palette={palette} setUrl={onPalette} />
    </section>
  );
}
