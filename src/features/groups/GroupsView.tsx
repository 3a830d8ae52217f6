import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import { absoluteUrl, useUrlParams } from '../../ui/url/useUrlParams';
import { hrefTo, type UrlKey } from '../../ui/url/keys';
import { GroupMapPanel } from './GroupMapPanel';
import { GroupNotices } from './GroupNotices';
import { GroupResults } from './GroupResults';
import { GroupShare } from './GroupShare';
import { WardChecklist } from './WardChecklist';
import { GroupNameField } from './GroupNameField';
import { GroupSaveBar, type Message } from './GroupSaveBar';
import { SavedGroups } from './SavedGroups';
import { deleteGroup, listGroups, saveGroup, subscribeGroups, type SavedGroup } from '../../data/groupStore';
import { placeRole } from '../../core/indicatorRoles';
import {
  aggregateGroup,
  cleanGroupName,
  decodeGroup,
  encodeGroup,
  groupResidents,
  groupSummary,
  placeOrder,
  sameGroup,
  type WardGroup,
} from '../../core/wardGroups';
import './styles.css';
import { type ViewProps } from '../../ui/viewProps';

/**
 * The address-bar keys this view reads and writes. Typing and ticking replace the address rather than adding
 * to the history, so Back leaves the view (the `group` key is declared 'replace'); opening a saved group pushes.
 */
const URL_KEYS_USED = ['group', 'palette'] as const satisfies readonly UrlKey[];

const NO_GROUPS: SavedGroup[] = [];

/** "Our patch": the user's own group of wards, added up properly, on the map, saved and shared. */
export default function GroupsView({ data }: ViewProps) {
  const [url, setUrl] = useUrlParams(URL_KEYS_USED);
  const { index, snapshot } = data;
  const { place, boundaries } = snapshot;
  const palette = url.palette;
  const placeName = place.localAuthority.name;
  const countryName = place.country.name;

  const param = url.group;
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
  const toggle = useCallback(
    (code: string) => {
      const next = new Set(selected);
      if (next.has(code)) next.delete(code);
      else next.add(code);
      setGroup(draft, [...next]);
    },
    [selected, draft, setGroup],
  );

  const lines = useMemo(() => aggregateGroup(index, place, current.wardCodes), [index, place, current.wardCodes]);
  const residents = useMemo(() => groupResidents(index, current.wardCodes, placeRole(place, 'groupResidents')), [index, place, current.wardCodes]);
  const wardsByName = useMemo(() => [...place.wards].sort((a, b) => a.name.localeCompare(b.name)), [place.wards]);
  const groupWardNames = place.wards.filter((w) => selected.has(w.code)).map((w) => w.name);
  const label = current.name === '' ? 'this group' : `“${current.name}”`;
  const summary = groupSummary(current.name === '' ? '' : current.name, groupWardNames, lines, residents, place);
  const shareUrl =
    current.wardCodes.length > 0
      ? absoluteUrl(hrefTo('groups', { group: encodeGroup(current) }))
      : '';

  const save = () => {
    const result = saveGroup(draft, current.wardCodes, place);
    if (!result.ok) {
      setMessage({ kind: 'problem', text: result.problem });
      return;
    }
    setUrl({ group: encodeGroup(result.group) });
    setDraft(result.group.name);
    setEdited(true);
    setMessage({ kind: 'done', text: `${result.replaced ? 'Updated' : 'Saved'} “${result.group.name}” in this browser. It stays here until you delete it.` });
  };
  const open = (g: SavedGroup) => {
    // Opening a saved group is a step Back should undo: a new history entry.
    setUrl({ group: encodeGroup(g) }, { history: 'push' });
    setDraft(g.name);
    setEdited(true);
    setMessage({ kind: 'done', text: `Showing “${g.name}”.` });
  };
  const remove = (g: SavedGroup) => {
    const problem = deleteGroup(g.id);
    setMessage(problem ? { kind: 'problem', text: problem } : { kind: 'done', text: `Deleted “${g.name}” from this browser.` });
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(shareUrl);
      setCopyStatus('Link copied. Anyone with the link sees the same group; nothing is sent anywhere until they open it.');
    } catch {
      setCopyStatus('This browser would not copy the link: select the link above and copy it yourself.');
    }
  };

  return (
    <article className="gr-view">
      <h2 className="gr-title">Ward groups: your own area, added up</h2>
      <p className="definition">
        Make a group of {placeName}’s wards, such as a primary care network’s footprint or a neighbourhood, by ticking wards in the list
        or selecting them on the map. Figures made of counts are added up properly: the wards’ counts and populations are summed
        and the range within which the true value is likely to lie (95% confidence interval) is worked out again for the group.
        Scores, ranks and averages cannot be added up, and the table says so.
      </p>

      <GroupNotices
        decoded={decoded}
        edited={edited}
        openedFromLink={openedFromLink}
        savedMatch={savedMatch !== null}
        label={label}
        wardCount={current.wardCodes.length}
        placeName={placeName}
        onSave={save}
      />

      <div className="gr-layout">
        <section className="gr-builder" aria-labelledby="gr-make-title">
          <h3 id="gr-make-title" className="gr-section-title">
            Make or change a group
          </h3>
          <GroupNameField
            draft={draft}
            onChange={(value) => {
              setDraft(value);
              setGroup(value, current.wardCodes);
            }}
          />
          <WardChecklist
            wards={wardsByName}
            selected={selected}
            count={current.wardCodes.length}
            total={place.wards.length}
            onToggle={toggle}
            onTickAll={() => setGroup(draft, place.wards.map((w) => w.code))}
            onUntickAll={() => setGroup(draft, [])}
          />
          <GroupSaveBar saved={savedMatch !== null} message={message} onSave={save} />
          {shareUrl && (
            <GroupShare
              shareUrl={shareUrl}
              copyStatus={copyStatus}
              label={label}
              briefingHref={hrefTo('briefing', { group: encodeGroup(current) })}
              onCopy={copy}
            />
          )}
        </section>

        <GroupMapPanel
          label={label}
          groupWardNames={groupWardNames}
          wards={boundaries.wards}
          outline={boundaries.authority}
          selected={selected}
          onToggle={toggle}
        />
      </div>

      <GroupResults
        label={label}
        summary={summary}
        caption={
          current.wardCodes.length > 0
            ? `${current.name === '' ? 'The group' : current.name}: ${groupWardNames.length} ${groupWardNames.length === 1 ? 'ward' : 'wards'}, beside ${placeName} and ${countryName}`
            : null
        }
        lines={lines}
        placeName={placeName}
        countryName={countryName}
        palette={palette}
      />

      <section className="gr-saved-section" aria-labelledby="gr-saved-title">
        <h3 id="gr-saved-title" className="gr-section-title">
          Groups saved in this browser
        </h3>
        <p className="gr-hint">Saved groups stay on this computer only. To give a group to someone else, send them its link.</p>
        <SavedGroups groups={saved} wards={place.wards} currentId={savedMatch?.id ?? null} onOpen={open} onDelete={remove} />
      </section>
    </article>
  );
}
