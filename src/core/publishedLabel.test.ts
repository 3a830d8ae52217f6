// Moved from the trends tests: the label reader now lives in core/publishedLabel.ts.
import { describe, expect, it } from 'vitest';
import { outcomeFromPublishedLabel, publishedClause, publishedOutcome, publishedWords } from './publishedLabel';

describe('published labels', () => {
  it('reads Fingertips labels verbatim, including the 99.8% ones', () => {
    expect(publishedOutcome('Better')).toBe('better');
    expect(publishedOutcome('Worse')).toBe('worse');
    expect(publishedOutcome('Similar')).toBe('similar');
    expect(publishedOutcome('Higher 99.8')).toBe('higher');
    expect(publishedOutcome('Lower 99.8')).toBe('lower');
    expect(publishedOutcome('Not compared')).toBe('not-compared');
    expect(publishedOutcome('')).toBe('not-compared');
    expect(publishedWords('Worse')).toBe('Worse than England');
    expect(publishedWords('Similar')).toBe('Similar to England');
    expect(publishedWords('Higher 99.8')).toBe('Higher than England (99.8% level)');
    expect(publishedWords('')).toBe('No published comparison');
  });
});

describe('one reader for every published label', () => {
  it('reads the label with or without its level, and "Not compared" as no outcome', () => {
    expect(outcomeFromPublishedLabel('Better 95')).toBe('better');
    expect(outcomeFromPublishedLabel(' worse ')).toBe('worse');
    expect(outcomeFromPublishedLabel('Same')).toBe('similar');
    expect(outcomeFromPublishedLabel('No significant difference')).toBe('similar');
    expect(outcomeFromPublishedLabel('Lower 99.8')).toBe('lower');
    expect(outcomeFromPublishedLabel('Not compared')).toBeNull();
    expect(outcomeFromPublishedLabel('')).toBeNull();
  });

  it('writes the clause used inside a sentence, without the level, and nothing when not compared', () => {
    expect(publishedClause('Better', 'England')).toBe('better than England');
    expect(publishedClause('Similar', 'England')).toBe('similar to England');
    expect(publishedClause('Higher 99.8', 'England')).toBe('higher than England');
    expect(publishedClause('Lower', 'England')).toBe('lower than England');
    expect(publishedClause('Worse', 'the region')).toBe('worse than the region');
    expect(publishedClause('Not compared', 'England')).toBe('');
    expect(publishedClause('', 'England')).toBe('');
  });
});
