// Periods as publishers label them ("2008/09", "2015 - 17", "2019"), ordered oldest first.

/** First four-digit year in a period label ("2008/09", "2015 - 17", "2019"); Infinity when none. */
export function periodStartYear(period: string): number {
  const match = /(\d{4})/.exec(period);
  return match ? Number(match[1]) : Number.POSITIVE_INFINITY;
}

/** Oldest first: by the first year in the label, then by the label itself. */
export function sortPeriods(periods: Iterable<string>): string[] {
  return [...new Set(periods)].sort((a, b) => periodStartYear(a) - periodStartYear(b) || a.localeCompare(b));
}
