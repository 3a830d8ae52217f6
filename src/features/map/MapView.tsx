import { useEffect, useMemo, useRef } from 'react';
import { useUrlParams } from '../../ui/url/useUrlParams';
import { pickOffered, type UrlKey } from '../../ui/url/keys';
import { useReportShownIndicator } from '../../ui/shownIndicator';
import { AreaTable } from '../../ui/AreaTable';
import { areasOf, availableGeographies, buildAreaProfile, buildMapModel, GEOGRAPHY_LABEL, type Geography } from '../../core/mapModel';
import { LinkNotices } from '../../ui/SeriesParts';
import { breakdownRequest, CLEAR_BREAKDOWN, resolveSeries, unknownAreaNotice } from '../../core/selection';
import { MapControls } from './MapControls';
import { MapLayout } from './MapLayout';
import { MapIntro, NoMap, UnmappableNotice } from './MapParts';
import { mapTableCaption, unknownHighlightNotice, unmappableIndicator } from './mapWords';
import { FindMyWard } from '../../ui/FindMyWard';
import { loadPostcodes } from '../../data/loadPostcodes';
import { type ViewProps } from '../../ui/viewProps';
import type { Place } from '../../domain/place';
import type { IndicatorIndex } from '../../core/indicatorIndex';
import type { Breakdown } from '../../core/breakdown';
import { concernNotice } from '../../core/concernNotice';
import { areaDisplayName } from '../../core/areaNames';
import { ConcernNoticeText } from '../../ui/ConcernNoticeText';
import { buildWardStory } from '../../core/wardStory';

/** The address-bar keys this view reads and writes. */
const URL_KEYS_USED = ['indicator', 'sex', 'age', 'cat', 'period', 'geo', 'area', 'highlight', 'palette', 'basemap'] as const satisfies readonly UrlKey[];

/** The map's model, the profile of the selected area (or the place) and the figures by area code. */
function useMapModels(index: IndicatorIndex, place: Place, indicatorId: string, geography: Geography, breakdown: Breakdown | undefined, profileCode: string) {
  const model = useMemo(
    () => buildMapModel(index, place, indicatorId, geography, undefined, breakdown),
    [index, place, indicatorId, geography, breakdown],
  );
  const profile = useMemo(() => buildAreaProfile(index, place, profileCode), [index, place, profileCode]);
  const figures = useMemo(() => new Map(model?.areas.map((a) => [a.code, a]) ?? []), [model]);
  return { model, profile, figures };
}

/** Moves focus to the area panel's title when an area is selected, so its figures are read next. */
function useFocusAreaPanel(selectedArea: unknown) {
  useEffect(() => {
    if (selectedArea) document.getElementById('area-panel-title')?.focus();
  }, [selectedArea]);
}

/**
 * Escape closes the chosen area's panel, as it closes any panel or dialog, and puts focus back on that area's
 * shape on the map, so a keyboard user carries on from where they chose it. Escape inside a text box or a list
 * keeps its own meaning there.
 */
function useEscapeCloses(selectedCode: string | null, close: () => void) {
  const closed = useRef<string | null>(null);
  const latestClose = useRef(close);
  useEffect(() => {
    latestClose.current = close;
  }, [close]);
  useEffect(() => {
    if (!selectedCode) return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== 'Escape' || event.defaultPrevented || target?.closest('input, select, textarea')) return;
      closed.current = selectedCode;
      latestClose.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selectedCode]);
  useEffect(() => {
    if (selectedCode || !closed.current) return;
    const code = closed.current;
    closed.current = null;
    // The shape is re-drawn unselected on this render; focus it once it is on the map.
    window.requestAnimationFrame(() => {
      const shape = document.querySelector<SVGElement>(`.area-map path[data-area-code="${CSS.escape(code)}"]`);
      (shape ?? document.querySelector<HTMLElement>('.area-map'))?.focus();
    });
  }, [selectedCode]);
}

/**
 * The outlined neighbourhood's name with its ward. Some LSOAs straddle a ward boundary, so a postcode's LSOA can
 * be counted in the next ward; its name then says which ("York 004A, in Westfield"), beside the ward shown.
 */
function outlinedName(lsoa: { code: string; name: string }, place: Place): string {
  return areaDisplayName(place, lsoa.code, lsoa.name);
}

export default function MapView({ data }: ViewProps) {
  const [url, setUrl] = useUrlParams(URL_KEYS_USED);
  const { index, snapshot } = data;
  const { place, boundaries } = snapshot;
  const requested = index.meta.get(url.indicator ?? '');
  // An indicator chosen in another view may have no small-area figures: map the default instead, and say so.
  const unmappable = unmappableIndicator(requested);
  const selection = resolveSeries(index, {
    indicatorId: unmappable ? undefined : url.indicator,
    breakdown: breakdownRequest(url),
    fallbackId: place.defaultIndicator,
  });
  const indicatorId = selection?.meta.id ?? place.defaultIndicator;
  const breakdown = selection?.breakdown;
  const meta = selection?.meta;
  useReportShownIndicator(meta);
  const geographies = meta ? availableGeographies(meta) : [];
  const geography: Geography = pickOffered(url.geo, geographies, 'ward');
  const palette = url.palette;
  const showBasemap = url.basemap;
  const areas = areasOf(place, geography);
  const selectedArea = areas.find((a) => a.code === url.area) ?? null;
  const selectedCode = selectedArea?.code ?? null;
  const areaNotice = unknownAreaNotice(url.area, areas, GEOGRAPHY_LABEL[geography].plural.toLowerCase(), `${place.localAuthority.name} as a whole`);
  const profileCode = selectedArea?.code ?? place.localAuthority.code;
  const highlight = useMemo(() => boundaries.lsoas.features.find((f) => f.properties.code === url.highlight) ?? null, [boundaries, url.highlight]);
  const highlightNotice = unknownHighlightNotice(url.highlight, place.lsoas, place.localAuthority.name);
  const { model, profile, figures } = useMapModels(index, place, indicatorId, geography, breakdown, profileCode);

  useFocusAreaPanel(selectedArea);
  useEscapeCloses(selectedCode, () => setUrl({ area: null, highlight: null }));
  const concern = useMemo(() => concernNotice(index.meta.values(), place), [index, place]);
  const wardStory = useMemo(
    () => (selectedCode && geography === 'ward' ? buildWardStory(index, place, selectedCode, profile, concern) : null),
    [index, place, selectedCode, geography, profile, concern],
  );

  if (!meta || !selection) return <p role="alert">The indicator “{indicatorId}” is not in this snapshot.</p>;
  if (!model || geographies.length === 0) return <NoMap meta={meta} placeName={place.localAuthority.name} />;
  const areaWord = GEOGRAPHY_LABEL[geography].singular;
  const benchmarkName = model.benchmark?.name ?? null;

  const notices = [...selection.notices, ...(areaNotice ? [areaNotice] : []), ...(highlightNotice ? [highlightNotice] : [])];
  // Find my ward opens a ward on the ward map: the default indicator's if the one shown has no ward figures.
  const openWard = (wardCode: string, lsoaCode: string | null) =>
    setUrl({ area: wardCode, highlight: lsoaCode, geo: null, ...(geographies.includes('ward') ? {} : { indicator: null, ...CLEAR_BREAKDOWN }) });
  // Choosing another area (or closing the panel) drops the outline of the postcode's neighbourhood.
  const select = (code: string | null) => setUrl({ area: code, highlight: null });

  return (
    <>
      <FindMyWard
        wards={place.wards}
        placeName={place.localAuthority.name}
        outlinedName={highlight ? outlinedName(highlight.properties, place) : null}
        load={loadPostcodes}
        onOpen={openWard}
      />
      <MapControls
        onlyLabel={`${place.localAuthority.name} and ${place.country.name} only`}
        indicators={[...index.meta.values()].filter((m) => index.latestPeriod(m.id) !== undefined)}
        indicatorId={indicatorId}
        geographies={geographies}
        geography={geography}
        selection={selection}
        palette={palette}
        showBasemap={showBasemap}
        onChange={setUrl}
      />

      <LinkNotices notices={notices} />
      {unmappable && <UnmappableNotice unmappable={unmappable} shown={meta} placeName={place.localAuthority.name} countryName={place.country.name} />}
      <MapIntro model={model} meta={meta} />

      <MapLayout
        model={model}
        meta={meta}
        place={place}
        boundaries={boundaries}
        geography={geography}
        figures={figures}
        showBasemap={showBasemap}
        selectedArea={selectedArea}
        profile={profile}
        wardStory={wardStory}
        palette={palette}
        areaWord={areaWord}
        highlight={highlight}
        onSelect={select}
        belowMap={
          // Said once, below the map; not again when the notice above already explains a chosen alcohol indicator,
          // nor when a ward's panel (its plain-English story) says it.
          concern && unmappable?.theme !== concern.theme && !wardStory?.concern ? <ConcernNoticeText notice={concern} placeName={place.localAuthority.name} cannot="mapped" /> : null
        }
        ranking={
          <AreaTable
            caption={mapTableCaption(model.name, areaWord, model.period, benchmarkName)}
            meta={meta}
            figures={model.areas}
            benchmarkName={benchmarkName}
            palette={palette}
            selectedCode={selectedCode}
            onSelect={select}
          />
        }
      />
    </>
  );
}
