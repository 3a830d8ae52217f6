import { useSyncExternalStore, type Ref } from 'react';
import { Bar, BarChart, CartesianGrid, ErrorBar, ReferenceLine, usePlotArea, XAxis, YAxis, ZIndexLayer } from 'recharts';
import type { BarShapeProps } from 'recharts';
import { barLabel, wrapLabel, type ExplorerModel, type ExplorerRow } from './model';
import { FONT, INK, MUTED, REFERENCE_COLOUR, REFERENCE_DASH, chartGeometry as geometry, tickText, type ChartGeometry } from './chartGeometry';

function subscribeMedia(query: string) {
  return (notify: () => void) => {
    const list = window.matchMedia(query);
    list.addEventListener('change', notify);
    return () => list.removeEventListener('change', notify);
  };
}

export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    subscribeMedia(query),
    () => window.matchMedia(query).matches,
    () => false,
  );
}

interface AnnotationProps {
  model: ExplorerModel;
  geo: ChartGeometry;
  selectedCode: string | null;
}

/** Maps a value to a pixel across the plot; the domain is fixed by the model, so this equals the axis' scale. */
function usePixel(model: ExplorerModel) {
  const plot = usePlotArea();
  if (!plot) return null;
  const [d0, d1] = model.domain;
  return { plot, px: (v: number) => plot.x + ((v - d0) / (d1 - d0)) * plot.width };
}

/** A pale band behind the selected area's row, from its name to the end of its label. */
function SelectedBand({ model, geo, selectedCode }: AnnotationProps) {
  const scale = usePixel(model);
  const i = model.bars.findIndex((b) => b.code === selectedCode);
  if (!scale || i < 0) return null;
  const band = scale.plot.height / model.bars.length;
  return (
    <rect
      className="explorer-selected-band"
      x={scale.plot.x - geo.yAxisWidth}
      y={scale.plot.y + i * band}
      width={geo.yAxisWidth + scale.plot.width + geo.labelWidth}
      height={band}
      fill="#fff7bf"
    />
  );
}

/** Words beside each bar (value and outcome) and the reference lines' names and values above the plot. */
function Annotations({ model, geo, selectedCode }: AnnotationProps) {
  const scale = usePixel(model);
  if (!scale) return null;
  const { plot, px } = scale;
  const band = plot.height / model.bars.length;
  const [d0, d1] = model.domain;
  return (
    <g className="explorer-annotations" fontFamily={FONT}>
      {model.bars.map((b, i) => {
        // A column of its own at the right of the plot, so no reference line or whisker runs through the words.
        return (
          <text
            key={b.code}
            className="explorer-bar-label"
            x={plot.x + plot.width + 8}
            y={plot.y + (i + 0.5) * band}
            dominantBaseline="central"
            fontSize={geo.fontSize}
            fontWeight={b.code === selectedCode ? 700 : 400}
            fill={INK}
          >
            {barLabel(model, b)}
          </text>
        );
      })}
      <text x={plot.x + plot.width + 8} y={plot.y - 8} fontSize={geo.fontSize} fontWeight={700} fill={INK}>
        {model.showOutcomeWords ? 'Value (result)' : 'Value'}
      </text>
      {model.references.map((r, row) => {
        const share = (r.value - d0) / (d1 - d0);
        const anchor = share > 0.7 ? 'end' : share < 0.2 ? 'start' : 'middle';
        return (
          <text
            key={r.code}
            className="explorer-reference-label"
            x={px(r.value)}
            y={plot.y - 8 - (model.references.length - 1 - row) * 18}
            textAnchor={anchor}
            fontSize={geo.fontSize}
            fontWeight={700}
            fill={REFERENCE_COLOUR[r.kind]}
          >
            {`${r.name} ${r.valueText}`}
          </text>
        );
      })}
    </g>
  );
}

interface RankedBarChartProps {
  model: ExplorerModel;
  selectedCode: string | null;
  onSelect(code: string): void;
  /** The element holding the chart's SVG, for the PNG download. */
  hostRef: Ref<HTMLDivElement>;
}

/** Horizontal bars, highest first, with 95% confidence interval whiskers and England and place reference lines. */
export function RankedBarChart({ model, selectedCode, onSelect, hostRef }: RankedBarChartProps) {
  const compact = useMediaQuery('(max-width: 640px)');
  const geo = geometry(model, compact);
  const names = new Map(model.bars.map((b) => [b.code, b]));
  const scrolls = model.bars.length > 40;

  const renderBar = (props: BarShapeProps) => {
    const row = props.payload as ExplorerRow;
    const selected = row.code === selectedCode;
    const x = props.width < 0 ? props.x + props.width : props.x;
    const y = props.height < 0 ? props.y + props.height : props.y;
    return (
      <g
        className="explorer-bar"
        data-area-code={row.code}
        data-outcome={row.outcome}
        onClick={() => onSelect(row.code)}
        style={{ cursor: 'pointer' }}
      >
        <title>{`${row.name}: ${row.valueText}${row.intervalText ? ` (95% confidence interval ${row.intervalText})` : ''}, ${row.comparisonText}`}</title>
        <rect
          x={x}
          y={y}
          width={Math.abs(props.width)}
          height={Math.abs(props.height)}
          fill={row.style.colour}
          stroke={selected ? INK : MUTED}
          strokeWidth={selected ? 3 : 1}
        />
      </g>
    );
  };

  const renderTick = (props: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) => {
    const code = String(props.payload?.value ?? '');
    const row = names.get(code);
    const lines = wrapLabel(row?.name ?? code, geo.maxChars);
    const selected = code === selectedCode;
    const lineHeight = geo.fontSize + 2;
    return (
      <g transform={`translate(${Number(props.x)},${Number(props.y)})`} onClick={() => onSelect(code)} style={{ cursor: 'pointer' }}>
        <text
          x={-6}
          y={(-(lines.length - 1) * lineHeight) / 2}
          textAnchor="end"
          dominantBaseline="central"
          fontSize={geo.fontSize}
          fontWeight={selected ? 700 : 400}
          fontFamily={FONT}
          fill={INK}
        >
          {lines.map((line, i) => (
            <tspan key={i} x={-6} dy={i === 0 ? 0 : lineHeight}>
              {line}
            </tspan>
          ))}
        </text>
      </g>
    );
  };

  return (
    <div
      className={`explorer-chart-scroll${scrolls ? ' scrolls' : ''}`}
      {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-label': `${model.title}: chart, scrolls down` } : {})}
    >
      <div ref={hostRef} className="explorer-chart-host" data-bars={model.bars.length}>
        <BarChart
          layout="vertical"
          data={model.bars}
          responsive
          style={{ width: '100%', height: geo.height }}
          margin={geo.margin}
          barCategoryGap={geo.rowHeight > 24 ? '22%' : '14%'}
          accessibilityLayer={false}
          role="img"
          title={`${model.title}. ${model.subtitle}.`}
          desc={model.summary}
        >
          <CartesianGrid horizontal={false} stroke="#d8d8d8" />
          <ZIndexLayer zIndex={-60}>
            <SelectedBand model={model} geo={geo} selectedCode={selectedCode} />
          </ZIndexLayer>
          <XAxis
            type="number"
            domain={model.domain}
            ticks={model.ticks}
            allowDataOverflow
            tickFormatter={(v: number) => tickText(v, model)}
            tick={{ fill: INK, fontSize: geo.fontSize, fontFamily: FONT }}
            stroke={MUTED}
            label={{
              value: model.meta.unit === '%' ? 'Per cent' : model.meta.unit,
              position: 'insideBottom',
              offset: -2,
              fill: INK,
              fontSize: geo.fontSize,
              fontFamily: FONT,
            }}
            height={40}
          />
          <YAxis type="category" dataKey="code" width={geo.yAxisWidth} interval={0} tick={renderTick} tickLine={false} stroke={MUTED} />
          <Bar dataKey="value" isAnimationActive={false} shape={renderBar}>
            <ErrorBar dataKey="whisker" width={Math.min(8, geo.rowHeight / 3)} strokeWidth={1.5} stroke={INK} isAnimationActive={false} />
          </Bar>
          {model.references.map((r) => (
            <ReferenceLine
              key={r.code}
              x={r.value}
              stroke={REFERENCE_COLOUR[r.kind]}
              strokeWidth={2}
              strokeDasharray={REFERENCE_DASH[r.kind]}
              ifOverflow="extendDomain"
            />
          ))}
          <ZIndexLayer zIndex={700}>
            <Annotations model={model} geo={geo} selectedCode={selectedCode} />
          </ZIndexLayer>
        </BarChart>
      </div>
    </div>
  );
}
