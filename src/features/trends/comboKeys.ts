// The authority combobox's keys (the ARIA 1.2 combobox pattern), as a pure function of what is shown. No React, no DOM.

export interface ComboState {
  /** The list has been opened (it shows only when `expanded`). */
  open: boolean;
  /** The list is showing: open, not full, with matches. */
  expanded: boolean;
  /** The highlighted option. */
  activeIndex: number;
  /** How many options are shown. */
  count: number;
}

/** What a key does: whether the browser's own handling is stopped, and the changes to make. */
export interface ComboAction {
  preventDefault: boolean;
  open?: boolean;
  active?: number;
  /** Add the highlighted option. */
  choose?: boolean;
  clearQuery?: boolean;
}

const NOTHING: ComboAction = { preventDefault: false };

/**
 * ArrowDown opens the list, then moves down (stopping at the last); ArrowUp moves up (stopping at the first);
 * Home and End jump to the ends and Enter adds the highlighted option while the list shows; Escape closes an
 * open list, or else empties the box. Other keys are left alone.
 */
export function comboKeyAction(key: string, { open, expanded, activeIndex, count }: ComboState): ComboAction {
  switch (key) {
    case 'ArrowDown':
      return open ? { preventDefault: true, active: Math.min(activeIndex + 1, count - 1) } : { preventDefault: true, open: true };
    case 'ArrowUp':
      return { preventDefault: true, active: Math.max(activeIndex - 1, 0) };
    case 'Home':
      return expanded ? { preventDefault: true, active: 0 } : NOTHING;
    case 'End':
      return expanded ? { preventDefault: true, active: count - 1 } : NOTHING;
    case 'Enter':
      return expanded ? { preventDefault: true, choose: true } : NOTHING;
    case 'Escape':
      return open ? { preventDefault: true, open: false } : { preventDefault: false, clearQuery: true };
    default:
      return NOTHING;
  }
}
