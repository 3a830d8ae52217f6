import { GroupMap } from './GroupMap';
import { IN_GROUP } from './mapLook';
import { type AreaFeatures } from '../../domain/areas';

interface GroupMapPanelProps {
  label: string;
  groupWardNames: readonly string[];
  wards: AreaFeatures;
  outline: AreaFeatures;
  selected: ReadonlySet<string>;
  onToggle(code: string): void;
}

/** The map of the group, its wards in words, and the map's key. */
export function GroupMapPanel({ label, groupWardNames, wards, outline, selected, onToggle }: GroupMapPanelProps) {
  return (
    <section className="gr-map-panel" aria-labelledby="gr-map-title">
      <h3 id="gr-map-title" className="gr-section-title">
        Map of {label}
      </h3>
      <p className="gr-map-text">
        {groupWardNames.length === 0
          ? 'No ward is in the group yet.'
          : `In the group: ${groupWardNames.join(', ')}.`}
      </p>
      <GroupMap wards={wards} outline={outline} selected={selected} onToggle={onToggle} />
      <ul className="gr-key" aria-label="Map key">
        <li>
          <span className="gr-swatch" style={{ background: IN_GROUP.fill, borderColor: IN_GROUP.outline }} aria-hidden="true" />
          In the group: shaded, thick outline, and a tick (✓) before the name
        </li>
        <li>
          <span className="gr-swatch gr-swatch-out" aria-hidden="true" />
          Not in the group
        </li>
      </ul>
    </section>
  );
}
