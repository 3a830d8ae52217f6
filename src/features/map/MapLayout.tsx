import type { IndicatorMeta } from '../../domain/indicators';
import type { Boundaries } from '../../domain/areas';
import type { Place } from '../../domain/place';
import type { AreaFigure, AreaProfileLine, Geography, MapModel } from '../../core/mapModel';
import type { Palette } from '../../core/outcomes';
import { hrefTo } from '../../ui/url/keys';
import { AreaMap } from '../../ui/AreaMap';
import type { AreaFeature } from '../../ui/ChoroplethMap';
import { AreaPanel } from '../../ui/AreaPanel';
import { MapLegend } from '../../ui/MapLegend';
import { hasBriefing, legendReferences } from './mapWords';

interface MapLayoutProps {
  model: MapModel;
  meta: IndicatorMeta;
  place: Place;
  boundaries: Boundaries;
  geography: Geography;
  figures: Map<string, AreaFigure>;
  showBasemap: boolean;
  selectedArea: { code: string; name: string } | null;
  profile: AreaProfileLine[];
  palette: Palette;
  areaWord: string;
  /** The neighbourhood outlined on the map (Find my ward), or null. */
  highlight: AreaFeature | null;
  onSelect(code: string | null): void;
}

/** The map and its key beside the selected area's figures (or the place's). */
export function MapLayout(props: MapLayoutProps) {
  const { model, meta, place, boundaries, geography, figures, showBasemap, selectedArea, profile, palette, areaWord, highlight, onSelect } = props;
  const selectedCode = selectedArea?.code ?? null;
  return (
    <div className="map-layout">
      <div className="map-column">
        <AreaMap
          features={boundaries[`${geography}s`]}
          outline={boundaries.authority}
          figures={figures}
          indicatorName={model.name}
          selectedCode={selectedCode}
          showLabels={geography === 'ward'}
          showBasemap={showBasemap}
          highlight={highlight}
          onSelect={(code) => onSelect(code)}
        />
        <MapLegend
          meta={meta}
          name={model.name}
          period={model.period}
          classification={model.classification}
          missingCount={model.missingCount}
          references={legendReferences(model, place.localAuthority, meta)}
        />
      </div>
      <div className="side-column">
        <AreaPanel
          areaName={selectedArea?.name ?? place.localAuthority.name}
          placeName={place.localAuthority.name}
          countryName={place.country.name}
          isPlace={!selectedArea}
          lines={profile}
          palette={palette}
          onClose={selectedArea ? () => onSelect(null) : undefined}
          briefingHref={hasBriefing(selectedCode, place) ? hrefTo('briefing', { area: selectedArea?.code }) : undefined}
          snapshotDate={place.snapshotDate}
        />
        {!selectedArea && (
          <p className="hint">Select a {areaWord} on the map or in the table to see all its figures beside {place.localAuthority.name}’s.</p>
        )}
      </div>
    </div>
  );
}
