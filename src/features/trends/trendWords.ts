// Sentences of the trends view, out of its components. Pure.

/** ", males" after the indicator's name for a breakdown; "" for the headline. */
export function breakdownSuffix(breakdownText: string): string {
  return breakdownText ? `, ${breakdownText}` : '';
}

/** Why chosen authorities are missing from the chart (they have no figures for this indicator and breakdown). */
export function missingComparatorsText(names: readonly string[], breakdownText: string): string {
  return `No figures for ${names.join(', ')} for this indicator${breakdownText ? ` (${breakdownText})` : ''}: ${names.length === 1 ? 'it is' : 'they are'} not in the chart.`;
}

/** The table's caption: indicator, breakdown, unit and the areas shown. */
export function trendTableCaption(name: string, breakdownText: string, unit: string, areaNames: readonly string[]): string {
  return `${name}${breakdownSuffix(breakdownText)}, ${unit === '%' ? 'per cent' : unit}, by period: ${areaNames.join(', ')}`;
}
