// The dot chart's and the table's arithmetic and words: pure, so they run in node.
import type { Outcome } from '../../stats';
import type { IndicatorMeta } from '../../domain/indicators';
import type { AuthorityEntry, AuthoritySortKey, Quarter } from './model';

/** One authority's dot: x is its place in the row of dots (1 = highest value), err the whisker lengths. */
export interface Point {
  x: number;
  y: number;
  code: string;
  name: string;
  rank: number;
  outcome: Outcome;
  published: string;
  isPlace: boolean;
  err?: [number, number];
}

/** The entries with a value, as dots from the left in the entries' (value) order. */
export function chartPoints(entries: readonly AuthorityEntry[]): Point[] {
  return entries
    .filter((e) => e.value !== null)
    .map((e, i) => ({
      x: i + 1,
      y: e.value as number,
      code: e.code,
      name: e.name,
      rank: e.rank as number,
      outcome: e.outcome,
      published: e.published,
      isPlace: e.isPlace,
      ...(e.lower95 !== null && e.upper95 !== null ? { err: [(e.value as number) - e.lower95, e.upper95 - (e.value as number)] as [number, number] } : {}),
    }));
}

/** The place's vertical line's label: inside the plot, on the side away from the nearer edge. */
export function placeLineLabel(value: string, onLeft: boolean) {
  return { value, position: onLeft ? ('insideTopLeft' as const) : ('insideTopRight' as const), fill: '#0b0c0c', fontSize: 14, fontWeight: 700, offset: 6 };
}

export interface QuarterSpan {
  q: Quarter;
  from: number;
  to: number;
  count: number;
}

/** Each quarter's run of dots, highest quarter first; quarters are contiguous because the dots are sorted by value. */
export function quarterSpans(ranked: readonly Pick<AuthorityEntry, 'quarter'>[]): QuarterSpan[] {
  return ([4, 3, 2, 1] as Quarter[])
    .map((q) => {
      const xs = ranked.map((e, i) => (e.quarter === q ? i + 1 : null)).filter((x): x is number => x !== null);
      return xs.length === 0 ? null : { q, from: Math.min(...xs), to: Math.max(...xs), count: xs.length };
    })
    .filter((x): x is QuarterSpan => x !== null);
}

/** Every value the axis must hold: the dots, their whiskers' ends and the country's line. */
export function axisValues(points: readonly Point[], countryValue: number | null): (number | null)[] {
  return [...points.flatMap((p) => [p.y, p.err ? p.y - p.err[0] : null, p.err ? p.y + p.err[1] : null]), countryValue];
}

/** A key entry's name for a published comparison with the country (the key adds "(published)"). */
export function outcomeKeyLabel(outcome: Outcome, label: string, countryName: string): string {
  return outcome === 'not-compared' ? 'Not compared' : outcome === 'similar' ? `Similar to ${countryName}` : `${label} than ${countryName}`;
}

/** The words of the "No data" fact that agree with how many authorities have no figure. */
export function noDataWords(missing: number): { have: string; are: string } {
  return missing === 1 ? { have: 'authority has', are: 'it is' } : { have: 'authorities have', are: 'they are' };
}

export interface AuthoritySort {
  key: AuthoritySortKey;
  descending: boolean;
}

/** Selecting a heading: the same column flips; a new one starts ascending, except values (highest first). */
export function nextAuthoritySort(sort: AuthoritySort, key: AuthoritySortKey): AuthoritySort {
  return { key, descending: sort.key === key ? !sort.descending : key === 'value' };
}

export interface TablePage {
  pages: number;
  /** The page holding the place's row (0 when it has none). */
  placePage: number;
  page: number;
  /** 1-based numbers of the first and last rows shown. */
  first: number;
  last: number;
}

/** Which page of the sorted rows is shown: the chosen one, else the place's, never past the last. */
export function tablePage(sorted: readonly Pick<AuthorityEntry, 'isPlace'>[], chosenPage: number | null, pageSize: number): TablePage {
  const pages = Math.max(1, Math.ceil(sorted.length / pageSize));
  const placePage = Math.max(0, Math.floor(sorted.findIndex((e) => e.isPlace) / pageSize));
  const page = Math.min(chosenPage ?? placePage, pages - 1);
  return { pages, placePage, page, first: page * pageSize + 1, last: Math.min(sorted.length, (page + 1) * pageSize) };
}

/** A rank in the table: "=" marks a shared rank, "–" no rank. */
export function rankCell(e: Pick<AuthorityEntry, 'rank' | 'tiedWith'>): string {
  return e.rank === null ? '–' : `${e.tiedWith > 1 ? '=' : ''}${e.rank}`;
}

/** The table's caption: indicator and breakdown, unit, period and how many authorities. */
export function tableCaption(meta: Pick<IndicatorMeta, 'name' | 'unit'>, breakdownText: string, period: string, count: number): string {
  return `${meta.name}${breakdownText}, ${meta.unit === '%' ? 'per cent' : meta.unit}, ${period}: ${count} authorities`;
}
