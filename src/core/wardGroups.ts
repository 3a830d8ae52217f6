// Ward groups: a user's own footprint (a primary care network, a neighbourhood) made of whole wards. Pure
// functions only: checking a group, encoding it in a shareable link and reading it back, and adding its
// wards' figures up properly.
//
// ADDING UP. Only figures made of counts can be added up across wards:
//   • proportions (%): counts and denominators are summed, the value is multiplier × Σcount / Σdenominator,
//     and the 95% and 99.8% intervals are recomputed with wilsonInterval() from the sums, never averaged;
//   • crude rates with counts: the same sums, with crudeRate() (exact Poisson below 10 events, Byar above);
//   • counts: summed, no interval.
// Everything else is refused with the reason in words, "cannot be added up across wards: it is a score":
// scores, ranks, averages (years, other), age-standardised rates, and percentages or rates without counts.
// A figure the source gives without an interval (a classification of whole neighbourhoods, such as the
// share of residents in England's most deprived 20%) is summed but gets no interval and is not compared.
// The group's figure is then compared with England and with the local authority by compareRow(), at the
// indicator's own comparison level, exactly as a ward's would be.
import type { IndicatorMeta, IndicatorRow } from '../domain/indicators';
import type { NamedArea, Place } from '../domain/place';
import { crudeRate, wilsonInterval } from '../stats';
import { chooseBenchmark, compareRow, type Benchmark, type Comparison } from './comparison';
import { capitalise, formatAbout, formatInterval, formatValue, countText, listInWords } from './format';
import type { IndicatorIndex } from './indicatorIndex';
import { outcomeSentence } from './outcomes';
import { groupByTheme } from './themes';
import type { Breakdown } from './breakdown';
import { summarySeries, type SummarySeries } from './series';
import { notOwnLineIds } from './indicatorRoles';

/** Longest group name, in characters. */
export const GROUP_NAME_MAX = 60;
/** More ward codes than this in a link is not a group of one place's wards. */
export const GROUP_WARDS_MAX = 200;
/** Longer than this, a group parameter is not one this dashboard made. */
export const GROUP_PARAM_MAX = 3000;
const FORMAT = 'g1';
const WARD_CODE = /^[EWSN]\d{8}$/;

export interface WardGroup {
  name: string;
  /** Ward codes, in the place's ward order, no duplicates. */
  wardCodes: string[];
}

// ---------------------------------------------------------------------------------------------
// Names and checks

/** Trimmed, single-spaced, without control characters. Markup is kept as text: React never renders it. */
export function cleanGroupName(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function nameLength(name: string): number {
  return [...name].length;
}

export type GroupCheck = { ok: true; group: WardGroup } | { ok: false; problem: string };

/** The place's wards in the place's own order, duplicates and unknown codes dropped. */
export function placeOrder(place: Place, codes: readonly string[]): string[] {
  const wanted = new Set(codes);
  return place.wards.filter((w) => wanted.has(w.code)).map((w) => w.code);
}

/** Whether a group can be saved: it needs a name, a name no longer than the limit, and at least one ward. */
export function checkGroup(rawName: string, wardCodes: readonly string[], place: Place): GroupCheck {
  const codes = placeOrder(place, wardCodes);
  if (codes.length === 0) {
    return { ok: false, problem: 'A group needs at least one ward. Tick one or more wards in the list or on the map. Nothing was saved.' };
  }
  const name = cleanGroupName(rawName);
  if (name === '') return { ok: false, problem: 'Give the group a name before saving it. Nothing was saved.' };
  if (nameLength(name) > GROUP_NAME_MAX) {
    return { ok: false, problem: `The name is ${nameLength(name)} characters long; the limit is ${GROUP_NAME_MAX}. Nothing was saved.` };
  }
  return { ok: true, group: { name, wardCodes: codes } };
}

export function sameGroup(a: WardGroup, b: WardGroup): boolean {
  return a.name === b.name && a.wardCodes.length === b.wardCodes.length && [...a.wardCodes].sort().join() === [...b.wardCodes].sort().join();
}

// ---------------------------------------------------------------------------------------------
// Shareable links: ?view=groups&group=g1.<name>.<codes>.<check>
//   <name>  the name's UTF-8 bytes in URL-safe base64 (no padding), so any name survives a link;
//   <codes> ward codes joined by '-';
//   <check> an FNV-1a checksum of the two, so a link that was changed or cut short is noticed.

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(part: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(part) || part.length % 4 === 1) return null;
  try {
    const binary = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** FNV-1a, 32 bits, in base 36: not security, just a guard against edited or truncated links. */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

export function encodeGroup(group: WardGroup): string {
  const name = toBase64Url(cleanGroupName(group.name));
  const codes = group.wardCodes.join('-');
  return `${FORMAT}.${name}.${codes}.${checksum(`${name}.${codes}`)}`;
}

export type DecodedGroup =
  | {
      ok: true;
      group: WardGroup;
      /** Codes in the link that are not wards of this place (or not codes at all): ignored, listed. */
      unknownCodes: string[];
      /** Problems that did not stop the group being shown, in plain English. */
      warnings: string[];
    }
  | { ok: false; problem: string; unknownCodes: string[] };

/** Reads a group parameter. Never throws: anything wrong comes back as a sentence naming the problem. */
export function decodeGroup(param: string, place: Place): DecodedGroup {
  const fail = (problem: string, unknownCodes: string[] = []): DecodedGroup => ({ ok: false, problem, unknownCodes });
  if (typeof param !== 'string' || param.trim() === '') return fail('The link has an empty group.');
  if (param.length > GROUP_PARAM_MAX) return fail(`The group in the link is ${param.length} characters long, too long to be a ward group this dashboard made.`);
  const parts = param.trim().split('.');
  if (parts[0] !== FORMAT) {
    return fail('The group in the link is not in a form this dashboard can read (it should start “g1.”). It may have been changed or copied only in part.');
  }
  if (parts.length !== 4) {
    return fail(`The group in the link is incomplete or has extra pieces (${parts.length} parts instead of 4). It may have been cut short when it was copied.`);
  }
  const [, namePart = '', codesPart = '', check = ''] = parts;
  const name = fromBase64Url(namePart);
  if (name === null) return fail('The group’s name in the link cannot be read: that part of the link has been damaged.');
  const cleaned = cleanGroupName(name);
  if (nameLength(cleaned) > GROUP_NAME_MAX) {
    return fail(`The group’s name in the link is ${nameLength(cleaned)} characters long; the limit is ${GROUP_NAME_MAX}.`);
  }
  const raw = codesPart === '' ? [] : codesPart.split('-');
  if (raw.length > GROUP_WARDS_MAX) return fail(`The link lists ${raw.length} wards, more than any group of ${place.localAuthority.name}’s wards can have.`);
  const known = new Set(place.wards.map((w) => w.code));
  const unknownCodes = [...new Set(raw.filter((c) => !known.has(c)))].map((c) => (WARD_CODE.test(c) ? c : `“${c.slice(0, 20)}”`));
  const wardCodes = placeOrder(place, raw);
  const warnings: string[] = [];
  if (checksum(`${namePart}.${codesPart}`) !== check) {
    warnings.push('This link was changed after it was made, or was copied only in part: its check code does not match. Check the wards below before you rely on it or save it.');
  }
  if (wardCodes.length === 0) {
    return fail(
      raw.length === 0
        ? 'The group in the link has no wards.'
        : `None of the wards in the link is one of ${place.localAuthority.name}’s wards, so there is no group to show.`,
      unknownCodes,
    );
  }
  return { ok: true, group: { name: cleaned, wardCodes }, unknownCodes, warnings };
}

// ---------------------------------------------------------------------------------------------
// Adding figures up

export type AggregateStatus = 'added-up' | 'refused' | 'no-data';

export interface Aggregate {
  status: AggregateStatus;
  /** Why the figure is refused, has no data, or has no interval; '' when there is nothing to say. */
  reason: string;
  value: number | null;
  lower95: number | null;
  upper95: number | null;
  lower998: number | null;
  upper998: number | null;
  count: number | null;
  denominator: number | null;
  method: 'wilson' | 'poisson' | 'sum' | null;
}

const EMPTY = { value: null, lower95: null, upper95: null, lower998: null, upper998: null, count: null, denominator: null, method: null };

const refuse = (what: string): Aggregate => ({ ...EMPTY, status: 'refused', reason: `Cannot be added up across wards: ${what}` });

function isAgeStandardised(meta: IndicatorMeta): boolean {
  return /age-standardi[sz]ed/i.test(meta.unit) || /age-standardi[sz]ed/i.test(meta.name);
}


/**
 * One indicator's figure for a group of wards, from the wards' rows (one per ward, in the same order as
 * wardNames; undefined when a ward has no row). Pure: the heart of the groups view.
 */
export function aggregateRows(meta: IndicatorMeta, rows: readonly (IndicatorRow | undefined)[], wardNames: readonly string[]): Aggregate {
  if (meta.valueType === 'score') return refuse('it is a score');
  if (meta.valueType === 'rank') return refuse('it is a rank');
  if (meta.valueType === 'years' || meta.valueType === 'other') return refuse('it is an average');
  if (isAgeStandardised(meta) || rows.some((r) => r?.ciMethod === 'dobson')) return refuse('it is age-standardised');

  const missing = wardNames.filter((_, i) => {
    const r = rows[i];
    return r === undefined || r.value === null;
  });
  if (meta.valueType === 'count') {
    if (missing.length > 0) return { ...EMPTY, status: 'no-data', reason: `No data for ${listInWords(missing)}` };
    const total = rows.reduce((s, r) => s + (r?.value as number), 0);
    return { ...EMPTY, status: 'added-up', reason: 'A count: no confidence interval', value: total, count: total, method: 'sum' };
  }

  // Proportions and rates: counts and denominators, or nothing.
  const kind = meta.valueType === 'proportion' ? 'a percentage' : 'a rate';
  const noCounts = rows.filter((r) => r !== undefined && (r.count === null || r.denominator === null));
  if (rows.length > 0 && noCounts.length === rows.filter((r) => r !== undefined).length && noCounts.length > 0) {
    return refuse(`it is ${kind} without counts`);
  }
  const multiplier = meta.multiplier;
  if (multiplier === null || !(multiplier > 0)) return refuse(`it is ${kind} without a known scale`);
  const missingCounts = wardNames.filter((_, i) => {
    const r = rows[i];
    return r === undefined || r.count === null || r.denominator === null;
  });
  if (missingCounts.length > 0) return { ...EMPTY, status: 'no-data', reason: `No data for ${listInWords(missingCounts)}` };

  const count = rows.reduce((s, r) => s + (r?.count as number), 0);
  const denominator = rows.reduce((s, r) => s + (r?.denominator as number), 0);
  if (!(denominator > 0)) return { ...EMPTY, status: 'no-data', reason: 'The wards’ denominators add up to 0' };
  const value = (multiplier * count) / denominator;
  const sourceHasIntervals = rows.every((r) => r !== undefined && r.ciMethod !== 'none' && r.lower95 !== null && r.upper95 !== null);
  if (!sourceHasIntervals) {
    return {
      ...EMPTY,
      status: 'added-up',
      reason: 'No confidence interval: the source gives none for this figure, as it counts whole neighbourhoods rather than a sample',
      value,
      count,
      denominator,
      method: 'sum',
    };
  }
  try {
    if (meta.valueType === 'proportion') {
      const at95 = wilsonInterval(count, denominator, { confidence: 0.95, multiplier });
      const at998 = wilsonInterval(count, denominator, { confidence: 0.998, multiplier });
      return { status: 'added-up', reason: '', value, lower95: at95.lower, upper95: at95.upper, lower998: at998.lower, upper998: at998.upper, count, denominator, method: 'wilson' };
    }
    const at95 = crudeRate(count, denominator, { confidence: 0.95, multiplier });
    const at998 = crudeRate(count, denominator, { confidence: 0.998, multiplier });
    return { status: 'added-up', reason: '', value, lower95: at95.lower, upper95: at95.upper, lower998: at998.lower, upper998: at998.upper, count, denominator, method: 'poisson' };
  } catch (error) {
    return { ...EMPTY, status: 'added-up', reason: `No confidence interval: ${(error as Error).message}`, value, count, denominator, method: 'sum' };
  }
}

export interface GroupComparison {
  benchmark: Benchmark | null;
  comparison: Comparison;
  /** "Significantly worse than England", or why not compared. */
  text: string;
  valueText: string;
}

/** One line per summary series (meta, breakdown, key, name as in SummarySeries): only the wards' rows of its breakdown are added up, and it is compared with the same breakdown. */
export interface GroupLine extends SummarySeries {
  theme: string;
  period: string;
  aggregate: Aggregate;
  valueText: string;
  intervalText: string;
  /** "1,234 of 25,678" ("about …" for estimated counts); '' without counts. */
  countText: string;
  /** Sum check: the wards whose rows were added. */
  wardCount: number;
  england: GroupComparison;
  place: GroupComparison;
}


function comparisonText(comparison: Comparison, benchmarkName: string, aggregate: Aggregate): string {
  if (aggregate.status !== 'added-up') return 'Not compared';
  switch (comparison.reason) {
    case '':
      return capitalise(outcomeSentence(comparison.outcome, benchmarkName));
    case 'no benchmark value':
      return `Not compared: no ${benchmarkName} figure`;
    case 'no confidence interval':
      return 'Not compared: no confidence interval';
    case 'no value':
      return 'No data, so not compared';
    default:
      return 'Not compared';
  }
}

function compareGroup(
  index: IndicatorIndex,
  meta: IndicatorMeta,
  period: string,
  area: NamedArea,
  groupRow: IndicatorRow,
  aggregate: Aggregate,
  breakdown: Breakdown,
): GroupComparison {
  const benchmark = chooseBenchmark(index, meta.id, period, [area], breakdown);
  const comparison = compareRow(groupRow, benchmark, meta);
  return {
    benchmark,
    comparison,
    text: comparisonText(comparison, area.name, aggregate),
    valueText: formatValue(index.rows(meta.id, period, breakdown).get(area.code)?.value ?? null, meta),
  };
}

/**
 * Every summary series (summarySeries) with ward figures in the place, added up for the group's wards, in
 * theme order. Each series adds up only its own breakdown's rows: males and females are never summed.
 */
export function aggregateGroup(index: IndicatorIndex, place: Place, wardCodes: readonly string[]): GroupLine[] {
  const wards = place.wards.filter((w) => wardCodes.includes(w.code));
  if (wards.length === 0) return [];
  const lines: GroupLine[] = [];
  // The age profile and the editions other indicators continue are not figures of their own.
  const skipped = notOwnLineIds(index.meta.values(), place);
  for (const [theme, metas] of groupByTheme([...index.meta.values()])) {
    for (const meta of metas) {
      if (skipped.has(meta.id)) continue;
      for (const { breakdown, key, name } of summarySeries(index, meta)) {
        const period = index.latestPeriod(meta.id, breakdown);
        if (!period) continue;
        const rows = index.rows(meta.id, period, breakdown);
        if (!place.wards.some((w) => rows.has(w.code))) continue;
        const wardRows = wards.map((w) => rows.get(w.code));
        const aggregate = aggregateRows(
          meta,
          wardRows,
          wards.map((w) => w.name),
        );
        const groupRow: IndicatorRow = {
          indicatorId: meta.id,
          areaCode: 'group',
          areaName: 'group',
          areaType: 'Group',
          ...breakdown,
          period,
          value: aggregate.value,
          lower95: aggregate.lower95,
          upper95: aggregate.upper95,
          lower998: aggregate.lower998,
          upper998: aggregate.upper998,
          count: aggregate.count,
          denominator: aggregate.denominator,
          valueNote: '',
          ciMethod: aggregate.method === 'wilson' ? 'wilson' : aggregate.method === 'poisson' ? 'byar' : 'none',
          publishedComparison: '',
        };
        lines.push({
          meta,
          breakdown,
          key,
          name,
          theme,
          period,
          aggregate,
          valueText: formatValue(aggregate.value, meta),
          intervalText: formatInterval(groupRow, meta),
          countText: aggregate.denominator === null ? '' : countText(groupRow),
          wardCount: wardRows.filter((r) => r !== undefined).length,
          england: compareGroup(index, meta, period, place.country, groupRow, aggregate, breakdown),
          place: compareGroup(index, meta, period, place.localAuthority, groupRow, aggregate, breakdown),
        });
      }
    }
  }
  return lines;
}

/**
 * Residents of the group: the all-residents denominator of the place's groupResidents indicator (Census 2021
 * for York) summed over its wards. Null if the place names none or a ward has no denominator.
 */
export function groupResidents(index: IndicatorIndex, wardCodes: readonly string[], indicatorId: string | null): number | null {
  const period = indicatorId ? index.latestPeriod(indicatorId) : undefined;
  if (!indicatorId || !period || wardCodes.length === 0) return null;
  const rows = index.rows(indicatorId, period);
  let total = 0;
  for (const code of wardCodes) {
    const d = rows.get(code)?.denominator;
    if (d === null || d === undefined) return null;
    total += d;
  }
  return total;
}

const WORSE = new Set(['worse', 'worst']);
const BETTER = new Set(['better', 'best']);

/** The one-sentence summary: how many added-up figures are worse, better or similar, and what was refused. */
export function groupSummary(name: string, wardNames: readonly string[], lines: readonly GroupLine[], residents: number | null, place: Place): string {
  const label = name === '' ? 'This group' : name;
  if (wardNames.length === 0) return 'No wards are ticked yet: tick wards in the list or on the map to make a group.';
  const who = `${wardNames.length} ${wardNames.length === 1 ? 'ward' : 'wards'}${residents === null ? '' : `, ${formatAbout(residents)} residents in 2021`}`;
  const added = lines.filter((l) => l.aggregate.status === 'added-up');
  const refused = lines.filter((l) => l.aggregate.status === 'refused').length;
  const noData = lines.filter((l) => l.aggregate.status === 'no-data').length;
  // England where it has a figure, otherwise the local authority: the same rule as every other view.
  const chosen = added.map((l) => (l.england.comparison.reason === '' ? l.england : l.place.comparison.reason === '' ? l.place : null));
  const judged = chosen.filter((c): c is GroupComparison => c !== null);
  const count = (set: Set<string>) => judged.filter((c) => set.has(c.comparison.outcome)).length;
  const worse = count(WORSE);
  const better = count(BETTER);
  const similar = judged.filter((c) => c.comparison.outcome === 'similar').length;
  const unjudged = added.length - worse - better - similar;
  let text =
    `${label} (${who}): of ${added.length} ${added.length === 1 ? 'figure' : 'figures'} added up across its wards, ` +
    `${worse} ${worse === 1 ? 'is' : 'are'} significantly worse than ${place.country.name} (or ${place.localAuthority.name} where ${place.country.name} has no figure), ` +
    `${better} better and ${similar} similar`;
  if (unjudged > 0) text += `; ${unjudged} cannot be judged better or worse`;
  if (refused > 0) text += `; ${refused} cannot be added up across wards`;
  if (noData > 0) text += `; ${noData} ${noData === 1 ? 'has' : 'have'} no data`;
  return `${text}.`;
}
