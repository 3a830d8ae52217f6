import type { AuthorityOption } from './matchAuthorities';

interface AuthorityListboxProps {
  listId: string;
  /** The matching authorities shown. */
  shown: AuthorityOption[];
  /** Whether the list shows (it stays in the page, hidden, so the combobox can point at it). */
  expanded: boolean;
  activeIndex: number;
  onActive(index: number): void;
  onChoose(option: AuthorityOption): void;
}

/** The combobox's list of matching authorities: the pointer highlights, a click adds (without taking focus from the box). */
export function AuthorityListbox({ listId, shown, expanded, activeIndex, onActive, onChoose }: AuthorityListboxProps) {
  return (
    <ul id={listId} role="listbox" aria-label="Matching authorities" className="tr-combo-list" hidden={!expanded}>
      {shown.map((o, i) => (
        <li
          key={o.code}
          id={`${listId}-${i}`}
          role="option"
          aria-selected={i === activeIndex}
          className={i === activeIndex ? 'active' : undefined}
          onMouseDown={(e) => e.preventDefault()}
          onMouseMove={() => onActive(i)}
          onClick={() => onChoose(o)}
        >
          {o.name} <span className="tr-code">{o.code}</span>
        </li>
      ))}
    </ul>
  );
}
