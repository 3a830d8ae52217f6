import { useState, type RefObject } from 'react';
import { wrapLabel, type ExplorerModel } from './model';
import { explorerCsv, explorerFileName } from './csv';
import { REFERENCE_COLOUR, REFERENCE_DASH } from './RankedBarChart';

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = 'Arial, Helvetica, sans-serif';

/** Saves a blob through a temporary object URL: no network, nothing left behind. */
function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function svgElement<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>, text?: string) {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  // textContent, never markup: area names come from data.
  if (text !== undefined) element.textContent = text;
  return element;
}

/**
 * The chart as a stand-alone SVG: its title, what it compares against, the key in words, the chart itself, the
 * summary and the source, so the picture still makes sense when pasted into a report.
 */
export function composeChartSvg(chart: SVGSVGElement, model: ExplorerModel, source: string): { svg: SVGSVGElement; width: number; height: number } {
  const box = chart.getBoundingClientRect();
  const chartWidth = Math.max(320, Math.round(box.width));
  const chartHeight = Math.round(box.height);
  const pad = 16;
  const width = Math.max(chartWidth + 2 * pad, 640);
  const maxChars = Math.floor((width - 2 * pad) / 7.2);
  const root = svgElement('svg', { width, height: 0, 'font-family': FONT });
  const background = svgElement('rect', { x: 0, y: 0, width, height: 0, fill: '#ffffff' });
  root.append(background);
  let y = pad;
  const line = (text: string, size: number, weight = 400, colour = '#0b0c0c') => {
    for (const part of wrapLabel(text, Math.floor(maxChars * (13 / size)))) {
      y += size + 4;
      root.append(svgElement('text', { x: pad, y, 'font-size': size, 'font-weight': weight, fill: colour }, part));
    }
  };
  line(model.title, 20, 700);
  line(model.subtitle, 14, 400, '#505a5f');
  y += 8;
  for (const item of model.legend) {
    root.append(svgElement('rect', { x: pad, y: y + 4, width: 16, height: 12, fill: item.colour, stroke: '#505a5f' }));
    const text = `${item.label}: ${item.description} (${item.count})`;
    root.append(svgElement('text', { x: pad + 22, y: y + 14, 'font-size': 13, fill: '#0b0c0c' }, text));
    y += 18;
  }
  for (const r of model.references) {
    root.append(
      svgElement('line', {
        x1: pad,
        x2: pad + 16,
        y1: y + 10,
        y2: y + 10,
        stroke: REFERENCE_COLOUR[r.kind],
        'stroke-width': 2,
        'stroke-dasharray': REFERENCE_DASH[r.kind],
      }),
    );
    root.append(svgElement('text', { x: pad + 22, y: y + 14, 'font-size': 13, fill: '#0b0c0c' }, `${r.name}: ${r.valueText}`));
    y += 18;
  }
  if (model.bars.some((b) => b.whisker)) {
    root.append(svgElement('path', { d: `M${pad} ${y + 6} V${y + 14} M${pad} ${y + 10} H${pad + 16} M${pad + 16} ${y + 6} V${y + 14}`, stroke: '#0b0c0c', fill: 'none' }));
    root.append(svgElement('text', { x: pad + 22, y: y + 14, 'font-size': 13, fill: '#0b0c0c' }, '95% confidence interval'));
    y += 18;
  }
  y += 8;
  const copy = chart.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('x', String(pad));
  copy.setAttribute('y', String(y));
  copy.setAttribute('width', String(chartWidth));
  copy.setAttribute('height', String(chartHeight));
  copy.removeAttribute('style');
  root.append(copy);
  y += chartHeight + 4;
  line(model.summary, 13);
  if (model.missing.length > 0) line(`No data: ${model.missing.map((m) => m.name).join(', ')}.`, 13);
  line(source, 11, 400, '#505a5f');
  const height = Math.ceil(y + pad);
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  background.setAttribute('height', String(height));
  return { svg: root, width, height };
}

/** Serialises the SVG, draws it on a canvas at twice the size and returns a PNG: all in the browser. */
export async function svgToPng(svg: SVGSVGElement, width: number, height: number, scale = 2): Promise<Blob> {
  const text = new XMLSerializer().serializeToString(svg);
  // A data: URL, not a blob: one: the page's Content-Security-Policy allows images from 'self' and data: only.
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  const image = new Image();
  image.width = width;
  image.height = height;
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
    image.src = url;
  });
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw images.');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))), 'image/png'),
  );
}

interface DownloadsProps {
  model: ExplorerModel;
  chartHost: RefObject<HTMLDivElement | null>;
  source: string;
}

export function Downloads({ model, chartHost, source }: DownloadsProps) {
  const [status, setStatus] = useState('');

  const downloadCsv = () => {
    saveBlob(new Blob([explorerCsv(model)], { type: 'text/csv;charset=utf-8' }), explorerFileName(model, 'csv'));
    setStatus(`Table downloaded as ${explorerFileName(model, 'csv')}.`);
  };

  const downloadPng = async () => {
    const chart = chartHost.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!chart) {
      setStatus('The chart is not ready yet; try again in a moment.');
      return;
    }
    try {
      setStatus('Making the image…');
      const { svg, width, height } = composeChartSvg(chart, model, source);
      saveBlob(await svgToPng(svg, width, height), explorerFileName(model, 'png'));
      setStatus(`Chart downloaded as ${explorerFileName(model, 'png')}.`);
    } catch (error) {
      setStatus(error instanceof Error ? error.message : 'The chart could not be downloaded.');
    }
  };

  return (
    <div className="explorer-downloads">
      <button type="button" className="secondary" onClick={downloadCsv}>
        Download the table (CSV)
      </button>
      <button type="button" className="secondary" onClick={() => void downloadPng()}>
        Download the chart (PNG image)
      </button>
      <p role="status" className="explorer-download-status">
        {status}
      </p>
    </div>
  );
}
