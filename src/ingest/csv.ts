// Incremental CSV parsing with papaparse. Text arrives in chunks (from a string, or decoded
// from a Blob); each chunk is parsed by papaparse's own parser (Papa.Parser, the engine
// behind Papa.parse) with papaparse's chunk-mode contract: parse(aggregate, baseIndex,
// ignoreLastRow) and carry the unfinished last record (from meta.cursor) into the next
// chunk. This is what Papa.parse({ chunk }) does internally; driving it directly lets the
// same code run in Node (which has no FileReader for papaparse's FileStreamer) and in a
// Worker, and lets us decode bytes with a streaming TextDecoder so a multi-byte character
// split across two chunks is not corrupted (papaparse decodes every file slice separately).

import Papa from 'papaparse';

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export interface ParseIssue {
  /** Index of the record within the chunk's records. */
  row: number;
  code: string;
}

/** Receives the records of one chunk (every record, blank lines included, in order). */
export type RecordsHandler = (records: string[][], issues: ParseIssue[]) => void;

/**
 * Picks the delimiter from a sample (the start of the file) with papaparse's guesser
 * (consistent field counts over the first rows), restricted to , ; tab and |.
 */
export function guessDelimiter(sample: string): Delimiter {
  const cut = sample.length > 65536 ? sample.slice(0, sample.lastIndexOf('\n', 65536) + 1 || 65536) : sample;
  try {
    const r = Papa.parse<string[]>(cut, { preview: 12, delimitersToGuess: [...DELIMITERS], skipEmptyLines: true });
    const d = r.meta.delimiter;
    if ((DELIMITERS as readonly string[]).includes(d)) {
      // papaparse falls back to ',' when no delimiter gives consistent rows; check the
      // first line's counts too so a one-line semicolon file is not read as one column.
      if (d === ',') {
        const first = firstLine(cut);
        const counts = DELIMITERS.map((x) => countOutsideQuotes(first, x));
        const best = counts.indexOf(Math.max(...counts));
        if (counts[0] === 0 && counts[best]! > 0) return DELIMITERS[best]!;
      }
      return d as Delimiter;
    }
  } catch {
    // fall through to the default
  }
  return ',';
}

function firstLine(s: string): string {
  const n = s.indexOf('\n');
  return n === -1 ? s : s.slice(0, n);
}

function countOutsideQuotes(line: string, d: string): number {
  let n = 0;
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && c === d) n++;
  }
  return n;
}

/** '\n' unless the sample has carriage returns but no line feeds (old Mac files). */
export function guessNewline(sample: string): '\n' | '\r' {
  const s = sample.length > 65536 ? sample.slice(0, 65536) : sample;
  return s.indexOf('\n') === -1 && s.indexOf('\r') !== -1 ? '\r' : '\n';
}

/**
 * Makes every carriage return that is not followed by a line feed a line feed, so that a
 * file mixing CRLF, LF and bare CR (lines pasted from different systems) ends a record at
 * each of them. CRLF is left alone (the session drops the CR). A CR at the end of a chunk
 * is held back until the next chunk shows whether an LF follows. Line breaks inside quoted
 * fields stay line breaks. Cheap on ordinary files: indexOf finds each CR, and a new string
 * is built only when a bare CR is found.
 */
export class NewlineNormaliser {
  private held = false;

  push(text: string, last: boolean): string {
    let t = this.held ? `\r${text}` : text;
    this.held = false;
    let i = t.indexOf('\r');
    if (i === -1) return t;
    if (!last && t.charCodeAt(t.length - 1) === 13) {
      t = t.slice(0, -1);
      this.held = true;
      i = t.indexOf('\r');
      if (i === -1) return t;
    }
    let bare = false;
    while (i !== -1) {
      if (t.charCodeAt(i + 1) !== 10) {
        bare = true;
        break;
      }
      i = t.indexOf('\r', i + 2);
    }
    return bare ? t.replace(/\r(?!\n)/g, '\n') : t;
  }
}

/** An Excel "sep=," (or "sep=;") first line: the delimiter it names and the line's length, or null. */
export function excelSepLine(text: string): { delimiter: Delimiter; length: number } | null {
  const m = /^"?sep=([,;\t|])"?[ \t]*(?:\r\n|\n|\r|$)/i.exec(text.slice(0, 16));
  return m ? { delimiter: m[1] as Delimiter, length: m[0].length } : null;
}

interface PapaParserResult {
  data: string[][];
  errors: { code: string; row?: number }[];
  meta: { cursor: number };
}

/**
 * Feeds text chunks to papaparse and hands complete records to `onRecords`.
 * Line endings: records are split on '\n' (or '\r' for CR-only files), and a trailing '\r'
 * is removed from each record's last field by the caller, so CRLF, LF and mixed files all
 * parse the same way; line breaks inside quoted fields are kept.
 */
export class CsvFeed {
  private readonly parser: Papa.Parser;
  private partial = '';
  private base = 0;
  private finished = false;

  constructor(
    readonly delimiter: Delimiter,
    readonly newline: '\n' | '\r',
    private readonly onRecords: RecordsHandler,
  ) {
    this.parser = new Papa.Parser({ delimiter, newline, quoteChar: '"' });
  }

  /** Parses one more chunk; `last` flushes the final record. */
  push(text: string, last: boolean): void {
    if (this.finished) return;
    const aggregate = this.partial + text;
    this.partial = '';
    if (aggregate.length === 0) {
      if (last) this.finished = true;
      return;
    }
    const res = this.parser.parse(aggregate, this.base, !last) as PapaParserResult;
    if (!last) {
      this.partial = aggregate.substring(res.meta.cursor - this.base);
      this.base = res.meta.cursor;
    } else {
      this.finished = true;
    }
    this.deliver(res, last);
  }

  private deliver(res: PapaParserResult, last: boolean): void {
    const data = res.data;
    // The newline that ends the file is not a blank line: papaparse reports it as a final
    // empty record, which is dropped here.
    if (last && data.length > 0) {
      const end = data[data.length - 1]!;
      if (end.length === 1 && end[0] === '') data.pop();
    }
    const issues: ParseIssue[] = [];
    for (const e of res.errors) {
      // An error in the unfinished last record is reported again when it is re-parsed.
      if (typeof e.row === 'number' && e.row < data.length) issues.push({ row: e.row, code: e.code });
    }
    if (data.length > 0 || issues.length > 0) this.onRecords(data, issues);
  }

  /** Characters carried over, waiting for the rest of their record. */
  get pending(): number {
    return this.partial.length;
  }
}
