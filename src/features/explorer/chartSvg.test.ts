// SYNTHETIC figures only (chartTestModel.ts).
import { describe, expect, it } from 'vitest';
import { chartTestModel } from './chartTestModel';
import { chartSvgLayout } from './chartSvg';

const texts = (nodes: { name: string; text?: string }[]) => nodes.filter((n) => n.name === 'text').map((n) => n.text);

describe('chartSvgLayout', () => {
  const layout = chartSvgLayout(chartTestModel(), 'Source: tests', { width: 700.4, height: 300.6 });

  it('is the chart’s width plus 16 each side (at least 640), as tall as what it holds', () => {
    expect([layout.width, layout.height]).toEqual([732, 604]);
    expect(layout.root).toEqual({ name: 'svg', attributes: { width: 732, height: 604, 'font-family': 'Arial, Helvetica, sans-serif', viewBox: '0 0 732 604' } });
    expect(layout.before[0]).toEqual({ name: 'rect', attributes: { x: 0, y: 0, width: 732, height: 604, fill: '#ffffff' } });
    expect(chartSvgLayout(chartTestModel(), 's', { width: 300, height: 100 }).width).toBe(640);
  });

  it('writes title, subtitle and the key in words above the chart', () => {
    expect(texts(layout.before)).toEqual([
      'Synthetic share by ward, 2025',
      'Per cent; compared with England, 95% confidence',
      'Worse: significantly worse than England (1)',
      'Similar: not significantly different from England (1)',
      'Better: significantly better than England (1)',
      'Not compared: there is no confidence interval (1)',
      'England: 10.0%',
      'Testtown: 9.0%',
      '95% confidence interval',
    ]);
    // Title on 16 + 24, subtitle 18 below; the key starts 8 lower, 18 a line.
    expect(layout.before[1]?.attributes).toEqual({ x: 16, y: 40, 'font-size': 20, 'font-weight': 700, fill: '#0b0c0c' });
    expect(layout.before[2]?.attributes).toMatchObject({ y: 58, 'font-size': 14, fill: '#505a5f' });
    expect(layout.before[3]?.attributes).toEqual({ x: 16, y: 70, width: 16, height: 12, fill: '#e66100', stroke: '#505a5f' });
    expect(layout.before.find((n) => n.name === 'line')?.attributes).toEqual({
      x1: 16,
      x2: 32,
      y1: 148,
      y2: 148,
      stroke: '#0b0c0c',
      'stroke-width': 2,
      'stroke-dasharray': '7 4',
    });
    expect(layout.before.find((n) => n.name === 'path')?.attributes.d).toBe('M16 180 V188 M16 184 H32 M32 180 V188');
  });

  it('places the chart 8 below the key, at its rounded size', () => {
    expect(layout.chart).toEqual({ x: 16, y: 200, width: 700, height: 301 });
  });

  it('writes the summary wrapped, the areas with no data and the source below the chart', () => {
    expect(texts(layout.after)).toEqual([
      "Synthetic share, 2025: of Testtown's 5 wards, 1 is significantly worse than England, 1 is",
      'similar, 1 is significantly better, 1 is not compared (there is no confidence interval) and 1 has',
      'no data.',
      'No data: East.',
      'Source: tests',
    ]);
    expect(layout.after.map((n) => n.attributes.y)).toEqual([522, 539, 556, 573, 588]);
    expect(layout.after[4]?.attributes).toEqual({ x: 16, y: 588, 'font-size': 11, 'font-weight': 400, fill: '#505a5f' });
  });
});
