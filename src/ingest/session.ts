// One ingest run. Both ingestCsvText and ingestCsvStream feed parsed records into
// IngestSession.handleRecord — the single row-handling function — so the two entry points
// cannot behave differently.

import { GenericAdapter, IodAdapter, LongAdapter, TidyAdapter, type Adapter, type AdapterContext } from './adapters';
import { listSome } from './areas';
import type { ParseIssue } from './csv';
import { describeFormat, detectFormat, isRowNumberHeader, KNOWN_FORMATS_TEXT, type Detection } from './detect';
import { BREAKDOWN_SAMPLE, findBreakdowns } from './breakdown';
import { checkMapping, proposeMapping } from './generic';
import { RowSink } from './sink';
import { checkOptions, type ResultFields } from './sessionOptions';
import { attachTable } from './rowTable';
import type { IndicatorMeta } from '../domain/indicators';
import type { ColumnMapping, IngestFormat, IngestOptions, IngestResult, RejectedRecord } from './result';

/** Records held back to choose a generic table's columns, or a tidy table's breakdowns. */
const SAMPLE = BREAKDOWN_SAMPLE;
const PREVIEW_ROWS = 20;
/** One-field lines before the header (titles, disclaimers) that may be skipped. */
const MAX_PREAMBLE = 5;

interface Buffered {
  f: string[];
  line: number;
  issue: string | null;
}

function quoteIssueText(code: string): string {
  return code === 'MissingQuotes'
    ? 'A quoted field is never closed, so the rest of the file was read as part of this row.'
    : 'Malformed quotes (a closing quote is followed by other text); this row may have absorbed the lines after it.';
}

function isBlankRecord(f: string[]): boolean {
  for (let i = 0; i < f.length; i++) if (f[i]!.trim() !== '') return false;
  return true;
}

export class IngestSession {
  private readonly sink: RowSink;
  private readonly ctx: AdapterContext;
  private readonly warnings: string[] = [];
  private readonly rejected: RejectedRecord[] = [];
  private readonly preamble: string[] = [];
  private readonly options: IngestOptions;
  private line = 0;
  private blank = 0;
  private read = 0;
  private accepted = 0;
  private header: string[] | null = null;
  private adapter: Adapter | null = null;
  private format: IngestFormat = 'unknown';
  private stopped = false;
  private error: string | undefined;
  /** Records held back until the columns are decided (generic and tidy tables, unknown headers). */
  private generic: Buffered[] | null = null;
  private pending: { kind: 'generic' | 'unknown' } | { kind: 'tidy'; d: Extract<Detection, { format: 'tidy' }> } = { kind: 'generic' };
  /** A generic mapping given by the user: first records kept for the preview if it has to be shown again. */
  private previewRows: string[][] | null = null;
  private mapping: ColumnMapping | undefined;
  private needsMapping: boolean | undefined;
  private preview: { header: string[]; rows: string[][] } | undefined;
  private canonicalWithoutMetadata = false;
  /** A header whose first cell may name a row-number column, waiting for the first record to tell. */
  private pendingHeader: string[] | null = null;
  /** The first column holds row numbers (R's write.csv, spreadsheets): dropped from every record. */
  private dropFirst = false;

  constructor(
    options: IngestOptions,
    readonly delimiter: string,
  ) {
    this.options = checkOptions(options, this.warnings);
    const opts = this.options;
    const metadata = new Map<string, IndicatorMeta>();
    const metadataByName = new Map<string, IndicatorMeta>();
    for (const m of opts.metadata ?? []) {
      metadata.set(m.id, m);
      metadataByName.set(m.name.trim().toLowerCase(), m);
    }
    this.sink = new RowSink(opts.knownAreas, opts.knownAreasLabel);
    this.ctx = {
      sink: this.sink,
      decimalComma: delimiter === ';',
      origin: opts.origin ?? 'imported',
      originGiven: opts.origin !== undefined,
      fileName: opts.fileName ?? '',
      metadata,
      metadataByName,
    };
    if (delimiter === ';') {
      this.warnings.push('The file is semicolon-delimited (as Excel writes CSV in many European locales); it was read with ";" between fields and "," as the decimal mark.');
    } else if (delimiter === '\t') {
      this.warnings.push('The file is tab-delimited; it was read with tabs between fields.');
    } else if (delimiter === '|') {
      this.warnings.push('The file is pipe-delimited; it was read with "|" between fields.');
    }
  }

  /** papaparse chunk callback: every record of the chunk, in order. */
  readonly onRecords = (records: string[][], issues: ParseIssue[]): void => {
    if (issues.length === 0) {
      for (let i = 0; i < records.length; i++) this.handleRecord(records[i]!, null);
      return;
    }
    const byRow = new Map<number, string>();
    for (const is of issues) if (!byRow.has(is.row)) byRow.set(is.row, quoteIssueText(is.code));
    for (let i = 0; i < records.length; i++) this.handleRecord(records[i]!, byRow.get(i) ?? null);
  };

  /** Adds a warning (e.g. from the driver: the Excel "sep=" line). */
  note(text: string): void {
    this.warnings.push(text);
  }

  /** True once nothing more needs reading (unknown header, or a generic file that needs a mapping). */
  get done(): boolean {
    return this.stopped;
  }

  /** THE row-handling function: every record of every source goes through here. */
  handleRecord(f: string[], issue: string | null): void {
    this.line++;
    const n = f.length;
    // Records are split on '\n'; drop the '\r' of a CRLF ending from the last field.
    const last = f[n - 1]!;
    if (last.length > 0 && last.charCodeAt(last.length - 1) === 13) f[n - 1] = last.slice(0, -1);
    const f0 = f[0]!;
    if ((f0.length === 0 || f0.charCodeAt(0) <= 32) && isBlankRecord(f)) {
      this.blank++;
      return;
    }
    if (this.stopped) return;
    if (this.pendingHeader !== null) {
      this.resolveRowNumbers(f);
      if (this.stopped) return;
    }
    if (this.dropFirst) f.shift();
    if (this.adapter === null) {
      this.beforeAdapter(f, issue);
      return;
    }
    if (this.previewRows !== null && this.previewRows.length < PREVIEW_ROWS) this.previewRows.push([...f]);
    this.read++;
    this.process(f, this.line, issue);
  }

  private process(f: string[], line: number, issue: string | null): void {
    const a = this.adapter!;
    let reason: string | null;
    if (issue !== null) reason = issue;
    else if (f.length > a.maxFields) {
      reason =
        `Row has ${f.length.toLocaleString('en-GB')} fields but the header has ${a.maxFields.toLocaleString('en-GB')}. ` +
        'A comma inside a name that is not in quotes splits it in two and moves every later field; put such names in quotes.';
    } else if (f.length < a.minFields) {
      reason = `Row has only ${f.length} field${f.length === 1 ? '' : 's'}; at least ${a.minFields} are needed (the header has ${a.maxFields}).`;
    } else {
      try {
        reason = a.record(f, line);
      } catch (e) {
        reason = `This row could not be read (${e instanceof Error ? e.message : String(e)}).`;
      }
    }
    if (reason === null) this.accepted++;
    else this.rejected.push({ line, reason });
  }

  private beforeAdapter(f: string[], issue: string | null): void {
    if (this.header === null) {
      if (f.length === 1 && this.preamble.length < MAX_PREAMBLE) {
        this.preamble.push(f[0]!.trim());
        return;
      }
      if (f[0]!.charCodeAt(0) === 0xfeff) f[0] = f[0]!.slice(1);
      if (f.length > 1 && isRowNumberHeader(f[0]!)) {
        this.pendingHeader = f;
        return;
      }
      this.useHeader(f);
      return;
    }
    if (this.generic !== null) {
      this.generic.push({ f, line: this.line, issue });
      if (this.generic.length >= SAMPLE) this.resolveBuffered();
    }
  }

  private useHeader(f: string[]): void {
    this.header = f;
    this.setUp(detectFormat(f, this.options.fileName));
  }

  /**
   * The header's first cell is empty or "X": when the first record's first field is "1", that
   * column holds row numbers (R's write.csv adds one) and is dropped from the header and from
   * every record; otherwise the header is used as it is.
   */
  private resolveRowNumbers(first: string[] | null): void {
    const h = this.pendingHeader!;
    this.pendingHeader = null;
    if (first !== null && first.length > 1 && first[0]!.trim() === '1') {
      this.dropFirst = true;
      const name = h[0]!.trim();
      h.shift();
      this.warnings.push(`The first column${name === '' ? ' (no name)' : ` ("${name}")`} holds row numbers 1, 2, 3…, as R's write.csv adds them; it was ignored.`);
    }
    this.useHeader(h);
  }

  /**
   * A generic mapping that makes rows collide (same area, period and breakdown) is sent back
   * to the user before anything is stored, unless they chose to import anyway.
   */
  private checkCollisions(): void {
    const a = this.adapter;
    if (!(a instanceof GenericAdapter) || a.duplicates === 0 || this.mapping?.allowDuplicates === true) return;
    const n = a.duplicates;
    const m = this.mapping!;
    const hasBreakdown = Boolean(m.category || m.sex || m.age);
    this.error =
      `${n.toLocaleString('en-GB')} row${n === 1 ? ' shares' : 's share'} area, period${hasBreakdown ? ', breakdown' : ''} and indicator with another row: ` +
      'choose the column that tells them apart (breakdown, sex or age). If they really are repeats, choose to import anyway and they will be left out as duplicates.';
    this.needsMapping = true;
    this.sink.table.clear();
    if (this.preview === undefined && this.previewRows !== null) this.preview = { header: [...this.header!], rows: this.previewRows };
  }

  private stop(error: string): void {
    this.error = error;
    this.stopped = true;
  }

  private setUp(d: Detection): void {
    this.format = d.format;
    const header = d.header;
    if (this.options.columnMapping !== undefined && d.format !== 'generic' && d.format !== 'unknown') {
      this.warnings.push(`A column mapping was supplied, but the file was recognised as ${describeFormat(d.format)}, so the mapping was not used.`);
    }
    if (header.duplicates.length > 0) {
      this.warnings.push(`Some column names appear more than once; the first of each was used: ${listSome(header.duplicates, 10)}.`);
    }
    switch (d.format) {
      case 'canonical': {
        if (d.missing.length > 0) {
          this.stop(`This looks like the dashboard's canonical CSV, but it lacks these columns: ${d.missing.join(', ')}.`);
          return;
        }
        if (!this.options.metadata || this.options.metadata.length === 0) {
          this.canonicalWithoutMetadata = true;
          this.warnings.push('This is the dashboard\'s own format, but the indicator descriptions that go with it (indicators-meta.json) were not given, so every row is rejected.');
        }
        this.adapter = new LongAdapter('canonical', d.cols, header.raw.length, this.ctx);
        return;
      }
      case 'fingertips':
      case 'fingertips-underscore':
        if (d.ignored.length) this.warnings.push(`Columns not used: ${listSome(d.ignored, 10)}.`);
        this.adapter = new LongAdapter(d.format, d.cols, header.raw.length, this.ctx);
        return;
      case 'deprivation':
        if (d.edition === null) {
          this.stop('This looks like an English Indices of Deprivation file, but its edition (2019 or 2025) cannot be told from the header or the file name.');
          return;
        }
        if (d.ignored.length) this.warnings.push(`Columns not recognised as IoD measures and not used: ${listSome(d.ignored, 10)}.`);
        this.adapter = new IodAdapter(d.code, d.name, d.measures, d.edition, header.raw.length, this.ctx);
        return;
      case 'tidy':
        // Held back until the first records show which unused columns are breakdowns.
        this.pending = { kind: 'tidy', d };
        this.generic = [];
        return;
      default: {
        const given = this.options.columnMapping;
        if (given !== undefined) {
          // A mapping chosen by hand makes any table of areas a generic one, whatever its header.
          this.format = 'generic';
          const checked = checkMapping(given, header.raw);
          if ('error' in checked) {
            this.stop(checked.error);
            return;
          }
          this.mapping = checked.mapping;
          this.needsMapping = false;
          this.previewRows = [];
          this.adapter = new GenericAdapter(checked.mapping, header.raw, this.ctx);
          return;
        }
        // Without an area-like column name, the first records may still hold area codes.
        this.pending = { kind: d.format === 'generic' ? 'generic' : 'unknown' };
        this.generic = [];
      }
    }
  }

  private unknownMessage(): string {
    const seen = this.header!.map((h) => JSON.stringify(h.trim()));
    return `The columns of this file were not recognised. Columns seen (${seen.length.toLocaleString('en-GB')}): ${listSome(seen, 30)}. ${KNOWN_FORMATS_TEXT}`;
  }

  private resolveBuffered(): void {
    if (this.pending.kind === 'tidy') this.resolveTidy(this.pending.d);
    else this.resolveGeneric();
  }

  private resolveTidy(d: Extract<Detection, { format: 'tidy' }>): void {
    const buffered = this.generic!;
    this.generic = null;
    const raw = d.header.raw;
    const c = d.cols;
    const used = new Set(Object.values(c).filter((i) => i !== -1));
    const candidates = raw.flatMap((_h, i) => (used.has(i) || d.header.keys[i] === '' ? [] : [i]));
    const keyCols = [c.areaCode, c.areaName, c.period, c.indicator, c.measure, c.unit, c.group].filter((i) => i !== -1);
    const found = findBreakdowns(raw, buffered.map((b) => b.f), keyCols, candidates, this.ctx.decimalComma);
    const ignored = d.ignored.filter((h) => !found.some((b) => raw[b.index]!.trim() === h));
    if (found.length > 0) {
      this.warnings.push(
        `Rows that share area, period and indicator differ in ${found.map((b) => `"${raw[b.index]!.trim()}"`).join(' and ')}, so ${found.length === 1 ? 'it is' : 'these are'} read as a breakdown (${found
          .map((b) => (b.role === 'category' ? `category type “${b.label}”` : b.role))
          .join(', ')}), not as duplicates.`,
      );
    }
    if (ignored.length) this.warnings.push(`Columns not used: ${listSome(ignored, 10)}.`);
    this.adapter = new TidyAdapter(c, raw, this.ctx, found);
    for (const b of buffered) {
      this.read++;
      this.process(b.f, b.line, b.issue);
    }
  }

  private resolveGeneric(): void {
    const buffered = this.generic!;
    this.generic = null;
    const header = this.header!;
    this.preview = { header: [...header], rows: buffered.slice(0, PREVIEW_ROWS).map((b) => [...b.f]) };
    const p = proposeMapping(header, buffered.map((b) => b.f), this.options.fileName, this.ctx.decimalComma);
    if (this.pending.kind === 'unknown') {
      if (p.mapping === null || (p.mapping.areaCode === null && p.mapping.areaName === null)) {
        // Not even the values hold areas: say what the file would need, and offer the columns by hand.
        this.mapping = p.mapping ?? undefined;
        this.needsMapping = true;
        this.stop(this.unknownMessage());
        return;
      }
      // An area-code column recognised by its values (e.g. "WD22CD_proposed"): a generic table.
      this.format = 'generic';
      this.warnings.push(`The column "${p.mapping.areaCode ?? p.mapping.areaName}" holds area codes, so the file was read as a table of areas and values.`);
    }
    if (p.mapping) this.mapping = p.mapping;
    this.needsMapping = p.needsMapping;
    for (const note of p.notes) this.warnings.push(note);
    if (p.noAreas !== undefined) {
      this.stop(p.noAreas);
      return;
    }
    if (p.needsMapping || p.mapping === null) {
      this.stopped = true;
      this.warnings.push('Nothing was imported yet: check which column is which below, then import again.');
      return;
    }
    this.adapter = new GenericAdapter(p.mapping, header, this.ctx);
    for (const b of buffered) {
      this.read++;
      this.process(b.f, b.line, b.issue);
    }
  }

  finish(extra: Partial<ResultFields> = {}): IngestResult {
    if (this.pendingHeader !== null) this.resolveRowNumbers(null);
    if (this.generic !== null) this.resolveBuffered();
    this.checkCollisions();
    const warnings = [...this.warnings];
    if (this.preamble.length > 0 && this.header !== null) {
      warnings.push(`Skipped ${this.preamble.length} line${this.preamble.length === 1 ? '' : 's'} before the header: ${listSome(this.preamble.map((p) => JSON.stringify(p.length > 80 ? `${p.slice(0, 80)}…` : p)), 5)}.`);
    }
    if (this.adapter) warnings.push(...this.adapter.warnings());
    warnings.push(...this.sink.warnings());
    if (this.blank > 0) warnings.push(`Skipped ${this.blank.toLocaleString('en-GB')} blank line${this.blank === 1 ? '' : 's'} (not counted as rows read).`);
    if (this.canonicalWithoutMetadata && this.read > 0) {
      this.error ??= 'This file is in the dashboard\'s own format, which can only be read together with its indicator descriptions (indicators-meta.json). Import the original Fingertips or other source file instead.';
    }

    let error = this.error;
    if (error === undefined) {
      if (this.header === null) {
        error =
          this.preamble.length > 0
            ? `No header row was found: the file's ${this.preamble.length} non-blank line${this.preamble.length === 1 ? ' has' : 's have'} only one column each.`
            : 'The file has no rows (it is empty or contains only blank lines).';
      } else if (this.read === 0 && !this.needsMapping) {
        error = `The file has a header row (${describeFormat(this.format)}) but no data rows.`;
      }
    }
    const rejectedCount = this.rejected.length;
    if (this.read !== this.accepted + rejectedCount) {
      // Cannot happen by construction; reported rather than hidden if it ever does.
      warnings.push(`Internal check failed: ${this.read} rows read but ${this.accepted} accepted and ${rejectedCount} rejected.`);
    }
    if (rejectedCount > 0) {
      const one = rejectedCount === 1;
      warnings.unshift(
        `${rejectedCount.toLocaleString('en-GB')} of ${this.read.toLocaleString('en-GB')} rows ${one ? 'was' : 'were'} rejected; ${one ? 'it is' : 'each is'} listed with its line number and the reason.`,
      );
    }
    const result: ResultFields = {
      format: this.format,
      indicators: this.adapter ? this.adapter.indicators() : [],
      rejected: this.rejected,
      warnings,
      stats: { read: this.read, accepted: this.accepted, rejected: rejectedCount },
      delimiter: this.delimiter,
      ...extra,
    };
    if (error !== undefined) result.error = error;
    if (this.mapping !== undefined) result.mapping = this.mapping;
    if (this.needsMapping !== undefined) result.needsMapping = this.needsMapping;
    if (this.preview !== undefined) result.preview = this.preview;
    return attachTable(result, this.sink.table);
  }
}
