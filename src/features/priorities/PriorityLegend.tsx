import { shownClasses } from './countClasses';

/** The priorities map's key: the shades some ward is in. */
export function PriorityLegend({ counts }: { counts: Map<string, number> }) {
  return (
    <figure className="legend pr-legend" aria-label="Map key">
      <figcaption>
        <strong>Priority findings per ward</strong>
        <span className="legend-unit">the number is also after the ward’s name</span>
      </figcaption>
      <ul>
        {shownClasses(counts).map((c) => (
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
  );
}
