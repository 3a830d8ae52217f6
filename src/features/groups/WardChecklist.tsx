import type { NamedArea } from '../../domain/place';

interface WardChecklistProps {
  /** The place's wards, in the order listed (by name). */
  wards: readonly NamedArea[];
  selected: ReadonlySet<string>;
  /** How many wards the group has. */
  count: number;
  total: number;
  onToggle(code: string): void;
  onTickAll(): void;
  onUntickAll(): void;
}

/** A tick box per ward, with buttons to tick or untick them all. */
export function WardChecklist({ wards, selected, count, total, onToggle, onTickAll, onUntickAll }: WardChecklistProps) {
  return (
    <fieldset className="gr-wards">
      <legend>
        Wards in the group ({count} of {total} ticked)
      </legend>
      <div className="gr-ward-actions">
        <button type="button" className="secondary" onClick={onTickAll}>
          Tick every ward
        </button>
        <button type="button" className="secondary" onClick={onUntickAll} disabled={count === 0}>
          Untick every ward
        </button>
      </div>
      <ul className="gr-ward-list">
        {wards.map((w) => (
          <li key={w.code}>
            <label>
              <input type="checkbox" checked={selected.has(w.code)} onChange={() => onToggle(w.code)} data-ward-code={w.code} />
              {w.name}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
