// IoD records read by CsvFeed's scanner take IodAdapter.fastRecord; everything it declines
// goes through IodAdapter.record. The two must give one result: the same rows, rejections,
// warnings and counts as reading every record with papaparse into record(). All inputs
// are SYNTHETIC (made-up LSOA codes and figures in the IoD2019 File 2 layout).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvFeed, guessDelimiter, guessNewline } from './csv';
import { ingestCsvStream, ingestCsvText } from './index';
import { IngestSession } from './session';
import type { IngestOptions, IngestResult, KnownArea } from './result';

const HEADER = [
  'LSOA code (2011)',
  'LSOA name (2011)',
  'Local Authority District code (2019)',
  'Local Authority District name (2019)',
  'Index of Multiple Deprivation (IMD) Score',
  'Index of Multiple Deprivation (IMD) Rank (where 1 is most deprived)',
  'Index of Multiple Deprivation (IMD) Decile (where 1 is most deprived 10% of LSOAs)',
  'Income Score (rate)',
  'Income Rank (where 1 is most deprived)',
  '"Education, Skills and Training Decile (where 1 is most deprived 10% of LSOAs)"',
  'Total population: mid 2015 (excluding prisoners)',
].join(',');

function record(i: number): string[] {
  const code = `E0100${String(1000 + i)}`;
  return [code, `Synthetic ${i}A`, 'E06000014', i % 3 === 0 ? '"Kingston upon Hull, City of"' : 'York', `${(i * 7.31) % 80}`.slice(0, 6), String(1 + ((i * 97) % 32844)), String(1 + (i % 10)), `0.${i % 9}${i % 7}`, String(5 + i), String(1 + (i % 10)), i % 4 === 0 ? '"1,634"' : String(1200 + i)];
}

const BASE = Array.from({ length: 30 }, (_, i) => record(i));
const KNOWN: KnownArea[] = BASE.slice(0, 20).map((r, i) => ({ code: r[0]!, name: i % 5 === 0 ? 'Another name' : r[1]!, type: 'LSOA' }));

/** The reference: every record parsed by papaparse and handled by IngestSession.handleRecord. */
function viaPapaparseOnly(text: string, options: IngestOptions): IngestResult {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = guessDelimiter(t);
  const session = new IngestSession(options, delimiter);
  new CsvFeed(delimiter, guessNewline(t), session.onRecords).push(t, true);
  return session.finish();
}

const CELLS = ['', '*', 'x', '..', ' 12 ', '"1,234"', '-5', '-0', '1e3', '12abc', '0x10', '[c]', 'n/a', '5.', '.5', '00012', '1234567890123456789', '"a\nb"', '"x""y"', '"q" ', ' "q"', '"unterminated', 'E01001001', 'e01001002', ' E01001003 ', '"E01001004"', '-0.25'];

const edit = fc.record({ line: fc.nat(29), field: fc.nat(11), kind: fc.nat(9), cell: fc.constantFrom(...CELLS) });

function build(edits: { line: number; field: number; kind: number; cell: string }[], eol: string, finalEol: boolean): string {
  const recs = BASE.map((r) => [...r]);
  for (const e of edits) {
    const r = recs[e.line]!;
    const f = e.field % (r.length + 1);
    if (e.kind < 6) r[f] = e.cell;
    else if (e.kind === 6) r.splice(f, 1);
    else if (e.kind === 7) r.splice(f, 0, e.cell);
    else if (e.kind === 8) recs.splice(e.line, 0, [...recs[(e.line * 7) % recs.length]!]);
    else recs.splice(e.line, 0, [e.cell]);
  }
  return [HEADER, ...recs.map((r) => r.join(','))].join(eol) + (finalEol ? eol : '');
}

describe('IoD fast path', () => {
  it('gives the same result as reading every record with papaparse', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(edit, { maxLength: 5 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 1, max: 700 }),
        async (edits, eol, finalEol, known, chunkSize) => {
          const text = build(edits, eol, finalEol);
          const options: IngestOptions = known ? { knownAreas: KNOWN, knownAreasLabel: 'the test lookup' } : {};
          const expected = viaPapaparseOnly(text, options);
          expect(ingestCsvText(text, options)).toEqual(expected);
          expect(await ingestCsvStream(text, { ...options, chunkSize })).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('rejects a repeated LSOA with both line numbers and keeps the first', () => {
    const text = build([{ line: 5, field: 0, kind: 0, cell: 'E01001001' }], '\n', true);
    const r = ingestCsvText(text);
    expect(r.stats).toEqual({ read: 30, accepted: 29, rejected: 1 });
    expect(r.rejected).toEqual([{ line: 7, reason: 'Duplicate of line 3: the same LSOA appears twice.' }]);
    expect(r.rows).toHaveLength(29 * 7);
    expect(r.rows.filter((x) => x.areaCode === 'E01001001').every((x) => x.areaName === 'Synthetic 1A')).toBe(true);
  });

  it('reads missing markers as null with a note, and quoted thousands', () => {
    const text = build(
      [
        { line: 2, field: 4, kind: 0, cell: '*' },
        { line: 2, field: 10, kind: 0, cell: '' },
      ],
      '\r\n',
      true,
    );
    const r = ingestCsvText(text);
    expect(r.stats).toEqual({ read: 30, accepted: 30, rejected: 0 });
    const two = r.rows.filter((x) => x.areaCode === 'E01001002');
    expect(two.find((x) => x.indicatorId === 'iod2019-imd-score')).toMatchObject({ value: null, valueNote: 'Value missing or suppressed in the source (marker "*").' });
    expect(two.find((x) => x.indicatorId === 'iod2019-pop-total')).toMatchObject({ value: null, valueNote: 'No value published.' });
    expect(r.rows.find((x) => x.areaCode === 'E01001004' && x.indicatorId === 'iod2019-pop-total')!.value).toBe(1634);
  });
});
