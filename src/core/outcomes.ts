import type { Outcome } from '../stats';

export type Palette = 'rag' | 'colour-blind-safe';

export interface OutcomeStyle {
  label: string;
  colour: string;
  /** Text colour that keeps 4.5:1 contrast on the fill. */
  text: string;
}

// Fingertips' own colours (design.md), so readers see what they are used to.
const RAG: Record<Outcome, OutcomeStyle> = {
  better: { label: 'Better', colour: '#92d050', text: '#000000' },
  similar: { label: 'Similar', colour: '#ffc000', text: '#000000' },
  worse: { label: 'Worse', colour: '#c00000', text: '#ffffff' },
  best: { label: 'Better (very sure)', colour: '#00b092', text: '#000000' },
  worst: { label: 'Worse (very sure)', colour: '#821733', text: '#ffffff' },
  lower: { label: 'Lower', colour: '#5555e6', text: '#ffffff' },
  higher: { label: 'Higher', colour: '#c2ccff', text: '#000000' },
  'not-compared': { label: 'Not compared', colour: '#c9c9c9', text: '#000000' },
};

// Blue/orange: distinguishable with the common colour-vision deficiencies.
const BLUE_ORANGE: Record<Outcome, OutcomeStyle> = {
  better: { label: 'Better', colour: '#1d70b8', text: '#ffffff' },
  similar: { label: 'Similar', colour: '#c4b9e0', text: '#000000' },
  worse: { label: 'Worse', colour: '#e66100', text: '#000000' },
  best: { label: 'Better (very sure)', colour: '#0b1f4d', text: '#ffffff' },
  worst: { label: 'Worse (very sure)', colour: '#a33a00', text: '#ffffff' },
  lower: { label: 'Lower', colour: '#5694ca', text: '#000000' },
  higher: { label: 'Higher', colour: '#003078', text: '#ffffff' },
  'not-compared': { label: 'Not compared', colour: '#c9c9c9', text: '#000000' },
};

/**
 * What "very sure" in the labels above means, in one line for every key that shows one (Fingertips' "99.8%"
 * outcomes): 99.8% limits leave out about 1 in 500 by chance, two-sided.
 */
export const VERY_SURE_NOTE =
  '“Very sure” means the difference passes a stricter test as well (99.8% confidence): chance alone would make a gap that clear only about 1 time in 500.';

/** One outcome → label and colour map, used by legend, map, table and print alike. */
export function outcomeStyle(outcome: Outcome, palette: Palette): OutcomeStyle {
  return (palette === 'rag' ? RAG : BLUE_ORANGE)[outcome];
}

export function outcomeSentence(outcome: Outcome, benchmarkName: string, source?: 'computed' | 'published'): string {
  const sentence = computedSentence(outcome, benchmarkName);
  if (source !== 'published' || outcome === 'not-compared') return sentence;
  // The publisher's judgement carries no interval here, so the words do not claim "significantly", and say whose it is.
  const words = outcome === 'similar' ? `similar to ${benchmarkName}` : sentence.replace('significantly ', '');
  return `${words} (as judged by the publisher)`;
}

function computedSentence(outcome: Outcome, benchmarkName: string): string {
  switch (outcome) {
    case 'better':
    case 'best':
      return `significantly better than ${benchmarkName}`;
    case 'worse':
    case 'worst':
      return `significantly worse than ${benchmarkName}`;
    case 'higher':
      return `significantly higher than ${benchmarkName}`;
    case 'lower':
      return `significantly lower than ${benchmarkName}`;
    case 'similar':
      return `not significantly different from ${benchmarkName}`;
    case 'not-compared':
      return `not compared with ${benchmarkName}`;
  }
}
