// The ward map's words and choices that are not React: pure, so they run in node.
import type { IndicatorMeta } from '../../domain/indicators';
import type { Place } from '../../domain/place';
import { availableGeographies, type MapModel } from '../../core/mapModel';
import { formatValue } from '../../core/format';

/** An indicator asked for that has no ward or neighbourhood figures (so the default is mapped instead), else null. */
export function unmappableIndicator(requested: IndicatorMeta | undefined): IndicatorMeta | null {
  return requested && availableGeographies(requested).length === 0 ? requested : null;
}

/** The values written under the key: the place's, and the benchmark's when it is not the place itself. */
export function legendReferences(model: Pick<MapModel, 'place' | 'benchmark'>, place: { code: string; name: string }, meta: IndicatorMeta): { name: string; valueText: string }[] {
  return [
    { name: place.name, valueText: model.place.valueText },
    ...(model.benchmark && model.benchmark.code !== place.code ? [{ name: model.benchmark.name, valueText: formatValue(model.benchmark.row.value, meta) }] : []),
  ];
}

/** The table's caption: indicator, area type, period and what the areas are compared with. */
export function mapTableCaption(name: string, areaWord: string, period: string, benchmarkName: string | null): string {
  return `${name} by ${areaWord}, ${period}${benchmarkName ? `, compared with ${benchmarkName} (95% confidence)` : ''}`;
}

/** Whether the selection has a briefing: the whole place and its wards do, neighbourhoods do not. */
export function hasBriefing(selectedCode: string | null, place: Pick<Place, 'wards'>): boolean {
  return selectedCode === null || place.wards.some((w) => w.code === selectedCode);
}

/** Said when the address asks to outline a neighbourhood the place does not have (nothing is outlined then). */
export function unknownHighlightNotice(requested: string | undefined, lsoas: readonly { code: string }[], placeName: string): string | null {
  if (!requested || lsoas.some((l) => l.code === requested)) return null;
  return `The link asked to outline a neighbourhood (“${requested}”) that is not one of ${placeName}’s; none is outlined.`;
}
