import type { IndicatorMeta } from '../domain/indicators';

/** Themes in the order the Alliance reads them: its stated concern, alcohol harm, first. */
export const THEME_ORDER = [
  'Alcohol harm',
  'Drug harm',
  'General health and disability',
  'Deprivation and income',
  'Carers',
  'Children',
  'Older people',
  'Mental health',
  'Life expectancy',
  'Education and skills',
  'Housing and access to services',
  'Crime and safety',
  'Lifestyle',
  'Population',
  'Health Index',
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

/**
 * The indicator picker's groups for a ward view: indicators with ward or neighbourhood figures first, then
 * those published only for the place and the country, each by theme. `onlyLabel` is "York and England only".
 */
export function pickerGroups(
  indicators: IndicatorMeta[],
  hasSmallAreas: (meta: IndicatorMeta) => boolean,
  onlyLabel: string,
): [string, IndicatorMeta[]][] {
  const small = indicators.filter(hasSmallAreas);
  const large = indicators.filter((m) => !hasSmallAreas(m));
  return [
    ...groupByTheme(small).map(([theme, list]): [string, IndicatorMeta[]] => [`Ward and neighbourhood figures: ${theme}`, list]),
    ...groupByTheme(large).map(([theme, list]): [string, IndicatorMeta[]] => [`${onlyLabel}: ${theme}`, list]),
  ];
}
