// The ranked bar chart's sizes, tick words and reference-line styles. Pure: no React, no DOM.
import { barLabel, wrapLabel, type ExplorerModel, type ReferenceValue } from './model';
import { formatNumber } from '../../core/format';

export const INK = '#0b0c0c';
export const MUTED = '#505a5f';
export const FONT = 'Arial, Helvetica, sans-serif';
/** Line styles of the reference values; the legend draws the same ones. */
export const REFERENCE_DASH: Record<ReferenceValue['kind'], string> = { country: '7 4', place: '2 3' };
export const REFERENCE_COLOUR: Record<ReferenceValue['kind'], string> = { country: INK, place: '#1d4f91' };

export interface ChartGeometry {
  compact: boolean;
  rowHeight: number;
  yAxisWidth: number;
  labelWidth: number;
  fontSize: number;
  maxChars: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/** Sizes that keep every name and label readable: one row per area, names wrapped on a phone. */
export function chartGeometry(model: ExplorerModel, compact: boolean): ChartGeometry {
  const many = model.bars.length > 40;
  const fontSize = compact ? 12 : 13;
  const charWidth = fontSize * 0.56;
  // Neighbourhood names carry their ward ("York 006E, in Rawcliffe & Clifton Without"): on a wide screen a long
  // line keeps one row per name; many rows stay tight only while every name fits its row, never overlapping.
  const maxChars = compact ? 15 : many ? 44 : 32;
  const maxLines = Math.max(1, ...model.bars.map((b) => wrapLabel(b.name, maxChars).length));
  const fitted = maxLines * (fontSize + 2) + (many ? 4 : 8);
  const rowHeight = many ? Math.max(20, fitted) : Math.max(compact ? 26 : 28, fitted);
  const longestLine = Math.max(...model.bars.flatMap((b) => wrapLabel(b.name, maxChars).map((l) => l.length)), 4);
  const yAxisWidth = Math.ceil(Math.min(compact ? 120 : many ? 330 : 230, longestLine * charWidth + 14));
  const labelWidth = Math.ceil(Math.max(...model.bars.map((b) => barLabel(model, b).length), 4) * charWidth + 14);
  const margin = { top: 16 + 18 * model.references.length, right: labelWidth, bottom: 4, left: 4 };
  return {
    compact,
    rowHeight,
    yAxisWidth,
    labelWidth,
    fontSize,
    maxChars,
    height: model.bars.length * rowHeight + margin.top + margin.bottom,
    margin,
  };
}

/** An axis tick: as many decimals as the step between ticks needs, and % for percentages. */
export function tickText(value: number, model: ExplorerModel): string {
  const step = (model.ticks[1] ?? 1) - (model.ticks[0] ?? 0);
  const decimals = Number.isInteger(step) ? 0 : step * 10 === Math.round(step * 10) ? 1 : 2;
  return `${formatNumber(value, decimals)}${model.meta.unit === '%' ? '%' : ''}`;
}
