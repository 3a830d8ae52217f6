import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import { useUrlState } from '../../ui/urlState';
import { GroupMap } from './GroupMap';
import { IN_GROUP } from './mapLook';
import { GroupTable } from './GroupTable';
import { SavedGroups } from './SavedGroups';
import { deleteGroup, listGroups, saveGroup, subscribeGroups, type SavedGroup } from '../../data/groupStore';
import type { Palette } from '../../core/outcomes';
import {
  aggregateGroup,
  cleanGroupName,
  decodeGroup,
  encodeGroup,
  GROUP_NAME_MAX,
  groupResidents,
  groupSummary,
  nameLength,
  placeOrder,
  sameGroup,
  type WardGroup,
} from '../../core/wardGroups';
import './styles.css';
import { type ViewProps } from '../../ui/viewProps';

/** Typing and ticking replace the address rather than adding to the history, so Back leaves the view. */
function replaceUrl(changes: Record<string, string | null>) {
  const params = new URLSearchParams(window.location.search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === '') params.delete(key);
    else params.set(key, value);
  }
  const query = params.toString();
  window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
  window.dispatchEvent(new Event('urlstatechange'));
}

const NO_GROUPS: SavedGroup[] = [];
type Message = { kind: 'done' | 'problem'; text: string } | null;

/** "Our patch": the user's own group of wards, added up properly, on the map, saved and shared. */
export default function GroupsView({ data }: ViewProps) {
  const [url, setUrl] = useUrlState();
  const { index, snapshot } = data;
  const { place, boundaries } = snapshot;
  const palette: Palette = url.palette === 'rag' ? 'rag' : 'colour-blind-safe';
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
  const [openedFromLink] = useState(() => new URLSearchParams(window.location.search).has('group'));
  const [edited, setEdited] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [copyStatus, setCopyStatus] = useState('');

  const setGroup = useCallback(
    (name: string, codes: readonly string[]) => {
      const ordered = placeOrder(place, codes);
      const clean = cleanGroupName(name);
      // A group without wards is not a group: the name waits in the box until a ward is ticked.
      replaceUrl({ group: ordered.length === 0 ? null : encodeGroup({ name: clean, wardCodes: ordered }) });
      setEdited(true);
      setMessage(null);
      setCopyStatus('');
    },
    [place],
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
  const residents = useMemo(() => groupResidents(index, current.wardCodes), [index, current.wardCodes]);
  const wardsByName = useMemo(() => [...place.wards].sort((a, b) => a.name.localeCompare(b.name)), [place.wards]);
  const groupWardNames = place.wards.filter((w) => selected.has(w.code)).map((w) => w.name);
  const label = current.name === '' ? 'this group' : `“${current.name}”`;
  const summary = groupSummary(current.name === '' ? '' : current.name, groupWardNames, lines, residents, place);
  const shareUrl =
    current.wardCodes.length > 0
      ? `${window.location.origin}${window.location.pathname}?view=groups&group=${encodeURIComponent(encodeGroup(current))}`
      : '';
  const left = GROUP_NAME_MAX - nameLength(draft);

  const save = () => {
    const result = saveGroup(draft, current.wardCodes, place);
    if (!result.ok) {
      setMessage({ kind: 'problem', text: result.problem });
      return;
    }
    replaceUrl({ group: encodeGroup(result.group) });
    setDraft(result.group.name);
    setEdited(true);
    setMessage({ kind: 'done', text: `${result.replaced ? 'Updated' : 'Saved'} “${result.group.name}” in this browser. It stays here until you delete it.` });
  };
  const open = (g: SavedGroup) => {
    setUrl({ group: encodeGroup(g) });
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

      {decoded && !decoded.ok && (
        <div className="gr-alert" role="alert">
          <p>
            <strong>The group in this link cannot be shown.</strong> {decoded.problem}
          </p>
          {decoded.unknownCodes.length > 0 && <p>Codes that are not {placeName} wards: {decoded.unknownCodes.join(', ')}.</p>}
          <p>Start a new group below, or open one saved in this browser.</p>
        </div>
      )}
      {decoded?.ok && (decoded.warnings.length > 0 || decoded.unknownCodes.length > 0) && !edited && (
        <div className="gr-alert" role="alert">
          {decoded.warnings.map((w) => (
            <p key={w}>{w}</p>
          ))}
          {decoded.unknownCodes.length > 0 && (
            <p>
              The link lists {decoded.unknownCodes.length === 1 ? 'a code that is' : 'codes that are'} not one of {placeName}’s wards, so{' '}
              {decoded.unknownCodes.length === 1 ? 'it was' : 'they were'} left out: {decoded.unknownCodes.join(', ')}.
            </p>
          )}
        </div>
      )}
      {openedFromLink && decoded?.ok && !edited && !savedMatch && (
        <div className="gr-offer" role="status">
          <p>
            You opened a shared group, {label}, with {current.wardCodes.length} {current.wardCodes.length === 1 ? 'ward' : 'wards'}. It is
            not saved in this browser.
          </p>
          <button type="button" onClick={save}>
            Save this group in this browser
          </button>
        </div>
      )}

      <div className="gr-layout">
        <section className="gr-builder" aria-labelledby="gr-make-title">
          <h3 id="gr-make-title" className="gr-section-title">
            Make or change a group
          </h3>
          <div className="gr-name">
            <label htmlFor="gr-name-input">Group name</label>
            <input
              id="gr-name-input"
              type="text"
              value={draft}
              maxLength={GROUP_NAME_MAX}
              autoComplete="off"
              aria-describedby="gr-name-hint"
              onChange={(e) => {
                setDraft(e.target.value);
                setGroup(e.target.value, current.wardCodes);
              }}
            />
            <span id="gr-name-hint" className="gr-hint">
              Up to {GROUP_NAME_MAX} characters ({left} left).
            </span>
          </div>
          <fieldset className="gr-wards">
            <legend>
              Wards in the group ({current.wardCodes.length} of {place.wards.length} ticked)
            </legend>
            <div className="gr-ward-actions">
              <button type="button" className="secondary" onClick={() => setGroup(draft, place.wards.map((w) => w.code))}>
                Tick every ward
              </button>
              <button type="button" className="secondary" onClick={() => setGroup(draft, [])} disabled={current.wardCodes.length === 0}>
                Untick every ward
              </button>
            </div>
            <ul className="gr-ward-list">
              {wardsByName.map((w) => (
                <li key={w.code}>
                  <label>
                    <input type="checkbox" checked={selected.has(w.code)} onChange={() => toggle(w.code)} data-ward-code={w.code} />
                    {w.name}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <div className="gr-save">
            <button type="button" onClick={save}>
              {savedMatch ? 'Saved in this browser' : 'Save group in this browser'}
            </button>
            <div aria-live="polite" className="gr-message-host">
              {message && (
                <p className={message.kind === 'problem' ? 'gr-problem' : 'gr-done'} role={message.kind === 'problem' ? 'alert' : undefined}>
                  {message.text}
                </p>
              )}
            </div>
          </div>
          {shareUrl && (
            <div className="gr-share">
              <label htmlFor="gr-share-link">Link to this group (to share it)</label>
              <input id="gr-share-link" type="text" readOnly value={shareUrl} onFocus={(e) => e.currentTarget.select()} />
              <button type="button" className="secondary" onClick={copy}>
                Copy link
              </button>
              <p className="gr-hint" aria-live="polite">
                {copyStatus}
              </p>
              {current && (
                <p>
                  <a href={`?view=briefing&group=${encodeURIComponent(encodeGroup(current))}`}>Print a briefing for {label}</a>
                </p>
              )}
            </div>
          )}
        </section>

        <section className="gr-map-panel" aria-labelledby="gr-map-title">
          <h3 id="gr-map-title" className="gr-section-title">
            Map of {label}
          </h3>
          <p className="gr-map-text">
            {groupWardNames.length === 0
              ? 'No ward is in the group yet.'
              : `In the group: ${groupWardNames.join(', ')}.`}
          </p>
          <GroupMap wards={boundaries.wards} outline={boundaries.authority} selected={selected} onToggle={toggle} />
          <ul className="gr-key" aria-label="Map key">
            <li>
              <span className="gr-swatch" style={{ background: IN_GROUP.fill, borderColor: IN_GROUP.outline }} aria-hidden="true" />
              In the group: shaded, thick outline, and a tick (✓) before the name
            </li>
            <li>
              <span className="gr-swatch gr-swatch-out" aria-hidden="true" />
              Not in the group
            </li>
          </ul>
        </section>
      </div>

      <section className="gr-results" aria-labelledby="gr-results-title">
        <h3 id="gr-results-title" className="gr-section-title">
          Figures for {label}
        </h3>
        <p className="summary" id="gr-summary">
          {summary}
        </p>
        {current.wardCodes.length > 0 && (
          <>
            <p className="definition">
              “Significantly” means the group’s 95% confidence interval does not include the other area’s figure. Counts marked “about”
              are estimates (Indices of Deprivation counts are rates multiplied by populations). Census figures are not
              age-standardised.
            </p>
            <GroupTable
              caption={`${current.name === '' ? 'The group' : current.name}: ${groupWardNames.length} ${groupWardNames.length === 1 ? 'ward' : 'wards'}, beside ${placeName} and ${countryName}`}
              lines={lines}
              placeName={placeName}
              countryName={countryName}
              palette={palette}
            />
          </>
        )}
      </section>

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
