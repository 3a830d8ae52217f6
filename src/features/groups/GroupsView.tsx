import { useMemo } from 'react';
import { useUrlParams } from '../../ui/url/useUrlParams';
import { hrefTo, type UrlKey } from '../../ui/url/keys';
import { GroupBuilder } from './GroupBuilder';
import { GroupMapPanel } from './GroupMapPanel';
import { GroupNotices } from './GroupNotices';
import { GroupResults } from './GroupResults';
import { SavedGroupsSection } from './SavedGroupsSection';
import { useGroupDraft } from './useGroupDraft';
import { groupCaption, groupLabel } from './groupWords';
import { placeRole } from '../../core/indicatorRoles';
import { aggregateGroup, encodeGroup, groupResidents, groupSummary } from '../../core/wardGroups';
import './styles.css';
import { type ViewProps } from '../../ui/viewProps';

/**
 * The address-bar keys this view reads and writes. Typing and ticking replace the address rather than adding
 * to the history, so Back leaves the view (the `group` key is declared 'replace'); opening a saved group pushes.
 */
const URL_KEYS_USED = ['group', 'palette'] as const satisfies readonly UrlKey[];

/** "Our patch": the user's own group of wards, added up properly, on the map, saved and shared. */
export default function GroupsView({ data }: ViewProps) {
  const [url, setUrl] = useUrlParams(URL_KEYS_USED);
  const { index, snapshot } = data;
  const { place, boundaries } = snapshot;
  const placeName = place.localAuthority.name;
  const countryName = place.country.name;
  const draft = useGroupDraft(url.group, place, setUrl);
  const { current, selected, savedMatch } = draft;

  const lines = useMemo(() => aggregateGroup(index, place, current.wardCodes), [index, place, current.wardCodes]);
  const residents = useMemo(() => groupResidents(index, current.wardCodes, placeRole(place, 'groupResidents')), [index, place, current.wardCodes]);
  const wardsByName = useMemo(() => [...place.wards].sort((a, b) => a.name.localeCompare(b.name)), [place.wards]);
  const groupWardNames = place.wards.filter((w) => selected.has(w.code)).map((w) => w.name);
  const label = groupLabel(current.name);

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
        decoded={draft.decoded}
        edited={draft.edited}
        openedFromLink={draft.openedFromLink}
        savedMatch={savedMatch !== null}
        label={label}
        wardCount={current.wardCodes.length}
        placeName={placeName}
        onSave={draft.save}
      />

      <div className="gr-layout">
        <GroupBuilder
          draft={draft.draft}
          wards={wardsByName}
          selected={selected}
          count={current.wardCodes.length}
          total={place.wards.length}
          saved={savedMatch !== null}
          message={draft.message}
          shareUrl={draft.shareUrl}
          copyStatus={draft.copyStatus}
          label={label}
          briefingHref={hrefTo('briefing', { group: encodeGroup(current) })}
          onRename={draft.rename}
          onToggle={draft.toggle}
          onTickAll={() => draft.setGroup(draft.draft, place.wards.map((w) => w.code))}
          onUntickAll={() => draft.setGroup(draft.draft, [])}
          onSave={draft.save}
          onCopy={draft.copy}
        />
        <GroupMapPanel
          label={label}
          groupWardNames={groupWardNames}
          wards={boundaries.wards}
          outline={boundaries.authority}
          selected={selected}
          onToggle={draft.toggle}
        />
      </div>

      <GroupResults
        label={label}
        summary={groupSummary(current.name, groupWardNames, lines, residents, place)}
        caption={groupCaption(current.name, current.wardCodes.length > 0, groupWardNames, placeName, countryName)}
        lines={lines}
        placeName={placeName}
        countryName={countryName}
        palette={url.palette}
      />

      <SavedGroupsSection groups={draft.saved} wards={place.wards} currentId={savedMatch?.id ?? null} onOpen={draft.open} onDelete={draft.remove} />
    </article>
  );
}
