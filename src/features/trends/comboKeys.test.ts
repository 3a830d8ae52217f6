import { describe, expect, it } from 'vitest';
import { comboKeyAction, type ComboState } from './comboKeys';

const shown: ComboState = { open: true, expanded: true, activeIndex: 2, count: 5 };
const closed: ComboState = { open: false, expanded: false, activeIndex: 0, count: 5 };

describe('comboKeyAction', () => {
  it('ArrowDown opens a closed list, then moves down one, stopping at the last', () => {
    expect(comboKeyAction('ArrowDown', closed)).toEqual({ preventDefault: true, open: true });
    expect(comboKeyAction('ArrowDown', shown)).toEqual({ preventDefault: true, active: 3 });
    expect(comboKeyAction('ArrowDown', { ...shown, activeIndex: 4 })).toEqual({ preventDefault: true, active: 4 });
  });
  it('ArrowUp moves up one, stopping at the first', () => {
    expect(comboKeyAction('ArrowUp', shown)).toEqual({ preventDefault: true, active: 1 });
    expect(comboKeyAction('ArrowUp', { ...shown, activeIndex: 0 })).toEqual({ preventDefault: true, active: 0 });
  });
  it('Home, End and Enter act only while the list shows', () => {
    expect(comboKeyAction('Home', shown)).toEqual({ preventDefault: true, active: 0 });
    expect(comboKeyAction('End', shown)).toEqual({ preventDefault: true, active: 4 });
    expect(comboKeyAction('Enter', shown)).toEqual({ preventDefault: true, choose: true });
    // Open but with nothing to show (no matches, or full): the keys keep their usual meaning in the text box.
    const empty = { ...shown, expanded: false };
    expect(comboKeyAction('Home', empty)).toEqual({ preventDefault: false });
    expect(comboKeyAction('End', empty)).toEqual({ preventDefault: false });
    expect(comboKeyAction('Enter', empty)).toEqual({ preventDefault: false });
  });
  it('Escape closes an open list, or else empties the box', () => {
    expect(comboKeyAction('Escape', shown)).toEqual({ preventDefault: true, open: false });
    expect(comboKeyAction('Escape', closed)).toEqual({ preventDefault: false, clearQuery: true });
  });
  it('leaves other keys alone', () => {
    expect(comboKeyAction('a', shown)).toEqual({ preventDefault: false });
    expect(comboKeyAction('Tab', shown)).toEqual({ preventDefault: false });
  });
});
