import { createContext, useContext, useEffect } from 'react';
import type { IndicatorMeta } from '../domain/indicators';

/** Lets the view in front tell the page footer which indicator's source to name. */
export const ShownIndicatorContext = createContext<(meta: IndicatorMeta | null) => void>(() => {});

export function useReportShownIndicator(meta: IndicatorMeta | null | undefined): void {
  const report = useContext(ShownIndicatorContext);
  useEffect(() => {
    report(meta ?? null);
    return () => report(null);
  }, [report, meta]);
}
