// The one choropleth map of the dashboard: area shapes on a Leaflet map without tiles (unless asked), each shape
// styled, named and made keyboard-reachable from what the caller's look() says about its area.
import type { Feature, Geometry } from 'geojson';
import type { Layer, Path, PathOptions } from 'leaflet';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { usePaintedOnce } from './paintedOnce';
import { GeoJSON, MapContainer, Pane, TileLayer } from 'react-leaflet';
import 'leaflet/dist/leaflet.css';
import { makeFocusable } from './focusable';
import { Declutter, NamedTooltip, RefitOnPrint, ShowOutlined } from './mapParts';
import { boundsOf } from './mapGeometry';
import { type AreaFeatures } from '../domain/areas';

export type AreaFeature = Feature<Geometry, { code: string; name: string }>;

/** A name drawn on the map, in the middle of its area. */
export interface ChoroplethLabel {
  /** Identity of the label: a new key re-draws it. */
  key: string;
  className: string;
  /** Accessible name of the label's tooltip element. */
  name: string;
  content: ReactNode;
}

/** How one area is drawn. */
export interface ChoroplethArea {
  /** Identity of the drawn shape: a new key re-draws it; the same key restyles it in place, so keyboard focus stays. */
  key: string;
  /** Fill, outline colour and weight. */
  style: PathOptions;
  /** Set on the shape's SVG element: role, aria-label, aria-pressed or aria-checked, data-* codes. */
  attributes: Record<string, string>;
  /** The hover and focus tooltip: its accessible name and its text. */
  tooltip: { name: string; content: ReactNode };
  /** The permanent label, or null for none. */
  label: ChoroplethLabel | null;
}

export interface ChoroplethMapProps {
  areas: AreaFeatures;
  /** The shape the map is fitted to. */
  outline: AreaFeatures;
  look(area: AreaFeature): ChoroplethArea;
  /** Click, Enter or Space on an area. */
  onActivate(code: string): void;
  className?: string;
  ariaLabel?: string;
  /** OpenStreetMap tiles under the shapes; off unless asked, so the map makes no network requests. */
  basemap?: boolean;
  /** Refit to the outline when printing. */
  refitOnPrint?: boolean;
  /** The order labels are added in (default: the areas' order). */
  labelOrder?(areas: AreaFeature[]): AreaFeature[];
  /** Hide labels of this class that would overlap another or not fit their area; deps re-runs it. */
  declutter?: { className: string; deps: string } | null;
  /** One more shape outlined (dashed) over the areas, not clickable: the neighbourhood a postcode is in. */
  highlight?: AreaFeature | null;
}

function AreaShape({ feature, area, onActivate }: { feature: AreaFeature; area: ChoroplethArea; onActivate(code: string): void }) {
  const code = feature.properties.code;
  const layers = useRef<Path[]>([]);
  const activate = useRef(onActivate);
  const latest = useRef(area);
  const initialStyle = useRef(area.style);
  useEffect(() => {
    activate.current = onActivate;
    latest.current = area;
  }, [onActivate, area]);

  // Restyle in place rather than re-mounting while the key stays the same, so keyboard focus stays on the area.
  const signature = JSON.stringify([area.style, area.attributes]);
  useEffect(() => {
    for (const layer of layers.current) {
      layer.setStyle(latest.current.style);
      const element = layer.getElement?.();
      for (const [name, value] of Object.entries(latest.current.attributes)) element?.setAttribute(name, value);
    }
  }, [signature]);

  return (
    <GeoJSON
      data={feature}
      style={initialStyle.current}
      eventHandlers={{
        click: () => activate.current(code),
        add: (event) => {
          layers.current = [];
          event.target.eachLayer((layer: Layer) => {
            const path = layer as Path;
            layers.current.push(path);
            path.setStyle(latest.current.style);
            makeFocusable(path, latest.current.attributes, () => activate.current(code));
          });
        },
      }}
    >
      {/* React renders these as text, so a name containing markup stays inert. */}
      <NamedTooltip sticky name={area.tooltip.name}>
        {area.tooltip.content}
      </NamedTooltip>
    </GeoJSON>
  );
}

/** The map, drawn once the page around it has painted; until then an empty box of the map's size holds its place. */
export function ChoroplethMap(props: ChoroplethMapProps) {
  const painted = usePaintedOnce();
  if (!painted) return <div className={props.className ?? 'area-map'} aria-hidden="true" data-map-pending="true" />;
  return <DrawnMap {...props} />;
}

function DrawnMap(props: ChoroplethMapProps) {
  const { areas, outline, look, onActivate, className = 'area-map', ariaLabel, basemap = false, refitOnPrint = false } = props;
  const { labelOrder, declutter, highlight } = props;
  const bounds = useMemo(() => boundsOf(outline), [outline]);
  const highlightBounds = useMemo(() => (highlight ? boundsOf({ type: 'FeatureCollection', features: [highlight] }) : null), [highlight]);
  const looks = new Map(areas.features.map((feature) => [feature.properties.code, look(feature)]));
  const labelled = labelOrder ? labelOrder(areas.features) : areas.features;
  return (
    <MapContainer
      bounds={bounds}
      className={className}
      scrollWheelZoom={false}
      zoomSnap={0.1}
      boundsOptions={{ padding: [8, 8] }}
      attributionControl={basemap}
      aria-label={ariaLabel}
    >
      {basemap && (
        <TileLayer
          url="https://tile.openstreetmap.org/{z}/{x}/{y}.png"
          attribution='&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
        />
      )}
      {areas.features.map((feature) => {
        const area = looks.get(feature.properties.code) as ChoroplethArea;
        return <AreaShape key={area.key} feature={feature} area={area} onActivate={onActivate} />;
      })}
      {highlight && (
        // Its own pane above the areas, so a re-drawn area (a new selection) never covers it.
        <Pane name="highlight" style={{ zIndex: 450 }}>
          <GeoJSON key={`highlight:${highlight.properties.code}`} data={highlight} style={{ color: '#ffffff', weight: 7, fill: false }} interactive={false} />
          <GeoJSON
            key={`highlight-line:${highlight.properties.code}`}
            data={highlight}
            style={{ color: '#d4351c', weight: 3.5, dashArray: '7 5', fill: true, fillColor: '#d4351c', fillOpacity: 0.12 }}
            interactive={false}
          />
        </Pane>
      )}
      {highlight && highlightBounds && <ShowOutlined bounds={highlightBounds} code={highlight.properties.code} />}
      {labelled.map((feature) => {
        const label = looks.get(feature.properties.code)?.label;
        if (!label) return null;
        return (
          <GeoJSON key={`label:${label.key}`} data={feature} style={{ stroke: false, fill: false }} interactive={false}>
            <NamedTooltip permanent direction="center" className={label.className} name={label.name} code={feature.properties.code}>
              {label.content}
            </NamedTooltip>
          </GeoJSON>
        );
      })}
      {refitOnPrint && <RefitOnPrint bounds={bounds} />}
      {/* After the labels, so its effect runs once they are on the map. */}
      {declutter && <Declutter className={declutter.className} deps={declutter.deps} areas={areas} />}
    </MapContainer>
  );
}
