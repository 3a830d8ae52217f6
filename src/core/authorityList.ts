// Local authorities in a file of authority rows: which rows are authorities, and their latest names.
import type { IndicatorRow } from '../domain/indicators';

export const isAuthority = (r: IndicatorRow) => r.areaType === 'Local authority' || /^E0[6-9]\d{6}$/.test(r.areaCode) || r.areaCode.startsWith('E10');

/** Every authority in the file (code → name), the latest name for each code, sorted by name. */
export function authorityList(rows: readonly IndicatorRow[]): { code: string; name: string }[] {
  const names = new Map<string, { name: string; year: number }>();
  for (const r of rows) {
    if (!isAuthority(r)) continue;
    const year = Number(/(\d{4})/.exec(r.period)?.[1] ?? 0);
    const known = names.get(r.areaCode);
    if (!known || year > known.year) names.set(r.areaCode, { name: r.areaName, year });
  }
  return [...names].map(([code, v]) => ({ code, name: v.name })).sort((a, b) => a.name.localeCompare(b.name) || a.code.localeCompare(b.code));
}
