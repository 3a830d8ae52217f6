import type { IndicatorMeta } from '../domain/indicators';

/**
 * Which tenth of England's LSOAs a value falls in, 1 (lowest values) to 10 (highest), given the nine
 * cut points of IndicatorMeta.englandLsoaTenths. A value equal to a cut point belongs to the lower
 * tenth, as the cut point is the largest value of that tenth.
 */
export function nationalTenth(value: number, cuts: readonly number[]): number {
  if (cuts.length !== 9 || !Number.isFinite(value)) throw new RangeError('a national tenth needs a finite value and nine cut points');
  let tenth = 1;
  for (const cut of cuts) if (value > cut) tenth += 1;
  return tenth;
}

/**
 * Where a figure without a confidence interval sits among England's neighbourhoods, in words a resident
 * reads: "higher than at least 80% of England's neighbourhoods". Only what the tenth proves is said
 * (a value in tenth t is above the top of tenths 1…t−1 and at or below the top of tenth t). '' when the
 * indicator carries no national tenths.
 */
export function nationalPlacement(value: number | null, meta: Pick<IndicatorMeta, 'englandLsoaTenths' | 'polarity'>): string {
  if (value === null || !meta.englandLsoaTenths) return '';
  const tenth = nationalTenth(value, meta.englandLsoaTenths);
  const better = meta.polarity === 'low-is-good' ? 'lower' : meta.polarity === 'high-is-good' ? 'higher' : '';
  const placement =
    tenth >= 6
      ? `higher than at least ${(tenth - 1) * 10}% of England's neighbourhoods`
      : `lower than at least ${(10 - tenth) * 10}% of England's neighbourhoods`;
  return better ? `${placement} (${better} is better)` : placement;
}
