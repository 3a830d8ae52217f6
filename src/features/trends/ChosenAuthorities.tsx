import type { AuthorityOption } from './matchAuthorities';

interface ChosenAuthoritiesProps {
  /** The picker's id, for the list's name. */
  id: string;
  chosen: AuthorityOption[];
  onRemove(code: string): void;
  onClear(): void;
}

/** The authorities being compared, each with a Remove button, and Remove all when there are several. */
export function ChosenAuthorities({ id, chosen, onRemove, onClear }: ChosenAuthoritiesProps) {
  return (
    <div className="tr-chosen">
      <span id={`${id}-chosen`}>Compared:</span>
      <ul aria-labelledby={`${id}-chosen`}>
        {chosen.map((c) => (
          <li key={c.code}>
            {c.name}
            <button type="button" className="tr-remove" aria-label={`Remove ${c.name}`} onClick={() => onRemove(c.code)}>
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      {chosen.length > 1 && (
        <button type="button" className="secondary" onClick={onClear}>
          Remove all
        </button>
      )}
    </div>
  );
}
