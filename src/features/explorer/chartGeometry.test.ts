// SYNTHETIC figures only (chartTestModel.ts).
import { describe, expect, it } from 'vitest';
import { chartTestModel } from './chartTestModel';
import { chartGeometry, REFERENCE_COLOUR, REFERENCE_DASH, tickText } from './chartGeometry';

describe('chartGeometry', () => {
  it('sizes rows, name column and label column from the longest name and label (desktop)', () => {
    // 13px text, 7.28px a character. The long name wraps at 32 characters into 2 lines ("Middle of the Very Long Ward"
    // is 28): rows 2 × 15 + 8 = 38 high, names 28 × 7.28 + 14 → 218 wide; the longest label "12.5% (Not compared)"
    // is 20 characters: 20 × 7.28 + 14 → 160. Two reference lines: 16 + 2 × 18 = 52 above; 4 bars × 38 + 56 = 208.
    expect(chartGeometry(chartTestModel(), false)).toEqual({
      compact: false,
      rowHeight: 38,
      yAxisWidth: 218,
      labelWidth: 160,
      fontSize: 13,
      maxChars: 32,
      height: 208,
      margin: { top: 52, right: 160, bottom: 4, left: 4 },
    });
  });

  it('wraps names narrower on a phone, capping the name column at 120', () => {
    // 12px text, 6.72px a character; at 15 characters the long name takes 3 lines: 3 × 14 + 8 = 50 a row; the longest
    // line is 14 characters → 14 × 6.72 + 14 → 109; labels 20 × 6.72 + 14 → 149; 4 × 50 + 56 = 256.
    const geo = chartGeometry(chartTestModel(), true);
    expect(geo).toMatchObject({ compact: true, rowHeight: 50, yAxisWidth: 109, labelWidth: 149, fontSize: 12, maxChars: 15, height: 256 });
  });
});

describe('tickText', () => {
  it('writes ticks with the decimals their step needs, and % for percentages', () => {
    const m = chartTestModel();
    expect(m.ticks.map((t) => tickText(t, m))).toEqual(['0%', '5%', '10%', '15%', '20%', '25%']);
    expect(tickText(2.5, { ...m, ticks: [0, 0.5] })).toBe('2.5%');
    expect(tickText(0.25, { ...m, ticks: [0, 0.25] })).toBe('0.25%');
    expect(tickText(1200, { ...m, ticks: [0, 500], meta: { ...m.meta, unit: 'per 100,000' } })).toBe('1,200');
  });
});

describe('reference line styles', () => {
  it('dashes England and dots the place', () => {
    expect(REFERENCE_DASH).toEqual({ country: '7 4', place: '2 3' });
    expect(REFERENCE_COLOUR).toEqual({ country: '#0b0c0c', place: '#1d4f91' });
  });
});
