import { ComposedChart, ErrorBar, ReferenceArea, ReferenceLine, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis, type ScatterShapeProps } from 'recharts';
import { AfterPaint } from '../../ui/AfterPaint';
import type { AuthoritiesModel } from './model';
import { axisValues, chartPoints, placeLineLabel, quarterSpans, type Point, type QuarterSpan } from './distribution';
import { ChartKey, QuarterStrip } from './ChartKey';
import { MARGIN, Y_AXIS_WIDTH } from './chartLayout';
import { outcomeStyle, type Palette } from '../../core/outcomes';
import type { Outcome } from '../../stats';
import { axisDomain, axisFromZero } from '../../core/axis';
import { formatFigure, formatTick } from '../../core/format';
import { publishedWords } from '../../core/publishedLabel';

function PointTooltip({ active, payload, model }: { active?: boolean; payload?: readonly { payload?: unknown }[]; model: AuthoritiesModel }) {
  const p = active ? (payload?.[0]?.payload as Point | undefined) : undefined;
  if (!p || p.code === undefined) return null;
  return (
    <div className="tr-tooltip">
      <strong>{p.name}</strong>
      <br />
      {formatFigure(p.y, model.decimals, model.meta)} (rank {p.rank} of {model.ranked})
      {p.published.trim() !== '' && (
        <>
          <br />
          {publishedWords(p.published, model.country?.name ?? 'England')}
        </>
      )}
    </div>
  );
}

/** An authority's small dot, coloured by its published comparison. */
function AuthorityDot({ shape, colourOf }: { shape: ScatterShapeProps; colourOf(o: Outcome): string }) {
  const p = shape.payload as Point | undefined;
  if (!p || shape.cx === undefined || shape.cy === undefined) return <g />;
  return <circle cx={shape.cx} cy={shape.cy} r={3} fill={colourOf(p.outcome)} stroke="#ffffff" strokeWidth={0.5} />;
}

/** The place's large, outlined dot. */
function PlaceDot({ shape, fill }: { shape: ScatterShapeProps; fill: string }) {
  return shape.cx === undefined || shape.cy === undefined ? <g /> : <circle cx={shape.cx} cy={shape.cy} r={8} fill={fill} stroke="#0b0c0c" strokeWidth={2.5} />;
}

interface DistributionChartProps {
  model: AuthoritiesModel;
  palette: Palette;
  placeName: string;
}

/**
 * Every authority with a figure as one dot, highest on the left, coloured by its published comparison
 * with England; York's dot is large and labelled, England is a dashed line, and the four quarters are
 * shaded and named under the chart.
 */
export function DistributionChart({ model, palette, placeName }: DistributionChartProps) {
  const points = chartPoints(model.entries);
  const own = points.find((p) => p.isPlace) ?? null;
  const n = points.length;
  const quarters = quarterSpans(model.entries.filter((e) => e.value !== null));
  const countryValue = model.country?.value ?? null;
  const countryName = model.country?.name ?? 'England';
  const outcomes = [...new Set(points.map((p) => p.outcome))];
  const anyPublished = outcomes.some((o) => o !== 'not-compared');
  const colourOf = (o: Outcome) => (anyPublished ? outcomeStyle(o, palette).colour : '#6f777b');

  return (
    <figure className="au-chart" aria-labelledby="au-chart-caption">
      <figcaption id="au-chart-caption">
        <strong>
          {model.meta.name} in each of {n} authorities, {model.period}
          {model.breakdownText ? `, ${model.breakdownText}` : ''}
        </strong>
        . One dot per authority, highest value on the left. {placeName} is the large dot marked by the vertical line
        {countryValue !== null ? `; the dashed line is ${countryName}` : ''}.
      </figcaption>
      <DistributionPlot model={model} points={points} quarters={quarters} placeName={placeName} colourOf={colourOf} />
      <QuarterStrip quarters={quarters} />
      <ChartKey model={model} palette={palette} placeName={placeName} outcomes={outcomes} anyPublished={anyPublished} own={own} colourOf={colourOf} />
    </figure>
  );
}

interface PlotProps {
  model: AuthoritiesModel;
  points: Point[];
  quarters: QuarterSpan[];
  placeName: string;
  colourOf(o: Outcome): string;
}

/** The dots on their shaded quarters, with the country's dashed line and the place's vertical line. */
function DistributionPlot({ model, points, quarters, placeName, colourOf }: PlotProps) {
  const others = points.filter((p) => !p.isPlace);
  const own = points.find((p) => p.isPlace) ?? null;
  const n = points.length;
  const countryValue = model.country?.value ?? null;
  const countryName = model.country?.name ?? 'England';
  const axis = axisDomain(axisValues(points, countryValue), axisFromZero(model.meta.valueType));
  return (
    <div className="au-chart-box" role="img" aria-label={`Dot chart of ${n} authorities sorted by value. ${model.rankText} The same figures are in the table below.`}>
      <AfterPaint height={340}>
      <ResponsiveContainer width="100%" height={340}>
        <ComposedChart margin={MARGIN} accessibilityLayer={false}>
          {quarters.map((q, i) => (
            <ReferenceArea key={q.q} x1={q.from - 0.5} x2={q.to + 0.5} fill={i % 2 === 0 ? '#f3f2f1' : '#ffffff'} fillOpacity={1} stroke="none" ifOverflow="hidden" />
          ))}
          {quarters.slice(1).map((q) => (
            <ReferenceLine key={`b${q.q}`} x={q.from - 0.5} stroke="#b1b4b6" strokeWidth={1} />
          ))}
          <XAxis type="number" dataKey="x" domain={[0.5, n + 0.5]} tick={false} height={6} stroke="#505a5f" allowDataOverflow />
          <YAxis
            type="number"
            dataKey="y"
            width={Y_AXIS_WIDTH}
            domain={axis.domain}
            ticks={axis.ticks}
            allowDataOverflow
            stroke="#505a5f"
            tick={{ fill: '#0b0c0c', fontSize: 12 }}
            tickFormatter={(v: number) => formatTick(v, model.meta)}
          />
          {countryValue !== null && (
            <ReferenceLine
              y={countryValue}
              stroke="#0b0c0c"
              strokeWidth={1.5}
              strokeDasharray="7 4"
              label={{ value: `${countryName} ${formatFigure(countryValue, model.decimals, model.meta)}`, position: 'insideTopRight', fill: '#0b0c0c', fontSize: 12 }}
            />
          )}
          <Scatter
            data={others}
            dataKey="y"
            isAnimationActive={false}
            name="Authorities"
            shape={(props: ScatterShapeProps) => <AuthorityDot shape={props} colourOf={colourOf} />}
          >
            {others.some((p) => p.err) && <ErrorBar dataKey="err" direction="y" width={0} stroke="#6f777b" strokeWidth={1} isAnimationActive={false} />}
          </Scatter>
          {own && (
            <ReferenceLine
              x={own.x}
              stroke="#0b0c0c"
              strokeWidth={2}
              label={placeLineLabel(`${placeName}: ${formatFigure(own.y, model.decimals, model.meta)}`, own.x <= n / 2)}
              ifOverflow="extendDomain"
            />
          )}
          {own && (
            <Scatter
              data={[own]}
              dataKey="y"
              isAnimationActive={false}
              name={placeName}
              shape={(props: ScatterShapeProps) => <PlaceDot shape={props} fill={colourOf(own.outcome)} />}
            >
              {own.err && <ErrorBar dataKey="err" direction="y" width={8} stroke="#0b0c0c" strokeWidth={2} isAnimationActive={false} />}
            </Scatter>
          )}
          <Tooltip content={<PointTooltip model={model} />} cursor={false} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
      </AfterPaint>
    </div>
  );
}
