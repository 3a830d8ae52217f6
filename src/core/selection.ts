// What a view shows when it opens from a link: the indicator, breakdown and area the link names when
// this browser has them, otherwise a stated substitute. A link never silently opens something else.
import type { IndicatorMeta } from '../domain/indicators';
import { chooseBreakdown, describeBreakdown, type Breakdown, type BreakdownRequest } from './breakdown';
import type { IndicatorIndex } from './indicatorIndex';

export interface SeriesSelection {
  meta: IndicatorMeta;
  /** Every breakdown of the indicator, headline-like first. */
  breakdowns: Breakdown[];
  breakdown: Breakdown;
  /** Plain sentences about what the link asked for and could not be shown, and what stands in. */
  notices: string[];
  /** Said beside the breakdown choice when the publisher's headline (Persons, all ages) is not in the data. */
  headlineNote: string;
}

export interface SeriesRequest {
  /** The indicator named in the link, if any. */
  indicatorId?: string;
  /** The breakdown named in the link (`sex`, `age`, `cat`), part by part. */
  breakdown?: BreakdownRequest;
  /** The indicator shown when the link names none or one this browser lacks. */
  fallbackId: string;
  /** Narrows which indicators this view can show (for example, those with figures for the place). */
  accepts?(meta: IndicatorMeta): boolean;
}

/** The message for a link naming an indicator this view cannot show; "" when it can. */
export function indicatorNotice(requestedId: string | undefined, known: ReadonlyMap<string, IndicatorMeta>, shown: IndicatorMeta, viewCanShow: boolean): string {
  if (!requestedId || requestedId === shown.id || viewCanShow) return '';
  const requested = known.get(requestedId);
  return requested
    ? `${requested.name} cannot be shown here, so this page shows ${shown.name} instead.`
    : `The link asked for an indicator (“${requestedId}”) that this browser does not have — perhaps figures someone else added in their own browser. Showing ${shown.name} instead.`;
}

/**
 * The indicator, breakdown and notices of a view whose choices come from rows rather than the index
 * (Trends, York among authorities): `offered` are the indicators it can show, `breakdownsOf` their breakdowns.
 */
/** The indicator a page of offered indicators shows: the one asked for, else the fallback, else the first. */
export function offeredIndicator(offered: readonly IndicatorMeta[], indicatorId: string | undefined, fallbackId: string | undefined): IndicatorMeta | undefined {
  return offered.find((m) => m.id === indicatorId) ?? offered.find((m) => m.id === fallbackId) ?? offered[0];
}

export function resolveOffered(
  offered: readonly IndicatorMeta[],
  known: ReadonlyMap<string, IndicatorMeta>,
  request: SeriesRequest,
  breakdownsOf: (id: string) => Breakdown[],
): SeriesSelection | null {
  const asked = offered.find((m) => m.id === request.indicatorId);
  const meta = offeredIndicator(offered, request.indicatorId, request.fallbackId);
  if (!meta) return null;
  const notice = indicatorNotice(request.indicatorId, known, meta, asked !== undefined);
  const breakdowns = breakdownsOf(meta.id);
  const choice = chooseBreakdown(breakdowns, notice ? {} : request.breakdown);
  if (!choice) return null;
  const notices = notice ? [notice] : [];
  if (choice.notFound) notices.push(`${meta.name} has no figures for ${choice.notFound}, as the link asked; showing ${describeBreakdown(choice.breakdown)} instead.`);
  return { meta, breakdowns, breakdown: choice.breakdown, notices, headlineNote: headlineNote(choice) };
}

function headlineNote(choice: { headlineMissing: boolean; breakdown: Breakdown }): string {
  return choice.headlineMissing
    ? `This data has no figure for everyone of all ages, so the first breakdown it has is shown: ${describeBreakdown(choice.breakdown)}.`
    : '';
}

export function resolveSeries(index: IndicatorIndex, request: SeriesRequest): SeriesSelection | null {
  const notices: string[] = [];
  const accepts = (m: IndicatorMeta | undefined): boolean =>
    m !== undefined && index.breakdowns(m.id).length > 0 && (request.accepts?.(m) ?? true);
  const firstAccepted = () => [...index.meta.values()].find(accepts);
  let meta = request.indicatorId ? index.meta.get(request.indicatorId) : undefined;
  const fallback = index.meta.get(request.fallbackId);
  if (request.indicatorId && !accepts(meta)) {
    const stand = accepts(fallback) ? fallback : firstAccepted();
    if (!stand) return null;
    notices.push(
      meta
        ? `${meta.name} cannot be shown here, so this page shows ${stand.name} instead.`
        : `The link asked for an indicator (“${request.indicatorId}”) that this browser does not have — perhaps figures someone else added in their own browser. Showing ${stand.name} instead.`,
    );
    meta = stand;
  }
  if (!meta) meta = accepts(fallback) ? fallback : firstAccepted();
  if (!meta) return null;
  const breakdowns = index.breakdowns(meta.id);
  // A breakdown asked for with another indicator than the one shown belongs to that one: not a notice.
  const choice = chooseBreakdown(breakdowns, notices.length === 0 ? request.breakdown : {});
  if (!choice) return null;
  if (choice.notFound) {
    notices.push(`${meta.name} has no figures for ${choice.notFound}, as the link asked; showing ${describeBreakdown(choice.breakdown)} instead.`);
  }
  return { meta, breakdowns, breakdown: choice.breakdown, notices, headlineNote: headlineNote(choice) };
}

/** A notice when a link names an area this view does not know; null when it knows it or none was named. */
export function unknownAreaNotice(requestedCode: string | undefined, known: readonly { code: string }[], areaWord: string, shown: string): string | null {
  if (!requestedCode || known.some((a) => a.code === requestedCode)) return null;
  return `${unknownAreaLead(requestedCode, areaWord)}; showing ${shown} instead.`;
}

/**
 * The first half of unknownAreaNotice, for a view that shows nothing in the area's place (the ward profile asks
 * the reader to choose one): every view words an unknown area the same way, and never opens another area silently.
 */
export function unknownAreaLead(requestedCode: string, areaWord: string): string {
  return `The link asked for an area (“${requestedCode}”) that is not one of these ${areaWord}`;
}

/** The breakdown parts of the address bar (`sex`, `age`, `cat`). */
export function breakdownRequest(url: { readonly sex?: string | undefined; readonly age?: string | undefined; readonly cat?: string | undefined }): BreakdownRequest {
  return { sex: url.sex, age: url.age, category: url.cat };
}

/** Address-bar changes that clear the breakdown (when another indicator is chosen). */
export const CLEAR_BREAKDOWN = { sex: null, age: null, cat: null } as const;
