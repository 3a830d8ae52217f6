import { useSyncExternalStore, type Ref } from 'react';
import { Bar, BarChart, CartesianGrid, ErrorBar, ReferenceLine, XAxis, YAxis, ZIndexLayer } from 'recharts';
import { AfterPaint } from '../../ui/AfterPaint';
import type { BarShapeProps } from 'recharts';
import type { ExplorerModel, ExplorerRow } from './model';
import { FONT, INK, MUTED, REFERENCE_COLOUR, REFERENCE_DASH, chartGeometry as geometry, tickText } from './chartGeometry';
import { Annotations, SelectedBand } from './ChartAnnotations';
import { AreaTick, BarMark } from './ChartMarks';

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

  const renderBar = (props: BarShapeProps) => <BarMark shape={props} selected={(props.payload as ExplorerRow).code === selectedCode} onSelect={onSelect} />;
  const renderTick = (props: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) => {
    const code = String(props.payload?.value ?? '');
    return <AreaTick x={props.x} y={props.y} code={code} name={names.get(code)?.name ?? code} geo={geo} selected={code === selectedCode} onSelect={onSelect} />;
  };

  return (
    <div
      className={`explorer-chart-scroll${scrolls ? ' scrolls' : ''}`}
      {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-label': `${model.title}: chart, scrolls down` } : {})}
    >
      <div ref={hostRef} className="explorer-chart-host" data-bars={model.bars.length}>
        <AfterPaint height={geo.height}>
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
        </AfterPaint>
      </div>
    </div>
  );
}
