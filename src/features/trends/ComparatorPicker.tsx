import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { matchAuthorities, pickerStatus, SHOWN, type AuthorityOption } from './matchAuthorities';
import { ChosenAuthorities } from './ChosenAuthorities';

interface ComparatorPickerProps {
  /** Every authority that can be chosen (empty while the file loads). */
  options: AuthorityOption[];
  chosen: AuthorityOption[];
  max: number;
  loading: boolean;
  onAdd(code: string): void;
  onRemove(code: string): void;
  onClear(): void;
}

/**
 * A searchable list of English authorities (the ARIA 1.2 combobox pattern): type to filter, arrow keys
 * to move, Enter to add, Escape to close. Chosen authorities are listed with a Remove button each.
 */
export function ComparatorPicker({ options, chosen, max, loading, onAdd, onRemove, onClear }: ComparatorPickerProps) {
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const chosenCodes = useMemo(() => new Set(chosen.map((c) => c.code)), [chosen]);
  const matches = useMemo(() => matchAuthorities(options, query).filter((o) => !chosenCodes.has(o.code)), [options, query, chosenCodes]);
  const shown = matches.slice(0, SHOWN);
  const full = chosen.length >= max;
  const expanded = open && !full && shown.length > 0;
  const activeIndex = Math.min(active, Math.max(0, shown.length - 1));

  const choose = (o: AuthorityOption | undefined) => {
    if (!o) return;
    onAdd(o.code);
    setQuery('');
    setActive(0);
    setOpen(false);
    inputRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) setOpen(true);
        else setActive(Math.min(activeIndex + 1, shown.length - 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setActive(Math.max(activeIndex - 1, 0));
        break;
      case 'Home':
        if (expanded) {
          event.preventDefault();
          setActive(0);
        }
        break;
      case 'End':
        if (expanded) {
          event.preventDefault();
          setActive(shown.length - 1);
        }
        break;
      case 'Enter':
        if (expanded) {
          event.preventDefault();
          choose(shown[activeIndex]);
        }
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          setOpen(false);
        } else setQuery('');
        break;
      default:
        break;
    }
  };

  const status = pickerStatus({ loading, full, open, query, matches: matches.length, max });

  return (
    <section className="tr-compare" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="tr-compare-title">
        Compare with other authorities
      </h3>
      <div className="tr-combo">
        <label htmlFor={inputId}>Type an authority’s name, then choose it from the list (up to {max})</label>
        <input
          ref={inputRef}
          id={inputId}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded ? `${listId}-${activeIndex}` : undefined}
          aria-describedby={`${id}-status`}
          disabled={loading || full}
          value={query}
          placeholder={loading ? 'Loading…' : 'For example: Leeds'}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(query.trim() !== '')}
          onClick={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" aria-label="Matching authorities" className="tr-combo-list" hidden={!expanded}>
          {shown.map((o, i) => (
            <li
              key={o.code}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === activeIndex}
              className={i === activeIndex ? 'active' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onMouseMove={() => setActive(i)}
              onClick={() => choose(o)}
            >
              {o.name} <span className="tr-code">{o.code}</span>
            </li>
          ))}
        </ul>
        <p id={`${id}-status`} className="tr-combo-status" aria-live="polite">
          {status}
        </p>
      </div>
      {chosen.length > 0 && <ChosenAuthorities id={id} chosen={chosen} onRemove={onRemove} onClear={onClear} />}
    </section>
  );
}
