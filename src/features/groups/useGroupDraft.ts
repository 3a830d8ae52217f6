import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import { absoluteUrl, type UrlUpdate } from '../../ui/url/useUrlParams';
import { hrefTo } from '../../ui/url/keys';
import { deleteGroup, listGroups, saveGroup, subscribeGroups, type SavedGroup } from '../../data/groupStore';
import { cleanGroupName, decodeGroup, encodeGroup, placeOrder, sameGroup, type WardGroup } from '../../core/wardGroups';
import type { Place } from '../../domain/place';
import type { Message } from './GroupSaveBar';
import { COPIED_TEXT, COPY_FAILED_TEXT, deletedText, openedText, savedText, toggledCodes } from './groupWords';

const NO_GROUPS: SavedGroup[] = [];

/**
 * The group being made: read from the address (`param`, the `group` key), the name as typed, the saved groups,
 * and what saving, opening, deleting and copying said. Changes go back into the address through `setUrl`.
 */
export function useGroupDraft(param: string | undefined, place: Place, setUrl: UrlUpdate<'group'>) {
  const decoded = useMemo(() => (param === undefined ? null : decodeGroup(param, place)), [param, place]);
  const current: WardGroup = decoded?.ok ? decoded.group : { name: '', wardCodes: [] };
  const selected = useMemo(() => new Set(current.wardCodes), [current.wardCodes]);
  const saved = useSyncExternalStore(subscribeGroups, listGroups, () => NO_GROUPS);
  const savedMatch = current.wardCodes.length > 0 ? (saved.find((g) => sameGroup(g, current)) ?? null) : null;

  // The name box keeps what is typed (spaces included); the address holds the cleaned name.
  const [draft, setDraft] = useState(current.name);
  const [lastUrlName, setLastUrlName] = useState(current.name);
  if (current.name !== lastUrlName) {
    setLastUrlName(current.name);
    // Unticking the last ward removes the group from the address but keeps the name being typed.
    if (current.wardCodes.length > 0 && cleanGroupName(draft) !== current.name) setDraft(current.name);
  }
  const [openedFromLink] = useState(() => param !== undefined);
  const [edited, setEdited] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [copyStatus, setCopyStatus] = useState('');

  const setGroup = useCallback(
    (name: string, codes: readonly string[]) => {
      const ordered = placeOrder(place, codes);
      const clean = cleanGroupName(name);
      // A group without wards is not a group: the name waits in the box until a ward is ticked.
      setUrl({ group: ordered.length === 0 ? null : encodeGroup({ name: clean, wardCodes: ordered }) });
      setEdited(true);
      setMessage(null);
      setCopyStatus('');
    },
    [place, setUrl],
  );
  const toggle = useCallback((code: string) => setGroup(draft, toggledCodes(selected, code)), [selected, draft, setGroup]);

  const shareUrl = current.wardCodes.length > 0 ? absoluteUrl(hrefTo('groups', { group: encodeGroup(current) })) : '';

  const rename = (value: string) => {
    setDraft(value);
    setGroup(value, current.wardCodes);
  };
  const save = () => {
    const result = saveGroup(draft, current.wardCodes, place);
    if (!result.ok) {
      setMessage({ kind: 'problem', text: result.problem });
      return;
    }
    setUrl({ group: encodeGroup(result.group) });
    setDraft(result.group.name);
    setEdited(true);
    setMessage({ kind: 'done', text: savedText(result.group.name, result.replaced) });
  };
  const open = (g: SavedGroup) => {
    // Opening a saved group is a step Back should undo: a new history entry.
    setUrl({ group: encodeGroup(g) }, { history: 'push' });
    setDraft(g.name);
    setEdited(true);
    setMessage({ kind: 'done', text: openedText(g.name) });
  };
  const remove = (g: SavedGroup) => {
    const problem = deleteGroup(g.id);
    setMessage(problem ? { kind: 'problem', text: problem } : { kind: 'done', text: deletedText(g.name) });
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(shareUrl);
      setCopyStatus(COPIED_TEXT);
    } catch {
      setCopyStatus(COPY_FAILED_TEXT);
    }
  };

  return {
    decoded, current, selected, saved, savedMatch, draft, openedFromLink, edited, message, copyStatus, shareUrl,
    setGroup, toggle, rename, save, open, remove, copy,
  };
}
