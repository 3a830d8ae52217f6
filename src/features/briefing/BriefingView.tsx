import { useEffect, useMemo } from 'react';
import { useUrlParams } from '../../ui/url/useUrlParams';
import type { UrlKey } from '../../ui/url/keys';
import { AreaPanel } from '../../ui/AreaPanel';
import { ConcernNoticeText } from '../../ui/ConcernNoticeText';
import { concernNotice } from '../../core/concernNotice';
import { briefingFindings, groupProfileLines, resolveBriefingArea } from './model';
import { areaChoice, areaDescription, groupWardNames, parliamentLicenceNote, runningHead, uniqueAttributions, usedSources } from './briefingWords';
import { BriefingControls, BriefingHeader, BriefingSources, KeyFindings } from './BriefingParts';
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
  const findings = useMemo(() => briefingFindings(area.name, lines, place.snapshotDate), [area.name, lines, place.snapshotDate]);
  const mapModel = useMemo(() => buildMapModel(index, place, place.defaultIndicator, 'ward'), [index, place]);
  const figures = useMemo(() => new Map(mapModel?.areas.map((a) => [a.code, a]) ?? []), [mapModel]);
  const concern = useMemo(() => concernNotice(index.meta.values(), place), [index, place]);
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
      <KeyFindings areaName={area.name} findings={findings}>
        {concern && <ConcernNoticeText notice={concern} placeName={place.localAuthority.name} cannot="shown for a ward" />}
      </KeyFindings>

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

      <section className="briefing-section briefing-table">
        <AreaPanel
          areaName={area.name}
          placeName={place.localAuthority.name}
          countryName={place.country.name}
          isPlace={area.kind === 'place'}
          lines={lines}
          palette={palette}
          snapshotDate={place.snapshotDate}
        />
      </section>

      <BriefingSources sources={usedSources(lines)} licenceNote={parliamentLicenceNote(lines)} attributions={uniqueAttributions(snapshot.manifest.sources)} />
    </article>
  );
}
