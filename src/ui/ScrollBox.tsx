import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';

/**
 * Whether an element's content is wider than the element, kept up to date as either changes size (a phone
 * turned on its side, a column sorted, a font enlarged). ResizeObserver rather than a resize listener, because
 * the content can grow while the window stays the same.
 */
export function useOverflowsSideways(ref: RefObject<HTMLElement | null>, inside?: string): boolean {
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = inside ? ref.current?.querySelector<HTMLElement>(inside) : ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const update = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    // No first measurement here: reading scrollWidth now would force a layout per table before the first
    // paint (a third of a second on a phone for a page of tables). The observer reports every observed
    // element once, after the browser's own layout, where reading sizes costs nothing extra.
    const observer = new ResizeObserver(update);
    observer.observe(element);
    for (const child of element.children) observer.observe(child);
    return () => observer.disconnect();
  }, [ref, inside]);
  return overflows;
}

interface ScrollBoxProps {
  /** Names the region for screen readers: the id of a visible title, or else a label. */
  labelledBy?: string;
  label?: string;
  /** More classes besides table-wrap. */
  className?: string;
  children: ReactNode;
}

/**
 * The box every table sits in: it scrolls sideways when the table is wider than the screen, can be reached and
 * scrolled with the keyboard, and then says so — a border, shadows at the edges with more to see (styles.css),
 * and a line of text, since a shadow alone is easy to miss and means nothing to a screen reader.
 */
export function ScrollBox({ labelledBy, label, className, children }: ScrollBoxProps) {
  const box = useRef<HTMLDivElement>(null);
  const overflows = useOverflowsSideways(box);
  const hintId = useId();
  return (
    <>
      {overflows && (
        <p className="scroll-hint" id={hintId}>
          <span aria-hidden="true">⟷ </span>Scroll sideways to see every column
        </p>
      )}
      <div
        ref={box}
        className={className ? `table-wrap ${className}` : 'table-wrap'}
        data-overflows={overflows ? 'true' : undefined}
        tabIndex={0}
        role="region"
        aria-labelledby={labelledBy}
        aria-label={labelledBy ? undefined : label}
        aria-describedby={overflows ? hintId : undefined}
      >
        {children}
      </div>
    </>
  );
}
