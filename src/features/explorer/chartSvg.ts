// The layout of the downloadable chart picture: title, comparison, key, the chart, summary and source, as plain
// descriptions of SVG elements. Pure: Downloads.tsx turns them into elements around a copy of the drawn chart.
import { wrapLabel, type ExplorerModel } from './model';
import { FONT, REFERENCE_COLOUR, REFERENCE_DASH } from './chartGeometry';

/** One SVG element to make: its tag, attributes in order, and its text (set as text, never markup). */
export interface SvgNode {
  name: 'svg' | 'rect' | 'text' | 'line' | 'path';
  attributes: Record<string, string | number>;
  text?: string;
}

export interface ChartSvgLayout {
  width: number;
  height: number;
  root: SvgNode;
  /** Background, title, subtitle and key: drawn before the chart. */
  before: SvgNode[];
  /** Where the copy of the chart goes. */
  chart: { x: number; y: number; width: number; height: number };
  /** Summary, missing areas and source: drawn after the chart. */
  after: SvgNode[];
}

const PAD = 16;

/** Lays the picture out around a chart drawn at the given size. */
export function chartSvgLayout(model: ExplorerModel, source: string, box: { width: number; height: number }): ChartSvgLayout {
  const chartWidth = Math.max(320, Math.round(box.width));
  const chartHeight = Math.round(box.height);
  const pad = PAD;
  const width = Math.max(chartWidth + 2 * pad, 640);
  const maxChars = Math.floor((width - 2 * pad) / 7.2);
  const background: SvgNode = { name: 'rect', attributes: { x: 0, y: 0, width, height: 0, fill: '#ffffff' } };
  const before: SvgNode[] = [background];
  const after: SvgNode[] = [];
  let out = before;
  let y = pad;
  const line = (text: string, size: number, weight = 400, colour = '#0b0c0c') => {
    for (const part of wrapLabel(text, Math.floor(maxChars * (13 / size)))) {
      y += size + 4;
      out.push({ name: 'text', attributes: { x: pad, y, 'font-size': size, 'font-weight': weight, fill: colour }, text: part });
    }
  };
  const keyText = (text: string) => ({ name: 'text' as const, attributes: { x: pad + 22, y: y + 14, 'font-size': 13, fill: '#0b0c0c' }, text });
  line(model.title, 20, 700);
  line(model.subtitle, 14, 400, '#505a5f');
  y += 8;
  for (const item of model.legend) {
    before.push({ name: 'rect', attributes: { x: pad, y: y + 4, width: 16, height: 12, fill: item.colour, stroke: '#505a5f' } });
    before.push(keyText(`${item.label}: ${item.description} (${item.count})`));
    y += 18;
  }
  for (const r of model.references) {
    before.push({
      name: 'line',
      attributes: {
        x1: pad,
        x2: pad + 16,
        y1: y + 10,
        y2: y + 10,
        stroke: REFERENCE_COLOUR[r.kind],
        'stroke-width': 2,
        'stroke-dasharray': REFERENCE_DASH[r.kind],
      },
    });
    before.push(keyText(`${r.name}: ${r.valueText}`));
    y += 18;
  }
  if (model.bars.some((b) => b.whisker)) {
    before.push({
      name: 'path',
      attributes: { d: `M${pad} ${y + 6} V${y + 14} M${pad} ${y + 10} H${pad + 16} M${pad + 16} ${y + 6} V${y + 14}`, stroke: '#0b0c0c', fill: 'none' },
    });
    before.push(keyText('95% confidence interval'));
    y += 18;
  }
  y += 8;
  const chart = { x: pad, y, width: chartWidth, height: chartHeight };
  y += chartHeight + 4;
  out = after;
  line(model.summary, 13);
  if (model.missing.length > 0) line(`No data: ${model.missing.map((m) => m.name).join(', ')}.`, 13);
  line(source, 11, 400, '#505a5f');
  const height = Math.ceil(y + pad);
  background.attributes.height = height;
  const root: SvgNode = { name: 'svg', attributes: { width, height, 'font-family': FONT, viewBox: `0 0 ${width} ${height}` } };
  return { width, height, root, before, chart, after };
}
