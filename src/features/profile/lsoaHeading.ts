// Column headings of the neighbourhoods table. Pure.
import type { IndicatorMeta } from '../../domain/indicators';

/** Column headings with the unit: "Income deprivation (%)", "National deprivation decile (1 = most deprived)". */
export function heading(meta: IndicatorMeta): string {
  if (meta.unit === '%') return `${meta.name} (%)`;
  // A unit that repeats the name's last word ("decile (1 = most deprived)") keeps only its explanation.
  const lastWord = meta.name.split(' ').at(-1)?.toLowerCase() ?? '';
  const unit = meta.unit.toLowerCase().startsWith(lastWord) ? meta.unit.slice(lastWord.length).trim() : `(${meta.unit})`;
  return `${meta.name} ${unit}`;
}
