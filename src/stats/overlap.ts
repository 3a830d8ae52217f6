// Interval overlap: the rule behind "a change between two periods is significant" (methods.md §8.2,
// "Double overlapping CIs", FTO comparator method 12) and "an interval rules out a value" (§8.2, "CI
// overlapping reference value").
//
// Ties are inclusive, as in every Fingertips overlap method (methods.md §11.2): intervals that only
// touch overlap, and a value exactly on a limit lies inside the interval. A missing limit (null,
// undefined or not finite) means the question cannot be answered: the result is null, never a guess.
// Limits are taken as given; the import refuses a row whose lower limit is above its upper limit.

/** One limit of an interval; null or undefined when the publisher gives none. */
export type Limit = number | null | undefined;

export interface Interval {
  lower: Limit;
  upper: Limit;
}

/** A figure with its 95% confidence limits, as rows and series points carry them. */
export interface Limits95 {
  lower95: Limit;
  upper95: Limit;
}

function known(limit: Limit): limit is number {
  return typeof limit === 'number' && Number.isFinite(limit);
}

/**
 * Whether two intervals overlap: the larger lower limit is at or below the smaller upper limit
 * (methods.md §8.2, double overlapping CIs; inclusive). Null when either interval is missing a limit.
 */
export function intervalsOverlap(a: Interval, b: Interval): boolean | null {
  if (!known(a.lower) || !known(a.upper) || !known(b.lower) || !known(b.upper)) return null;
  return !(b.lower > a.upper || b.upper < a.lower);
}

/**
 * Whether the change between two figures is significant by the conservative overlap test: true when
 * their 95% confidence intervals do not overlap, false when they overlap (touching counts as
 * overlapping), null when either figure has no interval. Overlapping intervals do not show that the
 * figures are the same: a formal test can find a difference that overlap does not.
 */
export function significantChange(from: Limits95, to: Limits95): boolean | null {
  const overlap = intervalsOverlap({ lower: from.lower95, upper: from.upper95 }, { lower: to.lower95, upper: to.upper95 });
  return overlap === null ? null : !overlap;
}

/**
 * Whether an interval rules a value out: true when the value lies outside it (a value on a limit is
 * inside, methods.md §8.2 and §11.2), null when a limit is missing. An SII interval that excludes 0
 * shows a gap between the most and least deprived.
 */
export function intervalExcludes(interval: Interval, value: number): boolean | null {
  if (!known(interval.lower) || !known(interval.upper)) return null;
  return interval.lower > value || interval.upper < value;
}
