// Where a 0–1 position falls across the spine chart, leaving 3% each side. Pure.

/** Positions from 0–1 are drawn between 3% and 97% of the width, so markers at the ends stay whole. */
export const pct = (p: number) => `${3 + p * 94}%`;
