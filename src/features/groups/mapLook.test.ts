import { describe, expect, it } from 'vitest';
import { IN_GROUP, labelFor, mapNameFor, OUT_OF_GROUP, styleFor, tooltipFor } from './mapLook';

describe('groups map look', () => {
  it('shades a ward in the group blue with a thick dark outline, others white with a thin grey one', () => {
    expect(styleFor(true)).toEqual({ color: '#0b0c0c', weight: 4, fillColor: '#1d70b8', fillOpacity: 0.55 });
    expect(styleFor(false)).toEqual({ color: '#6f777b', weight: 1, fillColor: '#ffffff', fillOpacity: 0.7 });
    expect(IN_GROUP).toEqual({ fill: '#1d70b8', outline: '#0b0c0c' });
    expect(OUT_OF_GROUP).toEqual({ fill: '#ffffff', outline: '#6f777b' });
  });

  it('names the ward as a checkbox saying what Space or Enter will do', () => {
    expect(labelFor('Acomb', true)).toBe('Acomb: in the group. Press Space or Enter to take it out.');
    expect(labelFor('Acomb', false)).toBe('Acomb: not in the group. Press Space or Enter to add it.');
    expect(tooltipFor(true)).toBe('In the group: select to take it out');
    expect(tooltipFor(false)).toBe('Not in the group: select to add it');
  });

  it('ticks the name of a ward in the group', () => {
    expect(mapNameFor('Clifton', true)).toEqual({ text: '✓ Clifton', accessibleName: 'Clifton, in the group', className: 'area-label gr-label gr-label-in' });
    expect(mapNameFor('Clifton', false)).toEqual({ text: 'Clifton', accessibleName: 'Clifton', className: 'area-label gr-label' });
  });
});
