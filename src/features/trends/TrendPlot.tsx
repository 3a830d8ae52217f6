import { CartesianGrid, ComposedChart, ErrorBar, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, type DotItemDotProps } from 'recharts';
import { AfterPaint } from '../../ui/AfterPaint';
import type { Outcome } from '../../stats';
import { outcomeStyle, type Palette } from '../../core/outcomes';
import { type Series, type TrendsModel } from './model';
import { chartData, type SeriesStyle } from './seriesStyle';
import { axisDomain, axisFromZero } from '../../core/axis';
import { formatFigure, formatTick } from '../../core/format';
import { publishedOutcome, publishedWords } from '../../core/publishedLabel';
import { MarkerShape } from './MarkerShape';
import { axisValues } from './chartKey';

interface TooltipProps {
  active?: boolean;
  label?: string | number;
  model: TrendsModel;
}

function TrendTooltip({ active, label, model }: TooltipProps) {
  if (!active || label === undefined) return null;
  const i = model.periods.indexOf(String(label));
  if (i === -1) return null;
  return (
    <div className="tr-tooltip">
      <strong>{label}</strong>
      <ul>
        {model.series.map((s) => {
          const p = s.points[i];
          return (
            <li key={s.code}>
              {s.name}: {formatFigure(p?.value ?? null, model.decimals, model.meta)}
              {s.kind === 'place' && p && p.published.trim() !== '' && <> ({publishedWords(p.published, model.country?.name ?? 'England')})</>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The place's circles: coloured by its published comparison when there is any, black otherwise; nothing at a gap. */
function placeDotOf(model: TrendsModel, palette: Palette, anyPublished: boolean) {
  return (props: DotItemDotProps) => {
    const { cx, cy, index } = props;
    if (cx === undefined || cy === undefined || props.value === null || props.value === undefined) return <g key={`p${index}`} />;
    const point = model.place.points[index];
    const outcome: Outcome = point ? publishedOutcome(point.published) : 'not-compared';
    const fill = anyPublished ? outcomeStyle(outcome, palette).colour : '#0b0c0c';
    return (
      <g key={`p${index}`}>
        <MarkerShape marker="circle" x={cx} y={cy} size={6} fill={fill} stroke="#0b0c0c" />
      </g>
    );
  };
}

/** Another series' markers, in its own shape and colour; nothing at a gap. */
function seriesDotOf(code: string, st: SeriesStyle) {
  return (props: DotItemDotProps) =>
    props.cx === undefined || props.cy === undefined || props.value === null || props.value === undefined ? (
      <g key={`${code}${props.index}`} />
    ) : (
      <g key={`${code}${props.index}`}>
        <MarkerShape marker={st.marker} x={props.cx} y={props.cy} size={4} fill={st.colour} stroke="#ffffff" />
      </g>
    );
}

interface TrendPlotProps {
  model: TrendsModel;
  styles: SeriesStyle[];
  palette: Palette;
  /** Some of the place's points carry a published comparison: its circles are coloured by it. */
  anyPublished: boolean;
}

/** The Recharts plot: a line per series with its markers and whiskers, and a tooltip per period. */
export function TrendPlot({ model, styles, palette, anyPublished }: TrendPlotProps) {
  const data = chartData(model);
  const reference = model.meta.referenceLine;
  const axis = axisDomain([...axisValues(model.series), reference?.value ?? null], axisFromZero(model.meta.valueType));
  const placeDot = placeDotOf(model, palette, anyPublished);
  return (
    <AfterPaint height={340}>
    <ResponsiveContainer width="100%" height={340}>
      <ComposedChart data={data} margin={{ top: 12, right: 16, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#e5e5e5" vertical={false} />
        <XAxis dataKey="period" interval="preserveStartEnd" minTickGap={8} stroke="#505a5f" tick={{ fill: '#0b0c0c', fontSize: 12 }} />
        <YAxis
          width={56}
          domain={axis.domain}
          ticks={axis.ticks}
          allowDataOverflow
          stroke="#505a5f"
          tick={{ fill: '#0b0c0c', fontSize: 12 }}
          tickFormatter={(v: number) => formatTick(v, model.meta)}
        />
        {model.series.map((s: Series, k) => {
          const st = styles[k] as SeriesStyle;
          return (
            <Line
              key={s.code}
              dataKey={`s${k}`}
              name={s.name}
              type="linear"
              stroke={st.colour}
              strokeWidth={st.width}
              strokeDasharray={st.dash}
              connectNulls={false}
              isAnimationActive={false}
              dot={s.kind === 'place' ? placeDot : seriesDotOf(s.code, st)}
              activeDot={false}
            >
              {s.points.some((p) => p.lower95 !== null) && (
                <ErrorBar dataKey={`e${k}`} direction="y" width={6} stroke={st.colour} strokeWidth={1.5} isAnimationActive={false} />
              )}
            </Line>
          );
        })}
        {reference && (
          <ReferenceLine
            y={reference.value}
            stroke="#505a5f"
            strokeDasharray="6 3"
            strokeWidth={1.5}
            ifOverflow="extendDomain"
            label={{ value: reference.label, position: 'insideBottomRight', fill: '#0b0c0c', fontSize: 12 }}
          />
        )}
        <Tooltip content={<TrendTooltip model={model} />} isAnimationActive={false} cursor={{ stroke: '#b1b4b6' }} />
      </ComposedChart>
    </ResponsiveContainer>
    </AfterPaint>
  );
}
