import type { IndicatorMeta } from '../../domain/indicators';
import { hrefTo } from '../../ui/url/keys';
import { GEOGRAPHY_EXPLAINED, mapSummary, type MapModel } from '../../core/mapModel';

/** Said instead of a map when the indicator has no ward or neighbourhood figures. */
export function NoMap({ meta, placeName }: { meta: IndicatorMeta; placeName: string }) {
  return (
    <section className="no-map">
      <h2>{meta.name}</h2>
      <p role="status">
        This indicator has no figures for {placeName}’s wards or neighbourhoods, so it cannot be mapped. It has figures for:{' '}
        {meta.geographies.join(', ') || 'no known area type'}.
      </p>
      <p>
        <a href={hrefTo('map')}>Back to the ward map</a>
      </p>
    </section>
  );
}

/** Why the indicator a link asked for is not the one mapped, with a link to it over time. */
export function UnmappableNotice({ unmappable, shown, placeName, countryName }: { unmappable: IndicatorMeta; shown: IndicatorMeta; placeName: string; countryName: string }) {
  return (
    <p role="status" className="warning">
      {unmappable.name} is published for {placeName} and {countryName} only, not for wards or neighbourhoods, so the map shows{' '}
      {shown.name} instead. <a href={hrefTo('trends', { indicator: unmappable.id })}>See {unmappable.name} over time</a>.
    </p>
  );
}

/** The map in one sentence, and what the indicator measures. */
export function MapIntro({ model, meta }: { model: MapModel; meta: IndicatorMeta }) {
  return (
    <>
      <p className="summary" id="map-summary">
        {mapSummary(model)}
      </p>
      <p className="definition">
        {meta.definition}
        {GEOGRAPHY_EXPLAINED[model.geography] && ` ${GEOGRAPHY_EXPLAINED[model.geography]}`}
      </p>
    </>
  );
}
