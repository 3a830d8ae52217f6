import type { Feature, Geometry } from 'geojson';
import type { Layer, Path } from 'leaflet';
import { useEffect, useRef } from 'react';
import { GeoJSON, MapContainer } from 'react-leaflet';
import 'leaflet/dist/leaflet.css';
import type { NamedArea } from '../../domain/place';
import { boundsOf, Declutter, makeFocusable, NamedTooltip } from '../../ui/mapParts';
import { type AreaFeatures } from '../../domain/areas';

/** Classes of the count of priority findings: light to dark purple, each with its words. */
export const COUNT_CLASSES: { min: number; max: number; colour: string; label: string }[] = [
  { min: 0, max: 0, colour: '#f2f0f7', label: 'None' },
  { min: 1, max: 1, colour: '#cbc9e2', label: '1 finding' },
  { min: 2, max: 3, colour: '#9e9ac8', label: '2 or 3 findings' },
  { min: 4, max: 5, colour: '#756bb1', label: '4 or 5 findings' },
  { min: 6, max: Infinity, colour: '#54278f', label: '6 or more findings' },
];

export function countClass(n: number) {
  return COUNT_CLASSES.find((c) => n >= c.min && n <= c.max) ?? (COUNT_CLASSES[0] as (typeof COUNT_CLASSES)[number]);
}

const findings = (n: number) => `${n} priority ${n === 1 ? 'finding' : 'findings'}`;

/** "Westfield has the most priority findings (7), then …; 9 wards have none." The map's text alternative. */
export function countSummary(counts: Map<string, number>, wards: readonly NamedArea[], themeWords: string): string {
  const list = wards.map((w) => ({ name: w.name, n: counts.get(w.code) ?? 0 })).sort((a, b) => b.n - a.n || a.name.localeCompare(b.name));
  const withAny = list.filter((w) => w.n > 0);
  const none = list.length - withAny.length;
  if (withAny.length === 0) return `No ward has a priority finding${themeWords}.`;
  const [first, ...rest] = withAny;
  const next = rest.slice(0, 2).map((w) => `${w.name} (${w.n})`);
  let text = `${first?.name} has the most priority findings${themeWords} (${first?.n})`;
  if (next.length > 0) text += `, then ${next.join(' and ')}`;
  text += `; ${withAny.length} of ${list.length} wards have at least one`;
  if (none > 0) text += `, ${none} ${none === 1 ? 'has' : 'have'} none`;
  return `${text}.`;
}

function WardShape({
  feature,
  count,
  selected,
  onSelect,
}: {
  feature: Feature<Geometry, { code: string; name: string }>;
  count: number;
  selected: boolean;
  onSelect(code: string): void;
}) {
  const { code, name } = feature.properties;
  const select = useRef(onSelect);
  useEffect(() => {
    select.current = onSelect;
  }, [onSelect]);
  return (
    <GeoJSON
      data={feature}
      style={{ color: selected ? '#0b0c0c' : '#505a5f', weight: selected ? 4 : 1, fillColor: countClass(count).colour, fillOpacity: 0.9 }}
      eventHandlers={{
        click: () => select.current(code),
        add: (event) => {
          event.target.eachLayer((layer: Layer) =>
            makeFocusable(
              layer as Path,
              {
                role: 'button',
                'aria-pressed': String(selected),
                'aria-label': `${name}: ${findings(count)}. Press Enter to ${selected ? 'show every ward' : 'list them'}.`,
                'data-area-code': code,
              },
              () => select.current(code),
            ),
          );
        },
      }}
    >
      <NamedTooltip sticky name={`${name}. ${findings(count)}`}>
        <strong>{name}</strong>
        <br />
        {findings(count)}
      </NamedTooltip>
    </GeoJSON>
  );
}

interface PriorityMapProps {
  wards: AreaFeatures;
  outline: AreaFeatures;
  counts: Map<string, number>;
  selectedCode: string | null;
  summary: string;
  onSelect(code: string): void;
}

/**
 * The wards shaded by their number of priority findings. Wards with findings are labelled with their name and
 * number, the most findings first, so the number is on the map and not only in the shade.
 */
export function PriorityMap({ wards, outline, counts, selectedCode, summary, onSelect }: PriorityMapProps) {
  const shown = COUNT_CLASSES.filter((c) => [...counts.values()].some((n) => n >= c.min && n <= c.max));
  const deps = [...counts].map(([code, n]) => `${code}:${n}`).join();
  return (
    <div className="pr-map">
      <p className="visually-hidden">{summary}</p>
      <MapContainer
        bounds={boundsOf(outline)}
        className="area-map"
        scrollWheelZoom={false}
        zoomSnap={0.1}
        boundsOptions={{ padding: [8, 8] }}
        attributionControl={false}
        aria-label="Map of the number of priority findings in each ward"
      >
        {wards.features.map((feature) => {
          const count = counts.get(feature.properties.code) ?? 0;
          const selected = feature.properties.code === selectedCode;
          return (
            <WardShape
              // Re-mount when the count or selection changes, so Leaflet picks up the new style and name.
              key={`${feature.properties.code}:${count}:${selected}`}
              feature={feature}
              count={count}
              selected={selected}
              onSelect={onSelect}
            />
          );
        })}
        {wards.features.map((feature) => {
          const count = counts.get(feature.properties.code) ?? 0;
          if (count === 0) return null;
          return (
            <GeoJSON key={`label:${feature.properties.code}:${count}`} data={feature} style={{ stroke: false, fill: false }} interactive={false}>
              <NamedTooltip permanent direction="center" className="area-label pr-label" name={`${feature.properties.name}: ${count}`}>
                <span data-priority={count}>
                  {feature.properties.name}: <strong>{count}</strong>
                </span>
              </NamedTooltip>
            </GeoJSON>
          );
        })}
        <Declutter className="pr-label" deps={deps} />
      </MapContainer>
      <figure className="legend pr-legend" aria-label="Map key">
        <figcaption>
          <strong>Priority findings per ward</strong>
          <span className="legend-unit">the number is also after the ward’s name</span>
        </figcaption>
        <ul>
          {shown.map((c) => (
            <li key={c.label}>
              <span className="swatch" style={{ background: c.colour }} aria-hidden="true" />
              {c.label}
            </li>
          ))}
        </ul>
        <p className="legend-note">
          Darker means more figures significantly worse than the benchmark. Names of wards with none are left off; where names
          would overlap, the ward with more findings keeps its name. Select a ward to list its findings.
        </p>
      </figure>
    </div>
  );
}
