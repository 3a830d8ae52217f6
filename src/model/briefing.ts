import type { Place } from '../data/snapshotTypes';
import type { AreaProfileLine } from './mapModel';
import { formatAbout, formatInterval } from './format';
import { outcomeSentence } from './outcomes';

export interface BriefingArea {
  code: string;
  name: string;
  kind: 'ward' | 'place';
}

/** The area a briefing is for: a ward of the place, or the whole place when the code is absent or unknown. */
export function resolveBriefingArea(place: Place, code: string | undefined): BriefingArea {
  const ward = place.wards.find((w) => w.code === code);
  if (ward) return { ...ward, kind: 'ward' };
  return { code: place.localAuthority.code, name: place.localAuthority.name, kind: 'place' };
}

export interface Finding {
  indicatorId: string;
  direction: 'worse' | 'better';
  sentence: string;
  /** Relative gap from the benchmark, for ordering. */
  gap: number;
}

/**
 * Significant differences from the benchmark, worst first, each as one plain-English sentence:
 * "<area>: <indicator> <value> (95% CI <lower>–<upper>), about <n> residents, significantly worse than England".
 */
export function briefingFindings(areaName: string, lines: AreaProfileLine[]): Finding[] {
  const findings: Finding[] = [];
  for (const line of lines) {
    const { outcome } = line.comparison;
    const direction = outcome === 'worse' || outcome === 'worst' ? 'worse' : outcome === 'better' || outcome === 'best' ? 'better' : null;
    if (!direction || !line.benchmark || !line.row || line.row.value === null) continue;
    const interval = formatInterval(line.row, line.meta).replace(' to ', '–');
    const residents =
      line.row.count !== null && line.meta.valueType === 'proportion' ? `, ${formatAbout(line.row.count)} residents` : '';
    const benchmarkValue = line.benchmark.row.value as number;
    findings.push({
      indicatorId: line.meta.id,
      direction,
      sentence: `${areaName}: ${line.meta.name.charAt(0).toLowerCase()}${line.meta.name.slice(1)} ${line.valueText}${interval ? ` (95% CI ${interval})` : ''}${residents}, ${outcomeSentence(outcome, line.benchmark.name, line.comparison.source)} (${line.period}).`,
      gap: benchmarkValue === 0 ? 0 : Math.abs(line.row.value - benchmarkValue) / Math.abs(benchmarkValue),
    });
  }
  return findings.sort((a, b) => (a.direction === b.direction ? b.gap - a.gap : a.direction === 'worse' ? -1 : 1));
}
