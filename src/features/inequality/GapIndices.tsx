import { formatNumber, formatWhole } from '../../core/format';
import type { IndicatorMeta } from '../../domain/indicators';
import { riiUsable, scaleWords } from './gapWords';
import type { SiiSummary } from './model';
import { signed } from './signed';

interface GapIndicesProps {
  sii: SiiSummary;
  /** What the slope index is measured in (gapUnits). */
  units: string;
  valueType: IndicatorMeta['valueType'];
  /** How many areas the gradient is fitted through. */
  included: number;
  areaWords: string;
}

/** "The gap in two numbers": the slope and relative indices of inequality, and how they were worked out. */
export function GapIndices({ sii, units, valueType, included, areaWords }: GapIndicesProps) {
  const { scale, kind } = scaleWords(valueType);
  return (
    <section className="iq-indices" aria-labelledby="iq-indices-title">
      <h3 id="iq-indices-title">The gap in two numbers</h3>
      <dl>
        <div>
          <dt>Slope index of inequality (SII)</dt>
          <dd id="iq-sii">
            <strong>
              {signed(sii.sii)} {units}
            </strong>{' '}
            (likely range {signed(sii.lower)} to {signed(sii.upper)}, the 95% confidence interval): the fitted value in the most deprived minus that in the least deprived.
          </dd>
        </div>
        <div>
          <dt>Relative index of inequality (RII)</dt>
          <dd id="iq-rii">
            {riiUsable(sii) ? (
              <>
                <strong>{formatNumber(sii.rii, 2)}</strong> (likely range {formatNumber(sii.riiLower, 2)} to {formatNumber(sii.riiUpper, 2)}): the
                fitted value in the most deprived divided by that in the least deprived.
              </>
            ) : (
              'Not calculated: the fitted line does not stay above zero.'
            )}
          </dd>
        </div>
      </dl>
      <p className="iq-method">
        How: a gradient is fitted through all {included} {areaWords}, each weighted by its population and placed in order of
        deprivation, on the {scale} as the Office for Health Improvement and
        Disparities recommends for {kind} (methods note §9). Its ends are read off at the most and least deprived extremes. The confidence interval comes from{' '}
        {formatWhole(sii.repetitions)} simulations with a fixed seed ({sii.seed}), so it is the same on every visit.
      </p>
    </section>
  );
}
