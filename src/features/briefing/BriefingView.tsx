import { useEffect, useMemo } from 'react';
import { useUrlParams } from '../../ui/url/useUrlParams';
import type { UrlKey } from '../../ui/url/keys';
import { AreaMap } from '../../ui/AreaMap';
import { AreaPanel } from '../../ui/AreaPanel';
import { MapLegend } from '../../ui/MapLegend';
import { OGL_V3_URL } from '../../domain/place';
import { briefingFindings, groupProfileLines, resolveBriefingArea } from './model';
import { aggregateGroup } from '../../core/wardGroups';
import { formatValue } from '../../core/format';
import { buildAreaProfile, buildMapModel, mapSummary } from '../../core/mapModel';
import './styles.css';
import { type ViewProps } from '../../ui/viewProps';
import { longDate } from '../../ui/longDate';

/** The address-bar keys this view reads and writes. */
const URL_KEYS_USED = ['area', 'group', 'palette'] as const satisfies readonly UrlKey[];

/** An A4 briefing for a councillor: one ward or the whole city, printable, every page named and dated. */
export default function BriefingView({ data }: ViewProps) {
  const [url, setUrl] = useUrlParams(URL_KEYS_USED);
  const { index, snapshot } = data;
  const { place } = snapshot;
  const area = resolveBriefingArea(place, url.area, url.group);
  const palette = url.palette;
  const groupKey = area.kind === 'group' ? area.wardCodes.join(',') : '';
  const lines = useMemo(
    () =>
      area.kind === 'group'
        ? groupProfileLines(area.name, aggregateGroup(index, place, groupKey.split(',')))
        : buildAreaProfile(index, place, area.code),
    [index, place, area.kind, area.name, area.code, groupKey],
  );
  const groupWardNames = place.wards.filter((w) => area.wardCodes.includes(w.code)).map((w) => w.name);
  const findings = useMemo(() => briefingFindings(area.name, lines), [area.name, lines]);
  const mapModel = useMemo(() => buildMapModel(index, place, place.defaultIndicator, 'ward'), [index, place]);
  const figures = useMemo(() => new Map(mapModel?.areas.map((a) => [a.code, a]) ?? []), [mapModel]);
  const worse = findings.filter((f) => f.direction === 'worse');
  const better = findings.filter((f) => f.direction === 'better');
  const date = longDate(place.snapshotDate);
  const usedSources = [...new Set(lines.map((l) => `${l.meta.source} (${l.meta.publisher}). ${l.meta.licence}.`))];
  const attributions = [...new Set(snapshot.manifest.sources.map((s) => s.attribution))];
  const runningHead = `${area.name} · Health briefing · Data snapshot of ${date} · ${place.alliance}`;

  useEffect(() => {
    // Read by the @page margin box in briefing.css; JSON.stringify makes it a quoted CSS string.
    document.documentElement.style.setProperty('--briefing-running-head', JSON.stringify(runningHead));
    return () => {
      document.documentElement.style.removeProperty('--briefing-running-head');
    };
  }, [runningHead]);

  return (
    <article className="briefing">
      <div className="briefing-controls no-print">
        <label>
          Briefing for
          <select value={area.kind === 'ward' ? area.code : area.kind === 'group' ? 'group' : ''} onChange={(e) => setUrl({ area: e.target.value || null, group: null })}>
            {area.kind === 'group' && <option value="group">{area.name} (ward group)</option>}
            <option value="">{place.localAuthority.name} (whole city)</option>
            {place.wards.map((w) => (
              <option key={w.code} value={w.code}>
                {w.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>

      <header className="briefing-title">
        <h2>
          {area.name}: health and inequalities briefing
        </h2>
        {area.notice && (
          <p role="status" className="warning no-print">
            {area.notice}
          </p>
        )}
        <p>
          {area.kind === 'ward'
            ? `Electoral ward of ${place.localAuthority.displayName}`
            : area.kind === 'group'
              ? `A group of ${groupWardNames.length} wards of ${place.localAuthority.displayName}: ${groupWardNames.join(', ')}. Counts and denominators are added up across the wards and intervals recalculated; figures that cannot be added up (scores, averages, age-standardised rates) are left out`
              : place.localAuthority.displayName}
          . Data snapshot of{' '}
          {date}. Prepared from open data by the {place.alliance} population health dashboard.
        </p>
        <p className="briefing-how">
          Figures are compared with England, or with {place.localAuthority.name} where England’s figure is not in the data. “Significantly”
          means the range within which the true value is likely to lie (95% confidence interval) does not include the benchmark.
        </p>
      </header>

      <section className="briefing-section">
        <h3>Key findings</h3>
        {worse.length === 0 && <p>No indicator is significantly worse than the benchmark for {area.name}.</p>}
        {worse.length > 0 && (
          <>
            <p>
              <strong>Where {area.name} is significantly worse</strong> ({worse.length}):
            </p>
            <ol>
              {worse.slice(0, 6).map((f) => (
                <li key={f.key} data-series={f.key}>{f.sentence}</li>
              ))}
            </ol>
          </>
        )}
        {better.length > 0 && (
          <>
            <p>
              <strong>Where {area.name} is significantly better</strong> ({better.length}):
            </p>
            <ul>
              {better.slice(0, 4).map((f) => (
                <li key={f.key} data-series={f.key}>{f.sentence}</li>
              ))}
            </ul>
          </>
        )}
      </section>

      {mapModel && (
        <section className="briefing-section briefing-map">
          <h3>
            {mapModel.meta.name} across {place.localAuthority.name}’s wards, {mapModel.period}
          </h3>
          <p>{mapSummary(mapModel)}</p>
          <AreaMap
            features={snapshot.boundaries.wards}
            outline={snapshot.boundaries.authority}
            figures={figures}
            indicatorName={mapModel.meta.name}
            selectedCode={area.kind === 'ward' ? area.code : null}
            showLabels
            showBasemap={false}
            onSelect={(code) => setUrl({ area: code })}
          />
          <MapLegend
            meta={mapModel.meta}
            period={mapModel.period}
            classification={mapModel.classification}
            missingCount={mapModel.missingCount}
            references={[
              { name: place.localAuthority.name, valueText: mapModel.place.valueText },
              ...(mapModel.benchmark ? [{ name: mapModel.benchmark.name, valueText: formatValue(mapModel.benchmark.row.value, mapModel.meta) }] : []),
            ]}
          />
        </section>
      )}

      <section className="briefing-section briefing-table">
        <AreaPanel
          areaName={area.name}
          placeName={place.localAuthority.name}
          countryName={place.country.name}
          isPlace={area.kind === 'place'}
          lines={lines}
          palette={palette}
        />
      </section>

      <section className="briefing-section briefing-sources">
        <h3>Sources</h3>
        <ul>
          {usedSources.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
        <p>
          All data are open data under the Open Government Licence v3.0 ({OGL_V3_URL})
          {lines.some((l) => l.meta.licence.includes('Parliament')) ? `, and the Open Parliament Licence v3.0 for House of Commons Library estimates` : ''}.
        </p>
        <ul>
          {attributions.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      </section>
    </article>
  );
}
