// Bytes → text, and recognising text that is not CSV at all (binary files, UTF-16 read as
// 8-bit text). Uses TextDecoder, which exists in browsers, Web Workers and Node.

import type { TextEncodingName } from './result';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  warning?: string;
}

// Windows-1252 bytes 0x80–0x9F. Some TextDecoder implementations (Node 20) decode the
// 'windows-1252' label as ISO-8859-1 and return C1 control characters for these bytes,
// so they are mapped here explicitly. Undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay.
const CP1252_C1 = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/** Decodes Windows-1252 the same way everywhere (see CP1252_C1). Stateless: safe per chunk. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const text = new TextDecoder('windows-1252').decode(bytes);
  // Fix up only if the decoder left C1 controls behind.
  let needsFix = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && c <= 0x9f) {
      needsFix = true;
      break;
    }
  }
  if (!needsFix) return text;
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && c <= 0x9f) {
      out += text.slice(start, i) + String.fromCharCode(CP1252_C1[c - 0x80]!);
      start = i + 1;
    }
  }
  return out + text.slice(start);
}

/** Encoding from a byte-order mark, with the BOM's length. */
export function bomEncoding(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * UTF-16 without a BOM: ASCII text has a zero byte in every other position. Returns the
 * byte order, or null. Looks at the first 1,000 bytes.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 1000) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Known binary file signatures, for a specific message. */
export function binarySignature(bytesOrText: Uint8Array | string): string | null {
  const at = (i: number) => (typeof bytesOrText === 'string' ? bytesOrText.charCodeAt(i) : (bytesOrText[i] ?? -1));
  const starts = (sig: number[]) => sig.every((b, i) => at(i) === b);
  if (starts([0x89, 0x50, 0x4e, 0x47])) return 'a PNG image';
  // The same bytes already decoded as text: 0x89 became '‰' (Windows-1252) or U+FFFD (UTF-8).
  if (typeof bytesOrText === 'string' && bytesOrText.startsWith('PNG\r\n\u001a\n', 1)) return 'a PNG image';
  if (starts([0xff, 0xd8, 0xff])) return 'a JPEG image';
  if (starts([0x47, 0x49, 0x46, 0x38])) return 'a GIF image';
  if (starts([0x25, 0x50, 0x44, 0x46])) return 'a PDF document';
  if (starts([0x50, 0x4b, 0x03, 0x04])) return 'a zip archive (an Excel .xlsx workbook is one)';
  if (starts([0xd0, 0xcf, 0x11, 0xe0])) return 'an old-style Office file (e.g. Excel .xls)';
  if (starts([0x1f, 0x8b])) return 'a gzip-compressed file';
  return null;
}

/**
 * Decodes a file's bytes: UTF-8, UTF-16 LE/BE by their byte-order marks (or by the zero
 * bytes of BOM-less UTF-16), and Windows-1252 when the bytes are not valid UTF-8 (a '£'
 * saved by Excel on Windows is the single byte 0xA3). The BOM is removed from the text.
 * Never throws.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) {
    const text = new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length));
    return { text, encoding: bom.encoding };
  }
  const sig = binarySignature(bytes);
  if (sig) {
    return {
      text: decodeWindows1252(bytes),
      encoding: 'windows-1252',
      warning: `This looks like ${sig}, not a CSV text file.`,
    };
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    return {
      text: new TextDecoder(utf16).decode(bytes),
      encoding: utf16,
      warning: `The file has no byte-order mark but looks like UTF-16 (${utf16 === 'utf-16le' ? 'little' : 'big'}-endian) text; it was read as such.`,
    };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return {
      text: decodeWindows1252(bytes),
      encoding: 'windows-1252',
      warning: 'The file is not valid UTF-8, so it was read as Windows-1252 (the usual encoding of CSV files saved by Excel on Windows). Check characters such as £ and – in the result.',
    };
  }
}

/**
 * A problem that makes text unusable as CSV, or null. Looks at the start of the text only.
 * Catches binary files (NUL and other control characters), UTF-16 decoded as 8-bit text
 * (NULs between letters) and known binary signatures.
 */
export function sniffText(text: string): string | null {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  const sig = binarySignature(sample.charCodeAt(0) === 0xfeff ? sample.slice(1) : sample);
  if (sig) return `This looks like ${sig}, not a CSV text file. Save or export the data as CSV (comma-separated values) and try again.`;
  let nul = 0;
  let nulOdd = 0;
  let control = 0;
  let replacement = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) {
      nul++;
      if (i & 1) nulOdd++;
    } else if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) control++;
    else if (c === 0xfffd) replacement++;
  }
  if (nul > 0) {
    const pairs = sample.length / 2;
    if (nul > pairs * 0.4 && (nulOdd > nul * 0.9 || nulOdd < nul * 0.1)) {
      return 'This text has a NUL character between every letter: it is UTF-16 text read as if it were UTF-8. Save the file as "CSV UTF-8", or load it with decodeBytes(), which detects UTF-16.';
    }
    return 'This looks like a binary file, not CSV text: it contains NUL characters, which text files do not.';
  }
  const odd = control + replacement;
  if (odd > 8 && odd > sample.length * 0.01) {
    return 'This looks like a binary file, not CSV text: it contains many control characters or bytes that could not be decoded as text.';
  }
  return null;
}
