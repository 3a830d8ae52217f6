// The words of an indicator map's area: its accessible name and its tooltip. Pure.

export function areaMapTexts(name: string, indicatorName: string, valueText: string | undefined) {
  const value = valueText ?? 'No data';
  return {
    valueText: value,
    /** The shape's accessible name. */
    label: `${name}: ${indicatorName} ${value}. Press Enter for details.`,
    /** The tooltip's accessible name. */
    tooltipName: `${name}. ${indicatorName}: ${value}`,
  };
}
