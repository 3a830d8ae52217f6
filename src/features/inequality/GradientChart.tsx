import { CartesianGrid, Cell, ComposedChart, ErrorBar, Line, ReferenceLine, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../core/format';
import type { InequalityModel } from './model';
import { outcomeStyle, type Palette } from '../../core/outcomes';
import type { Outcome } from '../../stats';

interface GradientChartProps {
  model: InequalityModel;
  palette: Palette;
  areaWord: string;
  placeName: string;
}

interface Point {
  code: string;
  name: string;
  x: number;
  y: number;
  err: [number, number];
  valueText: string;
  intervalText: string;
  deprivationText: string;
  rank: number;
  outcome: Outcome;
}

function PointTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: unknown }[] }) {
  const point = active ? (payload?.[0]?.payload as Point | undefined) : undefined;
  if (!point || point.code === undefined) return null;
  return (
    <div className="iq-tooltip">
      <strong>{point.name}</strong>
      <br />
      {point.valueText}
      {point.intervalText && <span> (95% CI {point.intervalText})</span>}
      <br />
      Deprivation rank {point.rank} (score {point.deprivationText})
    </div>
  );
}

/**
 * Areas from most deprived (left) to least deprived (right), each at the middle of its share of the population,
 * with 95% confidence intervals and the fitted gradient whose ends give the slope index of inequality.
 */
export function GradientChart({ model, palette, areaWord, placeName }: GradientChartProps) {
  const unit = model.meta.unit === '%' ? '%' : '';
  const decimals = model.meta.valueType === 'rank' ? 0 : 1;
  const points: Point[] = model.areas
    .filter((a) => a.x !== null && a.value !== null)
    .map((a) => ({
      code: a.code,
      name: a.name,
      x: (a.x as number) * 100,
      y: a.value as number,
      err: [(a.value as number) - (a.lower ?? (a.value as number)), (a.upper ?? (a.value as number)) - (a.value as number)],
      valueText: a.valueText,
      intervalText: a.intervalText,
      deprivationText: a.deprivationText,
      rank: a.deprivationRank,
      outcome: a.comparison.outcome,
    }));
  const fitted = (model.sii?.fitted ?? []).map((f) => ({ x: f.x * 100, y: f.y }));
  const benchmarkValue = model.benchmark?.row.value ?? null;
  const outcomes = [...new Set(points.map((p) => p.outcome))];
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
        <ResponsiveContainer width="100%" height={360}>
          <ComposedChart margin={{ top: 12, right: 16, bottom: 4, left: 4 }} accessibilityLayer={false}>
            <CartesianGrid stroke="#e5e5e5" vertical={false} />
            <XAxis type="number" dataKey="x" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={false} height={8} stroke="#505a5f" />
            <YAxis
              type="number"
              dataKey="y"
              domain={[0, 'auto']}
              width={52}
              stroke="#505a5f"
              tick={{ fill: '#0b0c0c', fontSize: 12 }}
              tickFormatter={(v: number) => `${formatNumber(v, Number.isInteger(v) ? 0 : decimals)}${unit}`}
            />
            {benchmarkValue !== null && (
              <ReferenceLine
                y={benchmarkValue}
                stroke="#0b0c0c"
                strokeDasharray="6 4"
                label={{ value: `${benchmarkName} ${formatNumber(benchmarkValue, decimals)}${unit}`, position: 'insideTopRight', fill: '#0b0c0c', fontSize: 12 }}
              />
            )}
            <Scatter data={points} dataKey="y" isAnimationActive={false} name={model.meta.name}>
              {points.map((p) => (
                <Cell key={p.code} fill={outcomeStyle(p.outcome, palette).colour} stroke="#0b0c0c" strokeWidth={1} />
              ))}
              <ErrorBar dataKey="err" direction="y" width={0} stroke="#505a5f" strokeWidth={1.5} isAnimationActive={false} />
            </Scatter>
            {fitted.length > 1 && (
              <Line
                data={fitted}
                dataKey="y"
                type="linear"
                dot={false}
                activeDot={false}
                stroke="#a33a00"
                strokeWidth={3}
                isAnimationActive={false}
                tooltipType="none"
                name="Fitted gradient"
              />
            )}
            <Tooltip content={PointTooltip} cursor={false} isAnimationActive={false} shared={false} />
          </ComposedChart>
        </ResponsiveContainer>
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
      <ul className="iq-key">
        {outcomes.map((o) => {
          const s = outcomeStyle(o, palette);
          return (
            <li key={o}>
              <svg aria-hidden="true" width="16" height="16">
                <circle cx="8" cy="8" r="6" fill={s.colour} stroke="#0b0c0c" />
              </svg>
              {o === 'not-compared' ? s.label : o === 'similar' ? `${s.label} to ${benchmarkName}` : `${s.label} than ${benchmarkName}`}
            </li>
          );
        })}
        {fitted.length > 1 && (
          <li>
            <svg aria-hidden="true" width="28" height="10">
              <line x1="0" x2="28" y1="5" y2="5" stroke="#a33a00" strokeWidth="3" />
            </svg>
            Fitted gradient (slope index of inequality)
          </li>
        )}
        {benchmarkValue !== null && (
          <li>
            <svg aria-hidden="true" width="28" height="10">
              <line x1="0" x2="28" y1="5" y2="5" stroke="#0b0c0c" strokeWidth="1.5" strokeDasharray="6 4" />
            </svg>
            {benchmarkName}
          </li>
        )}
      </ul>
    </figure>
  );
}
