/**
 * The QĐ 766 scorecard of one scope and period: every indicator from `Counts766`, group scores
 * as the sum of their indicators' scores (R766: "Tổng điểm nhóm bằng tổng score của các metric"),
 * and the total. A parent scope is scored from `poolCounts(children)`, never by averaging.
 * Indicators without data score 0 and are flagged (`noData`), so the total never invents points.
 * No rating bands: QĐ 766 and DVCQG show ranks only (digest §2.3) — see `rankByTotal`.
 */
import type { Counts766 } from './counts';
import { GROUPS, INDICATOR_IDS, INDICATORS, TOTAL_MAX, indicatorsOf, type GroupId, type IndicatorId, type SubgroupId } from './definitions';
import { dossiersSynced, publicContentComplete, publishedOnTime, updatedOnTime } from './group-1-transparency';
import { averageProcessingTime, handledOnTime } from './group-2-timeliness';
import { dossiersOnline, dossiersPaidOnline, feeProceduresIntegrated, feeProceduresPaidOnline, onlineServicesUsed, proceduresOnline } from './group-3-online';
import { digitisedDataReused, dossiersDigitised, electronicCertifiedCopies, electronicResults, personalStoreLinked, populationDataDossiers, populationDataProcedures } from './group-4-digitisation';
import { dossierSatisfaction, feedbackByCategory, feedbackOnTime, feedbackSatisfaction } from './group-5-satisfaction';
import type { IndicatorOptions, IndicatorResult } from './result';

export interface ScorecardOptions {
  /** Per-indicator target overrides (province variants, digest §2.3); null = linear. */
  readonly targets?: Partial<Record<IndicatorId, number | null>>;
  /** The period's share of a year, for the 1.4 fallback (`yearFraction()` in periods.ts). */
  readonly yearFraction?: number;
}

type IndicatorFn = (c: Counts766, options: IndicatorOptions & { yearFraction?: number }) => IndicatorResult;

/** One function per indicator; the compiler checks every id has one. */
export const INDICATOR_FUNCTIONS = {
  '1.1': publishedOnTime,
  '1.2': updatedOnTime,
  '1.3': publicContentComplete,
  '1.4': dossiersSynced,
  '2.1': handledOnTime,
  '2.2': (c) => averageProcessingTime(c),
  '3.1': proceduresOnline,
  '3.2': onlineServicesUsed,
  '3.3': dossiersOnline,
  '3.5': feeProceduresIntegrated,
  '3.5b': feeProceduresPaidOnline,
  '3.6': dossiersPaidOnline,
  '4.1': electronicResults,
  '4.2': dossiersDigitised,
  '4.3': digitisedDataReused,
  '4.4': personalStoreLinked,
  '4.5a': populationDataProcedures,
  '4.5b': populationDataDossiers,
  '4.6': electronicCertifiedCopies,
  '5.1': (c) => feedbackByCategory(c),
  '5.2': feedbackOnTime,
  '5.3': feedbackSatisfaction,
  '5.4': dossierSatisfaction,
} as const satisfies Record<IndicatorId, IndicatorFn>;

export interface SubgroupResult {
  readonly id: SubgroupId;
  readonly name: string;
  readonly max: number;
  readonly score: number;
  readonly indicatorIds: readonly IndicatorId[];
}

export interface GroupResult {
  readonly id: GroupId;
  readonly name: string;
  readonly max: number;
  /** Σ indicator scores, unrounded (≤ max). */
  readonly score: number;
  readonly indicators: readonly IndicatorResult[];
  /** Group 3 only: 3a online services (12) and 3b online payment (10), as the DVCQG API splits it. */
  readonly subgroups: readonly SubgroupResult[];
}

export interface Scorecard {
  readonly max: number;
  /** Σ group scores, unrounded (≤ 100). */
  readonly total: number;
  readonly groups: readonly GroupResult[];
}

/** One indicator from counts, with the scorecard options applied. */
export function computeIndicator(id: IndicatorId, counts: Counts766, options: ScorecardOptions = {}): IndicatorResult {
  const fn: IndicatorFn = INDICATOR_FUNCTIONS[id];
  const target = options.targets?.[id];
  const opts: { target?: number | null; yearFraction?: number } = {};
  if (target !== undefined) opts.target = target;
  if (options.yearFraction !== undefined) opts.yearFraction = options.yearFraction;
  return fn(counts, opts);
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** The full scorecard: 5 groups (group 3 with its 3a/3b split), each indicator, the total. */
export function scorecard(counts: Counts766, options: ScorecardOptions = {}): Scorecard {
  const results = new Map<IndicatorId, IndicatorResult>(INDICATOR_IDS.map((id) => [id, computeIndicator(id, counts, options)]));
  const groups = GROUPS.map((g): GroupResult => {
    const indicators = indicatorsOf(g.id).map((id) => results.get(id)!);
    const subgroups = g.subgroups.map((s): SubgroupResult => {
      const ids = indicatorsOf(s.id);
      return { id: s.id, name: s.name, max: s.max, score: Math.min(s.max, sum(ids.map((id) => results.get(id)!.score))), indicatorIds: ids };
    });
    return { id: g.id, name: g.name, max: g.max, score: Math.min(g.max, sum(indicators.map((r) => r.score))), indicators, subgroups };
  });
  return { max: TOTAL_MAX, total: Math.min(TOTAL_MAX, sum(groups.map((g) => g.score))), groups };
}

/** Σ of the indicator maxima of a group equals the group maximum (checked by tests). */
export function groupMaxFromIndicators(group: GroupId | SubgroupId): number {
  return sum(indicatorsOf(group).map((id) => INDICATORS[id].max));
}

export interface Ranked<T> {
  readonly rank: number;
  readonly item: T;
}

/**
 * Ranks scopes by total, highest first; equal totals share a rank ("1, 2, 2, 4"). Totals are
 * compared after rounding to 2 decimals, as displayed, so floating-point noise does not split ties.
 */
export function rankByTotal<T extends { readonly total: number }>(items: readonly T[]): Ranked<T>[] {
  const key = (t: number) => Math.round(t * 100);
  const sorted = [...items].sort((a, b) => key(b.total) - key(a.total));
  return sorted.map((item, i) => {
    let first = i;
    while (first > 0 && key(sorted[first - 1]!.total) === key(item.total)) first--;
    return { rank: first + 1, item };
  });
}
