import { useMemo } from 'react';
import { useUrlParams } from '../../ui/url/useUrlParams';
import type { UrlKey } from '../../ui/url/keys';
import { AgeProfile } from './AgeProfile';
import { LsoaTable } from './LsoaTable';
import { PlaceContext } from './PlaceContext';
import { SpineChart } from './SpineChart';
import { SpineTable } from './SpineTable';
import { placeRole } from '../../core/indicatorRoles';
import { ageProfile, ageSentence, buildWardProfile, placeContext, profileSummary, resolveWard, wardLsoas } from './model';
import './styles.css';
import { PaletteSelect } from '../../ui/controls';
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
  const wards = useMemo(() => [...place.wards].sort((a, b) => a.name.localeCompare(b.name)), [place.wards]);
  const lines = useMemo(() => buildWardProfile(index, place, wardCode), [index, place, wardCode]);
  const bands = useMemo(() => ageProfile(rows, wardCode, place.country.code, placeRole(place, 'ageBands')), [rows, wardCode, place]);
  const context = useMemo(() => placeContext(index, place), [index, place]);
  const neighbourhoods = useMemo(() => wardLsoas(index, place, wardCode), [index, place, wardCode]);

  if (!ward) return <p role="alert">This snapshot has no wards.</p>;
  const summary = profileSummary(ward.name, lines);
  const placeName = place.localAuthority.name;
  const countryName = place.country.name;

  return (
    <article className="pf-view">
      <section className="controls" aria-label="Choose a ward">
        <label>
          Ward
          <select value={ward.code} onChange={(e) => setUrl({ area: e.target.value })}>
            {wards.map((w) => (
              <option key={w.code} value={w.code}>
                {w.name}
              </option>
            ))}
          </select>
        </label>
        <PaletteSelect palette={palette} setUrl={setUrl} />
      </section>

      <h2 className="pf-title">How is {ward.name} doing?</h2>
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


      <section className="pf-section" aria-labelledby="pf-age-title">
        <h3 id="pf-age-title">Who lives in {ward.name}</h3>
        <p className="pf-age-sentence">{ageSentence(ward.name, bands, countryName)}</p>
        <p className="pf-note">
          <strong>Census figures are not age-standardised.</strong> A ward with many students will show less bad health and
          disability, and a ward with many older residents more, than its deprivation alone would suggest.
        </p>
        <AgeProfile areaName={ward.name} comparatorName={countryName} bands={bands} sentence={ageSentence(ward.name, bands, countryName)} />
      </section>

      <section className="pf-section" aria-labelledby="pf-lsoa-title">
        <h3 id="pf-lsoa-title">Neighbourhoods in {ward.name}</h3>
        <p className="definition">
          Neighbourhoods are the Office for National Statistics’ Lower-layer Super Output Areas (LSOAs), of about 1,500 residents
          each; their names are codes. Deciles are national: 1 means among England’s most deprived 10% of neighbourhoods.
        </p>
        <LsoaTable wardName={ward.name} columns={neighbourhoods.columns} lsoas={neighbourhoods.lsoas} />
      </section>

      {context.length > 0 && (
        <section className="pf-section" aria-labelledby="pf-context-title">
          <h3 id="pf-context-title">{placeName} as a whole, for context</h3>
          <p className="definition">
            These figures are published for {placeName} as a whole, not for its wards, so they cannot say how {ward.name} differs.
            Where a figure is published for males and females separately, each is listed and compared with {countryName}’s figure for
            the same sex.
          </p>
          <PlaceContext placeName={placeName} countryName={countryName} lines={context} />
        </section>
      )}
    </article>
  );
}
