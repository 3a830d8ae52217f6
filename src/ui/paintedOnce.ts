import { useEffect, useState } from 'react';

/**
 * False until the browser has painted once after mounting. Maps and charts build and measure many elements at once;
 * drawing them after the page's words are on screen shows those words sooner on a phone and splits one long
 * main-thread task in two. The box they go in keeps its size meanwhile, so nothing moves.
 */
export function usePaintedOnce(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer = 0;
    // The frame callback runs just before the paint; the timeout then runs just after it.
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(() => setPainted(true), 0)));
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, []);
  return painted;
}
