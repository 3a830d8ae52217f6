import { schemeBlues, schemePurples } from 'd3-scale-chromatic';
import { ckmeans } from 'simple-statistics';
import type { IndicatorMeta } from '../domain/indicators';

export const NO_DATA_COLOUR = '#ffffff';

export interface ClassBin {
  min: number;
  max: number;
  colour: string;
}

export interface Classification {
  bins: ClassBin[];
  colourFor(value: number | null | undefined): string;
  binIndex(value: number | null | undefined): number;
}

/**
 * Natural breaks (Ckmeans, an optimal 1-D k-means) into at most five classes, coloured with a
 * ColorBrewer single-hue scheme, which stays readable in every common colour-vision deficiency.
 * Purples for judged indicators and blues for those with no better or worse, as in Fingertips.
 * Darker always means "more of the problem", so a high-is-good scale runs the other way.
 */
export function classify(values: number[], meta: IndicatorMeta, maxClasses = 5): Classification {
  const finite = values.filter((v) => Number.isFinite(v));
  const distinct = new Set(finite).size;
  const k = Math.max(1, Math.min(maxClasses, distinct));
  const clusters = finite.length === 0 ? [] : ckmeans(finite, k);
  const scheme = meta.polarity === 'no-judgement' ? schemeBlues : schemePurples;
  const shades = [...((scheme[Math.max(3, clusters.length)] ?? scheme[3]) as readonly string[])];
  // Small class counts use the darker end of a 3-step scheme so every shade is distinguishable.
  const palette = clusters.length < 3 ? shades.slice(3 - clusters.length) : shades;
  const ordered = meta.polarity === 'high-is-good' ? [...palette].reverse() : palette;
  const bins: ClassBin[] = clusters.map((c, i) => ({
    min: Math.min(...c),
    max: Math.max(...c),
    colour: ordered[i] as string,
  }));
  const binIndex = (value: number | null | undefined) => {
    if (value === null || value === undefined || !Number.isFinite(value)) return -1;
    for (let i = 0; i < bins.length; i++) if (value <= (bins[i] as ClassBin).max) return i;
    return bins.length - 1;
  };
  return {
    bins,
    binIndex,
    colourFor: (value) => {
      const i = binIndex(value);
      return i === -1 ? NO_DATA_COLOUR : (bins[i] as ClassBin).colour;
    },
  };
}
