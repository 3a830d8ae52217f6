import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { matchAuthorities, pickerStatus, SHOWN, type AuthorityOption } from './matchAuthorities';
import { ChosenAuthorities } from './ChosenAuthorities';
import { AuthorityListbox } from './AuthorityListbox';
import { comboKeyAction } from './comboKeys';

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
    const action = comboKeyAction(event.key, { open, expanded, activeIndex, count: shown.length });
    if (action.preventDefault) event.preventDefault();
    if (action.open !== undefined) setOpen(action.open);
    if (action.active !== undefined) setActive(action.active);
    if (action.choose) choose(shown[activeIndex]);
    if (action.clearQuery) setQuery('');
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
        <AuthorityListbox listId={listId} shown={shown} expanded={expanded} activeIndex={activeIndex} onActive={setActive} onChoose={choose} />
        <p id={`${id}-status`} className="tr-combo-status" aria-live="polite">
          {status}
        </p>
      </div>
      {chosen.length > 0 && <ChosenAuthorities id={id} chosen={chosen} onRemove={onRemove} onClear={onClear} />}
    </section>
  );
}
