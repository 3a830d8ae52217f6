import { useMemo } from 'react';
import { useUrlParams } from '../../ui/url/useUrlParams';
import type { UrlKey } from '../../ui/url/keys';
import { useReportShownIndicator } from '../../ui/shownIndicator';
import { ComparatorPicker } from './ComparatorPicker';
import { SourceAndCaveats } from '../../ui/IndicatorControls';
import { LinkNotices } from '../../ui/SeriesParts';
import { RecentChange } from './RecentChange';
import { TrendControls } from './TrendControls';
import { TrendWarnings } from './TrendWarnings';
import { breakdownSuffix, trendTableCaption } from './trendWords';
import { breakdownRequest, CLEAR_BREAKDOWN, resolveOffered } from '../../core/selection';
import { TrendChart } from './TrendChart';
import { TrendTable } from './TrendTable';
import { useAuthorities } from '../../data/useAuthorities';
import { trendBreakdowns, trendIndicators } from './model';
import { MAX_COMPARATORS, useComparedTrend } from './useComparedTrend';
import '../../ui/seriesPage.css';
import './styles.css';
import { polarityText } from '../../core/format';
import { type ViewProps } from '../../ui/viewProps';
import { placeRole } from '../../core/indicatorRoles';

export { MAX_COMPARATORS };

/** The address-bar keys this view reads and writes. */
const URL_KEYS_USED = ['indicator', 'sex', 'age', 'cat', 'period', 'palette', 'compare'] as const satisfies readonly UrlKey[];

/** "How has York changed over time, beside England, the region and authorities we choose?" */
export default function TrendsView({ data }: ViewProps) {
  const [url, setUrl] = useUrlParams(URL_KEYS_USED);
  const { snapshot, index, rows } = data;
  const { place } = snapshot;

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
  const palette = url.palette;
  const authorities = useAuthorities(indicatorId);
  const { options, comparatorCodes, comparators, model } = useComparedTrend(selection, rows, authorities.data?.rows, place, url.compare);

  if (!meta || !model || !selection) {
    return <p role="alert">No indicator in this snapshot has figures for {place.localAuthority.name} in more than one period, so no trend can be drawn.</p>;
  }

  const setComparators = (codes: string[]) => setUrl({ compare: codes });
  const placeName = place.localAuthority.name;

  return (
    <article className="tr-view">
      <TrendControls
        offered={offered}
        indicatorId={indicatorId}
        selection={selection}
        palette={palette}
        onIndicator={(id) => setUrl({ indicator: id, ...CLEAR_BREAKDOWN, period: null })}
        onBreakdown={setUrl}
        onPalette={setUrl}
      />
      <LinkNotices notices={selection.notices} />

      <h2 className="tr-title">
        {meta.name}
        {breakdownSuffix(model.breakdownText)}: {placeName} over time
      </h2>
      <p className="summary" id="tr-summary">
        {model.summary}
      </p>
      <p className="definition">{meta.definition}</p>

      <RecentChange placeName={placeName} statements={model.recent.statements} polarity={polarityText(meta)} />

      <ComparatorPicker
        options={options}
        chosen={comparators}
        max={MAX_COMPARATORS}
        loading={authorities.isPending}
        onAdd={(code) => setComparators([...comparatorCodes, code])}
        onRemove={(code) => setComparators(comparatorCodes.filter((c) => c !== code))}
        onClear={() => setComparators([])}
      />
      <TrendWarnings
        loadError={authorities.error ? authorities.error.message : null}
        warnings={authorities.data?.warnings ?? []}
        withoutData={model.comparatorsWithoutData}
        breakdownText={model.breakdownText}
        placeName={placeName}
        countryName={place.country.name}
      />

      <TrendChart model={model} palette={palette} placeName={placeName} countryName={place.country.name} />

      <h3 className="tr-table-title">The same figures as a table</h3>
      <TrendTable model={model} palette={palette} caption={trendTableCaption(meta.name, model.breakdownText, meta.unit, model.series.map((s) => s.name))} />

      <SourceAndCaveats meta={meta} />
    </article>
  );
}
