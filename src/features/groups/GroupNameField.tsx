import { GROUP_NAME_MAX, nameLength } from '../../core/wardGroups';

/** The group's name box, with how many characters are left. */
export function GroupNameField({ draft, onChange }: { draft: string; onChange(value: string): void }) {
  const left = GROUP_NAME_MAX - nameLength(draft);
  return (
    <div className="gr-name">
      <label htmlFor="gr-name-input">Group name</label>
      <input
        id="gr-name-input"
        type="text"
        value={draft}
        maxLength={GROUP_NAME_MAX}
        autoComplete="off"
        aria-describedby="gr-name-hint"
        onChange={(e) => onChange(e.target.value)}
      />
      <span id="gr-name-hint" className="gr-hint">
        Up to {GROUP_NAME_MAX} characters ({left} left).
      </span>
    </div>
  );
}
