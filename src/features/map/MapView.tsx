import { useEffect, useMemo } from 'react';
import { useUrlParams } from '../../ui/url/useUrlParams';
import { hrefTo, pickOffered, type UrlKey } from '../../ui/url/keys';
import { useReportShownIndicator } from '../../ui/shownIndicator';
import { AreaMap } from '../../ui/AreaMap';
import { AreaPanel } from '../../ui/AreaPanel';
import { AreaTable } from '../../ui/AreaTable';
import { MapLegend } from '../../ui/MapLegend';
import { areasOf, availableGeographies, buildAreaProfile, buildMapModel, GEOGRAPHY_LABEL, mapSummary, type Geography } from '../../core/mapModel';
import { formatValue } from '../../core/format';
import { IndicatorOptions, PaletteSelect } from '../../ui/controls';
import { BreakdownChoice, LinkNotices } from '../../ui/SeriesParts';
import { breakdownRequest, CLEAR_BREAKDOWN, resolveSeries, unknownAreaNotice } from '../../core/selection';
import { type ViewProps } from '../../ui/viewProps';

/** The address-bar keys this view reads and writes. */
const URL_KEYS_USED = ['indicator', 'sex', 'age', 'cat', 'period', 'geo', 'area', 'palette', 'basemap'] as const satisfies readonly UrlKey[];

export default function MapView({ data }: ViewProps) {
  const [url, setUrl] = useUrlParams(URL_KEYS_USED);
  const { index, snapshot } = data;
  const { place, boundaries } = snapshot;
  const requested = index.meta.get(url.indicator ?? '');
  // An indicator chosen in another view may have no small-area figures: map the default instead, and say so.
  const unmappable = requested && availableGeographies(requested).length === 0 ? requested : null;
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
  const model = useMemo(
    () => buildMapModel(index, place, indicatorId, geography, undefined, breakdown),
    [index, place, indicatorId, geography, breakdown],
  );
  const selectedArea = areasOf(place, geography).find((a) => a.code === url.area) ?? null;
  const selectedCode = selectedArea?.code ?? null;
  const areaNotice = unknownAreaNotice(url.area, areasOf(place, geography), GEOGRAPHY_LABEL[geography].plural.toLowerCase(), `${place.localAuthority.name} as a whole`);
  const profileCode = selectedArea?.code ?? place.localAuthority.code;
  const profile = useMemo(() => buildAreaProfile(index, place, profileCode), [index, place, profileCode]);
  const figures = useMemo(() => new Map(model?.areas.map((a) => [a.code, a]) ?? []), [model]);

  useEffect(() => {
    if (selectedArea) document.getElementById('area-panel-title')?.focus();
  }, [selectedArea]);

  if (!meta || !selection) return <p role="alert">The indicator “{indicatorId}” is not in this snapshot.</p>;
  if (!model || geographies.length === 0) {
    return (
      <section className="no-map">
        <h2>{meta.name}</h2>
        <p role="status">
          This indicator has no figures for {place.localAuthority.name}’s wards or neighbourhoods, so it cannot be mapped. It has figures for:{' '}
          {meta.geographies.join(', ') || 'no known area type'}.
        </p>
        <p>
          <a href={hrefTo('map')}>Back to the ward map</a>
        </p>
      </section>
    );
  }
  const features = boundaries[`${geography}s`];
  const areaWord = GEOGRAPHY_LABEL[geography].singular;
  const benchmarkName = model.benchmark?.name ?? null;

  return (
    <>
      <section className="controls" aria-label="Choose what to show">
        <label>
          Indicator
          <select value={indicatorId} onChange={(e) => setUrl({ indicator: e.target.value, geo: null, ...CLEAR_BREAKDOWN })}>
            <IndicatorOptions indicators={[...index.meta.values()].filter((m) => index.latestPeriod(m.id) !== undefined)} />
          </select>
        </label>
        {geographies.length > 1 && (
          <fieldset>
            <legend>Areas</legend>
            {geographies.map((g) => (
              <label key={g} className="inline">
                <input type="radio" name="geo" value={g} checked={g === geography} onChange={() => setUrl({ geo: g, area: null })} />
                {GEOGRAPHY_LABEL[g].plural}
              </label>
            ))}
          </fieldset>
        )}
        <BreakdownChoice
          breakdowns={selection.breakdowns}
          breakdown={selection.breakdown}
          note={selection.headlineNote}
          onChange={(changes) => setUrl({ ...changes })}
        />
        <PaletteSelect palette={palette} setUrl={setUrl} />
        <label className="inline">
          <input type="checkbox" checked={showBasemap} onChange={(e) => setUrl({ basemap: e.target.checked })} />
          Street map underneath (loads tiles from OpenStreetMap)
        </label>
      </section>

      <LinkNotices notices={areaNotice ? [...selection.notices, areaNotice] : selection.notices} />
      {unmappable && (
        <p role="status" className="warning">
          {unmappable.name} has figures only for {unmappable.geographies.join(', ')}, not for wards or neighbourhoods, so the map shows{' '}
          {meta.name} instead. <a href={hrefTo('trends', { indicator: unmappable.id })}>See {unmappable.name} over time</a>.
        </p>
      )}
      <p className="summary" id="map-summary">
        {mapSummary(model)}
      </p>
      <p className="definition">{meta.definition}</p>

      <div className="map-layout">
        <div className="map-column">
          <AreaMap
            features={features}
            outline={boundaries.authority}
            figures={figures}
            indicatorName={model.name}
            selectedCode={selectedCode}
            showLabels={geography === 'ward'}
            showBasemap={showBasemap}
            onSelect={(code) => setUrl({ area: code })}
          />
          <MapLegend
            meta={meta}
            name={model.name}
            period={model.period}
            classification={model.classification}
            missingCount={model.missingCount}
            references={[
              { name: place.localAuthority.name, valueText: model.place.valueText },
              ...(model.benchmark && model.benchmark.code !== place.localAuthority.code
                ? [{ name: model.benchmark.name, valueText: formatValue(model.benchmark.row.value, meta) }]
                : []),
            ]}
          />
        </div>
        <div className="side-column">
          <AreaPanel
            areaName={selectedArea?.name ?? place.localAuthority.name}
            placeName={place.localAuthority.name}
            countryName={place.country.name}
            isPlace={!selectedArea}
            lines={profile}
            palette={palette}
            onClose={selectedArea ? () => setUrl({ area: null }) : undefined}
            briefingHref={
              selectedArea && !place.wards.some((w) => w.code === selectedArea.code)
                ? undefined
                : hrefTo('briefing', { area: selectedArea?.code })
            }
          />
          {!selectedArea && (
            <p className="hint">Select a {areaWord} on the map or in the table to see all its figures beside {place.localAuthority.name}’s.</p>
          )}
        </div>
      </div>

      <AreaTable
        caption={`${model.name} by ${areaWord}, ${model.period}${benchmarkName ? `, compared with ${benchmarkName} (95% confidence)` : ''}`}
        meta={meta}
        figures={model.areas}
        benchmarkName={benchmarkName}
        palette={palette}
        selectedCode={selectedCode}
        onSelect={(code) => setUrl({ area: code })}
      />
    </>
  );
}
