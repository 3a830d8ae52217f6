// Area codes, area types and matching rows to the areas the dashboard knows.

import type { AreaType } from '../domain/indicators';
import type { KnownArea } from './result';

/**
 * Area type implied by an ONS/GSS code prefix, or '' when the prefix is not one we map.
 * E05 wards, E01 LSOAs, E02 MSOAs, E06–E09 local authorities (unitary, district,
 * metropolitan district, London borough), E10 counties (upper-tier LAs), E12 regions,
 * E14 Westminster constituencies, E92 England; the Welsh W01/W02/W05/W06/W07 equivalents.
 */
export function areaTypeFromCode(code: string): AreaType | '' {
  if (code.length !== 9) return '';
  const prefix = code.slice(0, 3);
  return CODE_PREFIX_TYPES[prefix] ?? '';
}

const CODE_PREFIX_TYPES: Readonly<Record<string, AreaType>> = {
  E05: 'Ward',
  E01: 'LSOA',
  E02: 'MSOA',
  E06: 'Local authority',
  E07: 'Local authority',
  E08: 'Local authority',
  E09: 'Local authority',
  E10: 'Local authority',
  E12: 'Region',
  E14: 'Constituency',
  E92: 'England',
  W05: 'Ward',
  W01: 'LSOA',
  W02: 'MSOA',
  W06: 'Local authority',
  W07: 'Constituency',
};

/**
 * Maps a publisher's area-type label (Fingertips "County & UA", "Country", tidy "UA",
 * "Electoral Wards (2024)"…) to the dashboard's AreaType, or '' when the label is not
 * one we can map with confidence.
 */
export function areaTypeFromLabel(label: string): AreaType | '' {
  const t = label.trim().toLowerCase();
  if (t === '') return '';
  if (t === 'country' || t === 'england' || t === 'nation') return 'England';
  if (t === 'region' || t === 'regions' || t.startsWith('region ') || t === 'government office region') return 'Region';
  if (t.includes('combined') || t.includes('icb') || t.includes('ccg') || t.includes('pcn')) return '';
  if (t.includes('ward')) return 'Ward';
  if (t.includes('msoa') || t.includes('middle layer')) return 'MSOA';
  if (t.includes('lsoa') || t.includes('lower layer')) return 'LSOA';
  if (t.includes('constituenc')) return 'Constituency';
  if (
    t === 'ua' ||
    /\bua\b/.test(t) ||
    t.includes('district') ||
    t.includes('county') ||
    t.includes('unitary') ||
    t.includes('borough') ||
    t.includes('local authorit') ||
    t.includes('upper tier') ||
    t.includes('lower tier') ||
    t === 'la' ||
    t === 'lad' ||
    t === 'ltla' ||
    t === 'utla'
  )
    return 'Local authority';
  return '';
}

/**
 * Resolves a row's area type: the file's label when we can map it, else the code prefix,
 * else the file's label verbatim (never invented). Results are cached: files repeat a
 * handful of (label, prefix) pairs millions of times.
 */
export class AreaTypeResolver {
  private readonly cache = new Map<string, string>();
  private lastLabel = '\u0000';
  private lastCode = '\u0000';
  private lastType = '';

  resolve(label: string, code: string): string {
    // Consecutive rows usually share the label and the code prefix: compare without allocating.
    const lc = this.lastCode;
    if (
      label === this.lastLabel &&
      code.length === lc.length &&
      code.charCodeAt(0) === lc.charCodeAt(0) &&
      code.charCodeAt(1) === lc.charCodeAt(1) &&
      code.charCodeAt(2) === lc.charCodeAt(2)
    ) {
      return this.lastType;
    }
    const key = label + '\u001f' + code.slice(0, 3) + (code.length === 9 ? '' : '?');
    let t = this.cache.get(key);
    if (t === undefined) {
      t = areaTypeFromLabel(label) || areaTypeFromCode(code) || label.trim();
      this.cache.set(key, t);
    }
    this.lastLabel = label;
    this.lastCode = code;
    this.lastType = t;
    return t;
  }
}

/** Normalises an area name for matching: case, "&"/"and", punctuation, accents and spacing. */
export function normaliseAreaName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The result of matching one row's area. */
export type AreaMatch =
  | { kind: 'code'; area: KnownArea }
  | { kind: 'name'; area: KnownArea }
  | { kind: 'unmatched' }
  | { kind: 'ambiguous'; candidates: KnownArea[] };

const LIST_LIMIT = 20;

/**
 * Matches areas against options.knownAreas: by code first, then by normalised name.
 * Remembers what did not match so it can be reported once, grouped, at the end.
 */
export class AreaMatcher {
  private readonly byCode = new Map<string, KnownArea>();
  private readonly byName = new Map<string, KnownArea[]>();
  /** code-or-name → display text, for areas not in the lookup. */
  private readonly unmatched = new Map<string, string>();
  private readonly nameDiffers = new Map<string, string>();
  private readonly matchedByName = new Map<string, string>();
  private readonly seenCodes = new Set<string>();
  readonly label: string;

  constructor(known: readonly KnownArea[], label = 'the area lookup') {
    this.label = label;
    for (const a of known) {
      this.byCode.set(a.code.trim().toUpperCase(), a);
      const key = normaliseAreaName(a.name);
      const list = this.byName.get(key);
      if (list) {
        if (!list.some((b) => b.code === a.code)) list.push(a);
      } else this.byName.set(key, [a]);
    }
  }

  get size(): number {
    return this.byCode.size;
  }

  /** Match by code (exact, case-insensitive). Records a miss for the warning. */
  matchCode(code: string, name: string): KnownArea | undefined {
    let area = this.byCode.get(code);
    if (area === undefined) {
      const upper = code.toUpperCase();
      if (upper !== code) area = this.byCode.get(upper);
    }
    if (area === undefined) {
      if (!this.unmatched.has(code)) this.unmatched.set(code, name ? `${name} (${code})` : code);
      return undefined;
    }
    if (!this.seenCodes.has(code)) {
      this.seenCodes.add(code);
      if (name !== '' && normaliseAreaName(name) !== normaliseAreaName(area.name)) {
        this.nameDiffers.set(code, `${code} "${name}" (lookup: "${area.name}")`);
      }
    }
    return area;
  }

  /** Match by normalised name. */
  matchName(name: string): AreaMatch {
    const list = this.byName.get(normaliseAreaName(name));
    if (list === undefined) {
      if (!this.unmatched.has('\u0000' + name)) this.unmatched.set('\u0000' + name, name);
      return { kind: 'unmatched' };
    }
    if (list.length > 1) return { kind: 'ambiguous', candidates: list };
    const area = list[0]!;
    if (name !== area.name && !this.matchedByName.has(name)) this.matchedByName.set(name, `"${name}" → ${area.name} (${area.code})`);
    return { kind: 'name', area };
  }

  warnings(): string[] {
    const out: string[] = [];
    if (this.unmatched.size > 0) {
      out.push(
        `${this.unmatched.size} area${this.unmatched.size === 1 ? '' : 's'} not in ${this.label}: ${listSome([...this.unmatched.values()])}.`,
      );
    }
    if (this.nameDiffers.size > 0) {
      out.push(
        `${this.nameDiffers.size} area${this.nameDiffers.size === 1 ? '' : 's'} matched by code but named differently from ${this.label}: ${listSome([...this.nameDiffers.values()])}.`,
      );
    }
    if (this.matchedByName.size > 0) {
      out.push(
        `${this.matchedByName.size} area name${this.matchedByName.size === 1 ? '' : 's'} matched to ${this.label} after normalising case, "&"/"and" and punctuation: ${listSome([...this.matchedByName.values()])}.`,
      );
    }
    return out;
  }
}

/** "a, b, c and 12 more" */
export function listSome(items: readonly string[], limit = LIST_LIMIT): string {
  if (items.length <= limit) return items.join(', ');
  return `${items.slice(0, limit).join(', ')} and ${(items.length - limit).toLocaleString('en-GB')} more`;
}
