import type { IndicatorMeta } from '../../domain/indicators';
import type { Palette } from '../../core/outcomes';
import type { SeriesSelection } from '../../core/selection';
import { BreakdownChoice, type BreakdownChanges } from '../../ui/SeriesParts';
import { IndicatorOptions, PaletteSelect, GeographyChoice } from '../../ui/controls';
import type { InequalityGeography } from './model';

interface InequalityControlsProps {
  indicatorId: string;
  /** The indicators a gradient can be drawn for. */
  offered: IndicatorMeta[];
  geographies: InequalityGeography[];
  geography: InequalityGeography;
  selection: SeriesSelection;
  palette: Palette;
  onIndicator(id: string): void;
  onGeography(geography: InequalityGeography): void;
  onBreakdown(changes: BreakdownChanges): void;
  onPalette(changes: { palette: Palette }): void;
}

/** "Choose what to show": the indicator, the kind of area (when more than one), the breakdown and the colours. */
export function InequalityControls(props: InequalityControlsProps) {
  const { indicatorId, offered, geographies, geography, selection, palette } = props;
  return (
    <section className="controls" aria-label="Choose what to show">
      <label>
        Indicator
        <select value={indicatorId} onChange={(e) => props.onIndicator(e.target.value)}>
          <IndicatorOptions indicators={offered} />
        </select>
      </label>
      {geographies.length > 1 && (
        <GeographyChoice geographies={geographies} geography={geography} name="iq-geo" onChoose={(g) => props.onGeography(g)} />
      )}
      <BreakdownChoice breakdowns={selection.breakdowns} breakdown={selection.breakdown} note={selection.headlineNote} onChange={props.onBreakdown} />
      <PaletteSelect palette={palette} setUrl={props.onPalette} />
    </section>
  );
}
