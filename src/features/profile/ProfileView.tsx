import { useMemo } from 'react';
import { useUrlParams } from '../../ui/url/useUrlParams';
import type { UrlKey } from '../../ui/url/keys';
import { AgeSection, ContextSection, NeighbourhoodSection } from './ProfileSections';
import { WardPicker } from './WardPicker';
import { wardsByName } from './wardOrder';
import { SpineChart } from './SpineChart';
import { SpineTable } from './SpineTable';
import { placeRole } from '../../core/indicatorRoles';
import { ageProfile, buildWardProfile, isWardOrNeighbourhood, placeContext, profileSummary, resolveWard, wardLsoas } from './model';
import { unknownAreaLead } from '../../core/selection';
import { WardStory } from '../../ui/WardStory';
import { buildWardStory } from '../../core/wardStory';
import { buildAreaProfile } from '../../core/mapModel';
import { concernNotice } from '../../core/concernNotice';
import './styles.css';
import { type ViewProps } from '../../ui/viewProps';

/** The address-bar keys this view reads and writes. */
const URL_KEYS_USED = ['area', 'palette'] as const satisfies readonly UrlKey[];

/** "How is my ward doing?": one ward, every indicator, against York and England. */
export default function ProfileView({ data }: ViewProps) {
  const [url, setUrl] = useUrlParams(URL_KEYS_USED);
  const { index, rows, snapshot } = data;
  const { place } = snapshot;
  const ward = resolveWard(place, url.area);
  const wardCode = ward?.code ?? '';
  const palette = url.palette;
  const wards = useMemo(() => wardsByName(place.wards), [place.wards]);
  const lines = useMemo(() => buildWardProfile(index, place, wardCode), [index, place, wardCode]);
  const bands = useMemo(() => ageProfile(rows, wardCode, place.country.code, placeRole(place, 'ageBands')), [rows, wardCode, place]);
  const context = useMemo(() => placeContext(index, place), [index, place]);
  const neighbourhoods = useMemo(() => wardLsoas(index, place, wardCode), [index, place, wardCode]);
  // The plain-English start of the page reads the same lines as the map's ward panel, so both say the same.
  const story = useMemo(
    () => buildWardStory(index, place, wardCode, buildAreaProfile(index, place, wardCode), concernNotice(index.meta.values(), place)),
    [index, place, wardCode],
  );

  if (!ward) return <p role="alert">This snapshot has no wards.</p>;
  // An unknown code is said, not replaced by another ward's profile (resolveWard's fallback is for no code at all).
  if (url.area && !isWardOrNeighbourhood(place, url.area)) {
    return (
      <article className="pf-view">
        <WardPicker wards={wards} wardCode="" palette={palette} onWard={(code) => setUrl({ area: code })} onPalette={setUrl} />
        <p className="link-notice warning" role="status">
          {unknownAreaLead(url.area, 'wards')}. Choose a ward from the list above to see its profile.
        </p>
      </article>
    );
  }
  const summary = profileSummary(ward.name, lines, place.country.name);
  const placeName = place.localAuthority.name;
  const countryName = place.country.name;

  return (
    <article className="pf-view">
      <WardPicker wards={wards} wardCode={ward.code} palette={palette} onWard={(code) => setUrl({ area: code })} onPalette={setUrl} />

      <h2 className="pf-title">How is {ward.name} doing?</h2>
      {story && <WardStory story={story} placeName={place.localAuthority.name} />}
      <p className="summary" id="pf-summary">
        {summary}
      </p>
      <p className="definition">
        Each row shows {ward.name}’s latest figure beside {placeName}’s and {countryName}’s. “Significantly” means the range within
        which the true value is likely to lie (95% confidence interval) does not include {countryName}’s figure, or {placeName}’s
        where {countryName} has none. Census 2021 figures are not age-standardised: see the age profile below.
      </p>

      <h3 className="pf-section-title">Every indicator for {ward.name}</h3>
      <SpineChart
        areaName={ward.name}
        placeName={placeName}
        countryName={countryName}
        wardCount={place.wards.length}
        lines={lines}
        palette={palette}
      />
      <SpineTable areaName={ward.name} placeName={placeName} countryName={countryName} lines={lines} />

      <AgeSection wardName={ward.name} countryName={countryName} bands={bands} />
      <NeighbourhoodSection wardName={ward.name} columns={neighbourhoods.columns} lsoas={neighbourhoods.lsoas} />
      <ContextSection wardName={ward.name} placeName={placeName} countryName={countryName} lines={context} />
    </article>
  );
}
