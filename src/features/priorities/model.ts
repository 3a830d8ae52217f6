// Priorities: which "ward × indicator" findings call most strongly for action. Pure shaping only: no React,
// no DOM. The view (PrioritiesView.tsx) shows what this returns and nothing else.
//
// ─────────────────────────────────────────────────────────────────────────────────────────────────────────
// HOW FINDINGS ARE RANKED (the method the view explains in words; change it here and in scoring.ts, which
// computes the points, and nowhere else)
//
// A finding is one ward's latest figure for one series: an indicator in one breakdown (summarySeries: the
// headline, or males and females side by side). Its period, benchmark and trend are of that breakdown, and
// values of different breakdowns are never compared with each other. It is RANKED only when
//   • the indicator is judged: polarity 'high-is-good' or 'low-is-good' ('no-judgement' indicators, such as
//     unpaid care, are never better or worse, so they cannot call for action);
//   • the ward's row has a value and a 95% confidence interval (scores, ranks and classifications without
//     an interval cannot be tested, so they are listed as excluded with the reason);
//   • there is a benchmark: England where the data have an England figure for that period, otherwise the
//     local authority (York), exactly as chooseBenchmark() picks it for every other view.
//
// Each ranked finding gets points on five criteria (0–100 in all):
//   1. Significance (35 or 25): compareRow() at the indicator's own comparison level says 'worse' (25
//      points); if the benchmark also lies beyond the 99.8% interval (compareTwoLevels: 'worst') it gets 35.
//      Anything else (similar, better) gets 0.
//   2. Size of the gap (up to 25): the relative difference from the benchmark in the bad direction,
//      (value − benchmark) / benchmark for low-is-good, (benchmark − value) / benchmark for high-is-good.
//      25 × gap, capped at 25 when the ward is twice as bad as the benchmark (gap ≥ 100%); 0 when better.
//   3. Residents affected (up to 20): the excess count, count − denominator × benchmark value / multiplier
//      (for high-is-good the shortfall, denominator × benchmark rate − count): how many more residents
//      have the problem than would at the benchmark's rate. Points on a log scale,
//      20 × log10(1 + excess) / log10(1 + 1,000), capped at 20 from 1,000 extra residents: 10 extra gets
//      about 7, 100 about 13. No count or denominator: 0 points (and the sentence leaves the count out).
//   4. Getting worse (10): when the ward has two or more periods (including the editions an indicator
//      continues, its metadata's `continues`), assessTrend() (core/periodChange.ts) compares the last two: 10 points when
//      the change is in the bad direction and is not ruled out by overlapping 95% intervals.
//   5. Deprivation (up to 10): the ward's rank on the place's deprivation score (roles.deprivation: IMD 2025) among the place's wards (1 = most
//      deprived of n): 10 × (n − rank) / (n − 1), so the most deprived ward gets 10, the least 0. The
//      wards in the most deprived fifth (rank ≤ ⌈n / 5⌉) are called "one of York's most deprived wards".
//
// ORDER. Significantly worse findings ("priority findings") always come before the rest. Among them,
// findings in the Alliance's stated concern (THEME_ORDER[0], 'Alcohol harm') come first whenever a ward
// has such a finding; then by score, then by the excess count, then ward and indicator name (so the
// order never depends on the input order). Findings that are not significantly worse are still listed
// (the table can show them) in score order, but are never called priorities.
// ─────────────────────────────────────────────────────────────────────────────────────────────────────────
import type { IndicatorMeta, IndicatorRow } from '../../domain/indicators';
import type { NamedArea, Place } from '../../domain/place';
import { compareTwoLevels, type Outcome } from '../../stats';
import { chooseBenchmark, compareRow, type Benchmark } from '../../core/comparison';
import { countNoun, countOf, formatAbout, formatValue, formatWhole, listInWords } from '../../core/format';
import type { IndicatorIndex } from '../../core/indicatorIndex';
import { outcomeSentence } from '../../core/outcomes';
import { THEME_ORDER } from '../../core/themes';
import type { Breakdown } from '../../core/breakdown';
import { summarySeries } from '../../core/series';
import { continuedIds, placeRole, trendLink } from '../../core/indicatorRoles';
import { type TrendAssessment, assessTrend, trendPoints } from '../../core/periodChange';
import { periodWithAge } from '../../core/figureAge';
import { excessCount, MOST_DEPRIVED_SHARE, relativeGap, scoreFinding, type Points } from './scoring';

/** The Alliance's stated concern, shown first wherever it has ward-level findings. */
export const CONCERN_THEME = THEME_ORDER[0] as string;

const WORSE: ReadonlySet<Outcome> = new Set<Outcome>(['worse', 'worst']);

export interface Finding {
  /** `${wardCode}|${seriesKey}` (ward, indicator id and breakdown key): stable, used in the URL and as React keys. */
  key: string;
  wardCode: string;
  wardName: string;
  meta: IndicatorMeta;
  /** The series' breakdown, of the ward's row and of the benchmark's. */
  breakdown: Breakdown;
  /** Indicator id + breakdown key (seriesKey). */
  seriesKey: string;
  /** The series' name, with its breakdown when the indicator has several. */
  name: string;
  theme: string;
  period: string;
  /** The period as shown: "2017/18 — the latest open figure" when it ended more than five years before the snapshot. */
  periodText: string;
  row: IndicatorRow;
  value: number;
  lower95: number;
  upper95: number;
  benchmark: Benchmark;
  /** 'worst' when the benchmark is beyond the 99.8% interval too. */
  outcome: Outcome;
  significantlyWorse: boolean;
  /** Relative difference from the benchmark, positive when worse; null when the benchmark is 0. */
  gap: number | null;
  count: number | null;
  denominator: number | null;
  /** Residents above the benchmark's rate (negative when fewer); null without a count and denominator. */
  excess: number | null;
  trend: TrendAssessment | null;
  gettingWorse: boolean;
  /** 1 = the place's most deprived ward on the IMD 2025 score; null without a score. */
  deprivationRank: number | null;
  deprivationOf: number;
  mostDeprived: boolean;
  concern: boolean;
  points: Points;
  /** Sum of the points, 0–100, rounded to one decimal place. */
  score: number;
  sentence: string;
  /** 1-based position in the whole ranking. */
  rank: number;
}

export interface Exclusion {
  meta: IndicatorMeta;
  /** Indicator id + breakdown key (seriesKey): React keys. */
  key: string;
  /** The series' name, with its breakdown when the indicator has several. */
  name: string;
  /** Plain English: why this indicator is not ranked. */
  reason: string;
}

export interface ThemeOption {
  theme: string;
  slug: string;
  /** Ward rows of this theme exist at all (bundled or imported). */
  hasWardData: boolean;
  ranked: number;
  priorities: number;
}

export interface PriorityModel {
  /** Every ranked finding, in ranking order. */
  findings: Finding[];
  exclusions: Exclusion[];
  themes: ThemeOption[];
  /** The concern theme (alcohol harm) has ward-level rows, so it is shown first. */
  concernHasWardData: boolean;
  /** Ward rows of judged indicators left out because they have no value or no interval. */
  incompleteRows: number;
  wardCount: number;
  placeName: string;
}

export function themeSlug(theme: string): string {
  return theme
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Ranking order (see the top of this file). Returns a new array; `rank` is set on copies. */
export function rankFindings<T extends Omit<Finding, 'rank'>>(findings: readonly T[]): (T & { rank: number })[] {
  const sorted = [...findings].sort(
    (a, b) =>
      Number(b.significantlyWorse) - Number(a.significantlyWorse) ||
      (a.significantlyWorse ? Number(b.concern) - Number(a.concern) : 0) ||
      b.score - a.score ||
      (b.excess ?? -Infinity) - (a.excess ?? -Infinity) ||
      a.wardName.localeCompare(b.wardName) ||
      a.name.localeCompare(b.name),
  );
  return sorted.map((f, i) => ({ ...f, rank: i + 1 }));
}

/** "95% CI 15.8%–17.4%": both limits with their unit, as the value is written. */
export function intervalWords(lower: number, upper: number, meta: IndicatorMeta): string {
  return `95% CI ${formatValue(lower, meta)}–${formatValue(upper, meta)}`;
}

/**
 * The one sentence that explains a finding:
 * "Westfield: Income deprivation 24.1% (95% CI 23.2%–25.0%), about 2,900 residents, significantly worse
 * than York, one of York's most deprived wards."
 */
export function explainFinding(
  f: Pick<Finding, 'wardName' | 'meta' | 'value' | 'lower95' | 'upper95' | 'count' | 'outcome' | 'benchmark' | 'gettingWorse' | 'mostDeprived'> & { name?: string },
  placeName: string,
): string {
  let text = `${f.wardName}: ${f.name ?? f.meta.name} ${formatValue(f.value, f.meta)} (${intervalWords(f.lower95, f.upper95, f.meta)})`;
  if (f.count !== null) text += `, ${formatAbout(f.count)} ${countNoun(f.meta)}`;
  text += `, ${outcomeSentence(f.outcome, f.benchmark.name)}`;
  if (f.gettingWorse) text += ', and getting worse';
  if (f.mostDeprived) text += `, one of ${placeName}'s most deprived wards`;
  return `${text}.`;
}

/** Rank of each ward on the deprivation score, 1 = most deprived. Missing scores (or no score) are left out, never 0. */
export function deprivationRanks(index: IndicatorIndex, wards: readonly NamedArea[], deprivation: string | null): Map<string, number> {
  const period = deprivation ? index.latestPeriod(deprivation) : undefined;
  const rows = deprivation && period ? index.rows(deprivation, period) : new Map<string, IndicatorRow>();
  const scored = wards
    .map((w) => ({ code: w.code, name: w.name, score: rows.get(w.code)?.value ?? null }))
    .filter((w): w is { code: string; name: string; score: number } => w.score !== null && Number.isFinite(w.score))
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
  return new Map(scored.map((w, i) => [w.code, i + 1]));
}

function finalOutcome(row: IndicatorRow, benchmark: Benchmark, meta: IndicatorMeta): Outcome {
  const base = compareRow(row, benchmark, meta).outcome;
  if (base !== 'worse') return base;
  try {
    const two = compareTwoLevels(row, benchmark.row.value, meta.polarity);
    return two === 'worst' ? 'worst' : base;
  } catch {
    // Inconsistent stored limits (99.8% inside 95%): keep the single-level answer.
    return base;
  }
}

const AREA_TYPE_WORDS: Record<string, (place: Place) => string> = {
  England: (p) => p.country.name,
  Region: () => 'the region',
  'Local authority': (p) => `${p.localAuthority.name} as a whole`,
  Constituency: () => 'parliamentary constituencies',
  MSOA: () => 'middle-size areas (MSOAs)',
  LSOA: () => 'neighbourhoods (LSOAs)',
};

/** "York as a whole and England": the areas an indicator does have figures for, in words. */
function areaTypesInWords(meta: IndicatorMeta, place: Place): string {
  const words = meta.geographies.filter((g) => g !== 'Ward').map((g) => AREA_TYPE_WORDS[g]?.(place) ?? g);
  const ordered = [...new Set(words)];
  if (ordered.length === 0) return 'no area this dashboard knows';
  if (ordered.length === 1) return ordered[0] as string;
  return listInWords(ordered);
}

/** Every ward × judged indicator of the place, scored and ranked, with the reasons for what is left out. */
export function buildPriorities(index: IndicatorIndex, place: Place): PriorityModel {
  const wards = place.wards;
  const wardCodes = new Set(wards.map((w) => w.code));
  const ranks = deprivationRanks(index, wards, placeRole(place, 'deprivation'));
  const continued = continuedIds(index.meta.values());
  const deprivationOf = ranks.size;
  const mostDeprivedCut = Math.ceil(deprivationOf * MOST_DEPRIVED_SHARE);
  const found: Omit<Finding, 'rank'>[] = [];
  const exclusions: Exclusion[] = [];
  const wardThemes = new Set<string>();
  let incompleteRows = 0;

  const metas = [...index.meta.values()].sort((a, b) => a.name.localeCompare(b.name));
  for (const meta of metas) {
    if (continued.has(meta.id)) continue; // shown as the earlier period of the indicator it continues
    for (const series of summarySeries(index, meta)) {
      const { breakdown, key, name } = series;
      const period = index.latestPeriod(meta.id, breakdown);
      if (!period) continue;
      const exclude = (reason: string) => exclusions.push({ meta, key, name, reason });
      const rows = index.rows(meta.id, period, breakdown);
      const wardRows = wards.map((w) => rows.get(w.code)).filter((r): r is IndicatorRow => r !== undefined);
      if (wardRows.length > 0) wardThemes.add(meta.theme);
      if (wardRows.length === 0) {
        exclude(`No ward figures: only for ${areaTypesInWords(meta, place)}`);
        continue;
      }
      if (meta.polarity === 'no-judgement') {
        exclude('Not judged: a higher or lower figure is neither better nor worse');
        continue;
      }
      const withInterval = wardRows.filter((r) => r.value !== null && r.lower95 !== null && r.upper95 !== null);
      if (withInterval.length === 0) {
        const why =
          meta.valueType === 'score'
            ? 'a score has no confidence interval'
            : meta.valueType === 'rank'
              ? 'a rank has no confidence interval'
              : 'the ward figures have no confidence interval';
        exclude(`Not tested: ${why}, so it cannot be significantly worse`);
        continue;
      }
      // The benchmark's row is of the same breakdown as the ward rows (chooseBenchmark's breakdown).
      const benchmark = chooseBenchmark(index, meta.id, period, [place.country, place.localAuthority], breakdown);
      if (!benchmark || benchmark.row.value === null) {
        exclude(`No ${place.country.name} or ${place.localAuthority.name} figure to compare with`);
        continue;
      }
      incompleteRows += wardRows.length - withInterval.length;
      const link = trendLink(meta);
      for (const row of withInterval) {
        if (!wardCodes.has(row.areaCode)) continue;
        const ward = wards.find((w) => w.code === row.areaCode) as NamedArea;
        const outcome = finalOutcome(row, benchmark, meta);
        if (outcome === 'not-compared') {
          incompleteRows += 1;
          continue;
        }
        const value = row.value as number;
        const benchmarkValue = benchmark.row.value;
        const comparison = compareRow(row, benchmark, meta);
        const trend = assessTrend(
          trendPoints(index, [...(link?.previous ?? []), meta.id], ward.code, breakdown),
          meta,
          comparison,
          benchmark.name,
        );
        const gettingWorse = trend !== null && trend.direction === 'worse' && trend.significant !== false;
        const gap = relativeGap(value, benchmarkValue, meta.polarity);
        const excess = excessCount(row.count, row.denominator, benchmarkValue, meta.multiplier, meta.polarity);
        const deprivationRank = ranks.get(ward.code) ?? null;
        const mostDeprived = deprivationRank !== null && deprivationRank <= mostDeprivedCut;
        const { points, score } = scoreFinding({ outcome, gap, excess, gettingWorse, deprivationRank, deprivationOf });
        const base = {
          key: `${ward.code}|${key}`,
          wardCode: ward.code,
          wardName: ward.name,
          meta,
          breakdown,
          seriesKey: key,
          name,
          theme: meta.theme,
          period,
          periodText: periodWithAge(period, place.snapshotDate),
          row,
          value,
          lower95: row.lower95 as number,
          upper95: row.upper95 as number,
          benchmark,
          outcome,
          significantlyWorse: WORSE.has(outcome),
          gap,
          count: row.count,
          denominator: row.denominator,
          excess,
          trend,
          gettingWorse,
          deprivationRank,
          deprivationOf,
          mostDeprived,
          concern: meta.theme === CONCERN_THEME,
          points,
          score,
        };
        found.push({ ...base, sentence: explainFinding(base, place.localAuthority.name) });
      }
    }
  }

  const findings = rankFindings(found);
  return {
    findings,
    exclusions,
    themes: themeOptions(findings, index, wardThemes),
    concernHasWardData: wardThemes.has(CONCERN_THEME),
    incompleteRows,
    wardCount: wards.length,
    placeName: place.localAuthority.name,
  };
}

/**
 * The theme filter: the Alliance's themes (THEME_ORDER, alcohol harm first) that exist in the data, then any
 * other theme that has ranked ward findings (an imported one, say), alphabetically.
 */
function themeOptions(findings: readonly Finding[], index: IndicatorIndex, wardThemes: ReadonlySet<string>): ThemeOption[] {
  const present = new Set([...index.meta.values()].map((m) => m.theme));
  const withFindings = new Set(findings.map((f) => f.theme));
  const ordered = [
    ...THEME_ORDER.filter((t) => present.has(t)),
    ...[...withFindings].filter((t) => !THEME_ORDER.includes(t)).sort((a, b) => a.localeCompare(b)),
  ];
  return ordered.map((theme) => ({
    theme,
    slug: themeSlug(theme),
    hasWardData: wardThemes.has(theme),
    ranked: findings.filter((f) => f.theme === theme).length,
    priorities: findings.filter((f) => f.theme === theme && f.significantlyWorse).length,
  }));
}

/** Findings of one theme (null: every theme), keeping the ranking order. */
export function findingsForTheme(findings: readonly Finding[], theme: string | null): Finding[] {
  return theme === null ? [...findings] : findings.filter((f) => f.theme === theme);
}

/** Priority findings (significantly worse) per ward, for the map. Wards with none are 0, not missing. */
export function priorityCounts(findings: readonly Finding[], wards: readonly NamedArea[]): Map<string, number> {
  const counts = new Map(wards.map((w) => [w.code, 0]));
  for (const f of findings) if (f.significantlyWorse) counts.set(f.wardCode, (counts.get(f.wardCode) ?? 0) + 1);
  return counts;
}

/**
 * The one-sentence summary at the top of the view: "Of 168 ward figures (8 indicators), 42 are significantly
 * worse than the benchmark, in 12 of York's 21 wards; Westfield has the most (7)."
 */
export function prioritiesSummary(findings: readonly Finding[], themeLabel: string | null, placeName: string, wardCount: number): string {
  const priorities = findings.filter((f) => f.significantlyWorse);
  const scope = themeLabel ? ` for ${themeLabel.toLowerCase()}` : '';
  if (findings.length === 0) return `No ward figures${scope} can be ranked.`;
  const indicators = new Set(findings.map((f) => f.meta.id)).size;
  const lead = `Of ${countOf(findings.length, 'ward figure', 'ward figures')}${scope} (${countOf(indicators, 'indicator', 'indicators')})`;
  if (priorities.length === 0) return `${lead}, none is significantly worse than its benchmark.`;
  const perWard = new Map<string, { name: string; n: number }>();
  for (const f of priorities) {
    const entry = perWard.get(f.wardCode) ?? { name: f.wardName, n: 0 };
    entry.n += 1;
    perWard.set(f.wardCode, entry);
  }
  const ranked = [...perWard.values()].sort((a, b) => b.n - a.n || a.name.localeCompare(b.name));
  const top = ranked[0] as { name: string; n: number };
  const tied = ranked.filter((w) => w.n === top.n).map((w) => w.name);
  const most =
    tied.length === 1 ? `${top.name} has the most (${top.n})` : `${listInWords(tied)} have the most (${top.n} each)`;
  return (
    `${lead}, ${formatWhole(priorities.length)} ${priorities.length === 1 ? 'is' : 'are'} significantly worse than the benchmark, ` +
    `in ${perWard.size} of ${placeName}'s ${wardCount} wards; ${most}.`
  );
}
