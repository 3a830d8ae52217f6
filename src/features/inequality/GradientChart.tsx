import { formatNumber } from '../../core/format';
import type { InequalityModel } from './model';
import type { Palette } from '../../core/outcomes';
import { GradientKey } from './GradientKey';
import { GradientPlot } from './GradientPlot';
import { chartDecimals, fittedLine, gradientPoints, outcomesShown, unitSuffix } from './gradientPoints';

interface GradientChartProps {
  model: InequalityModel;
  palette: Palette;
  areaWord: string;
  placeName: string;
}

/**
 * Areas from most deprived (left) to least deprived (right), each at the middle of its share of the population,
 * with 95% confidence intervals and the fitted gradient whose ends give the slope index of inequality.
 */
export function GradientChart({ model, palette, areaWord, placeName }: GradientChartProps) {
  const unit = unitSuffix(model.meta);
  const decimals = chartDecimals(model.meta);
  const points = gradientPoints(model.areas);
  const fitted = fittedLine(model.sii);
  const benchmarkValue = model.benchmark?.row.value ?? null;
  const benchmarkName = model.benchmark?.name ?? '';
  return (
    <figure className="iq-chart" aria-labelledby="iq-chart-caption">
      <figcaption id="iq-chart-caption">
        <strong>
          {model.meta.name} ({model.meta.unit === '%' ? 'per cent' : model.meta.unit}, {model.period}) in each of {placeName}’s {areaWord},
          from most to least deprived
        </strong>
        . Lines through the dots show the 95% confidence interval; the sloping line is the fitted gradient.
      </figcaption>
      <div className="iq-chart-box" role="img" aria-label={`Chart of ${model.meta.name} by deprivation. The same figures are in the table below.`}>
        <GradientPlot
          points={points}
          fitted={fitted}
          benchmarkValue={benchmarkValue}
          benchmarkName={benchmarkName}
          name={model.meta.name}
          unit={unit}
          decimals={decimals}
          palette={palette}
        />
      </div>
      <div className="iq-axis" aria-hidden="true">
        <span>◀ Most deprived</span>
        <span>Least deprived ▶</span>
      </div>
      <p className="iq-axis-note">
        {placeName}’s {areaWord} in order of their Index of Multiple Deprivation {model.deprivationPeriod} score; each takes up
        space in proportion to its population.
        {model.sii && (
          <>
            {' '}
            The fitted gradient runs from {formatNumber(model.sii.mostDeprived, decimals)}
            {unit} at the most deprived end to {formatNumber(model.sii.leastDeprived, decimals)}
            {unit} at the least deprived end.
          </>
        )}
      </p>
      <GradientKey outcomes={outcomesShown(points)} palette={palette} benchmarkName={benchmarkName} showFitted={fitted.length > 1} showBenchmark={benchmarkValue !== null} />
    </figure>
  );
}
