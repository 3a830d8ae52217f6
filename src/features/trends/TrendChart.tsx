import { CartesianGrid, ComposedChart, ErrorBar, Line, ResponsiveContainer, Tooltip, XAxis, YAxis, type DotItemDotProps } from 'recharts';
import type { Outcome } from '../../stats';
import { outcomeStyle, type Palette } from '../../core/outcomes';
import { type Series, type TrendsModel } from './model';
import { chartData, seriesStyle, type Marker, type SeriesStyle } from './seriesStyle';
import { axisDomain, axisFromZero } from '../../core/axis';
import { formatFigure, formatTick, shortUnit } from '../../core/format';
import { publishedOutcome, publishedWords } from '../../core/publishedLabel';

/** A marker shape drawn at (x, y), for the chart and the key alike. */
export function MarkerShape({ marker, x, y, size, fill, stroke }: { marker: Marker; x: number; y: number; size: number; fill: string; stroke: string }) {
  const s = size;
  switch (marker) {
    case 'square':
      return <rect x={x - s} y={y - s} width={2 * s} height={2 * s} fill={fill} stroke={stroke} strokeWidth={1} />;
    case 'triangle':
      return <path d={`M${x} ${y - s * 1.2} L${x + s * 1.1} ${y + s * 0.9} L${x - s * 1.1} ${y + s * 0.9} Z`} fill={fill} stroke={stroke} strokeWidth={1} />;
    case 'triangle-down':
      return <path d={`M${x} ${y + s * 1.2} L${x + s * 1.1} ${y - s * 0.9} L${x - s * 1.1} ${y - s * 0.9} Z`} fill={fill} stroke={stroke} strokeWidth={1} />;
    case 'diamond':
      return <path d={`M${x} ${y - s * 1.3} L${x + s * 1.1} ${y} L${x} ${y + s * 1.3} L${x - s * 1.1} ${y} Z`} fill={fill} stroke={stroke} strokeWidth={1} />;
    case 'cross':
      return <path d={`M${x - s} ${y - s} L${x + s} ${y + s} M${x + s} ${y - s} L${x - s} ${y + s}`} stroke={fill} strokeWidth={2.5} fill="none" />;
    case 'star':
      return <path d={`M${x} ${y - s * 1.3} L${x + s * 0.4} ${y - s * 0.4} L${x + s * 1.3} ${y - s * 0.4} L${x + s * 0.6} ${y + s * 0.2} L${x + s * 0.9} ${y + s * 1.2} L${x} ${y + s * 0.6} L${x - s * 0.9} ${y + s * 1.2} L${x - s * 0.6} ${y + s * 0.2} L${x - s * 1.3} ${y - s * 0.4} L${x - s * 0.4} ${y - s * 0.4} Z`} fill={fill} stroke={stroke} strokeWidth={0.5} />;
    case 'wye':
      return <path d={`M${x} ${y} L${x} ${y + s * 1.3} M${x} ${y} L${x - s * 1.1} ${y - s * 0.8} M${x} ${y} L${x + s * 1.1} ${y - s * 0.8}`} stroke={fill} strokeWidth={2.5} fill="none" />;
    default:
      return <circle cx={x} cy={y} r={s} fill={fill} stroke={stroke} strokeWidth={1.5} />;
  }
}

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

interface TrendChartProps {
  model: TrendsModel;
  palette: Palette;
  placeName: string;
  countryName: string;
}

/** York, England, the region and the chosen authorities over time. Gaps are left where a period has no figure. */
export function TrendChart({ model, palette, placeName, countryName }: TrendChartProps) {
  const data = chartData(model);
  const axis = axisDomain(
    model.series.flatMap((s) => s.points.flatMap((p) => [p.value, p.lower95, p.upper95])),
    axisFromZero(model.meta.valueType),
  );
  let comparatorIndex = 0;
  const styles = model.series.map((s) => seriesStyle(s.kind, s.kind === 'comparator' ? comparatorIndex++ : 0));
  const placeOutcomes = [...new Set(model.place.points.filter((p) => p.value !== null).map((p) => publishedOutcome(p.published)))];
  const anyPublished = placeOutcomes.some((o) => o !== 'not-compared');
  const placeDot = (props: DotItemDotProps) => {
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
  const unitText = shortUnit(model.meta) === '%' ? 'per cent' : model.meta.unit;

  return (
    <figure className="tr-chart" aria-labelledby="tr-chart-caption">
      <figcaption id="tr-chart-caption">
        <strong>
          {model.meta.name}, {unitText}
        </strong>
        {model.breakdownText && <>, {model.breakdownText}</>}. {model.periods[0]} to {model.periods[model.periods.length - 1]}.
        {model.hasIntervals && ' Vertical bars show the 95% confidence interval: the range within which the true value is likely to lie.'}
        {' '}A gap in a line means no figure for that period.
      </figcaption>
      <div className="tr-chart-box" role="img" aria-label={`Line chart of ${model.meta.name} over time for ${model.series.map((s) => s.name).join(', ')}. The same figures are in the table below.`}>
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
                  dot={
                    s.kind === 'place'
                      ? placeDot
                      : (props: DotItemDotProps) =>
                          props.cx === undefined || props.cy === undefined || props.value === null || props.value === undefined ? (
                            <g key={`${s.code}${props.index}`} />
                          ) : (
                            <g key={`${s.code}${props.index}`}>
                              <MarkerShape marker={st.marker} x={props.cx} y={props.cy} size={4} fill={st.colour} stroke="#ffffff" />
                            </g>
                          )
                  }
                  activeDot={false}
                >
                  {s.points.some((p) => p.lower95 !== null) && (
                    <ErrorBar dataKey={`e${k}`} direction="y" width={6} stroke={st.colour} strokeWidth={1.5} isAnimationActive={false} />
                  )}
                </Line>
              );
            })}
            <Tooltip content={<TrendTooltip model={model} />} isAnimationActive={false} cursor={{ stroke: '#b1b4b6' }} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <ul className="tr-key" aria-label="Chart key">
        {model.series.map((s, k) => {
          const st = styles[k] as SeriesStyle;
          return (
            <li key={s.code}>
              <svg aria-hidden="true" focusable="false" width="40" height="16">
                <line x1="2" x2="38" y1="8" y2="8" stroke={st.colour} strokeWidth={st.width} strokeDasharray={st.dash} />
                <MarkerShape marker={st.marker} x={20} y={8} size={s.kind === 'place' ? 5 : 4} fill={s.kind === 'place' ? '#ffffff' : st.colour} stroke={s.kind === 'place' ? '#0b0c0c' : '#ffffff'} />
              </svg>
              <span>
                {s.name} <span className="tr-key-how">({st.words})</span>
              </span>
            </li>
          );
        })}
      </ul>
      {anyPublished && (
        <div className="tr-key-outcomes">
          <p>
            {placeName}’s circles are coloured by its comparison with {countryName}, as published by OHID (also in words in the table):
          </p>
          <ul>
            {placeOutcomes.map((o) => {
              const st = outcomeStyle(o, palette);
              return (
                <li key={o}>
                  <svg aria-hidden="true" focusable="false" width="16" height="16">
                    <circle cx="8" cy="8" r="6" fill={st.colour} stroke="#0b0c0c" strokeWidth="1.5" />
                  </svg>
                  {o === 'not-compared' ? 'Not compared' : o === 'similar' ? `Similar to ${countryName}` : `${st.label} than ${countryName}`}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </figure>
  );
}
