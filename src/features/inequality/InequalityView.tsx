import { useMemo } from 'react';
import { useUrlParams } from '../../ui/url/useUrlParams';
import { pickOffered, type UrlKey } from '../../ui/url/keys';
import { GradientChart } from './GradientChart';
import { GradientTable } from './GradientTable';
import { GapIndices } from './GapIndices';
import { Caveats, GradientLead } from './GradientLead';
import { InequalityControls } from './InequalityControls';
import { GEO_LABEL, gradientTableCaption, includedCount } from './gapWords';
import {
  buildInequalityModel,
  gapUnits,
  inequalityGeographies,
  inequalityIndicators,
  type InequalityGeography,
} from './model';
import { placeRole } from '../../core/indicatorRoles';
import './styles.css';
import { LinkNotices } from '../../ui/SeriesParts';
import { breakdownRequest, CLEAR_BREAKDOWN, resolveSeries } from '../../core/selection';
import { type ViewProps } from '../../ui/viewProps';
import { GEOGRAPHY_EXPLAINED } from '../../core/mapModel';

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
  const sii = model.sii;

  return (
    <article className="iq-view">
      <InequalityControls
        indicatorId={indicatorId}
        offered={offered}
        geographies={geographies}
        geography={geography}
        selection={selection}
        palette={palette}
        onIndicator={(id) => setUrl({ indicator: id, ...CLEAR_BREAKDOWN })}
        onGeography={(g) => setUrl({ geo: g })}
        onBreakdown={(changes) => setUrl({ ...changes })}
        onPalette={setUrl}
      />
      <LinkNotices notices={selection.notices} />

      <h2 className="iq-title">
        Is the gap between {place.localAuthority.name}’s most and least deprived {words} wide?
      </h2>
      <GradientLead sentence={model.sentence} notes={model.notes} />
      <p className="definition">
        {meta.definition}
        {GEOGRAPHY_EXPLAINED[geography] && ` ${GEOGRAPHY_EXPLAINED[geography]}`}
      </p>

      <GradientChart model={model} palette={palette} areaWord={words} placeName={place.localAuthority.name} />

      {sii && <GapIndices sii={sii} units={gapUnits(meta)} valueType={meta.valueType} included={includedCount(model.areas)} areaWords={words} />}

      <GradientTable
        model={model}
        palette={palette}
        caption={gradientTableCaption(meta.name, model.period, place.localAuthority.name, words, model.areas.length)}
      />
      <Caveats caveats={meta.caveats} />
    </article>
  );
}
