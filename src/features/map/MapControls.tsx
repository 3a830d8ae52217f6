import type { IndicatorMeta } from '../../domain/indicators';
import type { Palette } from '../../core/outcomes';
import type { SeriesSelection } from '../../core/selection';
import { CLEAR_BREAKDOWN } from '../../core/selection';
import { type Geography } from '../../core/mapModel';
import type { UrlChanges } from '../../ui/url/keys';
import { IndicatorOptions, PaletteSelect, GeographyChoice } from '../../ui/controls';
import { BreakdownChoice } from '../../ui/SeriesParts';

interface MapControlsProps {
  indicators: IndicatorMeta[];
  indicatorId: string;
  geographies: Geography[];
  geography: Geography;
  selection: SeriesSelection;
  palette: Palette;
  showBasemap: boolean;
  /** "York and England only": the picker's label for indicators without ward figures. */
  onlyLabel: string;
  onChange(changes: UrlChanges<'indicator' | 'sex' | 'age' | 'cat' | 'period' | 'geo' | 'area' | 'palette' | 'basemap'>): void;
}

/** The indicator, the area type when there is a choice, the breakdown, the colours and the street map. */
export function MapControls({ indicators, indicatorId, geographies, geography, selection, palette, showBasemap, onlyLabel, onChange }: MapControlsProps) {
  return (
    <section className="controls" aria-label="Choose what to show">
      <label>
        Indicator
        <select value={indicatorId} onChange={(e) => onChange({ indicator: e.target.value, geo: null, ...CLEAR_BREAKDOWN })}>
          <IndicatorOptions indicators={indicators} onlyLabel={onlyLabel} />
        </select>
      </label>
      {geographies.length > 1 && (
        <GeographyChoice geographies={geographies} geography={geography} name="geo" onChoose={(g) => onChange({ geo: g, area: null })} />
      )}
      <BreakdownChoice
        breakdowns={selection.breakdowns}
        breakdown={selection.breakdown}
        note={selection.headlineNote}
        onChange={(changes) => onChange({ ...changes })}
      />
      {/* Folded away so that on a phone the map starts on the first screen; open when either is not the default. */}
      <details className="more-options" open={palette !== 'colour-blind-safe' || showBasemap}>
        <summary>Colours and street map</summary>
        <PaletteSelect palette={palette} setUrl={onChange} />
        <label className="inline">
          <input type="checkbox" checked={showBasemap} onChange={(e) => onChange({ basemap: e.target.checked })} />
          Street map underneath (loads tiles from OpenStreetMap)
        </label>
      </details>
    </section>
  );
}
