// Numbers with a true minus sign (−), for the slope index. Pure.
import { formatNumber } from '../../core/format';

export const signed = (v: number, d = 1) => formatNumber(v, d).replace(/^-/, '−');
