// CsvFeed's own scanner must give exactly papaparse's records, whatever the text and however
// it is cut into chunks. All inputs are SYNTHETIC random strings.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvFeed, scannedFields, type Delimiter } from './csv';

type Item = { fields: string[]; issue: string | null };

/** Every record (and the quote problem papaparse reported for it) in order. */
function records(text: string, cuts: number[], delimiter: Delimiter, newline: '\n' | '\r', scan: boolean): Item[] {
  const out: Item[] = [];
  const target = scan
    ? {
        scanning: () => true,
        scanned: (t: string, s: Int32Array, e: Int32Array, n: number) => {
          out.push({ fields: scannedFields(t, s, e, n), issue: null });
        },
      }
    : null;
  const feed = new CsvFeed(
    delimiter,
    newline,
    (recs, issues) => {
      const byRow = new Map(issues.map((i) => [i.row, i.code]));
      recs.forEach((r, i) => out.push({ fields: [...r], issue: byRow.get(i) ?? null }));
    },
    target,
  );
  let pos = 0;
  for (const c of [...cuts].sort((a, b) => a - b)) {
    const at = Math.min(c, text.length);
    if (at < pos) continue;
    feed.push(text.slice(pos, at), false);
    pos = at;
  }
  feed.push(text.slice(pos), true);
  return out;
}

const piece = fc.constantFrom(',', ';', '"', '""', '\n', '\r', '\r\n', ' ', 'a', '12', '-3.5', 'E01000001', '\t', '"x,y"', '"q" ');
const text = fc.array(piece, { maxLength: 60 }).map((p) => p.join(''));

describe('CsvFeed scanner', () => {
  it('gives the same records as papaparse for any text, delimiter, line ending and chunking', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(fc.nat(400), { maxLength: 6 }),
        fc.constantFrom<Delimiter>(',', ';'),
        fc.constantFrom<'\n' | '\r'>('\n', '\r'),
        (t, cuts, d, nl) => {
          expect(records(t, cuts, d, nl, true)).toEqual(records(t, cuts, d, nl, false));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('hands a record back to papaparse when it cannot read it simply', () => {
    const t = 'a,b\n"x""y",1\n"multi\nline",2\nc,"d"\n"open';
    const got = records(t, [], ',', '\n', true);
    expect(got.map((r) => r.fields)).toEqual([['a', 'b'], ['x"y', '1'], ['multi\nline', '2'], ['c', 'd'], ['open']]);
    expect(got[4]!.issue).toBe('MissingQuotes');
  });
});
