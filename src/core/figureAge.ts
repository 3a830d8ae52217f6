// How old a figure is, said beside it. Publishers label periods "2017/18", "2019 - 21", "2013-17" or
// "2021"; a figure whose period ended more than five years before the snapshot was built is marked,
// so nobody reads a 2017/18 figure as this year's. The reference date is the snapshot's, from the data.

/** Figures whose period ended more than this many years before the snapshot are marked as old. */
export const OLD_FIGURE_YEARS = 5;

/**
 * The last calendar year a period label covers: "2017/18" → 2018, "2019 - 21" → 2021, "2013-17" → 2017,
 * "2021" → 2021; null when the label holds no year.
 */
export function periodEndYear(period: string): number | null {
  const start = /(\d{4})/.exec(period);
  if (!start) return null;
  const first = Number(start[1]);
  // A second year after a separator: four digits ("2013-2017") or two ("2017/18", "2019 - 21").
  const end = /\d{4}\s*[-–/]\s*(\d{4}|\d{2})(?!\d)/.exec(period);
  if (!end) return first;
  const tail = end[1] as string;
  if (tail.length === 4) return Number(tail);
  const century = Math.floor(first / 100) * 100;
  const year = century + Number(tail);
  return year < first ? year + 100 : year;
}

/** True when the period ended more than OLD_FIGURE_YEARS before the snapshot date (YYYY-MM-DD). */
export function isOldFigure(period: string, snapshotDate: string): boolean {
  const end = periodEndYear(period);
  const reference = Number(snapshotDate.slice(0, 4));
  if (end === null || !Number.isFinite(reference)) return false;
  return reference - end > OLD_FIGURE_YEARS;
}

/** The period as shown beside a figure: "2017/18 — the latest open figure" when it is old. */
export function periodWithAge(period: string, snapshotDate: string): string {
  return isOldFigure(period, snapshotDate) ? `${period} — the latest open figure` : period;
}
