import { useMemo } from 'react';
import { useUrlParams } from '../../ui/url/useUrlParams';
import { pickOffered, type UrlKey } from '../../ui/url/keys';
import { GradientChart } from './GradientChart';
import { GradientTable } from './GradientTable';
import { formatNumber, formatWhole } from '../../core/format';
import {
  buildInequalityModel,
  gapUnits,
  inequalityGeographies,
  inequalityIndicators,
  type InequalityGeography,
} from './model';
import { placeRole } from '../../core/indicatorRoles';
import './styles.css';
import { BreakdownChoice, LinkNotices } from '../../ui/SeriesParts';
import { breakdownRequest, CLEAR_BREAKDOWN, resolveSeries } from '../../core/selection';
import { IndicatorOptions, PaletteSelect } from '../../ui/controls';
import { type ViewProps } from '../../ui/viewProps';
import { signed } from './signed';

const GEO_LABEL: Record<InequalityGeography, { plural: string; words: string }> = {
  ward: { plural: 'Wards', words: 'wards' },
  lsoa: { plural: 'Neighbourhoods (LSOAs)', words: 'neighbourhoods (LSOAs)' },
};

/** The address-bar keys this view reads and writes. */
const URL_KEYS_USED = ['indicator', 'sex', 'age', 'cat', 'period', 'geo', 'palette'] as const satisfies readonly UrlKey[];

/** "Is the gap between our most and least deprived areas wide?" */
export default function InequalityView({ data }: ViewProps) {
  const [url, setUrl] = useUrlParams(URL_KEYS_USED);
  const { index, snapshot } = data;
  const { place } = snapshot;
  const offered = useMemo(() => inequalityIndicators(index, place), [index, place]);
  const fallback = offered.find((m) => m.id === placeRole(place, 'defaultInequality')) ?? offered[0];
  const selection = resolveSeries(index, {
    indicatorId: url.indicator,
    breakdown: breakdownRequest(url),
    fallbackId: fallback?.id ?? '',
    accepts: (m) => offered.includes(m),
  });
  const meta = selection?.meta;
  const indicatorId = meta?.id ?? '';
  const breakdown = selection?.breakdown;
  const geographies = useMemo(
    () => (indicatorId ? inequalityGeographies(index, place, indicatorId, breakdown) : []),
    [index, place, indicatorId, breakdown],
  );
  const geography: InequalityGeography = pickOffered(url.geo, geographies, 'ward');
  const palette = url.palette;
  // 10,000 seeded simulations: computed once per indicator and geography, never during render of the JSX.
  const model = useMemo(
    () => (indicatorId ? buildInequalityModel(index, place, indicatorId, geography, {}, breakdown) : null),
    [index, place, indicatorId, geography, breakdown],
  );

  if (!placeRole(place, 'deprivation')) {
    return <p role="alert">This place names no deprivation measure (roles.deprivation in its configuration), so areas cannot be ordered by deprivation.</p>;
  }
  if (!meta || !model || !selection) {
    return <p role="alert">No indicator in this snapshot has the counts and confidence intervals a gradient needs.</p>;
  }
  const words = GEO_LABEL[geography].words;
  const units = gapUnits(meta);
  const sii = model.sii;
  const included = model.areas.filter((a) => a.excluded === '').length;
  const riiUsable = sii !== null && sii.mostDeprived > 0 && sii.leastDeprived > 0 && Number.isFinite(sii.rii);

  return (
    <article className="iq-view">
      <section className="controls" aria-label="Choose what to show">
        <label>
          Indicator
          <select value={indicatorId} onChange={(e) => setUrl({ indicator: e.target.value, ...CLEAR_BREAKDOWN })}>
            <IndicatorOptions indicators={offered} />
          </select>
        </label>
        {geographies.length > 1 && (
          <fieldset>
            <legend>Areas</legend>
            {geographies.map((g) => (
              <label key={g} className="inline">
                <input type="radio" name="iq-geo" value={g} checked={g === geography} onChange={() => setUrl({ geo: g })} />
                {GEO_LABEL[g].plural}
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
      </section>
      <LinkNotices notices={selection.notices} />

      <h2 className="iq-title">
        Is the gap between {place.localAuthority.name}’s most and least deprived {words} wide?
      </h2>
      <div className="iq-lead">
        <p className="summary" id="iq-sentence">
          {model.sentence}
        </p>
        {model.notes.length > 0 && (
          <ul className="iq-notes" aria-label="Read with care">
            {model.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
      </div>
      <p className="definition">{meta.definition}</p>

      <GradientChart model={model} palette={palette} areaWord={words} placeName={place.localAuthority.name} />

      {sii && (
        <section className="iq-indices" aria-labelledby="iq-indices-title">
          <h3 id="iq-indices-title">The gap in two numbers</h3>
          <dl>
            <div>
              <dt>Slope index of inequality (SII)</dt>
              <dd id="iq-sii">
                <strong>
                  {signed(sii.sii)} {units}
                </strong>{' '}
                (95% CI {signed(sii.lower)} to {signed(sii.upper)}): the fitted value in the most deprived minus that in the least deprived.
              </dd>
            </div>
            <div>
              <dt>Relative index of inequality (RII)</dt>
              <dd id="iq-rii">
                {riiUsable ? (
                  <>
                    <strong>{formatNumber(sii.rii, 2)}</strong> (95% CI {formatNumber(sii.riiLower, 2)} to {formatNumber(sii.riiUpper, 2)}): the
                    fitted value in the most deprived divided by that in the least deprived.
                  </>
                ) : (
                  'Not calculated: the fitted line does not stay above zero.'
                )}
              </dd>
            </div>
          </dl>
          <p className="iq-method">
            How: a gradient is fitted through all {included} {words}, each weighted by its population and placed in order of
            deprivation, on the {meta.valueType === 'rate' ? 'log scale' : 'log-odds scale'} as the Office for Health Improvement and
            Disparities recommends for {meta.valueType === 'rate' ? 'rates' : 'percentages'} (methods note §9). Its ends are read off at the most and least deprived extremes. The confidence interval comes from{' '}
            {formatWhole(sii.repetitions)} simulations with a fixed seed ({sii.seed}), so it is the same on every visit.
          </p>
        </section>
      )}

      <GradientTable
        model={model}
        palette={palette}
        caption={`${meta.name} (${model.period}) in ${place.localAuthority.name}’s ${words}, ranked from most deprived (1) to least deprived (${model.areas.length})`}
      />
      {meta.caveats.length > 0 && (
        <ul className="caveats">
          {meta.caveats.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
    </article>
  );
}
