// Worked values on the SYNTHETIC chart model (chartTestModel.ts): five made-up wards, none a real York figure.
import { describe, expect, it } from 'vitest';
import { barBox, barTitle, benchmarkOptions, explorerColumns, hasFigure, nextExplorerSort, referenceAnchor, sourceLine } from './viewWords';
import { chartTestModel } from './chartTestModel';

describe('benchmark options', () => {
  const country = { code: 'E92000001', name: 'England' };
  const authority = { code: 'E06000001', name: 'Testtown' };

  it('offers the country, the authority and no comparison, hinting when a benchmark has no figure', () => {
    expect(benchmarkOptions(country, authority, (code) => code === 'E92000001')).toEqual([
      { choice: 'country', label: 'England', hint: '' },
      { choice: 'place', label: 'Testtown', hint: 'no figure for this indicator' },
      { choice: 'none', label: 'No comparison', hint: '' },
    ]);
  });
});

describe('has a figure', () => {
  it('counts 0 as a figure but not a missing value or an area without a row', () => {
    const rows = new Map([['A', { value: 0 }], ['B', { value: null }]]);
    expect(['A', 'B', 'C'].map((c) => hasFigure(rows, c))).toEqual([true, false, false]);
  });
});

describe('source line', () => {
  it('names the source, publisher, period and licence', () => {
    expect(sourceLine({ source: 'Census 2021', publisher: 'ONS', period: '2021', licence: 'OGL v3.0' })).toBe('Source: Census 2021 (ONS), 2021. OGL v3.0.');
  });
});

describe('table columns', () => {
  it('shows the interval columns because one ward has an interval, but no count or denominator columns', () => {
    const cols = explorerColumns(chartTestModel());
    expect(cols.map((c) => [c.key, c.label, c.show])).toEqual([
      ['name', 'Ward', true],
      ['value', 'Value', true],
      ['outcome', 'Compared with England', true],
      ['lower95', 'Lower 95% limit', true],
      ['upper95', 'Upper 95% limit', true],
      ['count', 'Count', false],
      ['denominator', 'Denominator', false],
    ]);
  });

  it('says "Comparison" when nothing is compared', () => {
    const m = chartTestModel();
    expect(explorerColumns({ ...m, benchmark: null })[2]?.label).toBe('Comparison');
  });
});

describe('sorting the table', () => {
  it('flips the chosen column and starts a new one descending, names ascending', () => {
    expect(nextExplorerSort({ key: 'value', descending: true }, 'value')).toEqual({ key: 'value', descending: false });
    expect(nextExplorerSort({ key: 'value', descending: false }, 'count')).toEqual({ key: 'count', descending: true });
    expect(nextExplorerSort({ key: 'value', descending: true }, 'name')).toEqual({ key: 'name', descending: false });
    expect(nextExplorerSort({ key: 'name', descending: false }, 'name')).toEqual({ key: 'name', descending: true });
  });
});

describe('bar marks', () => {
  it('titles a bar with its interval when it has one', () => {
    expect(barTitle({ name: 'North', valueText: '20.0%', intervalText: '18.5% to 21.3%', comparisonText: 'significantly higher than England' })).toBe(
      'North: 20.0% (95% confidence interval 18.5% to 21.3%), significantly higher than England',
    );
    expect(barTitle({ name: 'West', valueText: '12.5%', intervalText: '', comparisonText: 'not compared' })).toBe('West: 12.5%, not compared');
  });

  it('turns a leftward bar into a positive box', () => {
    expect(barBox({ x: 100, y: 40, width: -30, height: 12 })).toEqual({ x: 70, y: 40, width: 30, height: 12 });
    expect(barBox({ x: 10, y: 40, width: 30, height: -12 })).toEqual({ x: 10, y: 28, width: 30, height: 12 });
  });

  it('anchors a reference label at the start, middle or end of the plot', () => {
    expect(referenceAnchor(1, [0, 10])).toBe('start');
    expect(referenceAnchor(2, [0, 10])).toBe('middle');
    expect(referenceAnchor(7, [0, 10])).toBe('middle');
    expect(referenceAnchor(7.5, [0, 10])).toBe('end');
  });
});
