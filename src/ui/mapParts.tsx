// Pieces every Leaflet map of the dashboard shares: its bounds, keyboard-reachable shapes, label decluttering.
import type { Geometry } from 'geojson';
import type { LatLngBoundsExpression, Path, Tooltip as LeafletTooltip } from 'leaflet';
import { useEffect, type ReactNode } from 'react';
import { Tooltip, useMap, type TooltipProps } from 'react-leaflet';
import { type AreaFeatures } from '../domain/areas';

/** [minX, minY, maxX, maxY] of some geometries, in lon/lat. */
export function extentOf(geometries: Geometry[]): [number, number, number, number] {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as number[];
      minX = Math.min(minX, x as number);
      maxX = Math.max(maxX, x as number);
      minY = Math.min(minY, y as number);
      maxY = Math.max(maxY, y as number);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const g of geometries) visit((g as Geometry & { coordinates: unknown }).coordinates);
  return [minX, minY, maxX, maxY];
}

export function boundsOf(features: AreaFeatures): LatLngBoundsExpression {
  const [minX, minY, maxX, maxY] = extentOf(features.features.map((f) => f.geometry));
  return [
    [minY, minX],
    [maxY, maxX],
  ];
}

/**
 * Hides a label that would overlap one already placed. Labels are placed in order of their data-priority
 * attribute (highest first), so the names that matter most stay; hidden ones are still on hover, focus and
 * in the table beside the map.
 */
export function Declutter({ className, deps }: { className: string; deps: string }) {
  const map = useMap();
  useEffect(() => {
    const run = () => {
      const placed: DOMRect[] = [];
      const labels = [...(map.getPane('tooltipPane')?.querySelectorAll<HTMLElement>(`.${className}`) ?? [])];
      const priority = (el: HTMLElement) => Number(el.querySelector('[data-priority]')?.getAttribute('data-priority') ?? 0);
      labels.sort((a, b) => priority(b) - priority(a));
      for (const label of labels) {
        label.style.visibility = '';
        const box = label.getBoundingClientRect();
        const overlaps = placed.some((p) => box.left < p.right && box.right > p.left && box.top < p.bottom && box.bottom > p.top);
        if (overlaps) label.style.visibility = 'hidden';
        else placed.push(box);
      }
    };
    const timer = window.setTimeout(() => window.requestAnimationFrame(run), 60);
    map.on('zoomend moveend resize', run);
    return () => {
      window.clearTimeout(timer);
      map.off('zoomend moveend resize', run);
    };
  }, [map, className, deps]);
  return null;
}

/** Makes one SVG shape reachable by keyboard, with a role and a name; returns false if it already was. */
export function makeFocusable(path: Path, attributes: Record<string, string>, onActivate: () => void): boolean {
  const element = path.getElement?.() as SVGElement | undefined;
  if (!element || element.dataset.focusable === 'yes') return false;
  element.dataset.focusable = 'yes';
  element.setAttribute('tabindex', '0');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onActivate();
    }
  });
  element.addEventListener('focus', () => path.openTooltip?.());
  element.addEventListener('blur', () => path.closeTooltip?.());
  return true;
}

/**
 * A map tooltip with an accessible name from the moment it opens. Leaflet gives the tooltip
 * role="tooltip" at once, but React renders its text a moment later; without a name set on opening,
 * a tooltip opened by a pointer left over the map (or by focus) is briefly an unnamed tooltip.
 */
export function NamedTooltip({ name, children, ...options }: Omit<TooltipProps, 'eventHandlers'> & { name: string; children: ReactNode }) {
  return (
    <Tooltip
      {...options}
      eventHandlers={{ add: (event) => (event.target as LeafletTooltip).getElement()?.setAttribute('aria-label', name) }}
    >
      {children}
    </Tooltip>
  );
}
