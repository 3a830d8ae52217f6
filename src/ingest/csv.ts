// Incremental CSV parsing with papaparse. Text arrives in chunks (from a string, or decoded
// from a Blob); each chunk is parsed by papaparse's own parser (Papa.Parser, the engine
// behind Papa.parse) with papaparse's chunk-mode contract: parse(aggregate, baseIndex,
// ignoreLastRow) and carry the unfinished last record (from meta.cursor) into the next
// chunk. This is what Papa.parse({ chunk }) does internally; driving it directly lets the
// same code run in Node (which has no FileReader for papaparse's FileStreamer) and in a
// Worker, and lets us decode bytes with a streaming TextDecoder so a multi-byte character
// split across two chunks is not corrupted (papaparse decodes every file slice separately).
//
// While the session asks for it (before the header, and for IoD files), CsvFeed first reads
// records itself and hands them over as offsets into the chunk rather than arrays of strings
// (see CsvFeed.scan): an IoD record is 20-60 short fields of which only the numbers are
// needed, so the strings and arrays papaparse would build for them are not. Whatever the scanner
// cannot read with certainty is left to papaparse, so the records are the same either way
// (csv.test.ts checks this on random texts and chunkings).

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
 * Optional receiver of records read by CsvFeed's own scanner instead of papaparse (see
 * `CsvFeed.scan`). A record is given as offsets into `text`: field i is
 * `text.substring(starts[i], ends[i])`, exactly the string papaparse would have produced.
 */
export interface ScanTarget {
  /** Whether the next records should be scanned (true) or left to papaparse (false). Asked before every record. */
  scanning(): boolean;
  /** One record of n fields (n >= 1). The arrays are reused: read them before returning. */
  scanned(text: string, starts: Int32Array, ends: Int32Array, n: number): void;
}

/** The fields of a scanned record as strings (what papaparse would have returned). */
export function scannedFields(text: string, starts: Int32Array, ends: Int32Array, n: number): string[] {
  const f: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) f[i] = text.substring(starts[i]!, ends[i]!);
  return f;
}

/** What CsvFeed.scan stopped at. */
const SCAN_DONE = 0;
const SCAN_INCOMPLETE = 1;
const SCAN_HANDOFF = 2;

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

interface PapaParserResult {
  data: string[][];
  errors: { code: string; row?: number }[];
  meta: { cursor: number };
}

/**
 * Feeds text chunks to papaparse and hands complete records to `onRecords` (or, while
 * `target.scanning()`, reads simple records itself and hands them to `target.scanned`).
 * Line endings: records are split on '\n' (or '\r' for CR-only files), and a trailing '\r'
 * is removed from each record's last field by the caller, so CRLF, LF and mixed files all
 * parse the same way; line breaks inside quoted fields are kept.
 */
export class CsvFeed {
  private readonly parser: Papa.Parser;
  private partial = '';
  private base = 0;
  private finished = false;
  private readonly delimiterCode: number;
  private readonly newlineCode: number;
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  /** Where the last scan stopped (a record start). */
  private stop = 0;

  constructor(
    readonly delimiter: Delimiter,
    readonly newline: '\n' | '\r',
    private readonly onRecords: RecordsHandler,
    private readonly target: ScanTarget | null = null,
  ) {
    this.parser = new Papa.Parser({ delimiter, newline, quoteChar: '"' });
    this.delimiterCode = delimiter.charCodeAt(0);
    this.newlineCode = newline.charCodeAt(0);
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
    let from = 0;
    if (this.target !== null) {
      const status = this.scan(aggregate, last);
      from = this.stop;
      if (status === SCAN_DONE) {
        if (last) this.finished = true;
        else this.base += aggregate.length;
        return;
      }
      if (status === SCAN_INCOMPLETE) {
        this.partial = aggregate.substring(from);
        this.base += from;
        return;
      }
    }
    const rest = from === 0 ? aggregate : aggregate.substring(from);
    const base = this.base + from;
    const res = this.parser.parse(rest, base, !last) as PapaParserResult;
    if (!last) {
      this.partial = rest.substring(res.meta.cursor - base);
      this.base = res.meta.cursor;
    } else {
      this.finished = true;
    }
    this.deliver(res, last);
  }

  /**
   * Reads records of `text` itself, for as long as the target wants them and they are
   * simple, and hands each to the target. Simple means every field is either unquoted or
   * quoted with no quote or line break inside and the closing quote followed directly by
   * the delimiter, the line break or the end of the text. For such records papaparse's
   * rules give exactly these fields (a quote counts only at the start of a field; fields
   * end at the next delimiter or line break), so the two can take turns at any record
   * boundary: papaparse starts every record afresh. Anything else (escaped quotes,
   * multi-line or malformed quoted fields) is handed back to papaparse, from the start of
   * that record to the end of the chunk, so its rules and error reports apply unchanged.
   * Sets `this.stop` to the start of the first record not read.
   */
  private scan(text: string, last: boolean): number {
    const target = this.target!;
    const len = text.length;
    const d = this.delimiterCode;
    const nl = this.newlineCode;
    let p = 0;
    let starts = this.starts;
    let ends = this.ends;
    for (;;) {
      this.stop = p;
      // The newline that ends the file is not a record (papaparse's final empty record,
      // which deliver() drops).
      if (p === len) return last ? SCAN_DONE : SCAN_INCOMPLETE;
      if (!target.scanning()) return SCAN_HANDOFF;
      let n = 0;
      let q = p;
      let end = -1; // start of the next record once this one is complete
      for (;;) {
        if (n === starts.length) {
          const s2 = new Int32Array(n * 2);
          s2.set(starts);
          this.starts = starts = s2;
          const e2 = new Int32Array(n * 2);
          e2.set(ends);
          this.ends = ends = e2;
        }
        if (q < len && text.charCodeAt(q) === 34) {
          // Quoted field: the next quote must close it.
          const close = text.indexOf('"', q + 1);
          if (close === -1) return last ? SCAN_HANDOFF : SCAN_INCOMPLETE;
          for (let i = q + 1; i < close; i++) if (text.charCodeAt(i) === nl) return SCAN_HANDOFF;
          starts[n] = q + 1;
          ends[n] = close;
          n++;
          const after = close + 1;
          if (after === len) {
            if (!last) return SCAN_INCOMPLETE;
            // A file whose last line is just "" ends, like one ending with a newline, with
            // the single empty record that deliver() drops.
            if (n === 1 && close === q + 1) return SCAN_DONE;
            end = len;
            break;
          }
          const c = text.charCodeAt(after);
          if (c === d) {
            q = after + 1;
            continue;
          }
          if (c === nl) {
            end = after + 1;
            break;
          }
          return SCAN_HANDOFF;
        }
        const s = q;
        let c = 0;
        while (q < len) {
          c = text.charCodeAt(q);
          if (c === d || c === nl) break;
          q++;
        }
        starts[n] = s;
        ends[n] = q;
        n++;
        if (q === len) {
          if (!last) return SCAN_INCOMPLETE;
          end = len;
          break;
        }
        if (c === d) {
          q++;
          continue;
        }
        end = q + 1;
        break;
      }
      target.scanned(text, starts, ends, n);
      p = end;
    }
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
