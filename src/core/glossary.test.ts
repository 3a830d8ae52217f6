import { describe, expect, it } from 'vitest';
import { GLOSSARY, glossaryEntry } from './glossary';

describe('glossary', () => {
  it('has one entry per id, each explained in plain sentences', () => {
    const ids = GLOSSARY.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of GLOSSARY) {
      expect(e.explanation).toMatch(/^[A-Z“].*\.$/s);
      expect(e.id).toMatch(/^[a-z0-9-]+$/);
    }
  });
  it('explains every abbreviation issue 14 names', () => {
    const words = GLOSSARY.map((e) => `${e.term} ${e.alsoCalled ?? ''}`).join(' ');
    for (const abbreviation of ['LSOA', 'MSOA', 'IDACI', 'IDAOPI', 'SII', '95%', '99.8%', 'published label']) expect(words).toContain(abbreviation);
  });
  it('finds an entry by id and refuses an unknown one', () => {
    expect(glossaryEntry('sii').alsoCalled).toContain('slope index');
    expect(() => glossaryEntry('no-such-term')).toThrow(RangeError);
  });
});
