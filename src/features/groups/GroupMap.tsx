import { ChoroplethMap, type AreaFeature, type ChoroplethArea } from '../../ui/ChoroplethMap';
import { labelFor, mapNameFor, styleFor, tooltipFor } from './mapLook';
import { type AreaFeatures } from '../../domain/areas';

interface GroupMapProps {
  wards: AreaFeatures;
  outline: AreaFeatures;
  selected: ReadonlySet<string>;
  onToggle(code: string): void;
}

/** The place's wards: the group's shaded blue with a thick outline and a tick by the name; select a ward to add or remove it. */
export function GroupMap({ wards, outline, selected, onToggle }: GroupMapProps) {
  const look = (feature: AreaFeature): ChoroplethArea => {
    const { code, name } = feature.properties;
    const inGroup = selected.has(code);
    const mapName = mapNameFor(name, inGroup);
    return {
      // The same key in or out of the group: the ward is restyled in place, so keyboard focus stays on it.
      key: code,
      style: styleFor(inGroup),
      attributes: { role: 'checkbox', 'aria-checked': String(inGroup), 'aria-label': labelFor(name, inGroup), 'data-ward-code': code },
      tooltip: {
        name: `${name}. ${tooltipFor(inGroup)}`,
        content: (
          <>
            <strong>{name}</strong>
            <br />
            {tooltipFor(inGroup)}
          </>
        ),
      },
      label: {
        key: `${code}:${inGroup}`,
        className: mapName.className,
        name: mapName.accessibleName,
        content: <span data-priority={inGroup ? 1 : 0}>{mapName.text}</span>,
      },
    };
  };
  return (
    <ChoroplethMap
      areas={wards}
      outline={outline}
      look={look}
      onActivate={onToggle}
      className="area-map gr-map"
      declutter={{ className: 'gr-label', deps: [...selected].sort().join() }}
    />
  );
}
