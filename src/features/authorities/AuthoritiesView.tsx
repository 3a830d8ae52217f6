import { useMemo } from 'react';
import { useUrlParams } from '../../ui/url/useUrlParams';
import type { UrlKey } from '../../ui/url/keys';
import { useReportShownIndicator } from '../../ui/shownIndicator';
import { AuthorityTable } from './AuthorityTable';
import { DistributionChart } from './DistributionChart';
import { IndicatorSelect, SourceAndCaveats } from '../../ui/IndicatorControls';
import { PaletteSelect } from '../../ui/controls';
import { useAuthorities } from '../../data/useAuthorities';
import { authorityBreakdowns, authorityIndicatorIds, authorityPeriods, buildAuthoritiesModel, choosePeriod, RANK_METHOD } from './model';
import { BreakdownChoice, LinkNotices } from '../../ui/SeriesParts';
import { breakdownKey } from '../../core/breakdown';
import { breakdownRequest, CLEAR_BREAKDOWN, resolveOffered } from '../../core/selection';
import '../../ui/seriesPage.css';
import './styles.css';
import { polarityText } from '../../core/format';
import { type ViewProps } from '../../ui/viewProps';
import { placeRole } from '../../core/indicatorRoles';

/** The address-bar keys this view reads and writes. */
const URL_KEYS_USED = ['indicator', 'sex', 'age', 'cat', 'period', 'palette'] as const satisfies readonly UrlKey[];

/** "Where does York stand among England's local authorities?" */
export default function AuthoritiesView({ data }: ViewProps) {
  const [url, setUrl] = useUrlParams(URL_KEYS_USED);
  const { snapshot, index } = data;
  const { place } = snapshot;
  const authorities = useAuthorities(snapshot.indicators);
  // Imported authority-level data (a new Fingertips export, say) sits beside the bundled authorities.
  const rows = useMemo(() => {
    if (!authorities.data) return undefined;
    const imported = data.importedRows;
    return imported.length === 0 ? authorities.data.rows : [...authorities.data.rows, ...imported];
  }, [authorities.data, data.importedRows]);

  const offered = useMemo(() => {
    if (!rows) return [];
    const ids = authorityIndicatorIds(rows);
    return [...index.meta.values()].filter((m) => ids.has(m.id));
  }, [rows, index]);
  const selection = resolveOffered(
    offered,
    index.meta,
    { indicatorId: url.indicator, breakdown: breakdownRequest(url), fallbackId: placeRole(place, 'defaultAuthority') ?? '' },
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

  if (authorities.isPending) {
    return (
      <p aria-live="polite" className="au-loading">
        Loading the figures for every English local authority…
      </p>
    );
  }
  if (authorities.error) {
    return (
      <p role="alert">
        The figures for England’s authorities could not be loaded: {authorities.error.message}. Reload the page to try again.
      </p>
    );
  }
  if (!meta || !model || !period || !selection) {
    return <p role="alert">No indicator in this snapshot has figures for England’s local authorities.</p>;
  }

  const sexText = model.breakdownText ? `, ${model.breakdownText}` : '';
  const name = place.localAuthority.name;

  return (
    <article className="au-view">
      <section className="controls" aria-label="Choose what to show">
        <IndicatorSelect indicators={offered} value={indicatorId} onChange={(id) => setUrl({ indicator: id, period: null, ...CLEAR_BREAKDOWN })} />
        <label>
          Period
          <select value={period} onChange={(e) => setUrl({ period: e.target.value })}>
            {[...periods].reverse().map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        <BreakdownChoice breakdowns={selection.breakdowns} breakdown={selection.breakdown} note={selection.headlineNote} onChange={setUrl} />
        <PaletteSelect palette={palette} setUrl={setUrl} />
      </section>
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

      <dl className="au-facts">
        <div>
          <dt>Rank</dt>
          <dd>
            <span id="au-rank">{model.rankText}</span> {polarityText(meta)}
          </dd>
        </div>
        {model.coverageText && (
          <div>
            <dt>Which authorities</dt>
            <dd id="au-coverage">{model.coverageText}</dd>
          </div>
        )}
        {model.quarterText && (
          <div>
            <dt>Quarter</dt>
            <dd id="au-quarter">{model.quarterText}</dd>
          </div>
        )}
        {model.comparisonText && (
          <div>
            <dt>Compared with {place.country.name}</dt>
            <dd id="au-comparison">{model.comparisonText}</dd>
          </div>
        )}
        {model.missing > 0 && (
          <div>
            <dt>No data</dt>
            <dd>
              {model.missing} {model.missing === 1 ? 'authority has' : 'authorities have'} no figure for {period}: {model.missing === 1 ? 'it is' : 'they are'} listed in the table as “No data” and
              not ranked.
            </dd>
          </div>
        )}
      </dl>

      <DistributionChart model={model} palette={palette} placeName={name} />

      <h3 className="tr-table-title">Every authority in a table</h3>
      <AuthorityTable
        key={`${indicatorId}|${period}|${breakdownKey(model.breakdown)}`}
        model={model}
        palette={palette}
        placeName={name}
        caption={`${meta.name}${sexText}, ${meta.unit === '%' ? 'per cent' : meta.unit}, ${period}: ${model.entries.length} authorities`}
      />

      <SourceAndCaveats meta={meta} extra={[RANK_METHOD]} />
    </article>
  );
}
