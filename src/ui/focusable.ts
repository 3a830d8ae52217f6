// Keyboard reach for a map shape. No React: works on the shape's SVG element through Leaflet's Path.
import type { Path } from 'leaflet';

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
