import type { ReactNode } from 'react';
import { usePaintedOnce } from './paintedOnce';

/** Its children once the page has painted (usePaintedOnce says why); until then an empty box of their height. */
export function AfterPaint({ height, children }: { height: number | string; children: ReactNode }) {
  const painted = usePaintedOnce();
  return painted ? <>{children}</> : <div style={{ height }} aria-hidden="true" data-pending-chart="true" />;
}
