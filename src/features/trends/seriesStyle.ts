// How each line of the trends chart is drawn and what it is called in the key, and the chart's rows. Pure.
import { type SeriesKind, type TrendsModel } from './model';

export type Marker = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'star' | 'wye' | 'triangle-down';

export interface SeriesStyle {
  colour: string;
  width: number;
  dash: string | undefined;
  marker: Marker;
  /** Words for the key: "solid line, circles". */
  words: string;
}

// Comparator colours: dark enough for 3:1 against white, and told apart by marker shape and dash too.
const COMPARATOR_COLOURS = ['#a33a00', '#00703c', '#912b88', '#d4351c', '#4c2c92'];
const COMPARATOR_MARKERS: Marker[] = ['diamond', 'triangle-down', 'cross', 'star', 'wye'];
const MARKER_WORDS: Record<Marker, string> = {
  circle: 'circles',
  square: 'squares',
  triangle: 'triangles',
  diamond: 'diamonds',
  cross: 'crosses',
  star: 'stars',
  wye: 'Y-shaped markers',
  'triangle-down': 'upside-down triangles',
};
const COMPARATOR_DASHES = ['8 3', '2 3', '12 4 2 4', '4 2', '1 2'];

export function seriesStyle(kind: SeriesKind, comparatorIndex: number): SeriesStyle {
  switch (kind) {
    case 'place':
      return { colour: '#0b0c0c', width: 3, dash: undefined, marker: 'circle', words: 'thick solid line, large circles' };
    case 'country':
      return { colour: '#1d70b8', width: 2.5, dash: '7 4', marker: 'square', words: 'dashed line, squares' };
    case 'region':
      return { colour: '#505a5f', width: 2, dash: '2 3', marker: 'triangle', words: 'dotted line, triangles' };
    default: {
      const i = comparatorIndex % COMPARATOR_COLOURS.length;
      return {
        colour: COMPARATOR_COLOURS[i] as string,
        width: 2,
        dash: COMPARATOR_DASHES[i],
        marker: COMPARATOR_MARKERS[i] as Marker,
        words: `thin line, ${MARKER_WORDS[COMPARATOR_MARKERS[i] as Marker]}`,
      };
    }
  }
}

export interface Datum {
  period: string;
  [key: string]: string | number | null | [number, number] | undefined;
}

/** One row per period: s<k> is series k's value, e<k> its whisker as distances below and above. */
export function chartData(model: Pick<TrendsModel, 'periods' | 'series'>): Datum[] {
  return model.periods.map((period, i) => {
    const d: Datum = { period };
    model.series.forEach((s, k) => {
      const p = s.points[i];
      d[`s${k}`] = p?.value ?? null;
      if (p && p.value !== null && p.lower95 !== null && p.upper95 !== null) d[`e${k}`] = [p.value - p.lower95, p.upper95 - p.value];
    });
    return d;
  });
}
