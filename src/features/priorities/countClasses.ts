// The priorities map's shading by the number of priority findings, and its words. Pure.
import type { NamedArea } from '../../domain/place';

/** Classes of the count of priority findings: light to dark purple, each with its words. */
export const COUNT_CLASSES: { min: number; max: number; colour: string; label: string }[] = [
  { min: 0, max: 0, colour: '#f2f0f7', label: 'None' },
  { min: 1, max: 1, colour: '#cbc9e2', label: '1 finding' },
  { min: 2, max: 3, colour: '#9e9ac8', label: '2 or 3 findings' },
  { min: 4, max: 5, colour: '#756bb1', label: '4 or 5 findings' },
  { min: 6, max: Infinity, colour: '#54278f', label: '6 or more findings' },
];

export function countClass(n: number) {
  return COUNT_CLASSES.find((c) => n >= c.min && n <= c.max) ?? (COUNT_CLASSES[0] as (typeof COUNT_CLASSES)[number]);
}

/** The classes some ward falls in, for the key. */
export function shownClasses(counts: Map<string, number>) {
  return COUNT_CLASSES.filter((c) => [...counts.values()].some((n) => n >= c.min && n <= c.max));
}

export const findings = (n: number) => `${n} priority ${n === 1 ? 'finding' : 'findings'}`;

/** "Westfield has the most priority findings (7), then …; 9 wards have none." The map's text alternative. */
export function countSummary(counts: Map<string, number>, wards: readonly NamedArea[], themeWords: string): string {
  const list = wards.map((w) => ({ name: w.name, n: counts.get(w.code) ?? 0 })).sort((a, b) => b.n - a.n || a.name.localeCompare(b.name));
  const withAny = list.filter((w) => w.n > 0);
  const none = list.length - withAny.length;
  if (withAny.length === 0) return `No ward has a priority finding${themeWords}.`;
  const [first, ...rest] = withAny;
  const next = rest.slice(0, 2).map((w) => `${w.name} (${w.n})`);
  let text = `${first?.name} has the most priority findings${themeWords} (${first?.n})`;
  if (next.length > 0) text += `, then ${next.join(' and ')}`;
  text += `; ${withAny.length} of ${list.length} wards have at least one`;
  if (none > 0) text += `, ${none} ${none === 1 ? 'has' : 'have'} none`;
  return `${text}.`;
}
