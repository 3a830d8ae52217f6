// Every address-bar key the dashboard uses, in one place: its value type, how its text is read (with a
// default for missing or unreadable text), how a value is written back, and whether a change adds a
// history entry (Back returns to the previous screen) or replaces the current one.
// Pure: no React, no DOM (URLSearchParams is a JavaScript global, also in Node), so it is unit-tested in Node.
// The hook that reads and writes the browser's address is in useUrlParams.ts beside this file; README.md here explains both.
import type { Geography } from '../../core/mapModel';
import type { Palette } from '../../core/outcomes';

/** A change to this key adds a history entry ('push') or rewrites the current one ('replace'). */
export type HistoryMode = 'push' | 'replace';

export interface UrlKeyDef<T> {
  /** Address-bar text (undefined when the key is missing) → value; missing or unreadable text gives `default`. */
  parse(raw: string | undefined): T;
  /** Value → address-bar text; null or '' leaves the key out of the address. */
  serialise(value: T): string | null;
  default: T;
  history: HistoryMode;
}

/** What every declaration is, whatever its value type. */
interface AnyKeyDef {
  parse(raw: string | undefined): unknown;
  serialise(value: never): string | null;
  default: unknown;
  history: HistoryMode;
}

/** Free text (a code, an id, a period): kept as written, '' included; missing → undefined. */
function text(history: HistoryMode = 'push'): UrlKeyDef<string | undefined> {
  return { parse: (raw) => raw, serialise: (v) => v ?? null, default: undefined, history };
}

/** One of a fixed list; anything else → `fallback`. Choosing the fallback removes the key when `omitDefault`. */
function choice<const C extends string>(choices: readonly C[], fallback: C, omitDefault: boolean): UrlKeyDef<C> {
  return {
    parse: (raw) => (choices as readonly string[]).includes(raw ?? '') ? (raw as C) : fallback,
    serialise: (v) => (omitDefault && v === fallback ? null : v),
    default: fallback,
    history: 'push',
  };
}

/** One of a fixed list, or undefined when missing or not in the list (the view then picks from what it offers). */
function optionalChoice<const C extends string>(choices: readonly C[]): UrlKeyDef<C | undefined> {
  return {
    parse: (raw) => ((choices as readonly string[]).includes(raw ?? '') ? (raw as C) : undefined),
    serialise: (v) => v ?? null,
    default: undefined,
    history: 'push',
  };
}

/** On when the key holds `onText`; off (and left out of the address) otherwise. */
function flag(onText: string): UrlKeyDef<boolean> {
  return { parse: (raw) => raw === onText, serialise: (v) => (v ? onText : null), default: false, history: 'push' };
}

/** A comma-separated list of codes, trimmed and upper-cased, empty parts dropped; an empty list is left out. */
function codeList(): UrlKeyDef<readonly string[]> {
  return {
    parse: (raw) => (raw ?? '').split(',').map((c) => c.trim().toUpperCase()).filter((c) => c !== ''),
    serialise: (v) => (v.length > 0 ? v.join(',') : null),
    default: [],
    history: 'push',
  };
}

/** A whole number from `min` to `max`; unreadable, zero or missing → `fallback`, out of range → the nearer end. */
function boundedInteger(min: number, max: number, fallback: number): UrlKeyDef<number> {
  return {
    parse: (raw) => Math.max(min, Math.min(max, Number.parseInt(raw ?? '', 10) || fallback)),
    serialise: (v) => String(v),
    default: fallback,
    history: 'push',
  };
}

/** The views, in the navigation's order; the first is the one shown when the address names none. */
export const VIEW_IDS = ['map', 'priorities', 'overview', 'explorer', 'profile', 'inequality', 'groups', 'briefing', 'trends', 'authorities', 'import', 'about'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export const GEOGRAPHIES = ['ward', 'msoa', 'lsoa'] as const satisfies readonly Geography[];
export const PALETTES = ['colour-blind-safe', 'rag'] as const satisfies readonly Palette[];

/** Which benchmark the reader asked for in the explorer: the country (England), the place (York) or none. */
export const BENCHMARK_CHOICES = ['country', 'place', 'none'] as const;
export type BenchmarkChoice = (typeof BENCHMARK_CHOICES)[number];

/** Rows of priorities listed at first, and how many more each "show more" adds. */
export const PRIORITIES_STEP = 10;

export const URL_KEYS = {
  /** The view shown; the ward map (the default) is left out of the address. */
  view: choice(VIEW_IDS, 'map', true),
  /** The indicator id; the view says so when it does not know it. */
  indicator: text(),
  /** The area selected (ward, MSOA or LSOA code), or the ward of a profile or briefing. */
  area: text(),
  /** A neighbourhood (LSOA code) outlined on the map: the one "Find my ward" found a postcode in. */
  highlight: text(),
  /** The kind of area mapped or compared; the view falls back to the first it offers. */
  geo: optionalChoice(GEOGRAPHIES),
  /** Colours: colour-blind-safe (default, left out) or Fingertips' red, amber, green (`rag`). */
  palette: choice(PALETTES, 'colour-blind-safe', true),
  /** The period shown (York among authorities). */
  period: text(),
  /** The explorer's benchmark; England (the default) is left out. */
  benchmark: choice(BENCHMARK_CHOICES, 'country', true),
  /** The breakdown: sex, age band and category (`type|category`). */
  sex: text(),
  age: text(),
  cat: text(),
  /** Authorities drawn beside the place in Trends (codes). */
  compare: codeList(),
  /** The wards overview's order: `<column>:desc` (highest first), `<column>:asc` or `name:desc`; left out for ward names A to Z. */
  sort: text(),
  /** The priorities' theme (slug). */
  theme: text(),
  /** How many priorities are listed. */
  top: boundedInteger(PRIORITIES_STEP, 1000, PRIORITIES_STEP),
  /** The priorities' table lists every finding, not only those significantly worse (`all=1`). */
  all: flag('1'),
  /** The OpenStreetMap street map under the map (`basemap=osm`). */
  basemap: flag('osm'),
  /**
   * A ward group (encoded by core/wardGroups). Typing a name and ticking wards replace the address rather
   * than adding to the history, so Back leaves the view; opening a saved group pushes (see GroupsView).
   */
  group: text('replace'),
} satisfies Record<string, AnyKeyDef>;

export type UrlKey = keyof typeof URL_KEYS;
export type UrlValue<K extends UrlKey> = ReturnType<(typeof URL_KEYS)[K]['parse']>;
/** The typed values of some keys, as a view reads them. */
export type UrlValues<K extends UrlKey> = { [P in K]: UrlValue<P> };
/** Changes to some keys: a value, or null (or undefined) to leave the key out of the address. */
export type UrlChanges<K extends UrlKey> = { [P in K]?: UrlValue<P> | null };
/** Typed parameters of a link (hrefTo). */
export type UrlParams = { [P in UrlKey]?: UrlValue<P> };

function isKey(key: string): key is UrlKey {
  return Object.hasOwn(URL_KEYS, key);
}

function serialiseValue<K extends UrlKey>(key: K, value: UrlValue<K> | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = (URL_KEYS[key] as unknown as UrlKeyDef<UrlValue<K>>).serialise(value);
  return text === '' ? null : text;
}

/** The address-bar text of a query string, key → text (the last of repeated keys wins). */
export function readRaw(search: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(search));
}

/** The typed values of `keys` in a query string. */
export function readParams<K extends UrlKey>(search: string, keys: readonly K[]): UrlValues<K> {
  const raw = readRaw(search);
  const out = {} as Record<string, unknown>;
  for (const key of keys) out[key] = URL_KEYS[key].parse(Object.hasOwn(raw, key) ? raw[key] : undefined);
  return out as UrlValues<K>;
}

/**
 * The query string after `changes` (without '?'): every other key kept where it was, a changed key set in
 * place, a new one added at the end, a key whose value is null (or serialises to nothing) removed.
 */
export function applyChanges(search: string, changes: UrlChanges<UrlKey>): string {
  const params = new URLSearchParams(search);
  for (const [key, value] of Object.entries(changes)) {
    if (!isKey(key)) continue;
    const text = serialiseValue(key, value as UrlValue<typeof key> | null | undefined);
    if (text === null) params.delete(key);
    else params.set(key, text);
  }
  return params.toString();
}

/** 'replace' when every key changed is declared 'replace', otherwise 'push'. */
export function historyModeOf(changes: UrlChanges<UrlKey>): HistoryMode {
  const keys = Object.keys(changes).filter(isKey);
  return keys.length > 0 && keys.every((k) => URL_KEYS[k].history === 'replace') ? 'replace' : 'push';
}

/**
 * Every in-app link: `?view=<view>&<key>=<value>…` in the order given, values written by the keys' serialisers
 * and encoded with encodeURIComponent (as the links were before), keys that serialise to nothing left out.
 * A link names its view even when it is the default one; `null` leaves the view out (the default view opens).
 */
export function hrefTo(view: ViewId | null, params: UrlParams = {}): string {
  const parts = view === null ? [] : [`view=${encodeURIComponent(view)}`];
  for (const [key, value] of Object.entries(params)) {
    if (!isKey(key) || key === 'view') continue;
    const text = serialiseValue(key, value as UrlValue<typeof key> | undefined);
    if (text !== null) parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(text)}`);
  }
  return `?${parts.join('&')}`;
}

/** The requested value when the view offers it, otherwise the first offered, otherwise `fallback`. */
export function pickOffered<T extends string>(requested: string | undefined, offered: readonly T[], fallback: T): T {
  return offered.find((o) => o === requested) ?? offered[0] ?? fallback;
}
