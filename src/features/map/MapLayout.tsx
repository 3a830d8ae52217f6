import type { ReactNode } from 'react';
import type { IndicatorMeta } from '../../domain/indicators';
import type { Boundaries } from '../../domain/areas';
import type { Place } from '../../domain/place';
import type { AreaFigure, AreaProfileLine, Geography, MapModel } from '../../core/mapModel';
import type { Palette } from '../../core/outcomes';
import type { WardStory } from '../../core/wardStory';
import { hrefTo } from '../../ui/url/keys';
import { areaDisplayName } from '../../core/areaNames';
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
  /** The chosen ward in plain English, above its figures; null for the place or a smaller area. */
  wardStory: WardStory | null;
  palette: Palette;
  areaWord: string;
  /** The neighbourhood outlined on the map (Find my ward), or null. */
  highlight: AreaFeature | null;
  onSelect(code: string | null): void;
  /** Said under the map's key (the place's concern without ward figures), or nothing. */
  belowMap: ReactNode;
  /** The table ranking every area: beside the map on a wide screen. */
  ranking: ReactNode;
}

/**
 * The map and its key, the ranking of every area beside it on a wide screen, and the selected area's figures (or
 * the place's, "York at a glance") below. On a phone, one column in the order a resident reads it: the map, the
 * ward they chose, the ranking, then the whole place. The grid areas are in styles.css.
 */
export function MapLayout(props: MapLayoutProps) {
  const { model, meta, place, boundaries, geography, figures, showBasemap, selectedArea, profile, wardStory, palette, areaWord, highlight, onSelect } = props;
  const { belowMap, ranking } = props;
  const selectedCode = selectedArea?.code ?? null;
  const panel = (
    <AreaPanel
      areaName={selectedArea?.name ?? place.localAuthority.name}
      placeName={place.localAuthority.name}
      countryName={place.country.name}
      isPlace={!selectedArea}
      lines={profile}
      story={wardStory}
      palette={palette}
      onClose={selectedArea ? () => onSelect(null) : undefined}
      briefingHref={hasBriefing(selectedCode, place) ? hrefTo('briefing', { area: selectedArea?.code }) : undefined}
      snapshotDate={place.snapshotDate}
    />
  );
  return (
    <div className={`map-layout${selectedArea ? ' map-layout-selected' : ''}`}>
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
          nameOf={(code, name) => areaDisplayName(place, code, name)}
        />
        <MapLegend
          meta={meta}
          name={model.name}
          period={model.period}
          classification={model.classification}
          missingCount={model.missingCount}
          references={legendReferences(model, place.localAuthority, meta)}
        />
        {belowMap}
      </div>
      {selectedArea && <div className="map-selected">{panel}</div>}
      <div className="map-ranking">
        {!selectedArea && (
          <p className="hint">Select a {areaWord} on the map or in the table to see all its figures beside {place.localAuthority.name}’s.</p>
        )}
        {ranking}
      </div>
      {!selectedArea && <div className="map-glance">{panel}</div>}
    </div>
  );
}
