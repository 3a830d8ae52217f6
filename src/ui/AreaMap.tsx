import type { AreaFigure } from '../core/mapModel';
import { ChoroplethMap, type AreaFeature, type ChoroplethArea } from './ChoroplethMap';
import { bySizeDescending } from './mapGeometry';
import { areaMapTexts } from './areaMapTexts';
import { type AreaFeatures } from '../domain/areas';

interface AreaMapProps {
  features: AreaFeatures;
  outline: AreaFeatures;
  figures: Map<string, AreaFigure>;
  indicatorName: string;
  selectedCode: string | null;
  showLabels: boolean;
  showBasemap: boolean;
  /** A neighbourhood outlined over the areas (Find my ward), or null. */
  highlight?: AreaFeature | null;
  onSelect(code: string): void;
  /** The name shown for an area (neighbourhoods with their ward); its boundary name if not given. */
  nameOf?(code: string, name: string): string;
}

/** An indicator's map: each area shaded by its figure, the selected one outlined; Enter or a click selects. */
export function AreaMap(props: AreaMapProps) {
  const { features, outline, figures, indicatorName, selectedCode, showLabels, showBasemap, highlight = null, onSelect } = props;
  const nameOf = props.nameOf ?? ((_code: string, name: string) => name);
  const look = (feature: AreaFeature): ChoroplethArea => {
    const { code } = feature.properties;
    const name = nameOf(code, feature.properties.name);
    const figure = figures.get(code);
    const selected = selectedCode === code;
    const texts = areaMapTexts(name, indicatorName, figure?.valueText);
    return {
      // Re-mount when the figures change so Leaflet picks up the new label and style.
      key: `${code}:${figure?.valueText}:${indicatorName}:${selected}`,
      style: { color: selected ? '#0b0c0c' : '#505a5f', weight: selected ? 4 : 1, fillColor: figure?.colour ?? '#ffffff', fillOpacity: 0.85 },
      attributes: { role: 'button', 'aria-label': texts.label, 'data-area-code': code },
      tooltip: {
        name: texts.tooltipName,
        content: (
          <>
            <strong>{name}</strong>
            <br />
            {indicatorName}: {texts.valueText}
          </>
        ),
      },
      label: showLabels ? { key: code, className: 'area-label', name, content: name } : null,
    };
  };
  return (
    <ChoroplethMap
      areas={features}
      outline={outline}
      look={look}
      onActivate={onSelect}
      ariaLabel={`Map of ${indicatorName}`}
      basemap={showBasemap}
      refitOnPrint
      labelOrder={bySizeDescending}
      declutter={showLabels ? { className: 'area-label', deps: features.features.length + indicatorName } : null}
      highlight={highlight}
    />
  );
}
