import { CartesianGrid, Cell, ComposedChart, ErrorBar, Line, ReferenceLine, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import { AfterPaint } from '../../ui/AfterPaint';
import { formatNumber } from '../../core/format';
import { outcomeStyle, type Palette } from '../../core/outcomes';
import type { GradientPoint } from './gradientPoints';

function PointTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: unknown }[] }) {
  const point = active ? (payload?.[0]?.payload as GradientPoint | undefined) : undefined;
  if (!point || point.code === undefined) return null;
  return (
    <div className="iq-tooltip">
      <strong>{point.name}</strong>
      <br />
      {point.valueText}
      {point.intervalText && <span> (likely range {point.intervalText})</span>}
      <br />
      Deprivation rank {point.rank} (score {point.deprivationText})
    </div>
  );
}

interface GradientPlotProps {
  points: GradientPoint[];
  fitted: { x: number; y: number }[];
  benchmarkValue: number | null;
  benchmarkName: string;
  /** The indicator's name (the dots' series name). */
  name: string;
  unit: string;
  decimals: number;
  palette: Palette;
}

/** The Recharts plot: the areas' dots with their intervals, the benchmark's dashed line and the fitted gradient. */
export function GradientPlot({ points, fitted, benchmarkValue, benchmarkName, name, unit, decimals, palette }: GradientPlotProps) {
  return (
    <AfterPaint height={360}>
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
        <Scatter data={points} dataKey="y" isAnimationActive={false} name={name}>
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
    </AfterPaint>
  );
}
