import { ChoroplethMap, type AreaFeature, type ChoroplethArea } from '../../ui/ChoroplethMap';
import { countClass, findings } from './countClasses';
import { PriorityLegend } from './PriorityLegend';
import { type AreaFeatures } from '../../domain/areas';

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
  const deps = [...counts].map(([code, n]) => `${code}:${n}`).join();
  const look = (feature: AreaFeature): ChoroplethArea => {
    const { code, name } = feature.properties;
    const count = counts.get(code) ?? 0;
    const selected = code === selectedCode;
    return {
      // Re-mount when the count or selection changes, so Leaflet picks up the new style and name.
      key: `${code}:${count}:${selected}`,
      style: { color: selected ? '#0b0c0c' : '#505a5f', weight: selected ? 4 : 1, fillColor: countClass(count).colour, fillOpacity: 0.9 },
      attributes: {
        role: 'button',
        'aria-pressed': String(selected),
        'aria-label': `${name}: ${findings(count)}. Press Enter to ${selected ? 'show every ward' : 'list them'}.`,
        'data-area-code': code,
      },
      tooltip: {
        name: `${name}. ${findings(count)}`,
        content: (
          <>
            <strong>{name}</strong>
            <br />
            {findings(count)}
          </>
        ),
      },
      label:
        count === 0
          ? null
          : {
              key: `${code}:${count}`,
              className: 'area-label pr-label',
              name: `${name}: ${count}`,
              content: (
                <span data-priority={count}>
                  {name}: <strong>{count}</strong>
                </span>
              ),
            },
    };
  };
  return (
    <div className="pr-map">
      <p className="visually-hidden">{summary}</p>
      <ChoroplethMap
        areas={wards}
        outline={outline}
        look={look}
        onActivate={onSelect}
        ariaLabel="Map of the number of priority findings in each ward"
        declutter={{ className: 'pr-label', deps }}
      />
      <PriorityLegend counts={counts} />
    </div>
  );
}
