// The age pyramid's words: band labels and shares. Pure.
import { formatNumber } from '../../core/format';
import type { AgeBand } from './model';

export const bandLabel = (b: AgeBand) => (b.end === null ? `${b.start}+` : `${b.start}–${b.end}`);

export const share = (v: number | null) => (v === null ? 'No data' : `${formatNumber(v, 1)}%`);
