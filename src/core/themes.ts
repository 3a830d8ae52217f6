import type { IndicatorMeta } from '../domain/indicators';

/** Themes in the order the Alliance reads them: its stated concern, alcohol harm, first. */
export const THEME_ORDER = [
  'Alcohol harm',
  'General health and disability',
  'Deprivation and income',
  'Carers',
  'Children',
  'Older people',
  'Mental health',
  'Life expectancy',
  'Lifestyle',
  'Population',
];

export function groupByTheme(indicators: IndicatorMeta[]): [string, IndicatorMeta[]][] {
  const groups = new Map<string, IndicatorMeta[]>();
  for (const m of indicators) {
    const list = groups.get(m.theme) ?? [];
    list.push(m);
    groups.set(m.theme, list);
  }
  const rank = (theme: string) => {
    const i = THEME_ORDER.indexOf(theme);
    return i === -1 ? THEME_ORDER.length : i;
  };
  return [...groups].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
}
