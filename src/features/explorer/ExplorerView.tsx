import { useMemo, useRef } from 'react';
import { useUrlParams } from '../../ui/url/useUrlParams';
import { pickOffered, type UrlKey } from '../../ui/url/keys';
import { AreaMap } from '../../ui/AreaMap';
import { MapLegend } from '../../ui/MapLegend';
import { Downloads } from './Downloads';
import { ExplorerControls } from './ExplorerControls';
import { ExplorerTable } from './ExplorerTable';
import { OutcomeLegend } from './OutcomeLegend';
import { RankedBarChart } from './RankedBarChart';
import { buildExplorerModel } from './model';
import { availableGeographies, buildMapModel, GEOGRAPHY_LABEL, type Geography } from '../../core/mapModel';
import { BreakdownChoice, LinkNotices } from '../../ui/SeriesParts';
import { breakdownRequest, resolveSeries, unknownAreaNotice } from '../../core/selection';
import './styles.css';
import { type ViewProps } from '../../ui/viewProps';

/** The address-bar keys the explorer reads and writes (the breakdown choice clears the period). */
const URL_KEYS_USED = ['indicator', 'sex', 'age', 'cat', 'period', 'geo', 'area', 'benchmark', 'palette'] as const satisfies readonly UrlKey[];

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

  const model = useMemo(
    () => buildExplorerModel({ index, place, indicatorId, geography, benchmark: benchmarkChoice, palette, breakdown }),
    [index, place, indicatorId, geography, benchmarkChoice, palette, breakdown],
  );
  const mapModel = useMemo(
    () => buildMapModel(index, place, indicatorId, geography, undefined, breakdown),
    [index, place, indicatorId, geography, breakdown],
  );
  const figures = useMemo(() => new Map(mapModel?.areas.map((a) => [a.code, a]) ?? []), [mapModel]);

  if (!model || !meta || !mapModel || !selection) return <p role="alert">The indicator “{indicatorId}” is not in this snapshot.</p>;

  const selected = model.rows.find((r) => r.code === url.area) ?? null;
  const selectedCode = selected?.code ?? null;
  const select = (code: string) => setUrl({ area: code === selectedCode ? null : code });
  const periodRows = index.rows(indicatorId, model.period, model.breakdown);
  const areaNotice = unknownAreaNotice(url.area, model.rows, model.areaPlural, 'no area selected');
  const hasValue = (code: string) => {
    const v = periodRows.get(code)?.value;
    return v !== null && v !== undefined;
  };
  const benchmarkOptions = [
    { choice: 'country' as const, label: place.country.name, hint: hasValue(place.country.code) ? '' : 'no figure for this indicator' },
    { choice: 'place' as const, label: place.localAuthority.name, hint: hasValue(place.localAuthority.code) ? '' : 'no figure for this indicator' },
    { choice: 'none' as const, label: 'No comparison', hint: '' },
  ];
  const indicators = [...index.meta.values()].filter((m) => index.latestPeriod(m.id) !== undefined);
  const source = `Source: ${meta.source} (${meta.publisher}), ${meta.period}. ${meta.licence}.`;
  const areaWord = GEOGRAPHY_LABEL[geography].singular;

  return (
    <div className="explorer">
      <ExplorerControls
        indicators={indicators}
        indicatorId={indicatorId}
        geographies={geographies}
        geography={geography}
        benchmarkOptions={benchmarkOptions}
        benchmark={benchmarkChoice}
        palette={palette}
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

      {model.resolved.note && (
        <p className="explorer-note" role="status">
          {model.resolved.note}
        </p>
      )}
      <p className="summary" id="explorer-summary">
        {model.summary}
      </p>
      <p className="definition">{meta.definition}</p>

      {/* Always in the page, so screen readers announce a new selection. */}
      <div aria-live="polite">
        {selected && (
          <div className="explorer-selected">
            <p>
              <strong>{selected.name}</strong>: {selected.valueText}
              {selected.intervalText && ` (95% confidence interval ${selected.intervalText})`}
              {selected.value !== null && `, ${selected.comparisonText}`}
              {selected.rank !== null && `. Ranked ${selected.rank} of ${model.bars.length}, 1 = highest`}.
            </p>
            <button type="button" className="secondary" onClick={() => setUrl({ area: null })}>
              Clear selection
            </button>
          </div>
        )}
      </div>

      <div className="explorer-layout">
        <section className="explorer-chart-panel" aria-labelledby="explorer-chart-title">
          <h2 id="explorer-chart-title" className="explorer-title">
            {model.title}
          </h2>
          <p className="explorer-subtitle">{model.subtitle}</p>
          <OutcomeLegend model={model} />
          {model.bars.length > 0 ? (
            <RankedBarChart model={model} selectedCode={selectedCode} onSelect={select} hostRef={chartHost} />
          ) : (
            <p>No {areaWord} has a value for this indicator, so there is no chart.</p>
          )}
          {model.missing.length > 0 && (
            <div className="explorer-missing">
              <p>
                <strong>
                  No data for {model.missing.length} {model.missing.length === 1 ? areaWord : model.areaPlural}
                </strong>{' '}
                (not drawn, not counted as zero):
              </p>
              <ul>
                {model.missing.map((m) => (
                  <li key={m.code}>
                    {m.name}: {m.missingNote}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <p className="explorer-chart-note">
            Bars are ranked from the highest value to the lowest. Select a bar, a name or a row of the table to
            highlight that {areaWord} on the chart and the map.
          </p>
          <Downloads model={model} chartHost={chartHost} source={source} />
        </section>

        <section className="explorer-map-panel" aria-labelledby="explorer-map-title">
          <h2 id="explorer-map-title" className="explorer-title">
            Map: {model.name}, by {areaWord}
          </h2>
          <p className="explorer-subtitle">
            Shaded by value, not by comparison: darker means a {meta.polarity === 'high-is-good' ? 'lower' : 'higher'} value.
          </p>
          <AreaMap
            features={boundaries[`${geography}s`]}
            outline={boundaries.authority}
            figures={figures}
            indicatorName={model.name}
            selectedCode={selectedCode}
            showLabels={geography === 'ward'}
            showBasemap={false}
            onSelect={select}
          />
          <MapLegend
            meta={meta}
            name={model.name}
            period={model.period}
            classification={mapModel.classification}
            missingCount={mapModel.missingCount}
            references={model.references.map((r) => ({ name: r.name, valueText: r.valueText }))}
          />
        </section>
      </div>

      <ExplorerTable model={model} selectedCode={selectedCode} onSelect={select} />

      {meta.caveats.length > 0 && (
        <ul className="caveats">
          {meta.caveats.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
      <p className="explorer-source">{source}</p>
    </div>
  );
}
