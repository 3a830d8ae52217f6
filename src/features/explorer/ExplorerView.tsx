import { useMemo, useRef } from 'react';
import { useUrlParams } from '../../ui/url/useUrlParams';
import { pickOffered, type UrlKey } from '../../ui/url/keys';
import { ExplorerControls } from './ExplorerControls';
import { ExplorerBody, PlaceOnlyNotice } from './ExplorerBody';
import { ExplorerFootnotes } from './ExplorerText';
import { benchmarkOptions, hasFigure, sourceLine } from './viewWords';
import { buildExplorerModel, type ExplorerInput } from './model';
import { availableGeographies, buildMapModel, GEOGRAPHY_LABEL, type Geography } from '../../core/mapModel';
import { BreakdownChoice, LinkNotices } from '../../ui/SeriesParts';
import { breakdownRequest, resolveSeries, unknownAreaNotice } from '../../core/selection';
import './styles.css';
import { type ViewProps } from '../../ui/viewProps';

/** The address-bar keys the explorer reads and writes (the breakdown choice clears the period). */
const URL_KEYS_USED = ['indicator', 'sex', 'age', 'cat', 'period', 'geo', 'area', 'benchmark', 'palette'] as const satisfies readonly UrlKey[];

/** The explorer's model and the map's, built again only when a choice changes. */
function useExplorerModels(input: ExplorerInput) {
  const { index, place, indicatorId, geography, benchmark, palette, breakdown } = input;
  const model = useMemo(
    () => buildExplorerModel({ index, place, indicatorId, geography, benchmark, palette, breakdown }),
    [index, place, indicatorId, geography, benchmark, palette, breakdown],
  );
  const mapModel = useMemo(
    () => buildMapModel(index, place, indicatorId, geography, undefined, breakdown),
    [index, place, indicatorId, geography, breakdown],
  );
  const figures = useMemo(() => new Map(mapModel?.areas.map((a) => [a.code, a]) ?? []), [mapModel]);
  return { model, mapModel, figures };
}

export default function ExplorerView({ data }: ViewProps) {
  const [url, setUrl] = useUrlParams(URL_KEYS_USED);
  const { index, snapshot } = data;
  const { place, boundaries } = snapshot;
  const selection = resolveSeries(index, { indicatorId: url.indicator, breakdown: breakdownRequest(url), fallbackId: place.defaultIndicator });
  const indicatorId = selection?.meta.id ?? place.defaultIndicator;
  const breakdown = selection?.breakdown;
  const meta = selection?.meta;
  const geographies = meta ? availableGeographies(meta) : [];
  const geography: Geography = pickOffered(url.geo, geographies, 'ward');
  const benchmarkChoice = url.benchmark;
  const palette = url.palette;
  const chartHost = useRef<HTMLDivElement>(null);

  const { model, mapModel, figures } = useExplorerModels({ index, place, indicatorId, geography, benchmark: benchmarkChoice, palette, breakdown });

  if (!model || !meta || !mapModel || !selection) return <p role="alert">The indicator “{indicatorId}” is not in this snapshot.</p>;

  const selected = model.rows.find((r) => r.code === url.area) ?? null;
  const selectedCode = selected?.code ?? null;
  const select = (code: string) => setUrl({ area: code === selectedCode ? null : code });
  const periodRows = index.rows(indicatorId, model.period, model.breakdown);
  const areaNotice = unknownAreaNotice(url.area, model.rows, model.areaPlural, 'no area selected');
  const options = benchmarkOptions(place.country, place.localAuthority, (code) => hasFigure(periodRows, code));
  const indicators = [...index.meta.values()].filter((m) => index.latestPeriod(m.id) !== undefined);
  const source = sourceLine(meta);
  const areaWord = GEOGRAPHY_LABEL[geography].singular;

  return (
    <div className="explorer">
      <ExplorerControls
        indicators={indicators}
        indicatorId={indicatorId}
        geographies={geographies}
        geography={geography}
        benchmarkOptions={options}
        benchmark={benchmarkChoice}
        palette={palette}
        onlyLabel={`${place.localAuthority.name} and ${place.country.name} only`}
        onChange={setUrl}
      >
        <BreakdownChoice
          breakdowns={selection.breakdowns}
          breakdown={selection.breakdown}
          note={selection.headlineNote}
          onChange={(changes) => setUrl({ ...changes, area: null })}
        />
      </ExplorerControls>
      <LinkNotices notices={areaNotice ? [...selection.notices, areaNotice] : selection.notices} />

      {geographies.length === 0 ? (
        <PlaceOnlyNotice meta={meta} placeName={place.localAuthority.name} countryName={place.country.name} />
      ) : (
        <ExplorerBody
          model={model}
          mapModel={mapModel}
          meta={meta}
          areaWord={areaWord}
          boundaries={boundaries}
          geography={geography}
          figures={figures}
          selected={selected}
          source={source}
          onSelect={select}
          onClear={() => setUrl({ area: null })}
          chartHost={chartHost}
        />
      )}

      <ExplorerFootnotes meta={meta} source={source} />
    </div>
  );
}
