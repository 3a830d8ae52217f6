import { unknownAreaNotice } from '../../core/selection';
import type { Place } from '../../domain/place';
import type { IndicatorRow } from '../../domain/indicators';
import { availableGeographies, type AreaProfileLine } from '../../core/mapModel';
import { decodeGroup, type GroupLine } from '../../core/wardGroups';
import { capitalise, countOf, listInWords, lowerFirst } from '../../core/format';
import type { IndicatorIndex } from '../../core/indicatorIndex';
import type { ConcernNotice } from '../../core/concernNotice';
import {
  buildWardStory,
  deprivationExtremes,
  findingGroups,
  placeContextLines,
  residentsSentence,
  type ContextLine,
  type FindingGroup,
} from '../../core/wardStory';

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
  // A code that is neither a ward nor the place itself is said, never silently replaced by York's briefing.
  const unknown = code === place.localAuthority.code ? null : unknownAreaNotice(code, place.wards, 'wards', `${place.localAuthority.name} as a whole`);
  return { code: place.localAuthority.code, name: place.localAuthority.name, kind: 'place', wardCodes: [], notice: [notice, unknown].filter(Boolean).join(' ') };
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

/** What the briefing's first page says before the key messages: the area's place among the wards, or the wards' extremes. */
export interface BriefingStory {
  lead: string | null;
  measure: string | null;
  residents: string | null;
  groups: FindingGroup[];
  context: ContextLine[];
  concern: ConcernNotice | null;
}

/** The ward story for a ward; for the place, the most and least deprived wards; for a group, its findings and the context. */
export function briefingStory(index: IndicatorIndex, place: Place, area: BriefingArea, lines: readonly AreaProfileLine[], concern: ConcernNotice | null): BriefingStory {
  const context = placeContextLines(index, place, concern, place.snapshotDate);
  const groups = findingGroups(lines, place, place.snapshotDate);
  if (area.kind === 'ward') {
    const story = buildWardStory(index, place, area.code, lines, concern);
    return {
      lead: story?.deprivation?.sentence ?? null,
      measure: story?.deprivation?.measure ?? null,
      residents: story?.residents ?? null,
      groups,
      context,
      concern,
    };
  }
  return {
    lead: area.kind === 'place' ? deprivationExtremes(index, place) : null,
    measure: null,
    residents: area.kind === 'place' ? residentsSentence(index, place, place.localAuthority.code, place.localAuthority.name) : null,
    groups,
    context,
    concern,
  };
}

/** How many findings a key message names before it points to the full list. */
export const NAMED_IN_MESSAGE = 3;

/**
 * The key messages of page 1, in plain words: who lives there, then one per list of findings naming its
 * largest gaps. A list longer than NAMED_IN_MESSAGE says so, "the 3 largest of 9; all 9 on page 2", so a
 * count is never followed by fewer items than it counts without saying where the rest are.
 */
export function keyMessages(areaName: string, story: Pick<BriefingStory, 'residents' | 'groups'>, country: string): string[] {
  const messages: string[] = story.residents ? [story.residents] : [];
  for (const g of story.groups) {
    const n = g.findings.length;
    const named = g.findings.slice(0, NAMED_IN_MESSAGE).map((f) => `${lowerFirst(f.name)} (${f.figures})`);
    const measures = countOf(n, 'measure', 'measures');
    const where = g.benchmarkName === country ? '' : `Where ${country} has no figure, `;
    const subject = where ? areaName : capitalise(areaName);
    const list =
      n > named.length
        ? `. The ${named.length} largest gaps: ${listInWords(named)}. All ${n} are on page 2.`
        : `: ${listInWords(named)}, with their periods on page 2.`;
    messages.push(`${where}${subject} is significantly ${g.direction} than ${g.benchmarkName} on ${measures}${list}`);
  }
  if (story.groups.length === 0) messages.push(`No figure for ${areaName} is significantly better or worse than the figure it is compared with.`);
  return messages;
}

/** The theme the briefing leaves to Trends: the ONS Health Index, 74 measures for the place alone. */
export const LEFT_TO_TRENDS = 'Health Index';

/** The briefing's table: every line but the Health Index's, and how many of those were left out. */
export function briefingTableLines(lines: readonly AreaProfileLine[]): { shown: AreaProfileLine[]; leftOut: number } {
  const shown = lines.filter((l) => l.meta.theme !== LEFT_TO_TRENDS);
  return { shown, leftOut: lines.length - shown.length };
}

/** A line whose indicator has no ward or neighbourhood figures (the map's rule): the place's briefing shows it in a short row. */
export function isPlaceOnly(line: Pick<AreaProfileLine, 'meta'>): boolean {
  return availableGeographies(line.meta).length === 0;
}
