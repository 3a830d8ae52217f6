// The words around the inequality view's gradient and its two numbers, out of its components. Pure.
import type { IndicatorMeta } from '../../domain/indicators';
import type { GradientArea, InequalityGeography, SiiSummary } from './model';

/** How each kind of area is named: as a choice (plural) and in sentences (words). */
export const GEO_LABEL: Record<InequalityGeography, { plural: string; words: string }> = {
  ward: { plural: 'Wards', words: 'wards' },
  lsoa: { plural: 'Neighbourhoods (LSOAs)', words: 'neighbourhoods (LSOAs)' },
};

/** The relative index is shown only when the fitted line stays above zero at both ends and the ratio is finite. */
export function riiUsable(sii: Pick<SiiSummary, 'mostDeprived' | 'leastDeprived' | 'rii'> | null): boolean {
  return sii !== null && sii.mostDeprived > 0 && sii.leastDeprived > 0 && Number.isFinite(sii.rii);
}

/** The areas the gradient is fitted through: those not excluded. */
export function includedCount(areas: readonly Pick<GradientArea, 'excluded'>[]): number {
  return areas.filter((a) => a.excluded === '').length;
}

/** The scale the gradient is fitted on, and what the recommendation covers: rates on the log scale, percentages on log-odds. */
export function scaleWords(valueType: IndicatorMeta['valueType']): { scale: string; kind: string } {
  return valueType === 'rate' ? { scale: 'log scale', kind: 'rates' } : { scale: 'log-odds scale', kind: 'percentages' };
}

/** The gradient table's caption. */
export function gradientTableCaption(name: string, period: string, placeName: string, areaWords: string, areaCount: number): string {
  return `${name} (${period}) in ${placeName}’s ${areaWords}, ranked from most deprived (1) to least deprived (${areaCount})`;
}
