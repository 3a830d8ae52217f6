import { publisherName } from '../../core/format';
// The briefing's words that are not findings: what the area is, the running head, the sources. Pure.
import type { Place } from '../../domain/place';
import type { IndicatorMeta } from '../../domain/indicators';
import type { BriefingArea } from './model';

/** The names of a group's wards, in the place's order. */
export function groupWardNames(place: Pick<Place, 'wards'>, wardCodes: readonly string[]): string[] {
  return place.wards.filter((w) => wardCodes.includes(w.code)).map((w) => w.name);
}

/** What the area is, before "Data snapshot of …": a ward, a group of wards (and how its figures are made) or the place. */
export function areaDescription(area: Pick<BriefingArea, 'kind'>, placeDisplayName: string, wardNames: readonly string[]): string {
  if (area.kind === 'ward') return `Electoral ward of ${placeDisplayName}`;
  if (area.kind === 'group') {
    return `A group of ${wardNames.length} wards of ${placeDisplayName}: ${wardNames.join(', ')}. Counts and denominators are added up across the wards and intervals recalculated; figures that cannot be added up (scores, averages, age-standardised rates) are left out`;
  }
  return placeDisplayName;
}

/** The value of the "Briefing for" list: a ward's code, "group", or "" for the whole place. */
export function areaChoice(area: Pick<BriefingArea, 'kind' | 'code'>): string {
  return area.kind === 'ward' ? area.code : area.kind === 'group' ? 'group' : '';
}

/** The line printed at the top of every page. */
export function runningHead(areaName: string, date: string, alliance: string): string {
  return `${areaName} · Health briefing · Data snapshot of ${date} · ${alliance}`;
}

/**
 * Each source the briefing's figures come from, once, grouped by publisher and licence so the publisher's
 * name is printed once rather than beside each of its datasets.
 */
export function usedSources(lines: readonly { meta: Pick<IndicatorMeta, 'source' | 'publisher' | 'licence'> }[]): { publisher: string; licence: string; datasets: string[] }[] {
  const groups = new Map<string, { publisher: string; licence: string; datasets: string[] }>();
  for (const { meta } of lines) {
    const publisher = publisherName(meta.publisher);
    const key = `${publisher}\u0000${meta.licence}`;
    const group = groups.get(key) ?? { publisher, licence: meta.licence, datasets: [] };
    if (!group.datasets.includes(meta.source)) group.datasets.push(meta.source);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Each attribution of the snapshot's source files, once. */
export function uniqueAttributions(sources: readonly { attribution: string }[]): string[] {
  return [...new Set(sources.map((s) => s.attribution))];
}

/** Added to the licence sentence when a figure comes from the House of Commons Library. */
export function parliamentLicenceNote(lines: readonly { meta: Pick<IndicatorMeta, 'licence'> }[]): string {
  return lines.some((l) => l.meta.licence.includes('Parliament')) ? `, and the Open Parliament Licence v3.0 for House of Commons Library estimates` : '';
}
