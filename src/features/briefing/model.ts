import type { Place } from '../../domain/place';
import type { IndicatorRow } from '../../domain/indicators';
import type { AreaProfileLine } from '../../core/mapModel';
import { decodeGroup, type GroupLine } from '../../core/wardGroups';
import { countNoun, formatAbout, formatInterval } from '../../core/format';
import { outcomeSentence } from '../../core/outcomes';
import { periodWithAge } from '../../core/figureAge';

export interface BriefingArea {
  code: string;
  name: string;
  kind: 'ward' | 'place' | 'group';
  /** The wards of a group briefing. */
  wardCodes: string[];
  /** Why a requested group could not be used, or what was ignored in it. */
  notice: string;
}

/**
 * The area a briefing is for: a ward group from a shared link, a ward of the place, or the whole
 * place when nothing (valid) is asked for.
 */
export function resolveBriefingArea(place: Place, code: string | undefined, groupParam?: string): BriefingArea {
  let notice = '';
  if (groupParam) {
    const decoded = decodeGroup(groupParam, place);
    if (decoded.ok) {
      const ignored = decoded.unknownCodes.length > 0 ? `Ignored codes that are not wards here: ${decoded.unknownCodes.join(', ')}.` : '';
      return { code: 'group', name: decoded.group.name, kind: 'group', wardCodes: decoded.group.wardCodes, notice: [...decoded.warnings, ignored].filter(Boolean).join(' ') };
    }
    notice = `The ward group in this link could not be used: ${decoded.problem}`;
  }
  const ward = place.wards.find((w) => w.code === code);
  if (ward) return { ...ward, kind: 'ward', wardCodes: [ward.code], notice };
  return { code: place.localAuthority.code, name: place.localAuthority.name, kind: 'place', wardCodes: [], notice };
}

/** A group's added-up figures in the shape the briefing's table and findings read. */
export function groupProfileLines(groupName: string, lines: GroupLine[]): AreaProfileLine[] {
  return lines
    .filter((l) => l.aggregate.status === 'added-up')
    .map((l) => {
      const a = l.aggregate;
      const row: IndicatorRow = {
        indicatorId: l.meta.id,
        areaCode: 'group',
        areaName: groupName,
        areaType: 'Ward group',
        ...l.breakdown,
        period: l.period,
        value: a.value,
        lower95: a.lower95,
        upper95: a.upper95,
        lower998: a.lower998,
        upper998: a.upper998,
        count: a.count,
        denominator: a.denominator,
        valueNote: a.reason,
        ciMethod: a.method === 'wilson' ? 'wilson' : 'none',
        publishedComparison: '',
      };
      const chosen = l.england.benchmark ? l.england : l.place;
      return {
        meta: l.meta,
        breakdown: l.breakdown,
        key: l.key,
        name: l.name,
        period: l.period,
        row,
        valueText: l.valueText,
        intervalText: l.intervalText,
        placeValueText: l.place.valueText,
        englandValueText: l.england.valueText,
        benchmark: chosen.benchmark,
        comparison: chosen.comparison,
      };
    });
}

export interface Finding {
  indicatorId: string;
  /** The series (indicator id + breakdown key): React keys and lookups. */
  key: string;
  direction: 'worse' | 'better';
  sentence: string;
  /** Relative gap from the benchmark, for ordering. */
  gap: number;
}

/**
 * Significant differences from the benchmark, worst first, each as one plain-English sentence:
 * "<area>: <indicator> <value> (95% CI <lower>–<upper>), about <n> residents, significantly worse than England (<period>)",
 * the period marked when it ended more than five years before the snapshot, and a replaced method said so.
 */
export function briefingFindings(areaName: string, lines: AreaProfileLine[], snapshotDate: string): Finding[] {
  const findings: Finding[] = [];
  for (const line of lines) {
    const { outcome } = line.comparison;
    const direction = outcome === 'worse' || outcome === 'worst' ? 'worse' : outcome === 'better' || outcome === 'best' ? 'better' : null;
    if (!direction || !line.benchmark || !line.row || line.row.value === null) continue;
    const interval = formatInterval(line.row, line.meta).replace(' to ', '–');
    const residents =
      line.row.count !== null && line.meta.valueType === 'proportion' ? `, ${formatAbout(line.row.count)} ${countNoun(line.meta)}` : '';
    const benchmarkValue = line.benchmark.row.value as number;
    findings.push({
      indicatorId: line.meta.id,
      key: line.key,
      direction,
      sentence: `${areaName}: ${line.name.charAt(0).toLowerCase()}${line.name.slice(1)} ${line.valueText}${interval ? ` (95% CI ${interval})` : ''}${residents}, ${outcomeSentence(outcome, line.benchmark.name, line.comparison.source)} (${periodWithAge(line.period, snapshotDate)}).${line.meta.superseded ? ` ${line.meta.superseded}` : ''}`,
      gap: benchmarkValue === 0 ? 0 : Math.abs(line.row.value - benchmarkValue) / Math.abs(benchmarkValue),
    });
  }
  return findings.sort((a, b) => (a.direction === b.direction ? b.gap - a.gap : a.direction === 'worse' ? -1 : 1));
}
