// A snapshot date as people write it: "25 November 2026". Pure.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Written by hand rather than with toLocaleDateString: the header shows this date on every page, and building the
 * browser's date formatter was the single slowest call of the first screen on a phone (a tenth of a second).
 */
export function longDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return iso;
  return `${Number(match[3])} ${month} ${match[1]}`;
}
