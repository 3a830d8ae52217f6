import type { NamedArea } from '../../domain/place';
import type { SavedGroup } from '../../data/groupStore';
import { SavedGroups } from './SavedGroups';

interface SavedGroupsSectionProps {
  groups: SavedGroup[];
  wards: readonly NamedArea[];
  currentId: string | null;
  onOpen(group: SavedGroup): void;
  onDelete(group: SavedGroup): void;
}

/** "Groups saved in this browser": a hint, and the saved groups with Open and Delete. */
export function SavedGroupsSection({ groups, wards, currentId, onOpen, onDelete }: SavedGroupsSectionProps) {
  return (
    <section className="gr-saved-section" aria-labelledby="gr-saved-title">
      <h3 id="gr-saved-title" className="gr-section-title">
        Groups saved in this browser
      </h3>
      <p className="gr-hint">Saved groups stay on this computer only. To give a group to someone else, send them its link.</p>
      <SavedGroups groups={groups} wards={wards} currentId={currentId} onOpen={onOpen} onDelete={onDelete} />
    </section>
  );
}
