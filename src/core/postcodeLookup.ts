// "Find my ward": what a resident typed (a postcode or part of a ward's name) → a ward, or a plain message.
// Pure: no React, no DOM, no network. The postcode file (data/postcodes.json) is passed in by the caller,
// which fetches it only when a postcode is searched; nothing typed is sent anywhere.
import type { NamedArea } from '../domain/place';
import type { PostcodeFile } from '../domain/postcodes';

/** What was typed, read before any data are needed. */
export type Query =
  | { kind: 'empty' }
  /** A whole UK postcode, upper case with one space ("YO1 7HH"). */
  | { kind: 'postcode'; postcode: string }
  /** Only the first half of a postcode ("YO10"). */
  | { kind: 'outward'; outward: string }
  /** Anything else, whitespace collapsed: searched among the ward names. */
  | { kind: 'text'; text: string };

/** Longer than any ward name or postcode: not searched, and only its start is repeated back. */
export const MAX_QUERY_LENGTH = 60;

const FULL_POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})$/;
const OUTWARD = /^[A-Z]{1,2}\d[A-Z\d]?$/;

/** Reads a search: any case, with or without the space (or with several), surrounding spaces ignored. */
export function readQuery(input: string): Query {
  const text = input.replace(/\s+/g, ' ').trim();
  if (text === '') return { kind: 'empty' };
  const squashed = text.replace(/ /g, '').toUpperCase();
  const full = FULL_POSTCODE.exec(squashed);
  if (full) return { kind: 'postcode', postcode: `${full[1]} ${full[2]}` };
  if (OUTWARD.test(squashed)) return { kind: 'outward', outward: squashed };
  return { kind: 'text', text };
}

/** The answer to a search, with the sentence to show. */
export type LookupResult =
  | { kind: 'empty'; message: string }
  | { kind: 'malformed'; message: string }
  | { kind: 'found'; postcode: string; wardCode: string; lsoaCode: string; message: string }
  | { kind: 'elsewhere'; postcode: string; authorityName: string; message: string }
  | { kind: 'unknown'; postcode: string; message: string }
  | { kind: 'ward'; wardCode: string; message: string }
  | { kind: 'wards'; wards: NamedArea[]; message: string }
  | { kind: 'noWard'; message: string };

/** What was typed, shortened for repeating back (React shows it as text, so markup in it stays inert). */
export function echo(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
}

export const EMPTY_MESSAGE = 'Type a postcode (like YO1 7HH) or part of a ward’s name, then press Search.';

/** A ward name as searched: lower case, "&" read as "and", punctuation and repeated spaces dropped. */
export function wardSearchText(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Wards whose name contains what was typed ("westf" → Westfield; "fulford and heslington" and
 * "Fulford & Heslington" alike). A name that matches exactly wins over names that only contain it
 * ("heworth" → Heworth, not Heworth Without).
 */
export function searchWards(text: string, wards: readonly NamedArea[]): NamedArea[] {
  const wanted = wardSearchText(text);
  if (wanted === '') return [];
  const exact = wards.filter((w) => wardSearchText(w.name) === wanted);
  if (exact.length > 0) return exact;
  return wards.filter((w) => wardSearchText(w.name).includes(wanted));
}

/**
 * Everything that can be answered without the postcode file: empty, too long, half a postcode, a ward
 * name (or none). Returns null for a whole postcode, which needs the file (lookupPostcode).
 */
export function answerWithoutPostcodes(query: Query, input: string, wards: readonly NamedArea[], placeName: string): LookupResult | null {
  switch (query.kind) {
    case 'empty':
      return { kind: 'empty', message: EMPTY_MESSAGE };
    case 'postcode':
      return null;
    case 'outward':
      return {
        kind: 'malformed',
        message: `${query.outward} is only the first half of a postcode: type the whole postcode, like ${query.outward} 1AA.`,
      };
    case 'text': {
      if (query.text.length > MAX_QUERY_LENGTH) {
        return { kind: 'malformed', message: `“${echo(input)}” is too long to be a postcode or a ward’s name.` };
      }
      const found = searchWards(query.text, wards);
      if (found.length === 1) {
        const ward = found[0] as NamedArea;
        return { kind: 'ward', wardCode: ward.code, message: `Showing ${ward.name} ward.` };
      }
      if (found.length > 1) {
        return { kind: 'wards', wards: found, message: `${found.length} wards’ names contain “${echo(query.text)}”: choose one.` };
      }
      if (/\d/.test(query.text)) {
        return { kind: 'malformed', message: `“${echo(query.text)}” doesn’t look like a postcode: a postcode looks like YO1 7HH.` };
      }
      return { kind: 'noWard', message: `No ward of ${placeName} has “${echo(query.text)}” in its name. Try a postcode, like YO1 7HH.` };
    }
  }
}

/** A postcode (as readQuery writes it) looked up in the postcode file. */
export function lookupPostcode(file: PostcodeFile, postcode: string, wardName: (code: string) => string | undefined): LookupResult {
  const [outward = '', inward = ''] = postcode.split(' ');
  const here = file.place[outward]?.[inward];
  if (here) {
    const wardCode = file.wards[here[0]];
    const lsoaCode = file.lsoas[here[1]];
    const name = wardCode === undefined ? undefined : wardName(wardCode);
    if (wardCode !== undefined && lsoaCode !== undefined && name !== undefined) {
      return { kind: 'found', postcode, wardCode, lsoaCode, message: `${postcode} is in ${name} ward.` };
    }
  }
  for (const [code, inwards] of Object.entries(file.elsewhere[outward] ?? {})) {
    if (!inwards.split(' ').includes(inward)) continue;
    const authorityName = file.authorities[code] ?? code;
    return { kind: 'elsewhere', postcode, authorityName, message: `${postcode} is in ${authorityName}; this dashboard covers ${file.authority.name}.` };
  }
  const area = /^[A-Z]+/.exec(outward)?.[0] ?? '';
  const covered = new Set([...Object.keys(file.place), ...Object.keys(file.elsewhere)].map((o) => /^[A-Z]+/.exec(o)?.[0] ?? ''));
  if (!covered.has(area)) {
    const areas = [...covered].sort().join(', ');
    return {
      kind: 'unknown',
      postcode,
      message: `${postcode} is not a ${areas} postcode. This dashboard covers ${file.authority.name}, and its postcode list holds the ${areas} postcode area only.`,
    };
  }
  return { kind: 'unknown', postcode, message: `${postcode} was not found: it may be new, terminated, or mistyped.` };
}

/** Checks that fetched JSON has the shape of data/postcodes.json before it is used. */
export function readPostcodeFile(json: unknown): PostcodeFile {
  const f = json as Partial<PostcodeFile> | null;
  const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (
    !isObject(f) ||
    !Array.isArray(f?.wards) ||
    !Array.isArray(f?.lsoas) ||
    !Array.isArray(f?.attribution) ||
    !isObject(f?.place) ||
    !isObject(f?.elsewhere) ||
    !isObject(f?.authorities) ||
    !isObject(f?.authority)
  ) {
    throw new Error('the postcode list is not in the expected form');
  }
  return f as PostcodeFile;
}
