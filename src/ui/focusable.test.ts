import { describe, expect, it } from 'vitest';
import type { Path } from 'leaflet';
import { makeFocusable } from './focusable';

/** Just enough of an SVG element and a Leaflet path to watch what makeFocusable does, in node. */
function fakePath() {
  const attributes = new Map<string, string>();
  const listeners = new Map<string, (event: { key?: string; preventDefault(): void }) => void>();
  const element = {
    dataset: {} as Record<string, string>,
    setAttribute: (name: string, value: string) => attributes.set(name, value),
    addEventListener: (type: string, listener: (event: { key?: string; preventDefault(): void }) => void) => listeners.set(type, listener),
  };
  const tooltip = { open: 0, close: 0 };
  const path = {
    getElement: () => element,
    openTooltip: () => (tooltip.open += 1),
    closeTooltip: () => (tooltip.close += 1),
  } as unknown as Path;
  const fire = (type: string, key?: string) => {
    let prevented = false;
    listeners.get(type)?.({ key, preventDefault: () => (prevented = true) });
    return prevented;
  };
  return { path, element, attributes, tooltip, fire };
}

describe('makeFocusable', () => {
  it('gives the shape a tab stop, its role and name, and marks it done', () => {
    const { path, element, attributes } = fakePath();
    expect(makeFocusable(path, { role: 'button', 'aria-label': 'Acomb: 4.2%', 'data-area-code': 'E05010311' }, () => {})).toBe(true);
    expect(Object.fromEntries(attributes)).toEqual({ tabindex: '0', role: 'button', 'aria-label': 'Acomb: 4.2%', 'data-area-code': 'E05010311' });
    expect(element.dataset.focusable).toBe('yes');
  });

  it('activates on Enter and Space only, and opens and closes the tooltip with focus', () => {
    const { path, tooltip, fire } = fakePath();
    let activated = 0;
    makeFocusable(path, {}, () => (activated += 1));
    expect(fire('keydown', 'Enter')).toBe(true);
    expect(fire('keydown', ' ')).toBe(true);
    expect(fire('keydown', 'a')).toBe(false);
    expect(activated).toBe(2);
    fire('focus');
    fire('blur');
    fire('focus');
    expect(tooltip).toEqual({ open: 2, close: 1 });
  });

  it('does nothing a second time, nor to a shape not yet drawn', () => {
    const { path, attributes } = fakePath();
    makeFocusable(path, { role: 'button' }, () => {});
    expect(makeFocusable(path, { role: 'checkbox' }, () => {})).toBe(false);
    expect(attributes.get('role')).toBe('button');
    expect(makeFocusable({ getElement: () => undefined } as unknown as Path, {}, () => {})).toBe(false);
  });
});
