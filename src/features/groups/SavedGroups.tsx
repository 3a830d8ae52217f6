import type { NamedArea } from '../../domain/place';
import type { SavedGroup } from '../../data/groupStore';

interface SavedGroupsProps {
  groups: SavedGroup[];
  wards: readonly NamedArea[];
  currentId: string | null;
  onOpen(group: SavedGroup): void;
  onDelete(group: SavedGroup): void;
}

/** The groups kept in this browser, each with Open and Delete. */
export function SavedGroups({ groups, wards, currentId, onOpen, onDelete }: SavedGroupsProps) {
  const nameOf = (code: string) => wards.find((w) => w.code === code)?.name;
  if (groups.length === 0) return <p className="muted">No groups are saved in this browser yet.</p>;
  return (
    <ul className="gr-saved">
      {groups.map((g) => {
        const names = g.wardCodes.map(nameOf).filter((n): n is string => n !== undefined);
        return (
          <li key={g.id} className={g.id === currentId ? 'gr-saved-current' : undefined}>
            <div className="gr-saved-text">
              <strong>{g.name}</strong>
              {g.id === currentId && <span className="gr-saved-tag"> (shown now)</span>}
              <span className="gr-saved-wards">
                {names.length} {names.length === 1 ? 'ward' : 'wards'}: {names.join(', ')}
              </span>
            </div>
            <div className="gr-saved-actions">
              <button type="button" className="secondary" onClick={() => onOpen(g)} aria-label={`Open the group ${g.name}`}>
                Open
              </button>
              <button type="button" className="secondary" onClick={() => onDelete(g)} aria-label={`Delete the group ${g.name}`}>
                Delete
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
