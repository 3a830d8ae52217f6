import { describe, expect, it } from 'vitest';
import { compareRow, chooseBenchmark } from './comparison';
import { outcomeFromPublishedLabel } from './publishedLabel';
import { buildIndicatorIndex } from './indicatorIndex';
import { classify, NO_DATA_COLOUR } from './mapClasses';
import { buildMapModel, mapSummary } from './mapModel';
import { sortFigures } from './sortFigures';
import { outcomeSentence, outcomeStyle } from './outcomes';
import { SYNTHETIC_PLACE, syntheticMeta, syntheticRow } from './testFixtures';

describe('classify', () => {
  it('puts clearly separated groups in separate classes, darker for worse', () => {
    const c = classify([1, 1.1, 1.2, 10, 10.5, 20, 21], syntheticMeta(), 3);
    expect(c.bins.map((b) => [b.min, b.max])).toEqual([
      [1, 1.2],
      [10, 10.5],
      [20, 21],
    ]);
    expect(c.binIndex(21)).toBe(2);
    expect(c.colourFor(21)).not.toBe(c.colourFor(1));
  });

  it('reverses the shading when high is good', () => {
    const low = classify([1, 2, 3, 4, 5], syntheticMeta({ polarity: 'low-is-good' }));
    const high = classify([1, 2, 3, 4, 5], syntheticMeta({ polarity: 'high-is-good' }));
    expect(high.colourFor(1)).toBe(low.colourFor(5));
  });

  it('gives missing values the no-data colour, never a class', () => {
    const c = classify([1, 2, 3], syntheticMeta());
    expect(c.colourFor(null)).toBe(NO_DATA_COLOUR);
    expect(c.binIndex(undefined)).toBe(-1);
  });

  it('copes with fewer distinct values than classes', () => {
    const c = classify([5, 5, 5], syntheticMeta());
    expect(c.bins).toHaveLength(1);
    expect(classify([], syntheticMeta()).bins).toHaveLength(0);
  });
});

describe('compareRow', () => {
  const england = { code: 'E92000001', name: 'England', row: syntheticRow('E92000001', 10) };

  it('uses the interval at the indicator’s comparison level', () => {
    // 95% interval 11.5–13.5 excludes 10... set so only the 99.8% one includes it.
    const row = syntheticRow('E05000001', 11.5, { lower95: 10.5, upper95: 12.5, lower998: 9.5, upper998: 13.5 });
    expect(compareRow(row, england, syntheticMeta({ comparisonLevel: 0.95 })).outcome).toBe('worse');
    expect(compareRow(row, england, syntheticMeta({ comparisonLevel: 0.998 })).outcome).toBe('similar');
  });

  it('says why there is no comparison', () => {
    expect(compareRow(syntheticRow('E05000001', null), england, syntheticMeta()).reason).toBe('no value');
    expect(compareRow(syntheticRow('E92000001', 10), england, syntheticMeta()).reason).toBe('this is the benchmark');
    const noCi = syntheticRow('E05000001', 3, { lower95: null, upper95: null });
    expect(compareRow(noCi, england, syntheticMeta())).toEqual({ outcome: 'not-compared', reason: 'no confidence interval' });
    expect(compareRow(syntheticRow('E05000001', 3), null, syntheticMeta()).reason).toBe('no benchmark value');
  });
});

describe('buildMapModel', () => {
  const meta = syntheticMeta();
  const rows = [
    syntheticRow('E05000001', 20),
    syntheticRow('E05000002', 5),
    syntheticRow('E05000003', null, { valueNote: 'suppressed' }),
    syntheticRow('E06000001', 12),
  ];
  const index = buildIndicatorIndex([meta], rows);

  it('falls back to the local authority as benchmark when England is absent', () => {
    expect(chooseBenchmark(index, 'synthetic', '2025', [SYNTHETIC_PLACE.country, SYNTHETIC_PLACE.localAuthority])?.name).toBe('Testtown');
  });

  it('ranks, compares and summarises the wards', () => {
    const model = buildMapModel(index, SYNTHETIC_PLACE, 'synthetic', 'ward');
    expect(model).not.toBeNull();
    const byCode = new Map(model?.areas.map((a) => [a.code, a]));
    expect(byCode.get('E05000001')?.rank).toBe(1);
    expect(byCode.get('E05000001')?.comparison.outcome).toBe('worse');
    expect(byCode.get('E05000002')?.comparison.outcome).toBe('better');
    expect(byCode.get('E05000003')?.valueText).toBe('No data');
    expect(model?.missingCount).toBe(1);
    expect(mapSummary(model!)).toBe(
      "Synthetic share, 2025: across Testtown's 2 wards it ranges from 5.0% in South to 20.0% in North; Testtown as a whole is 12.0%. 1 has no data.",
    );
  });

  it('sorts missing values last in both directions', () => {
    const model = buildMapModel(index, SYNTHETIC_PLACE, 'synthetic', 'ward')!;
    expect(sortFigures(model.areas, 'value', true).map((a) => a.code)).toEqual(['E05000001', 'E05000002', 'E05000003']);
    expect(sortFigures(model.areas, 'value', false).map((a) => a.code)).toEqual(['E05000002', 'E05000001', 'E05000003']);
  });
});

describe('outcome styles', () => {
  it('gives every outcome a label in words in both palettes', () => {
    for (const palette of ['rag', 'colour-blind-safe'] as const) {
      for (const o of ['better', 'similar', 'worse', 'best', 'worst', 'higher', 'lower', 'not-compared'] as const) {
        expect(outcomeStyle(o, palette).label.length).toBeGreaterThan(3);
      }
    }
    expect(outcomeStyle('worse', 'rag').colour).toBe('#c00000');
  });
});

describe('published significance labels', () => {
  const england = { code: 'E92000001', name: 'England', row: syntheticRow('E92000001', 10) };
  it('uses the publisher’s label only when there is no interval, and says so', () => {
    const row = syntheticRow('E06000001', 12, { lower95: null, upper95: null, publishedComparison: 'Worse' });
    const c = compareRow(row, england, syntheticMeta());
    expect(c).toEqual({ outcome: 'worse', reason: '', source: 'published' });
    expect(outcomeSentence(c.outcome, 'England', c.source)).toBe('worse than England (as judged by the publisher)');
    expect(outcomeFromPublishedLabel('Higher 99.8')).toBe('higher');
    expect(outcomeFromPublishedLabel('Not compared')).toBeNull();
  });

  it('prefers its own comparison when the interval is known', () => {
    const row = syntheticRow('E06000001', 12, { lower95: 9, upper95: 15, publishedComparison: 'Worse' });
    expect(compareRow(row, england, syntheticMeta()).outcome).toBe('similar');
  });

  it('never applies an England label against York', () => {
    const york = { code: 'E06000001', name: 'Testtown', row: syntheticRow('E06000001', 10) };
    const row = syntheticRow('E05000001', 12, { lower95: null, upper95: null, publishedComparison: 'Worse' });
    expect(compareRow(row, york, syntheticMeta()).outcome).toBe('not-compared');
  });
});

describe('published similar label', () => {
  it('reads "similar to England", not "not different from"', () => {
    expect(outcomeSentence('similar', 'England', 'published')).toBe('similar to England (as judged by the publisher)');
  });
});
