// Strict number parsing for CSV fields. This runs for every numeric field of every row,
// so the common case ("94.72", "-3", "1e-5") takes one fast path and everything else
// goes through a character scanner. No regular expressions per field.
//
// Rules (the same rules are written declaratively as zod schemas in ./schemas.ts, and the
// tests check that the two agree):
//  - leading/trailing whitespace is ignored;
//  - an optional sign, digits with an optional decimal point, an optional exponent;
//  - thousands separators: "1,234" or "1,234,567.5" (groups of exactly 3 digits). In a
//    comma-delimited file a field can only contain a comma if it was quoted, so this is
//    exactly "thousands separators only in quoted fields". In a semicolon-delimited file
//    the comma is read as the decimal mark instead (European Excel), with a warning;
//  - missing-value markers (MISSING_MARKERS) give null — never 0;
//  - anything else ("12abc", "1,23", "0x1F", "Infinity", "12%") is invalid (NaN here).

/**
 * Field contents that mean "no value": suppressed, not available or not applicable.
 * Compared after trimming, case-insensitively. The brief's list (*, x, .., :, -, empty,
 * NA, n/a) plus the same ideas in other common spellings: ONS's bracketed shorthand
 * ([c] [x] [z] [u] [w] [low]), Excel's #N/A, R/pandas NaN/NULL, dashes.
 */
export const MISSING_MARKERS: ReadonlySet<string> = new Set([
  '',
  '*',
  '**',
  'x',
  '..',
  '.',
  ':',
  '-',
  '–',
  '—',
  'na',
  'n/a',
  '#n/a',
  'nan',
  'null',
  '[c]',
  '[x]',
  '[z]',
  '[u]',
  '[w]',
  '[low]',
]);

const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);

export function isMissingMarker(raw: string): boolean {
  return MISSING_MARKERS.has(raw.trim().toLowerCase());
}

/**
 * Parses one field. Returns a finite number, null for a missing-value marker or an empty
 * field, or NaN when the text is not a number (the caller rejects the row).
 * @param decimalComma read ',' as the decimal mark (semicolon-delimited files).
 */
export function parseNumber(raw: string, decimalComma = false): number | null {
  const len = raw.length;
  if (len === 0) return null;
  const c0 = raw.charCodeAt(0);
  // Exact fast path for plain decimals ("94.726", "-3", "51897") with at most 15 digits:
  // the digits form an integer m < 2^53 and 10^k (k <= 15) is exact, so m / 10^k is the
  // correctly rounded double — the same as Number(raw) (Clinger's fast path).
  {
    let i = c0 === 45 ? 1 : 0;
    let m = 0;
    let digits = 0;
    let frac = -1;
    for (; i < len; i++) {
      const c = raw.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        m = m * 10 + (c - 48);
        digits++;
        if (frac >= 0) frac++;
      } else if (c === 46 && frac < 0) frac = 0;
      else break;
    }
    if (i === len && digits > 0 && digits <= 15) {
      const v = frac > 0 ? m / POW10[frac]! : m;
      return c0 === 45 ? -v : v;
    }
  }
  if ((c0 >= 48 && c0 <= 57) || c0 === 45) {
    // Unary plus is the fastest conversion there is; it also accepts hex/octal/binary
    // literals ("0x1F") and surrounding whitespace, so refuse the former afterwards.
    const n = +raw;
    if (n - n === 0) {
      if (c0 === 48 && len > 1) {
        const c1 = raw.charCodeAt(1) | 32;
        if (c1 === 120 || c1 === 111 || c1 === 98) return NaN;
      }
      return n;
    }
  }
  return parseSlow(raw, decimalComma);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function parseSlow(raw: string, decimalComma: boolean): number | null {
  const s = raw.trim();
  if (s.length === 0) return null;
  if (MISSING_MARKERS.has(s.toLowerCase())) return null;
  const len = s.length;
  let i = 0;
  let out = '';
  let c = s.charCodeAt(0);
  if (c === 43 /* + */ || c === 45 /* - */) {
    if (c === 45) out = '-';
    i = 1;
  }
  // Integer part, with optional thousands grouping.
  let intDigits = 0;
  let groupDigits = 0; // digits since the last grouping comma
  let grouped = false;
  let firstGroup = 0;
  for (; i < len; i++) {
    c = s.charCodeAt(i);
    if (isDigit(c)) {
      out += s[i];
      intDigits++;
      groupDigits++;
    } else if (c === 44 /* , */ && !decimalComma) {
      if (!grouped) {
        firstGroup = groupDigits;
        if (firstGroup < 1 || firstGroup > 3) return NaN;
        grouped = true;
      } else if (groupDigits !== 3) {
        return NaN;
      }
      groupDigits = 0;
    } else {
      break;
    }
  }
  if (grouped && groupDigits !== 3) return NaN;
  // Fraction.
  let fracDigits = 0;
  if (i < len) {
    c = s.charCodeAt(i);
    if (c === 46 /* . */ || (decimalComma && c === 44)) {
      out += '.';
      i++;
      for (; i < len; i++) {
        c = s.charCodeAt(i);
        if (!isDigit(c)) break;
        out += s[i];
        fracDigits++;
      }
    }
  }
  if (intDigits + fracDigits === 0) return NaN;
  // Exponent.
  if (i < len && (s.charCodeAt(i) | 32) === 101 /* e */) {
    out += 'e';
    i++;
    if (i < len && (s.charCodeAt(i) === 43 || s.charCodeAt(i) === 45)) {
      out += s[i];
      i++;
    }
    let expDigits = 0;
    for (; i < len && isDigit(s.charCodeAt(i)); i++) {
      out += s[i];
      expDigits++;
    }
    if (expDigits === 0) return NaN;
  }
  if (i !== len) return NaN;
  const n = Number(out);
  return Number.isFinite(n) ? n : NaN;
}

/** Half a unit in the last decimal place written, e.g. "94.7" → 0.05, "12" → 0.5. Used to allow for rounding. */
export function roundingHalfUnit(raw: string): number {
  const s = raw.trim();
  const e = s.search(/[eE]/);
  const mantissa = e === -1 ? s : s.slice(0, e);
  const exponent = e === -1 ? 0 : Number(s.slice(e + 1)) || 0;
  const dot = mantissa.indexOf('.');
  const decimals = dot === -1 ? 0 : mantissa.length - dot - 1;
  return 0.5 * 10 ** (exponent - decimals);
}

/** For messages: the raw text, shortened and quoted. */
export function showRaw(raw: string): string {
  const s = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  return JSON.stringify(s);
}
