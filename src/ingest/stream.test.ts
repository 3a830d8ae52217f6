// ingestCsvStream: chunking, progress, cancellation and decoding. All inputs are SYNTHETIC.

import { describe, expect, it } from 'vitest';
import { ingestCsvStream, ingestCsvText } from './index';
import { canonicalCsv, meta } from './test-helpers';

const META = [meta('p1'), meta('r1', { valueType: 'rate', multiplier: 100000 })];

function manyRecords(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    'Area Code': `E0${String(1000000 + i).padStart(7, '0')}`,
    'Area Name': `Café «${i}» – £${i}`,
    'Value note': i % 7 === 0 ? 'a note, with "quotes"\nand a line break' : '',
  }));
}

describe('ingestCsvStream', () => {
  it('gives exactly the ingestCsvText result for any chunk size, from a string or a Blob', async () => {
    const text = canonicalCsv(manyRecords(300), '\r\n');
    const expected = ingestCsvText(text, { metadata: META });
    expect(expected.stats.accepted).toBe(300);
    for (const chunkSize of [1, 2, 3, 7, 64, 1000, 1 << 20]) {
      const s = await ingestCsvStream(text, { metadata: META, chunkSize });
      expect(s.rows, `string, chunk ${chunkSize}`).toEqual(expected.rows);
      expect(s.stats).toEqual(expected.stats);
      expect(s.warnings).toEqual(expected.warnings);
      // Byte chunks split the multi-byte characters (é « » – £) between reads.
      const b = await ingestCsvStream(new Blob([text]), { metadata: META, chunkSize });
      expect(b.rows, `blob, chunk ${chunkSize}`).toEqual(expected.rows);
      expect(b.encoding).toBe('utf-8');
    }
  });

  it('reports progress that only increases and ends at 1', async () => {
    const text = canonicalCsv(manyRecords(500));
    for (const source of [text, new Blob([text])]) {
      const seen: number[] = [];
      const r = await ingestCsvStream(source, { metadata: META, chunkSize: 4096, onProgress: (f) => seen.push(f) });
      expect(r.stats.accepted).toBe(500);
      expect(seen.length).toBeGreaterThan(5);
      for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeGreaterThan(seen[i - 1]!);
      expect(seen[0]!).toBeGreaterThan(0);
      expect(seen.at(-1)).toBe(1);
    }
  });

  it('cancels via AbortSignal: rejects with an AbortError and returns nothing partial', async () => {
    const text = canonicalCsv(manyRecords(2000));
    for (const source of [text, new Blob([text])]) {
      const controller = new AbortController();
      let calls = 0;
      const p = ingestCsvStream(source, {
        metadata: META,
        chunkSize: 2048,
        signal: controller.signal,
        onProgress: () => {
          calls++;
          if (calls === 2) controller.abort();
        },
      });
      await expect(p).rejects.toMatchObject({ name: 'AbortError' });
      expect(calls).toBeLessThan(5);
    }
    const pre = new AbortController();
    pre.abort();
    await expect(ingestCsvStream(text, { metadata: META, signal: pre.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('reads UTF-16 (BOM) and Windows-1252 Blobs, restarting when UTF-8 turns out to be invalid late in the file', async () => {
    const csv = 'area_code,area_name,period,indicator,measure,unit,value\r\nE06000014,York,2020,Pay,Pounds,£,478.2\r\n';
    const le = new Uint8Array(2 + csv.length * 2);
    le[0] = 0xff;
    le[1] = 0xfe;
    for (let i = 0; i < csv.length; i++) {
      le[2 + 2 * i] = csv.charCodeAt(i) & 0xff;
      le[3 + 2 * i] = csv.charCodeAt(i) >> 8;
    }
    const u = await ingestCsvStream(new Blob([le]), { chunkSize: 5 });
    expect(u.encoding).toBe('utf-16le');
    expect(u.rows[0]!.value).toBe(478.2);

    // 2,000 plain ASCII rows, then one '£' written as the single byte 0xA3.
    const head = 'area_code,area_name,period,indicator,measure,unit,value\n' + Array.from({ length: 2000 }, (_, i) => `E0${String(1000000 + i).padStart(7, '0')},A${i},2020,Pay,Pounds,GBP,${i}\n`).join('');
    const tail = new Uint8Array([...new TextEncoder().encode('E06000014,York,2020,Pay,Pounds,'), 0xa3, ...new TextEncoder().encode(',478.2\n')]);
    const blob = new Blob([head, tail]);
    const progress: number[] = [];
    const r = await ingestCsvStream(blob, { chunkSize: 8192, onProgress: (f) => progress.push(f) });
    expect(r.encoding).toBe('windows-1252');
    expect(r.warnings.some((w) => w.includes('not valid UTF-8'))).toBe(true);
    expect(r.stats).toEqual({ read: 2001, accepted: 2001, rejected: 0 });
    expect(r.rows.at(-1)).toMatchObject({ areaName: 'York', value: 478.2 });
    for (let i = 1; i < progress.length; i++) expect(progress[i]!).toBeGreaterThan(progress[i - 1]!);
  });

  it('bad input resolves with an error instead of rejecting', async () => {
    expect((await ingestCsvStream(new Blob([]))).error).toBe('The file is empty.');
    expect((await ingestCsvStream('')).error).toBe('The file is empty.');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect((await ingestCsvStream(new Blob([png]))).error).toMatch(/PNG image/);
    expect((await ingestCsvStream(42 as unknown as string)).error).toMatch(/File, a Blob or a string/);
  });

  it('stops reading early when the header is not recognised', async () => {
    const text = 'foo,bar\n' + '1,2\n'.repeat(50_000);
    const seen: number[] = [];
    const r = await ingestCsvStream(text, { chunkSize: 16384, onProgress: (f) => seen.push(f) });
    expect(r.format).toBe('unknown');
    expect(text.length / 16384).toBeGreaterThan(12);
    expect(seen.length).toBeLessThan(7); // the 64 KB sample, then straight to done
    expect(seen.at(-1)).toBe(1);
  });
});
