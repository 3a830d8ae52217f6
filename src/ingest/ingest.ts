// The two entry points. Both push text through the same Driver (BOM, sniffing, delimiter,
// papaparse) into the same IngestSession.handleRecord.

import { type Delimiter, CsvFeed, excelSepLine, guessDelimiter, guessNewline, NewlineNormaliser } from './csv';
import { binarySignature, bomEncoding, decodeWindows1252, sniffText, sniffUtf16 } from './decode';
import { IngestSession } from './session';
import { attachTable } from './rowTable';
import { failedResult, type ResultFields } from './sessionOptions';
import type { IngestOptions, IngestResult, StreamIngestOptions, TextEncodingName } from './result';

/** Characters (string input) or bytes (Blob input) per chunk. */
export const DEFAULT_CHUNK_SIZE = 1 << 20;
/** Text looked at to recognise binary content and choose the delimiter. */
const HEAD_SIZE = 1 << 16;

function isBlankText(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xfeff) return false;
  }
  return true;
}

/** Turns text chunks into an IngestResult. Not reusable. */
class Driver {
  private head = '';
  private session: IngestSession | null = null;
  private feed: CsvFeed | null = null;
  private failure: IngestResult | null = null;
  private sawText = false;
  private readonly newlines = new NewlineNormaliser();

  constructor(private readonly options: IngestOptions) {}

  /** Nothing more needs to be read (a fatal problem, or the session stopped early). */
  get done(): boolean {
    return this.failure !== null || (this.session !== null && this.session.done);
  }

  push(chunk: string, last: boolean): void {
    if (this.done) return;
    if (chunk.length > 0) this.sawText = true;
    const text = this.newlines.push(chunk, last);
    if (this.feed === null) {
      this.head += text;
      // Wait for the same sample whatever the chunk size, so both entry points sniff and
      // guess the delimiter from identical text.
      if (!last && this.head.length < HEAD_SIZE) return;
      const head = this.head;
      this.head = '';
      this.start(head, last);
      return;
    }
    this.feed.push(text, last);
  }

  private start(head: string, last: boolean): void {
    let t = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
    // Excel's "sep=;" hint line names the delimiter; it is not a record (Excel does not show it).
    const sep = excelSepLine(t);
    if (sep !== null) t = t.slice(sep.length);
    if (this.prepare(t, last, sep?.delimiter)) {
      if (sep !== null) {
        const shown = sep.delimiter === '\t' ? 'tab' : `"${sep.delimiter}"`;
        this.session!.note(`The first line "sep=${sep.delimiter}" (written by Excel) says the fields are separated by ${shown}; it was used, and that line is not counted as a row.`);
      }
      this.feed!.push(t, last);
    }
  }

  /**
   * Sniffs the start of the text (binary? UTF-16?), guesses the delimiter and creates the
   * session. `complete` says the text is the whole file. Returns false on a fatal problem.
   */
  private prepare(t: string, complete: boolean, givenDelimiter?: Delimiter): boolean {
    if (complete && isBlankText(t)) {
      this.failure = failedResult(this.sawText ? 'The file contains only blank lines.' : 'The file is empty.');
      return false;
    }
    const problem = sniffText(t);
    if (problem !== null) {
      this.failure = failedResult(problem);
      return false;
    }
    const delimiter = givenDelimiter ?? guessDelimiter(t);
    this.session = new IngestSession(this.options, delimiter);
    this.feed = new CsvFeed(delimiter, guessNewline(t), this.session.onRecords);
    return true;
  }

  finish(extra: Partial<ResultFields> = {}): IngestResult {
    if (this.feed === null && this.failure === null) this.start(this.head, true);
    // Spreading drops the non-enumerable table and rows, so they are attached again.
    if (this.failure !== null) return attachTable({ ...this.failure, ...extra }, this.failure.table);
    return this.session!.finish(extra);
  }
}

function internalError(e: unknown): IngestResult {
  return failedResult(`The file could not be read because of an unexpected error: ${e instanceof Error ? e.message : String(e)}`);
}

/**
 * Ingests CSV text (a user's upload, or the bundled data/indicators.csv snapshot).
 * Never throws: problems are reported in `error`, `warnings` and `rejected`.
 */
export function ingestCsvText(text: string, options: IngestOptions = {}): IngestResult {
  try {
    if (typeof text !== 'string') return failedResult('The input is not text.');
    const driver = new Driver(options ?? {});
    // Fed in 1 MiB slices, like a stream. (Parsing windows sliced straight from the whole
    // text was tried: V8 substrings of one huge string made the row loop ~25% slower than
    // substrings of each flattened chunk.)
    const size = DEFAULT_CHUNK_SIZE;
    if (text.length === 0) driver.push('', true);
    for (let pos = 0; pos < text.length && !driver.done; pos += size) {
      driver.push(text.slice(pos, pos + size), pos + size >= text.length);
    }
    return driver.finish();
  } catch (e) {
    return internalError(e);
  }
}

function abortError(): DOMException {
  return new DOMException('The import was cancelled.', 'AbortError');
}

/** Lets other tasks (an abort click, a progress repaint) run, at most every ~16 ms. */
function makeYielder(): () => Promise<void> | undefined {
  let last = Date.now();
  return () => {
    const now = Date.now();
    if (now - last < 16) return undefined;
    last = now;
    return new Promise((resolve) => setTimeout(resolve, 0)).then(() => {
      last = Date.now();
    });
  };
}

function isBlob(x: unknown): x is Blob {
  return typeof Blob !== 'undefined' && x instanceof Blob;
}

/** Raised inside the Blob reader when bytes turn out not to be UTF-8 part-way through. */
class NotUtf8 extends Error {}

/**
 * Ingests a File/Blob or a string in chunks, reporting progress, yielding to the event loop
 * between chunks and honouring an AbortSignal (the promise then rejects with a
 * DOMException named 'AbortError'; no partial result is returned). Row handling is the
 * same code as ingestCsvText. Bytes are decoded with a streaming TextDecoder: UTF-8 (BOM
 * or not), UTF-16 by BOM or by its zero bytes, and Windows-1252 when the bytes are not
 * valid UTF-8 (the file is then read again from the start).
 */
export async function ingestCsvStream(source: Blob | string, options: StreamIngestOptions = {}): Promise<IngestResult> {
  const { onProgress, signal, chunkSize, ...ingestOptions } = options ?? {};
  const size = typeof chunkSize === 'number' && Number.isFinite(chunkSize) && chunkSize >= 1 ? Math.floor(chunkSize) : DEFAULT_CHUNK_SIZE;
  let reported = 0;
  const progress = (f: number) => {
    const x = Math.min(1, f);
    if (onProgress && x > reported) {
      reported = x;
      onProgress(x);
    }
  };
  const check = () => {
    if (signal?.aborted) throw abortError();
  };
  check();

  if (typeof source === 'string') {
    const driver = new Driver(ingestOptions);
    const pause = makeYielder();
    let result: IngestResult;
    try {
      if (source.length === 0) driver.push('', true);
      for (let pos = 0; pos < source.length && !driver.done; pos += size) {
        driver.push(source.slice(pos, pos + size), pos + size >= source.length);
        progress(Math.min(1, (pos + size) / source.length));
        const waiting = pause();
        if (waiting) await waiting;
        check();
      }
      result = driver.finish();
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') throw e;
      result = internalError(e);
    }
    check();
    progress(1);
    return result;
  }

  if (!isBlob(source)) return failedResult('The input must be a File, a Blob or a string.');
  if (source.size === 0) {
    progress(1);
    return failedResult('The file is empty.', [], { encoding: 'utf-8' });
  }

  let head: Uint8Array;
  try {
    head = new Uint8Array(await source.slice(0, Math.min(source.size, HEAD_SIZE)).arrayBuffer());
  } catch (e) {
    return failedResult(`The file could not be read: ${e instanceof Error ? e.message : String(e)}`);
  }
  check();
  const sig = binarySignature(head);
  if (sig) {
    progress(1);
    return failedResult(`This looks like ${sig}, not a CSV text file. Save or export the data as CSV (comma-separated values) and try again.`);
  }
  const bom = bomEncoding(head);
  const utf16 = bom ? null : sniffUtf16(head);
  let encoding: TextEncodingName = bom ? bom.encoding : (utf16 ?? 'utf-8');
  const encodingWarnings: string[] = [];
  if (utf16) encodingWarnings.push(`The file has no byte-order mark but looks like UTF-16 (${utf16 === 'utf-16le' ? 'little' : 'big'}-endian) text; it was read as such.`);

  for (;;) {
    try {
      const result = await readBlob(source, encoding, ingestOptions, size, progress, check);
      if (encodingWarnings.length) result.warnings.unshift(...encodingWarnings);
      progress(1);
      return result;
    } catch (e) {
      if (e instanceof NotUtf8 && encoding === 'utf-8') {
        encoding = 'windows-1252';
        encodingWarnings.push('The file is not valid UTF-8, so it was read as Windows-1252 (the usual encoding of CSV files saved by Excel on Windows). Check characters such as £ and – in the result.');
        continue;
      }
      if (e instanceof DOMException && e.name === 'AbortError') throw e;
      return internalError(e);
    }
  }
}

async function readBlob(
  blob: Blob,
  encoding: TextEncodingName,
  options: IngestOptions,
  size: number,
  progress: (f: number) => void,
  check: () => void,
): Promise<IngestResult> {
  const driver = new Driver(options);
  const decoder = encoding === 'windows-1252' ? null : new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  const total = blob.size;
  for (let pos = 0; pos < total && !driver.done; pos += size) {
    const end = Math.min(total, pos + size);
    const bytes = new Uint8Array(await blob.slice(pos, end).arrayBuffer());
    check();
    const last = end >= total;
    let text: string;
    if (decoder === null) text = decodeWindows1252(bytes);
    else {
      try {
        text = decoder.decode(bytes, { stream: !last });
      } catch {
        throw new NotUtf8();
      }
    }
    driver.push(text, last);
    progress(end / total);
  }
  check();
  return driver.finish({ encoding });
}
