import type { Feature, Geometry } from 'geojson';
import type { LatLngBoundsExpression, Layer, Path } from 'leaflet';
import { useEffect, useMemo } from 'react';
import { GeoJSON, MapContainer, TileLayer, useMap } from 'react-leaflet';
import 'leaflet/dist/leaflet.css';
import type { AreaFigure } from '../core/mapModel';
import { boundsOf, Declutter, extentOf, makeFocusable, NamedTooltip } from './mapParts';
import { type AreaFeatures } from '../domain/areas';

interface AreaMapProps {
  features: AreaFeatures;
  outline: AreaFeatures;
  figures: Map<string, AreaFigure>;
  indicatorName: string;
  selectedCode: string | null;
  showLabels: boolean;
  showBasemap: boolean;
  onSelect(code: string): void;
}

/** Larger areas first, so when labels collide the bigger area keeps its name. */
function bySizeDescending(features: AreaFeatures['features']) {
  const size = (f: AreaFeatures['features'][number]) => {
    const [minX, minY, maxX, maxY] = extentOf([f.geometry]);
    return (maxX - minX) * (maxY - minY);
  };
  return [...features].sort((a, b) => size(b) - size(a));
}

/** Printing changes the map's size; refit so the whole place stays on the page. */
function RefitOnPrint({ bounds }: { bounds: LatLngBoundsExpression }) {
  const map = useMap();
  useEffect(() => {
    const refit = () => {
      map.invalidateSize({ animate: false });
      map.fitBounds(bounds, { animate: false, padding: [8, 8] });
    };
    const media = window.matchMedia('print');
    window.addEventListener('beforeprint', refit);
    media.addEventListener('change', refit);
    return () => {
      window.removeEventListener('beforeprint', refit);
      media.removeEventListener('change', refit);
    };
  }, [map, bounds]);
  return null;
}

function AreaShape({
  feature,
  figure,
  indicatorName,
  selected,
  onSelect,
}: {
  feature: Feature<Geometry, { code: string; name: string }>;
  figure: AreaFigure | undefined;
  indicatorName: string;
  selected: boolean;
  onSelect(code: string): void;
}) {
  const code = feature.properties.code;
  const name = feature.properties.name;
  const valueText = figure?.valueText ?? 'No data';
  const label = `${name}: ${indicatorName} ${valueText}. Press Enter for details.`;
  return (
    <GeoJSON
      data={feature}
      style={{
        color: selected ? '#0b0c0c' : '#505a5f',
        weight: selected ? 4 : 1,
        fillColor: figure?.colour ?? '#ffffff',
        fillOpacity: 0.85,
      }}
      eventHandlers={{
        click: () => onSelect(code),
        add: (event) => {
          event.target.eachLayer((layer: Layer) => {
            makeFocusable(layer as Path, { role: 'button', 'aria-label': label }, () => onSelect(code));
            (layer as Path).getElement?.()?.setAttribute('data-area-code', code);
          });
        },
      }}
    >
      {/* React renders these as text, so a name containing markup stays inert. */}
      <NamedTooltip sticky name={`${name}. ${indicatorName}: ${valueText}`}>
        <strong>{name}</strong>
        <br />
        {indicatorName}: {valueText}
      </NamedTooltip>
    </GeoJSON>
  );
}

export function AreaMap(props: AreaMapProps) {
  const { features, outline, figures, indicatorName, selectedCode, showLabels, showBasemap, onSelect } = props;
  const bounds = useMemo(() => boundsOf(outline), [outline]);
  return (
    <MapContainer
      bounds={bounds}
      className="area-map"
      scrollWheelZoom={false}
      zoomSnap={0.1}
      boundsOptions={{ padding: [8, 8] }}
      attributionControl={showBasemap}
      aria-label={`Map of ${indicatorName}`}
    >
      {showBasemap && (
        <TileLayer
          url="https://tile.openstreetmap.org/{z}/{x}/{y}.png"
          attribution='&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
        />
      )}
      {features.features.map((feature) => (
        <AreaShape
          // Re-mount when the figures change so Leaflet picks up the new label and style.
          key={`${feature.properties.code}:${figures.get(feature.properties.code)?.valueText}:${indicatorName}:${selectedCode === feature.properties.code}`}
          feature={feature}
          figure={figures.get(feature.properties.code)}
          indicatorName={indicatorName}
          selected={selectedCode === feature.properties.code}
          onSelect={onSelect}
        />
      ))}
      {showLabels &&
        bySizeDescending(features.features).map((feature) => (
          <GeoJSON key={`label:${feature.properties.code}`} data={feature} style={{ stroke: false, fill: false }} interactive={false}>
            <NamedTooltip permanent direction="center" className="area-label" name={feature.properties.name}>
              {feature.properties.name}
            </NamedTooltip>
          </GeoJSON>
        ))}
      <RefitOnPrint bounds={bounds} />
      {/* After the labels, so its effect runs once they are on the map. */}
      {showLabels && <Declutter className="area-label" deps={features.features.length + indicatorName} />}
    </MapContainer>
  );
}
