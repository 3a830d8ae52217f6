import type { Palette } from '../../core/outcomes';
import type { TrendsModel } from './model';
import { placeOutcomes, seriesStyles, unitWords } from './chartKey';
import { TrendPlot } from './TrendPlot';
import { OutcomeKey, SeriesKey } from './TrendKey';

interface TrendChartProps {
  model: TrendsModel;
  palette: Palette;
  placeName: string;
  countryName: string;
}

/** York, England, the region and the chosen authorities over time. Gaps are left where a period has no figure. */
export function TrendChart({ model, palette, placeName, countryName }: TrendChartProps) {
  const styles = seriesStyles(model.series);
  const outcomes = placeOutcomes(model.place.points);
  const anyPublished = outcomes.some((o) => o !== 'not-compared');

  return (
    <figure className="tr-chart" aria-labelledby="tr-chart-caption">
      <figcaption id="tr-chart-caption">
        <strong>
          {model.meta.name}, {unitWords(model.meta)}
        </strong>
        {model.breakdownText && <>, {model.breakdownText}</>}. {model.periods[0]} to {model.periods[model.periods.length - 1]}.
        {model.hasIntervals && ' Vertical bars show the 95% confidence interval: the range within which the true value is likely to lie.'}
        {model.meta.referenceLine && ` The dashed grey line marks ${model.meta.referenceLine.label}, a fixed level, not a series.`}
        {' '}A gap in a line means no figure for that period.
      </figcaption>
      <div className="tr-chart-box" role="img" aria-label={`Line chart of ${model.meta.name} over time for ${model.series.map((s) => s.name).join(', ')}. The same figures are in the table below.`}>
        <TrendPlot model={model} styles={styles} palette={palette} anyPublished={anyPublished} />
      </div>
      <SeriesKey series={model.series} styles={styles} reference={model.meta.referenceLine} />
      {anyPublished && <OutcomeKey outcomes={outcomes} palette={palette} placeName={placeName} countryName={countryName} />}
    </figure>
  );
}
