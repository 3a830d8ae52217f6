import { useEffect, useMemo } from 'react';
import { useUrlParams } from '../../ui/url/useUrlParams';
import type { UrlKey } from '../../ui/url/keys';
import { AreaPanel } from '../../ui/AreaPanel';
import { PlaceContextList, StoryFindings } from '../../ui/WardStory';
import { concernNotice } from '../../core/concernNotice';
import { GLOSSARY } from '../../core/glossary';
import { briefingStory, briefingTableLines, isPlaceOnly, groupProfileLines, keyMessages, LEFT_TO_TRENDS, resolveBriefingArea } from './model';
import { areaChoice, areaDescription, groupWardNames, parliamentLicenceNote, runningHead, uniqueAttributions, usedSources } from './briefingWords';
import { AtAGlance, BriefingControls, BriefingGlossary, BriefingHeader, BriefingSources } from './BriefingParts';
import { BriefingMap } from './BriefingMap';
import { aggregateGroup } from '../../core/wardGroups';
import { buildAreaProfile, buildMapModel } from '../../core/mapModel';
import './styles.css';
import { type ViewProps } from '../../ui/viewProps';
import { longDate } from '../../ui/longDate';

/** The address-bar keys this view reads and writes. */
const URL_KEYS_USED = ['area', 'group', 'palette'] as const satisfies readonly UrlKey[];

/** Sets the line the @page margin box of briefing.css prints at the top of every page, while the briefing is shown. */
function useRunningHead(head: string) {
  useEffect(() => {
    // JSON.stringify makes it a quoted CSS string.
    document.documentElement.style.setProperty('--briefing-running-head', JSON.stringify(head));
    return () => {
      document.documentElement.style.removeProperty('--briefing-running-head');
    };
  }, [head]);
}

/** An A4 briefing for a councillor: one ward or the whole city, printable, every page named and dated. */
export default function BriefingView({ data }: ViewProps) {
  const [url, setUrl] = useUrlParams(URL_KEYS_USED);
  const { index, snapshot } = data;
  const { place } = snapshot;
  const area = resolveBriefingArea(place, url.area, url.group);
  const palette = url.palette;
  const groupKey = area.kind === 'group' ? area.wardCodes.join(',') : '';
  const lines = useMemo(
    () =>
      area.kind === 'group'
        ? groupProfileLines(area.name, aggregateGroup(index, place, groupKey.split(',')))
        : buildAreaProfile(index, place, area.code),
    [index, place, area.kind, area.name, area.code, groupKey],
  );
  const mapModel = useMemo(() => buildMapModel(index, place, place.defaultIndicator, 'ward'), [index, place]);
  const figures = useMemo(() => new Map(mapModel?.areas.map((a) => [a.code, a]) ?? []), [mapModel]);
  const concern = useMemo(() => concernNotice(index.meta.values(), place), [index, place]);
  const story = useMemo(() => briefingStory(index, place, area, lines, concern), [index, place, area, lines, concern]);
  const table = briefingTableLines(lines);
  const date = longDate(place.snapshotDate);
  useRunningHead(runningHead(area.name, date, place.alliance));

  return (
    <article className="briefing">
      <BriefingControls area={area} choice={areaChoice(area)} place={place} onChoose={(code) => setUrl({ area: code || null, group: null })} />
      <BriefingHeader
        area={area}
        description={areaDescription(area, place.localAuthority.displayName, groupWardNames(place, area.wardCodes))}
        date={date}
        place={place}
      />
      <AtAGlance lead={story.lead} measure={story.measure} messages={keyMessages(area.name, story, place.country.name)} />

      {mapModel && (
        <BriefingMap
          mapModel={mapModel}
          place={place}
          wards={snapshot.boundaries.wards}
          outline={snapshot.boundaries.authority}
          figures={figures}
          selectedCode={area.kind === 'ward' ? area.code : null}
          onSelect={(code) => setUrl({ area: code })}
        />
      )}

      <section className="briefing-section briefing-context">
        <PlaceContextList story={story} placeName={place.localAuthority.name} print />
      </section>

      <section className="briefing-section briefing-findings" aria-labelledby="briefing-findings">
        <h3 id="briefing-findings">What the figures show</h3>
        <StoryFindings story={{ ...story, wardName: area.name }} headingLevel={4} />
      </section>

      <section className="briefing-section briefing-table">
        <AreaPanel
          areaName={area.name}
          placeName={place.localAuthority.name}
          countryName={place.country.name}
          isPlace={area.kind === 'place'}
          lines={table.shown}
          palette={palette}
          snapshotDate={place.snapshotDate}
          collapsible={false}
          compactLine={area.kind === 'place' ? isPlaceOnly : undefined}
        />
        {area.kind === 'place' && table.shown.some(isPlaceOnly) && (
          <p className="briefing-pointer">
            Figures published only for {place.localAuthority.name} as a whole take one short row each, without their intervals: each is on the
            dashboard’s Trends page with its interval and its history.
          </p>
        )}
        {table.leftOut > 0 && (
          <p className="briefing-pointer">
            The ONS {LEFT_TO_TRENDS} ({table.leftOut} measures for {area.name}, where 100 is England in 2015) is left out of this briefing: see
            it on the dashboard’s Trends and {place.localAuthority.name} among authorities pages.
          </p>
        )}
      </section>

      <BriefingGlossary entries={GLOSSARY} />

      <BriefingSources sources={usedSources(table.shown)} licenceNote={parliamentLicenceNote(table.shown)} attributions={uniqueAttributions(table.shown.map((l) => l.meta))} />
    </article>
  );
}
