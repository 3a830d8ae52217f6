import { useMemo } from 'react';
import { useUrlParams } from '../../ui/url/useUrlParams';
import type { UrlKey } from '../../ui/url/keys';
import { useReportShownIndicator } from '../../ui/shownIndicator';
import { AuthorityTable } from './AuthorityTable';
import { DistributionChart } from './DistributionChart';
import { SourceAndCaveats } from '../../ui/IndicatorControls';
import { AuthorityControls } from './AuthorityControls';
import { AuthorityFacts } from './AuthorityFacts';
import { useAuthorities } from '../../data/useAuthorities';
import { bundledAuthorityIds } from '../../data/loadAuthorities';
import { authorityBreakdowns, authorityPeriods, buildAuthoritiesModel, choosePeriod, RANK_METHOD } from './model';
import { LinkNotices } from '../../ui/SeriesParts';
import { breakdownKey } from '../../core/breakdown';
import { breakdownRequest, offeredIndicator, resolveOffered } from '../../core/selection';
import '../../ui/seriesPage.css';
import './styles.css';
import { type ViewProps } from '../../ui/viewProps';
import { placeRole } from '../../core/indicatorRoles';
import type { IndicatorIndex } from '../../core/indicatorIndex';
import type { IndicatorRow } from '../../domain/indicators';
import { tableCaption } from './distribution';

/** The address-bar keys this view reads and writes. */
const URL_KEYS_USED = ['indicator', 'sex', 'age', 'cat', 'period', 'palette'] as const satisfies readonly UrlKey[];

/**
 * The indicators with figures for England's authorities: the bundled ones (one file each, fetched when
 * shown) and any imported authority-level data, a new Fingertips export say (known from the dataset
 * records, so no imported row is read to offer it).
 */
function useOfferedIndicators(imported: ReadonlySet<string>, index: IndicatorIndex) {
  return useMemo(() => {
    const ids = new Set([...bundledAuthorityIds(), ...imported]);
    return [...index.meta.values()].filter((m) => ids.has(m.id));
  }, [imported, index]);
}

/**
 * The chosen indicator's rows: every authority's (the bundled file's, or an imported indicator's other
 * authorities, once read) beside the place's own imported rows, read at page load.
 */
function useAuthorityRows(bundled: IndicatorRow[] | undefined, imported: IndicatorRow[], indicatorId: string) {
  return useMemo(() => {
    if (!bundled) return undefined;
    const own = imported.filter((r) => r.indicatorId === indicatorId);
    return own.length === 0 ? bundled : [...bundled, ...own];
  }, [bundled, imported, indicatorId]);
}

/** "Where does York stand among England's local authorities?" */
export default function AuthoritiesView({ data }: ViewProps) {
  const [url, setUrl] = useUrlParams(URL_KEYS_USED);
  const { snapshot, index } = data;
  const { place } = snapshot;
  const offered = useOfferedIndicators(data.importedAuthorityIds, index);
  // The indicator is chosen before its rows are fetched; its breakdowns and periods once they are in.
  const fallbackId = placeRole(place, 'defaultAuthority') ?? '';
  const chosenId = offeredIndicator(offered, url.indicator, fallbackId)?.id ?? '';
  const authorities = useAuthorities(chosenId);
  const rows = useAuthorityRows(authorities.data?.rows, data.importedRows, chosenId);
  const selection = resolveOffered(
    offered,
    index.meta,
    { indicatorId: url.indicator, breakdown: breakdownRequest(url), fallbackId },
    (id) => (rows ? authorityBreakdowns(rows, id) : []),
  );
  const meta = selection?.meta;
  const indicatorId = meta?.id ?? '';
  useReportShownIndicator(meta);
  const breakdown = selection?.breakdown;
  const breakdowns = selection?.breakdowns;
  const periods = useMemo(() => (rows && indicatorId && breakdown ? authorityPeriods(rows, indicatorId, breakdown) : []), [rows, indicatorId, breakdown]);
  const period = rows && breakdown ? choosePeriod(periods, url.period, rows, indicatorId, breakdown, place.localAuthority.code) : undefined;
  const palette = url.palette;

  const model = useMemo(
    () =>
      rows && meta && period && breakdown && breakdowns
        ? buildAuthoritiesModel({ meta, period, breakdown, breakdowns, rows, place: place.localAuthority, country: place.country })
        : null,
    [rows, meta, period, breakdown, breakdowns, place],
  );

  if (chosenId !== '' && (authorities.isPending || authorities.error)) return <AuthoritiesLoading pending={authorities.isPending} error={authorities.error} />;
  if (!meta || !model || !period || !selection) {
    return <p role="alert">No indicator in this snapshot has figures for England’s local authorities.</p>;
  }

  const sexText = model.breakdownText ? `, ${model.breakdownText}` : '';
  const name = place.localAuthority.name;

  return (
    <article className="au-view">
      <AuthorityControls offered={offered} indicatorId={indicatorId} periods={periods} period={period} selection={selection} palette={palette} onChange={setUrl} />
      <LinkNotices notices={selection.notices} />
      {authorities.data?.warnings.map((w) => (
        <p key={w} role="status" className="warning">
          {w}
        </p>
      ))}

      <h2 className="tr-title">
        {meta.name}
        {sexText}: {name} among {model.ranked} local authorities, {period}
      </h2>
      <p className="summary" id="au-summary">
        {model.summary}
      </p>
      <p className="definition">{meta.definition}</p>

      <AuthorityFacts model={model} meta={meta} period={period} countryName={place.country.name} />

      <DistributionChart model={model} palette={palette} placeName={name} />

      <h3 className="tr-table-title">Every authority in a table</h3>
      <AuthorityTable
        key={`${indicatorId}|${period}|${breakdownKey(model.breakdown)}`}
        model={model}
        palette={palette}
        placeName={name}
        caption={tableCaption(meta, sexText, period, model.entries.length)}
      />

      <SourceAndCaveats meta={meta} extra={[RANK_METHOD]} />
    </article>
  );
}

/** While the authorities' figures load, or why they could not be. */
function AuthoritiesLoading({ pending, error }: { pending: boolean; error: Error | null }) {
  if (!pending && error) {
    return (
      <p role="alert">
        The figures for England’s authorities could not be loaded: {error.message}. Reload the page to try again.
      </p>
    );
  }
  return (
    <p aria-live="polite" className="au-loading">
      Loading the figures for every English local authority…
    </p>
  );
}
