import type { Place } from '../../domain/place';
import type { AreaFeatures } from '../../domain/areas';
import { AreaMap } from '../../ui/AreaMap';
import { MapLegend } from '../../ui/MapLegend';
import { formatValue } from '../../core/format';
import { mapSummary, type AreaFigure, type MapModel } from '../../core/mapModel';

interface BriefingMapProps {
  mapModel: MapModel;
  place: Place;
  wards: AreaFeatures;
  outline: AreaFeatures;
  figures: Map<string, AreaFigure>;
  selectedCode: string | null;
  onSelect(code: string): void;
}

/** The default indicator across the place's wards, the briefing's ward outlined. */
export function BriefingMap({ mapModel, place, wards, outline, figures, selectedCode, onSelect }: BriefingMapProps) {
  return (
    <section className="briefing-section briefing-map">
      <h3>
        {mapModel.meta.name} across {place.localAuthority.name}’s wards, {mapModel.period}
      </h3>
      <p>{mapSummary(mapModel)}</p>
      <AreaMap
        features={wards}
        outline={outline}
        figures={figures}
        indicatorName={mapModel.meta.name}
        selectedCode={selectedCode}
        showLabels
        showBasemap={false}
        onSelect={onSelect}
      />
      <MapLegend
        meta={mapModel.meta}
        period={mapModel.period}
        classification={mapModel.classification}
        missingCount={mapModel.missingCount}
        references={[
          { name: place.localAuthority.name, valueText: mapModel.place.valueText },
          ...(mapModel.benchmark ? [{ name: mapModel.benchmark.name, valueText: formatValue(mapModel.benchmark.row.value, mapModel.meta) }] : []),
        ]}
      />
    </section>
  );
}
