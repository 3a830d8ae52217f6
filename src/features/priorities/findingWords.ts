// A finding's gap from its benchmark and its residents above or below, in words. Pure.
import { formatAbout } from '../../core/format';
import type { Finding } from './model';

/** "116% above York", "12% below England (better)": the gap in words, against the benchmark by name. */
export function gapText(f: Finding): string {
  const b = f.benchmark.row.value;
  if (f.gap === null || b === null || b === 0) return 'No data';
  const pct = Math.round((Math.abs(f.value - b) / b) * 100);
  if (pct === 0) return `Within 1% of ${f.benchmark.name}`;
  return `${pct}% ${f.value > b ? 'above' : 'below'} ${f.benchmark.name}${f.gap < 0 ? ' (better)' : ''}`;
}

export function excessText(f: Finding): string {
  if (f.excess === null) return 'No data';
  const n = Math.abs(f.excess);
  if (Math.round(n) === 0) return 'About the same';
  return `${formatAbout(n)} ${f.excess > 0 ? 'more' : 'fewer'}`;
}
