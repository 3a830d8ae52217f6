import { useState, type RefObject } from 'react';
import { type ExplorerModel } from './model';
import { explorerCsv, explorerFileName } from './csv';
import { chartSvgLayout, type SvgNode } from './chartSvg';

const SVG_NS = 'http://www.w3.org/2000/svg';

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

function svgElement(node: SvgNode) {
  const element = document.createElementNS(SVG_NS, node.name);
  for (const [key, value] of Object.entries(node.attributes)) element.setAttribute(key, String(value));
  // textContent, never markup: area names come from data.
  if (node.text !== undefined) element.textContent = node.text;
  return element;
}

/**
 * The chart as a stand-alone SVG: its title, what it compares against, the key in words, the chart itself, the
 * summary and the source, so the picture still makes sense when pasted into a report. Laid out by chartSvgLayout.
 */
export function composeChartSvg(chart: SVGSVGElement, model: ExplorerModel, source: string): { svg: SVGSVGElement; width: number; height: number } {
  const box = chart.getBoundingClientRect();
  const layout = chartSvgLayout(model, source, box);
  const root = svgElement(layout.root);
  for (const node of layout.before) root.append(svgElement(node));
  const copy = chart.cloneNode(true) as SVGSVGElement;
  for (const [key, value] of Object.entries(layout.chart)) copy.setAttribute(key, String(value));
  copy.removeAttribute('style');
  root.append(copy);
  for (const node of layout.after) root.append(svgElement(node));
  return { svg: root as SVGSVGElement, width: layout.width, height: layout.height };
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
