// React pieces every Leaflet map of the dashboard shares: refitting for print, label decluttering, named tooltips.
// The pure geometry is in mapGeometry.ts, keyboard reach in focusable.ts.
import type { LatLngBoundsExpression, Tooltip as LeafletTooltip } from 'leaflet';
import { useEffect, useRef, type ReactNode } from 'react';
import { Tooltip, useMap, type TooltipProps } from 'react-leaflet';
import { placeLabels, type LabelCandidate } from '../core/labelPlacement';
import type { AreaFeatures } from '../domain/areas';
import { extentOf } from './mapGeometry';

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
 * Shows every label that fits: one is hidden only when, at the current zoom, it is larger than its area or no
 * position near its area's centre is clear of labels already placed (placeLabels in core/labelPlacement.ts).
 * Labels go in order of their data-priority attribute (highest first), then area size, so the names that
 * matter most stay; hidden ones are still on hover, focus and in the table beside the map. Re-run on every zoom,
 * move and resize, since what fits changes with them.
 */
export function Declutter({ className, deps, areas }: { className: string; deps: string; areas: AreaFeatures }) {
  const map = useMap();
  useEffect(() => {
    const extents = new Map(areas.features.map((f) => [f.properties.code, extentOf([f.geometry])]));
    const run = () => {
      const origin = map.getContainer().getBoundingClientRect();
      const labels = [...(map.getPane('tooltipPane')?.querySelectorAll<HTMLElement>(`.${className}`) ?? [])];
      const candidates: LabelCandidate[] = [];
      const elements = new Map<string, HTMLElement>();
      for (const label of labels) {
        const code = label.getAttribute('data-label-code');
        const extent = code ? extents.get(code) : undefined;
        if (!code || !extent) continue;
        // Measured where the map drew it: undo the last run's nudge first.
        label.style.marginLeft = '';
        label.style.marginTop = '';
        label.style.visibility = '';
        const r = label.getBoundingClientRect();
        const [minX, minY, maxX, maxY] = extent;
        const a = map.latLngToContainerPoint([maxY, minX]);
        const b = map.latLngToContainerPoint([minY, maxX]);
        const priority = Number(label.querySelector('[data-priority]')?.getAttribute('data-priority') ?? 0);
        elements.set(code, label);
        candidates.push({
          key: code,
          priority,
          box: { left: r.left - origin.left, top: r.top - origin.top, right: r.right - origin.left, bottom: r.bottom - origin.top },
          area: { left: Math.min(a.x, b.x), top: Math.min(a.y, b.y), right: Math.max(a.x, b.x), bottom: Math.max(a.y, b.y) },
        });
      }
      for (const [code, placement] of placeLabels(candidates)) {
        const label = elements.get(code);
        if (!label) continue;
        label.dataset.placement = placement.shown ? 'shown' : placement.reason;
        if (!placement.shown) label.style.visibility = 'hidden';
        else {
          label.style.marginLeft = placement.dx ? `${placement.dx}px` : '';
          label.style.marginTop = placement.dy ? `${placement.dy}px` : '';
        }
      }
    };
    const timer = window.setTimeout(() => window.requestAnimationFrame(run), 60);
    map.on('zoomend moveend resize', run);
    return () => {
      window.clearTimeout(timer);
      map.off('zoomend moveend resize', run);
    };
  }, [map, className, deps, areas]);
  return null;
}

/**
 * A map tooltip with an accessible name from the moment it opens. Leaflet gives the tooltip
 * role="tooltip" at once, but React renders its text a moment later; without a name set on opening,
 * a tooltip opened by a pointer left over the map (or by focus) is briefly an unnamed tooltip.
 */
export function NamedTooltip({ name, code, children, ...options }: Omit<TooltipProps, 'eventHandlers'> & { name: string; code?: string; children: ReactNode }) {
  return (
    <Tooltip
      {...options}
      eventHandlers={{
        add: (event) => {
          const element = (event.target as LeafletTooltip).getElement();
          element?.setAttribute('aria-label', name);
          // Which area a permanent label names, for Declutter to check it fits that area.
          if (code) element?.setAttribute('data-label-code', code);
        },
      }}
    >
      {children}
    </Tooltip>
  );
}
