// Tests of the Indicator explorer's view model. Every row and area here is SYNTHETIC (made up for the tests,
// from testFixtures.ts): none is a real York figure.
import { describe, expect, it } from 'vitest';
import { barLabel, niceScale, sortExplorerRows, wrapLabel } from './model';
import { URL_KEYS } from '../../ui/url/keys';

/** The benchmark named by the address-bar text: the `benchmark` key's own parser. */
const parseBenchmarkChoice = (value: string | undefined) => URL_KEYS.benchmark.parse(value);
import { outcomeStyle } from '../../core/outcomes';
import { syntheticMeta, syntheticRow } from '../../core/testFixtures';
import { model, ROWS } from './testFixtures';

describe('explorer chart data', () => {
  it('ranks the bars highest first and leaves missing values out of the bars', () => {
    const m = model();
    expect(m.bars.map((b) => b.name)).toEqual(['North', 'Middle', 'West', 'South']);
    expect(m.bars.map((b) => b.rank)).toEqual([1, 2, 3, 4]);
    expect(m.bars.every((b) => b.value !== null)).toBe(true);
    expect(m.missing.map((b) => [b.name, b.valueText, b.missingNote])).toEqual([['East', 'No data', 'Suppressed: fewer than 3 people.']]);
    // The table lists every area, the missing one last.
    expect(m.rows.map((r) => r.name)).toEqual(['North', 'Middle', 'West', 'South', 'East']);
  });

  it('gives whiskers as distances below and above the value, and none without an interval', () => {
    const m = model();
    const north = m.bars.find((b) => b.name === 'North');
    expect(north?.whisker).toEqual([1.5, 1.25]);
    expect([north?.lower95, north?.upper95]).toEqual([18.5, 21.25]);
    expect(m.bars.find((b) => b.name === 'Middle')?.whisker).toBeNull();
  });

  it('compares with England and colours each bar from the one outcome map', () => {
    for (const palette of ['colour-blind-safe', 'rag'] as const) {
      const m = model(ROWS, 'country', palette);
      expect(m.benchmark?.name).toBe('England');
      expect(Object.fromEntries(m.bars.map((b) => [b.name, b.outcome]))).toEqual({
        North: 'worse',
        South: 'better',
        West: 'similar',
        Middle: 'not-compared',
      });
      for (const b of m.bars) {
        expect(b.style).toEqual(outcomeStyle(b.outcome, palette));
      }
    }
    expect(model(ROWS, 'country', 'rag').bars[0]?.style.colour).toBe('#c00000');
  });

  it('lists only the outcomes present, in words, with the same colours as the bars', () => {
    const m = model();
    expect(m.legend.map((l) => [l.label, l.count, l.description])).toEqual([
      ['Worse', 1, 'significantly worse than England'],
      ['Similar', 1, 'not significantly different from England'],
      ['Better', 1, 'significantly better than England'],
      ['Not compared', 1, 'there is no confidence interval'],
    ]);
    for (const item of m.legend) {
      expect(m.bars.filter((b) => b.outcome === item.outcome).every((b) => b.style.colour === item.colour)).toBe(true);
    }
    // Only two categories on screen: only two in the legend.
    const two = model([syntheticRow('E92000001', 10), syntheticRow('E05000001', 20), syntheticRow('E05000002', 19)]);
    expect(two.legend.map((l) => l.outcome)).toEqual(['worse']);
  });

  it('writes the outcome beside each bar, as well as colouring it', () => {
    const m = model();
    expect(barLabel(m, m.bars[0]!)).toBe('20.0% (Worse)');
  });

  it('puts England and the place on the chart as reference values, inside the axis', () => {
    const m = model();
    expect(m.references.map((r) => [r.name, r.valueText, r.kind])).toEqual([
      ['England', '10.0%', 'country'],
      ['Testtown', '9.0%', 'place'],
    ]);
    expect(m.domain[0]).toBe(0);
    expect(m.domain[1]).toBeGreaterThanOrEqual(21.25);
    expect(m.subtitle).toContain('compared with England, 95% confidence');
  });
});

describe('explorer summary sentence', () => {
  it('counts each outcome, the not compared with the reason, and the missing', () => {
    expect(model().summary).toBe(
      "Synthetic share, 2025: of Testtown's 5 wards, 1 is significantly worse than England, 1 is similar, " +
        '1 is significantly better, 1 is not compared (there is no confidence interval) and 1 has no data.',
    );
  });

  it('uses plurals and starts with the first category present', () => {
    const rows = [
      syntheticRow('E92000001', 10),
      syntheticRow('E05000001', 10.2),
      syntheticRow('E05000002', 9.8),
      syntheticRow('E05000003', 2),
      syntheticRow('E05000004', null),
      syntheticRow('E05000005', null),
    ];
    expect(model(rows).summary).toBe(
      "Synthetic share, 2025: of Testtown's 5 wards, 2 are similar to England, 1 is significantly better and 2 have no data.",
    );
  });

  it('says higher and lower, not better and worse, when there is no judgement', () => {
    const rows = [syntheticRow('E92000001', 10), syntheticRow('E05000001', 20), syntheticRow('E05000002', 2)];
    const m = model(rows, 'country', 'colour-blind-safe', syntheticMeta({ polarity: 'no-judgement' }));
    expect(m.summary).toBe(
      "Synthetic share, 2025: of Testtown's 5 wards, 1 is significantly higher than England, 1 is significantly lower and 3 have no data.",
    );
  });

  it('explains why nothing is compared when a score has no interval', () => {
    const meta = syntheticMeta({ valueType: 'score', unit: 'score' });
    const rows = [
      syntheticRow('E92000001', 10, { lower95: null, upper95: null }),
      ...['E05000001', 'E05000002', 'E05000003', 'E05000004', 'E05000005'].map((c, i) =>
        syntheticRow(c, 10 + i, { lower95: null, upper95: null }),
      ),
    ];
    const m = model(rows, 'country', 'colour-blind-safe', meta);
    expect(m.summary).toBe(
      "Synthetic share, 2025: Testtown's 5 wards with data range from 10.0 in North to 14.0 in Middle; " +
        'none is compared with England, because a score has no confidence interval.',
    );
    expect(m.showOutcomeWords).toBe(false);
    expect(m.subtitle).toBe('Score; not compared with England: a score has no confidence interval');
    expect(m.legend).toHaveLength(1);
  });

  it("places figures without an interval among England's neighbourhoods when the indicator has national tenths", () => {
    // Synthetic tenths: England's middle neighbourhood is 12.
    const meta = syntheticMeta({ valueType: 'score', unit: 'score', englandLsoaTenths: [4, 6, 8, 10, 12, 14, 16, 18, 20] });
    const rows = [
      syntheticRow('E92000001', 10, { lower95: null, upper95: null }),
      ...['E05000001', 'E05000002', 'E05000003', 'E05000004', 'E05000005'].map((c, i) =>
        syntheticRow(c, 10 + i, { lower95: null, upper95: null }),
      ),
    ];
    const m = model(rows, 'country', 'colour-blind-safe', meta);
    expect(m.summary).toContain(
      "none has a confidence interval, so each is placed among England's neighbourhoods instead: 2 of 5 are higher than England's middle neighbourhood (lower is better)",
    );
    const top = m.bars.find((b) => b.value === 14);
    expect(top?.comparisonText).toBe("no confidence interval; higher than at least 50% of England's neighbourhoods (lower is better)");
  });

  it('says when no comparison was chosen', () => {
    const m = model(ROWS, 'none');
    expect(m.benchmark).toBeNull();
    expect(m.bars.every((b) => b.outcome === 'not-compared')).toBe(true);
    expect(m.subtitle).toContain('not compared with a benchmark');
    expect(m.summary).toBe(
      "Synthetic share, 2025: Testtown's 4 wards with data range from 5.0% in South to 20.0% in North; " +
        'they are not compared with a benchmark; 1 has no data.',
    );
  });
});

describe('explorer benchmark choice', () => {
  it('defaults to England and reads the URL value', () => {
    expect(parseBenchmarkChoice(undefined)).toBe('country');
    expect(parseBenchmarkChoice('place')).toBe('place');
    expect(parseBenchmarkChoice('none')).toBe('none');
    expect(parseBenchmarkChoice('<script>')).toBe('country');
  });

  it('compares with the place when asked', () => {
    const m = model(ROWS, 'place');
    expect(m.benchmark?.name).toBe('Testtown');
    expect(m.resolved.note).toBeNull();
    expect(m.subtitle).toContain('compared with Testtown, 95% confidence');
  });

  it('falls back to the place, and says so, when England has no value', () => {
    const m = model(ROWS.filter((r) => r.areaCode !== 'E92000001'));
    expect(m.benchmark?.name).toBe('Testtown');
    expect(m.resolved.note).toBe('England has no figure for Synthetic share in 2025, so areas are compared with Testtown instead.');
    expect(m.references.map((r) => r.name)).toEqual(['Testtown']);
  });

  it('says so when neither has a value', () => {
    const m = model(ROWS.filter((r) => !['E92000001', 'E06000001'].includes(r.areaCode)), 'place');
    expect(m.benchmark).toBeNull();
    expect(m.resolved.note).toMatch(/^Neither Testtown nor England has a figure/);
  });
});

describe('explorer table', () => {
  it('sorts missing values last in both directions', () => {
    const m = model();
    expect(sortExplorerRows(m.rows, 'value', false).map((r) => r.name)).toEqual(['South', 'West', 'Middle', 'North', 'East']);
    expect(sortExplorerRows(m.rows, 'lower95', true).map((r) => r.name)).toEqual(['North', 'West', 'South', 'East', 'Middle']);
    expect(sortExplorerRows(m.rows, 'name', false).map((r) => r.name)).toEqual(['East', 'Middle', 'North', 'South', 'West']);
  });
});

describe('explorer helpers', () => {
  it('chooses round axis limits that include zero', () => {
    expect(niceScale(2.6, 6.2)).toEqual({ domain: [0, 8], ticks: [0, 2, 4, 6, 8] });
    expect(niceScale(0, 21.25).ticks).toEqual([0, 5, 10, 15, 20, 25]);
    expect(niceScale(-1.1, 0.6).domain).toEqual([-1.5, 1]);
    expect(niceScale(0, 0).domain).toEqual([0, 1]);
  });

  it('wraps long names for a narrow axis', () => {
    expect(wrapLabel('Rawcliffe & Clifton Without', 14)).toEqual(['Rawcliffe &', 'Clifton', 'Without']);
    expect(wrapLabel('Huntington & New Earswick', 16)).toEqual(['Huntington & New', 'Earswick']);
    expect(wrapLabel('Acomb', 10)).toEqual(['Acomb']);
  });
});
