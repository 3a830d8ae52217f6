// A series is indicator × sex × age × category type × category. Values of different breakdowns are
// never joined, ranked or compared, so every view asks for one breakdown of an indicator (the
// publisher's headline one unless the reader chooses another) and gets only that breakdown's rows.
import type { IndicatorRow } from '../domain/indicators';
import { type IndicatorMeta } from '../domain/indicators';

export interface Breakdown {
  sex: string;
  age: string;
  categoryType: string;
  category: string;
}

export function breakdownOf(row: Pick<IndicatorRow, 'sex' | 'age' | 'categoryType' | 'category'>): Breakdown {
  return { sex: row.sex, age: row.age, categoryType: row.categoryType, category: row.category };
}

// '|' separates the parts; a '|' or '%' inside a part is escaped so any text round-trips.
const escapePart = (part: string) => (part.includes('|') || part.includes('%') ? part.replace(/%/g, '%25').replace(/\|/g, '%7C') : part);
const unescapePart = (part: string) => part.replace(/%7C/gi, '|').replace(/%25/g, '%');

/** A stable text key for a breakdown, used in indexes and in the address bar ("Male|All ages||"). */
export function breakdownKey(b: Breakdown): string {
  return [b.sex, b.age, b.categoryType, b.category].map(escapePart).join('|');
}

export function parseBreakdownKey(key: string): Breakdown | null {
  const parts = key.split('|');
  if (parts.length !== 4) return null;
  const [sex, age, categoryType, category] = parts.map(unescapePart) as [string, string, string, string];
  return { sex, age, categoryType, category };
}

export function sameBreakdown(a: Breakdown, b: Breakdown): boolean {
  return a.sex === b.sex && a.age === b.age && a.categoryType === b.categoryType && a.category === b.category;
}

const isPersons = (sex: string) => sex === 'Persons' || sex === '';
const isAllAges = (age: string) => age === '' || /^all ages$/i.test(age.trim());

/** The publisher's headline breakdown: Persons, all ages, no category. */
export function isHeadlineBreakdown(b: Breakdown): boolean {
  return isPersons(b.sex) && isAllAges(b.age) && b.categoryType === '';
}

const SEX_ORDER = ['Persons', '', 'Male', 'Female'];
const sexRank = (sex: string) => {
  const i = SEX_ORDER.indexOf(sex);
  return i === -1 ? SEX_ORDER.length : i;
};

/** "All ages" first, then by the first number in the label ("<16 yrs", "0-9 yrs", "65+ yrs"), then by text. */
function compareAges(a: string, b: string): number {
  if (isAllAges(a) !== isAllAges(b)) return isAllAges(a) ? -1 : 1;
  const first = (s: string) => {
    const m = /\d+/.exec(s);
    return m ? Number(m[0]) : Number.POSITIVE_INFINITY;
  };
  return first(a) - first(b) || a.localeCompare(b);
}

const naturalCompare = (a: string, b: string) => a.localeCompare(b, 'en-GB', { numeric: true });

/**
 * Headline-like breakdowns first (no category, then Persons, then all ages), then by sex
 * (Persons, Male, Female), age and category, so the first of a sorted list is the default.
 */
export function compareBreakdowns(a: Breakdown, b: Breakdown): number {
  return (
    Number(a.categoryType !== '') - Number(b.categoryType !== '') ||
    Number(!isPersons(a.sex)) - Number(!isPersons(b.sex)) ||
    Number(!isAllAges(a.age)) - Number(!isAllAges(b.age)) ||
    sexRank(a.sex) - sexRank(b.sex) ||
    naturalCompare(a.sex, b.sex) ||
    compareAges(a.age, b.age) ||
    naturalCompare(a.categoryType, b.categoryType) ||
    naturalCompare(a.category, b.category)
  );
}

export function sortBreakdowns(list: Iterable<Breakdown>): Breakdown[] {
  return [...list].sort(compareBreakdowns);
}

/** "males", "females", "" for persons: for sentences. */
export function sexWords(sex: string): string {
  if (sex === 'Male') return 'males';
  if (sex === 'Female') return 'females';
  return '';
}

/** "Males", "Females", "Persons": for choices and table cells. */
export function sexLabel(sex: string): string {
  if (sex === 'Male') return 'Males';
  if (sex === 'Female') return 'Females';
  return 'Persons';
}

/** Every part of a breakdown in words: "Males, all ages", "Persons, 0-9 yrs", "Persons, all ages, Age band: 0-4". */
export function describeBreakdown(b: Breakdown): string {
  const parts = [sexLabel(b.sex), isAllAges(b.age) ? 'all ages' : b.age];
  if (b.categoryType !== '' || b.category !== '') parts.push(b.categoryType ? `${b.categoryType}: ${b.category}` : b.category);
  return parts.join(', ');
}

/**
 * Only the parts that tell this breakdown apart from the others of its indicator ("Males", "0-9 yrs",
 * "Age band: 0-4"); "" when the indicator has one breakdown.
 */
export function distinguishingLabel(b: Breakdown, all: readonly Breakdown[]): string {
  if (all.length <= 1) return '';
  const parts: string[] = [];
  if (new Set(all.map((x) => x.sex)).size > 1) parts.push(sexLabel(b.sex));
  if (new Set(all.map((x) => x.age)).size > 1) parts.push(isAllAges(b.age) ? 'All ages' : b.age);
  if (new Set(all.map((x) => `${x.categoryType}\u0000${x.category}`)).size > 1) {
    parts.push(b.categoryType === '' && b.category === '' ? 'All' : b.categoryType ? `${b.categoryType}: ${b.category}` : b.category);
  }
  return parts.join(', ');
}

/** A breakdown asked for in the address bar, one part per key (`sex`, `age`, `cat`); absent parts are free. */
export interface BreakdownRequest {
  sex?: string;
  age?: string;
  /** "Category type|Category" (categoryKey). */
  category?: string;
}

/** The category part of a breakdown as one text ("Deprivation decile|1"), "" for none. */
export function categoryKey(b: Breakdown): string {
  return b.categoryType === '' && b.category === '' ? '' : `${b.categoryType}|${b.category}`;
}

export function categoryLabel(b: Breakdown): string {
  if (b.categoryType === '' && b.category === '') return 'All';
  return b.categoryType ? `${b.categoryType}: ${b.category}` : b.category;
}

export interface BreakdownChoice {
  breakdown: Breakdown;
  /** True when the headline (Persons, all ages, no category) is missing and the first breakdown stands in. */
  headlineMissing: boolean;
  /** What the link asked for that the indicator does not have ("Females"), or null. */
  notFound: string | null;
}

/**
 * The breakdown a view shows: the first (headline-like) of those matching every part asked for;
 * a part the indicator does not have is ignored and named in `notFound`. `available` must be
 * sorted (compareBreakdowns).
 */
export function chooseBreakdown(available: readonly Breakdown[], wanted: BreakdownRequest = {}): BreakdownChoice | null {
  if (available.length === 0) return null;
  let candidates = [...available];
  const missing: string[] = [];
  const parts: [string | undefined, (b: Breakdown) => string, (v: string) => string][] = [
    [wanted.sex, (b) => b.sex, (v) => sexLabel(v)],
    [wanted.age, (b) => b.age, (v) => (isAllAges(v) ? 'all ages' : v)],
    [wanted.category, categoryKey, (v) => v.replace('|', ': ')],
  ];
  for (const [value, part, words] of parts) {
    if (value === undefined) continue;
    const matching = candidates.filter((b) => part(b) === value);
    if (matching.length > 0) candidates = matching;
    else missing.push(words(value));
  }
  const breakdown = candidates[0] as Breakdown;
  const askedForSomething = wanted.sex !== undefined || wanted.age !== undefined || wanted.category !== undefined;
  return {
    breakdown,
    headlineMissing: !askedForSomething && !isHeadlineBreakdown(breakdown),
    notFound: missing.length > 0 ? missing.join(', ') : null,
  };
}

/** The choices each part offers, given what is chosen in the parts before it (sex, then age, then category). */
export function breakdownOptions(available: readonly Breakdown[], chosen: Breakdown): { sexes: string[]; ages: string[]; categories: Breakdown[] } {
  const unique = <T,>(list: T[], key: (t: T) => string) => [...new Map(list.map((t) => [key(t), t])).values()];
  const sameSex = available.filter((b) => b.sex === chosen.sex);
  const sameAge = sameSex.filter((b) => b.age === chosen.age);
  return {
    sexes: unique(available.map((b) => b.sex), (s) => s),
    ages: unique(sameSex.map((b) => b.age), (a) => a),
    categories: unique(sameAge, categoryKey),
  };
}

/**
 * The breakdowns an all-indicator view (profile, priorities, briefing, York at a glance) lists: the
 * headline, and when the indicator is published for males and females only, each sex at the
 * headline's age and category, side by side. Other age bands and categories are for the
 * single-indicator views' breakdown choice.
 */
export function summaryBreakdowns(available: readonly Breakdown[]): Breakdown[] {
  const first = available[0];
  if (!first) return [];
  if (isPersons(first.sex)) return [first];
  return available.filter((b) => b.age === first.age && b.categoryType === first.categoryType && b.category === first.category);
}

/** "Life expectancy at birth: Males"; the name alone for a sole breakdown or when the name already says the sex. */
export function seriesName(name: string, b: Breakdown, all: readonly Breakdown[]): string {
  const label = distinguishingLabel(b, all);
  if (label === '') return name;
  if (label === sexLabel(b.sex) && /\b(fe)?males?\b|\b(men|women|boys|girls)\b/i.test(name)) return name;
  return `${name}: ${label}`;
}

/** "males"/"females" to add after the indicator's name, or "" when it is persons or the name already says. */
export function sexNote(meta: IndicatorMeta, sex: string): string {
  const words = sexWords(sex);
  if (words === '' || /\b(fe)?males?\b|\b(men|women|boys|girls)\b/i.test(meta.name)) return '';
  return words;
}

/**
 * Words naming the breakdown after the indicator's name: the sex ("males", unless the name says it)
 * and, where the indicator has several, the age band or category ("0-9 yrs"). "" for the headline.
 */
export function breakdownWords(meta: IndicatorMeta, breakdown: Breakdown, all: readonly Breakdown[]): string {
  const parts = [sexNote(meta, breakdown.sex)];
  if (new Set(all.map((b) => b.age)).size > 1) parts.push(breakdown.age);
  if (new Set(all.map((b) => `${b.categoryType}\u0000${b.category}`)).size > 1 && (breakdown.categoryType || breakdown.category)) {
    parts.push(breakdown.categoryType ? `${breakdown.categoryType}: ${breakdown.category}` : breakdown.category);
  }
  return parts.filter((p) => p !== '').join(', ');
}
