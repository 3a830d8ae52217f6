import { ComposedChart, ErrorBar, ReferenceArea, ReferenceLine, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis, type ScatterShapeProps } from 'recharts';
import { QUARTER_WORDS, type AuthoritiesModel, type Quarter } from './model';
import { outcomeStyle, type Palette } from '../../core/outcomes';
import type { Outcome } from '../../stats';
import { axisDomain, axisFromZero } from '../../core/axis';
import { formatFigure, formatTick } from '../../core/format';
import { publishedWords } from '../../core/publishedLabel';

interface Point {
  x: number;
  y: number;
  code: string;
  name: string;
  rank: number;
  outcome: Outcome;
  published: string;
  isPlace: boolean;
  err?: [number, number];
}

// Plot-area offsets, shared by the chart and the quarter strip under it so the two line up.
const MARGIN = { top: 28, right: 16, bottom: 4, left: 4 };
const Y_AXIS_WIDTH = 56;

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
  const ranked = model.entries.filter((e) => e.value !== null);
  const points: Point[] = ranked.map((e, i) => ({
    x: i + 1,
    y: e.value as number,
    code: e.code,
    name: e.name,
    rank: e.rank as number,
    outcome: e.outcome,
    published: e.published,
    isPlace: e.isPlace,
    ...(e.lower95 !== null && e.upper95 !== null ? { err: [(e.value as number) - e.lower95, e.upper95 - (e.value as number)] as [number, number] } : {}),
  }));
  const others = points.filter((p) => !p.isPlace);
  const own = points.find((p) => p.isPlace) ?? null;
  const n = points.length;
  // Quarters are contiguous because the dots are sorted by value: highest quarter first.
  const quarters = ([4, 3, 2, 1] as Quarter[])
    .map((q) => {
      const xs = ranked.map((e, i) => (e.quarter === q ? i + 1 : null)).filter((x): x is number => x !== null);
      return xs.length === 0 ? null : { q, from: Math.min(...xs), to: Math.max(...xs), count: xs.length };
    })
    .filter((x): x is { q: Quarter; from: number; to: number; count: number } => x !== null);
  const axis = axisDomain(
    [...points.flatMap((p) => [p.y, p.err ? p.y - p.err[0] : null, p.err ? p.y + p.err[1] : null]), model.country?.value ?? null],
    axisFromZero(model.meta.valueType),
  );
  const countryValue = model.country?.value ?? null;
  const countryName = model.country?.name ?? 'England';
  const outcomes = [...new Set(points.map((p) => p.outcome))];
  const anyPublished = outcomes.some((o) => o !== 'not-compared');
  const colourOf = (o: Outcome) => (anyPublished ? outcomeStyle(o, palette).colour : '#6f777b');
  const ownOnLeft = own !== null && own.x <= n / 2;

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
      <div className="au-chart-box" role="img" aria-label={`Dot chart of ${n} authorities sorted by value. ${model.rankText} The same figures are in the table below.`}>
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
              shape={(props: ScatterShapeProps) => {
                const p = props.payload as Point | undefined;
                if (!p || props.cx === undefined || props.cy === undefined) return <g />;
                return <circle cx={props.cx} cy={props.cy} r={3} fill={colourOf(p.outcome)} stroke="#ffffff" strokeWidth={0.5} />;
              }}
            >
              {others.some((p) => p.err) && <ErrorBar dataKey="err" direction="y" width={0} stroke="#6f777b" strokeWidth={1} isAnimationActive={false} />}
            </Scatter>
            {own && (
              <ReferenceLine
                x={own.x}
                stroke="#0b0c0c"
                strokeWidth={2}
                label={{
                  value: `${placeName}: ${formatFigure(own.y, model.decimals, model.meta)}`,
                  position: ownOnLeft ? 'insideTopLeft' : 'insideTopRight',
                  fill: '#0b0c0c',
                  fontSize: 14,
                  fontWeight: 700,
                  offset: 6,
                }}
                ifOverflow="extendDomain"
              />
            )}
            {own && (
              <Scatter
                data={[own]}
                dataKey="y"
                isAnimationActive={false}
                name={placeName}
                shape={(props: ScatterShapeProps) =>
                  props.cx === undefined || props.cy === undefined ? <g /> : <circle cx={props.cx} cy={props.cy} r={8} fill={colourOf(own.outcome)} stroke="#0b0c0c" strokeWidth={2.5} />
                }
              >
                {own.err && <ErrorBar dataKey="err" direction="y" width={8} stroke="#0b0c0c" strokeWidth={2} isAnimationActive={false} />}
              </Scatter>
            )}
            <Tooltip content={<PointTooltip model={model} />} cursor={false} isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <div className="au-quarters" aria-hidden="true" style={{ paddingLeft: MARGIN.left + Y_AXIS_WIDTH, paddingRight: MARGIN.right }}>
        {quarters.map((q) => (
          <span key={q.q} style={{ flexGrow: q.count, flexBasis: 0 }}>
            {QUARTER_WORDS[q.q].short}
          </span>
        ))}
      </div>
      <ul className="tr-key au-key" aria-label="Chart key">
        {anyPublished &&
          outcomes.map((o) => {
            const st = outcomeStyle(o, palette);
            return (
              <li key={o}>
                <svg aria-hidden="true" focusable="false" width="14" height="14">
                  <circle cx="7" cy="7" r="5" fill={st.colour} stroke={st.colour} />
                </svg>
                {o === 'not-compared' ? 'Not compared' : o === 'similar' ? `Similar to ${countryName}` : `${st.label} than ${countryName}`} (published)
              </li>
            );
          })}
        {own && (
          <li>
            <svg aria-hidden="true" focusable="false" width="20" height="20">
              <circle cx="10" cy="10" r="7" fill={colourOf(own.outcome)} stroke="#0b0c0c" strokeWidth="2.5" />
            </svg>
            {placeName} (large dot and vertical line)
          </li>
        )}
        {countryValue !== null && (
          <li>
            <svg aria-hidden="true" focusable="false" width="30" height="10">
              <line x1="0" x2="30" y1="5" y2="5" stroke="#0b0c0c" strokeWidth="1.5" strokeDasharray="7 4" />
            </svg>
            {countryName}: {formatFigure(countryValue, model.decimals, model.meta)}
          </li>
        )}
        <li>
          <svg aria-hidden="true" focusable="false" width="30" height="14">
            <rect x="0" y="0" width="15" height="14" fill="#f3f2f1" stroke="#b1b4b6" />
            <rect x="15" y="0" width="15" height="14" fill="#ffffff" stroke="#b1b4b6" />
          </svg>
          Shaded bands: the four quarters of authorities, named under the chart
        </li>
      </ul>
    </figure>
  );
}
