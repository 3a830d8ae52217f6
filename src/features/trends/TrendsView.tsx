import { useMemo } from 'react';
import { useUrlParams } from '../../ui/url/useUrlParams';
import type { UrlKey } from '../../ui/url/keys';
import { useReportShownIndicator } from '../../ui/shownIndicator';
import { ComparatorPicker } from './ComparatorPicker';
import { IndicatorSelect, SourceAndCaveats } from '../../ui/IndicatorControls';
import { BreakdownChoice, LinkNotices } from '../../ui/SeriesParts';
import { breakdownRequest, CLEAR_BREAKDOWN, resolveOffered } from '../../core/selection';
import { PaletteSelect } from '../../ui/controls';
import { TrendChart } from './TrendChart';
import { TrendTable } from './TrendTable';
import { useAuthorities } from '../../data/useAuthorities';
import { buildTrendsModel, pickComparators, trendBreakdowns, trendIndicators } from './model';
import { TREND_METHOD } from '../../core/periodChange';
import '../../ui/seriesPage.css';
import './styles.css';
import { authorityList } from '../../core/authorityList';
import { polarityText } from '../../core/format';
import { type ViewProps } from '../../ui/viewProps';
import { placeRole } from '../../core/indicatorRoles';

export const MAX_COMPARATORS = 5;

/** The address-bar keys this view reads and writes. */
const URL_KEYS_USED = ['indicator', 'sex', 'age', 'cat', 'period', 'palette', 'compare'] as const satisfies readonly UrlKey[];

/** "How has York changed over time, beside England, the region and authorities we choose?" */
export default function TrendsView({ data }: ViewProps) {
  const [url, setUrl] = useUrlParams(URL_KEYS_USED);
  const { snapshot, index, rows } = data;
  const { place } = snapshot;
  const authorities = useAuthorities(snapshot.indicators);

  const offered = useMemo(() => trendIndicators(index.meta.values(), rows, place.localAuthority.code), [index, rows, place]);
  const selection = resolveOffered(
    offered,
    index.meta,
    { indicatorId: url.indicator, breakdown: breakdownRequest(url), fallbackId: placeRole(place, 'defaultTrend') ?? '' },
    (id) => trendBreakdowns(rows, id, place.localAuthority.code),
  );
  const meta = selection?.meta;
  const indicatorId = meta?.id ?? '';
  useReportShownIndicator(meta);
  const breakdown = selection?.breakdown;
  const breakdowns = selection?.breakdowns;
  const palette = url.palette;

  const authorityRows = authorities.data?.rows;
  const options = useMemo(() => (authorityRows ? authorityList(authorityRows).filter((a) => a.code !== place.localAuthority.code) : []), [authorityRows, place]);
  const names = useMemo(() => new Map(options.map((o) => [o.code, o.name])), [options]);
  const comparatorCodes = pickComparators(url.compare, names, MAX_COMPARATORS, place.localAuthority.code);
  const comparators = comparatorCodes.map((code) => ({ code, name: names.get(code) ?? code }));
  const compareKey = comparatorCodes.join(',');

  const model = useMemo(
    () =>
      meta && breakdown && breakdowns
        ? buildTrendsModel({
            indicatorId,
            breakdown,
            breakdowns,
            meta,
            snapshotRows: rows,
            authorityRows: authorityRows ?? [],
            place: place.localAuthority,
            region: place.region,
            country: place.country,
            comparators: compareKey === '' ? [] : compareKey.split(',').map((code) => ({ code, name: names.get(code) ?? code })),
          })
        : null,
    [meta, indicatorId, breakdown, breakdowns, rows, authorityRows, place, compareKey, names],
  );

  if (!meta || !model || !selection) {
    return <p role="alert">No indicator in this snapshot has figures for {place.localAuthority.name} in more than one period, so no trend can be drawn.</p>;
  }

  const setComparators = (codes: string[]) => setUrl({ compare: codes });
  const sexText = model.breakdownText ? `, ${model.breakdownText}` : '';
  const areaNames = model.series.map((s) => s.name);

  return (
    <article className="tr-view">
      <section className="controls" aria-label="Choose what to show">
        <IndicatorSelect indicators={offered} value={indicatorId} onChange={(id) => setUrl({ indicator: id, ...CLEAR_BREAKDOWN, period: null })} />
        <BreakdownChoice breakdowns={selection.breakdowns} breakdown={selection.breakdown} note={selection.headlineNote} onChange={setUrl} />
        <PaletteSelect palette={palette} setUrl={setUrl} />
      </section>
      <LinkNotices notices={selection.notices} />

      <h2 className="tr-title">
        {meta.name}
        {sexText}: {place.localAuthority.name} over time
      </h2>
      <p className="summary" id="tr-summary">
        {model.summary}
      </p>
      <p className="definition">{meta.definition}</p>

      <section className="tr-change" aria-labelledby="tr-change-title">
        <h3 id="tr-change-title">Recent change in {place.localAuthority.name}</h3>
        <ul id="tr-change-list">
          {model.recent.statements.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
        <p className="tr-polarity">{polarityText(meta)}</p>
        <p className="tr-method">{TREND_METHOD}</p>
      </section>

      <ComparatorPicker
        options={options}
        chosen={comparators}
        max={MAX_COMPARATORS}
        loading={authorities.isPending}
        onAdd={(code) => setComparators([...comparatorCodes, code])}
        onRemove={(code) => setComparators(comparatorCodes.filter((c) => c !== code))}
        onClear={() => setComparators([])}
      />
      {authorities.error && (
        <p role="alert" className="warning">
          The figures for other authorities could not be loaded ({authorities.error.message}). {place.localAuthority.name} and {place.country.name} are shown.
        </p>
      )}
      {authorities.data?.warnings.map((w) => (
        <p key={w} role="status" className="warning">
          {w}
        </p>
      ))}
      {model.comparatorsWithoutData.length > 0 && (
        <p role="status" className="warning">
          No figures for {model.comparatorsWithoutData.join(', ')} for this indicator{sexText ? ` (${sexText.slice(2)})` : ''}: {model.comparatorsWithoutData.length === 1 ? 'it is' : 'they are'} not in
          the chart.
        </p>
      )}

      <TrendChart model={model} palette={palette} placeName={place.localAuthority.name} countryName={place.country.name} />

      <h3 className="tr-table-title">The same figures as a table</h3>
      <TrendTable
        model={model}
        palette={palette}
        caption={`${meta.name}${sexText}, ${meta.unit === '%' ? 'per cent' : meta.unit}, by period: ${areaNames.join(', ')}`}
      />

      <SourceAndCaveats meta={meta} />
    </article>
  );
}
