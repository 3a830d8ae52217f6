import type { Feature, Geometry } from 'geojson';
import type { LatLngBoundsExpression, Layer, Path } from 'leaflet';
import { useEffect, useMemo } from 'react';
import { GeoJSON, MapContainer, TileLayer, Tooltip, useMap } from 'react-leaflet';
import 'leaflet/dist/leaflet.css';
import type { AreaFeatures } from '../data/loadSnapshot';
import type { AreaFigure } from '../model/mapModel';

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

function extentOf(geometries: Geometry[]): [number, number, number, number] {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as number[];
      minX = Math.min(minX, x as number);
      maxX = Math.max(maxX, x as number);
      minY = Math.min(minY, y as number);
      maxY = Math.max(maxY, y as number);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const g of geometries) visit((g as Geometry & { coordinates: unknown }).coordinates);
  return [minX, minY, maxX, maxY];
}

function boundsOf(features: AreaFeatures): LatLngBoundsExpression {
  const [minX, minY, maxX, maxY] = extentOf(features.features.map((f) => f.geometry));
  return [
    [minY, minX],
    [maxY, maxX],
  ];
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

/** Hides a name that would overlap one already placed; the hidden ones stay on hover, focus and in the table. */
function LabelDeclutter({ deps }: { deps: string }) {
  const map = useMap();
  useEffect(() => {
    const declutter = () => {
      const placed: DOMRect[] = [];
      const labels = map.getPane('tooltipPane')?.querySelectorAll<HTMLElement>('.area-label') ?? [];
      labels.forEach((label) => {
        label.style.visibility = '';
        const box = label.getBoundingClientRect();
        const overlaps = placed.some((p) => box.left < p.right && box.right > p.left && box.top < p.bottom && box.bottom > p.top);
        if (overlaps) label.style.visibility = 'hidden';
        else placed.push(box);
      });
    };
    const timer = window.setTimeout(() => window.requestAnimationFrame(declutter), 50);
    map.on('zoomend moveend resize', declutter);
    return () => {
      window.clearTimeout(timer);
      map.off('zoomend moveend resize', declutter);
    };
  }, [map, deps]);
  return null;
}

/** Makes one SVG shape reachable by keyboard and named for screen readers. */
function makeAccessible(layer: Layer, label: string, onSelect: () => void) {
  const element = (layer as Path).getElement?.() as SVGElement | undefined;
  if (!element || element.dataset.accessible === 'yes') return;
  element.dataset.accessible = 'yes';
  element.setAttribute('tabindex', '0');
  element.setAttribute('role', 'button');
  element.setAttribute('aria-label', label);
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect();
    }
  });
  element.addEventListener('focus', () => (layer as Path).openTooltip?.());
  element.addEventListener('blur', () => (layer as Path).closeTooltip?.());
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
            makeAccessible(layer, label, () => onSelect(code));
            (layer as Path).getElement?.()?.setAttribute('data-area-code', code);
          });
        },
      }}
    >
      {/* React renders these as text, so a name containing markup stays inert. */}
      <Tooltip sticky>
        <strong>{name}</strong>
        <br />
        {indicatorName}: {valueText}
      </Tooltip>
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
            <Tooltip permanent direction="center" className="area-label">
              {feature.properties.name}
            </Tooltip>
          </GeoJSON>
        ))}
      <RefitOnPrint bounds={bounds} />
      {/* After the labels, so its effect runs once they are on the map. */}
      {showLabels && <LabelDeclutter deps={features.features.length + indicatorName} />}
    </MapContainer>
  );
}
