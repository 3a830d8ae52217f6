// React pieces every Leaflet map of the dashboard shares: refitting for print, label decluttering, named tooltips.
// The pure geometry is in mapGeometry.ts, keyboard reach in focusable.ts.
import type { LatLngBoundsExpression, Tooltip as LeafletTooltip } from 'leaflet';
import { useEffect, useRef, type ReactNode } from 'react';
import { Tooltip, useMap, type TooltipProps } from 'react-leaflet';

/** Printing changes the map's size; refit so the whole place stays on the page. */
export function RefitOnPrint({ bounds }: { bounds: LatLngBoundsExpression }) {
  const map = useMap();
  useEffect(() => {
    const refit = () => {
      map.invalidateSize({ animate: false });
      map.fitBounds(bounds, { animate: false, padding: [8, 8] });
    };
    const media = window.matchMedia('print');
    window.addEventListener('beforeprint', refit);
    media.addEventListener('change', refit);
    return () => {
      window.removeEventListener('beforeprint', refit);
      media.removeEventListener('change', refit);
    };
  }, [map, bounds]);
  return null;
}

/**
 * Brings an outlined shape into view when it changes: zoomed in enough to see it (about a ward's width
 * around it), not so far that its surroundings are lost.
 */
export function ShowOutlined({ bounds, code }: { bounds: LatLngBoundsExpression; code: string }) {
  const map = useMap();
  const latest = useRef(bounds);
  useEffect(() => {
    latest.current = bounds;
  }, [bounds]);
  useEffect(() => {
    map.fitBounds(latest.current, { maxZoom: 14, padding: [60, 60], animate: false });
  }, [map, code]);
  return null;
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
