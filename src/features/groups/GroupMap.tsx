import type { Feature, Geometry } from 'geojson';
import type { Layer, Path } from 'leaflet';
import { useEffect, useRef } from 'react';
import { GeoJSON, MapContainer } from 'react-leaflet';
import 'leaflet/dist/leaflet.css';
import { boundsOf, Declutter, makeFocusable, NamedTooltip } from '../../ui/mapParts';
import { type AreaFeatures } from '../../domain/areas';

export const IN_GROUP = { fill: '#1d70b8', outline: '#0b0c0c' };
const OUT_OF_GROUP = { fill: '#ffffff', outline: '#6f777b' };

const styleFor = (inGroup: boolean) => ({
  color: inGroup ? IN_GROUP.outline : OUT_OF_GROUP.outline,
  weight: inGroup ? 4 : 1,
  fillColor: inGroup ? IN_GROUP.fill : OUT_OF_GROUP.fill,
  fillOpacity: inGroup ? 0.55 : 0.7,
});

const labelFor = (name: string, inGroup: boolean) =>
  `${name}: ${inGroup ? 'in the group' : 'not in the group'}. Press Space or Enter to ${inGroup ? 'take it out' : 'add it'}.`;

function WardShape({
  feature,
  inGroup,
  onToggle,
}: {
  feature: Feature<Geometry, { code: string; name: string }>;
  inGroup: boolean;
  onToggle(code: string): void;
}) {
  const { code, name } = feature.properties;
  const layers = useRef<Path[]>([]);
  const toggle = useRef(onToggle);
  const initial = useRef(inGroup);
  useEffect(() => {
    toggle.current = onToggle;
  }, [onToggle]);

  // Restyle in place rather than re-mounting, so keyboard focus stays on the ward just toggled.
  useEffect(() => {
    for (const layer of layers.current) {
      layer.setStyle(styleFor(inGroup));
      const element = layer.getElement?.();
      element?.setAttribute('aria-checked', String(inGroup));
      element?.setAttribute('aria-label', labelFor(name, inGroup));
    }
  }, [inGroup, name]);

  return (
    <GeoJSON
      data={feature}
      style={styleFor(initial.current)}
      eventHandlers={{
        click: () => toggle.current(code),
        add: (event) => {
          layers.current = [];
          event.target.eachLayer((layer: Layer) => {
            const path = layer as Path;
            layers.current.push(path);
            path.setStyle(styleFor(inGroup));
            makeFocusable(
              path,
              { role: 'checkbox', 'aria-checked': String(inGroup), 'aria-label': labelFor(name, inGroup), 'data-ward-code': code },
              () => toggle.current(code),
            );
          });
        },
      }}
    >
      <NamedTooltip sticky name={`${name}. ${inGroup ? 'In the group: select to take it out' : 'Not in the group: select to add it'}`}>
        <strong>{name}</strong>
        <br />
        {inGroup ? 'In the group: select to take it out' : 'Not in the group: select to add it'}
      </NamedTooltip>
    </GeoJSON>
  );
}

interface GroupMapProps {
  wards: AreaFeatures;
  outline: AreaFeatures;
  selected: ReadonlySet<string>;
  onToggle(code: string): void;
}

/** The place's wards: the group's shaded blue with a thick outline and a tick by the name; select a ward to add or remove it. */
export function GroupMap({ wards, outline, selected, onToggle }: GroupMapProps) {
  return (
    <MapContainer
      bounds={boundsOf(outline)}
      className="area-map gr-map"
      scrollWheelZoom={false}
      zoomSnap={0.1}
      boundsOptions={{ padding: [8, 8] }}
      attributionControl={false}
    >
      {wards.features.map((feature) => (
        <WardShape key={feature.properties.code} feature={feature} inGroup={selected.has(feature.properties.code)} onToggle={onToggle} />
      ))}
      {wards.features.map((feature) => {
        const inGroup = selected.has(feature.properties.code);
        return (
          <GeoJSON
            key={`label:${feature.properties.code}:${inGroup}`}
            data={feature}
            style={{ stroke: false, fill: false }}
            interactive={false}
          >
            <NamedTooltip
              permanent
              direction="center"
              className={`area-label gr-label${inGroup ? ' gr-label-in' : ''}`}
              name={inGroup ? `${feature.properties.name}, in the group` : feature.properties.name}
            >
              <span data-priority={inGroup ? 1 : 0}>{inGroup ? `✓ ${feature.properties.name}` : feature.properties.name}</span>
            </NamedTooltip>
          </GeoJSON>
        );
      })}
      <Declutter className="gr-label" deps={[...selected].sort().join()} />
    </MapContainer>
  );
}
