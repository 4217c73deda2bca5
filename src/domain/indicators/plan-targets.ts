/**
 * Plan targets vs actual (issue 10): the yearly control-plan targets as data, each actual from
 * the same `Counts766` as the scorecard, and an at-risk warning.
 *
 * Targets and actuals are ratios in [0, 1]. The seeds' defaults (ranges where the plans give one;
 * an agency's plan picks its value per year): ≥ 80 % of procedures integrated on the national
 * portal, ≥ 50–60 % of dossiers online, ≥ 20 % postal (province level), ≥ 30 % paid online,
 * 100 % on time with > 60 % early, ≥ 90–95 % satisfied (≥ 85 % in land, construction,
 * investment), 100 % digitised, ≥ 30–60 % not resubmitting data (reusing digitised data).
 *
 * At-risk rule (ADR 0023), from the year-to-date counts and the share `elapsed` of the plan year:
 * 1. unreachable: project the year's denominator linearly (den ÷ elapsed); even if every remaining
 *    item met the measure, the year's ratio would miss the target → at risk (e.g. one late dossier
 *    makes "100 % on time" unreachable at once);
 * 2. behind: after the first quarter (elapsed ≥ 0.25) the year-to-date ratio misses the target →
 *    at risk (the linear projection of a ratio is the ratio itself). Before that, only rule 1.
 * No data, or a zero denominator: actual null, not at risk, with the reason.
 */
import { z } from 'zod';
import type { Counts766 } from './counts';

export const PLAN_TARGET_KEYS = [
  'integrated_national_portal',
  'online_dossiers',
  'postal_dossiers',
  'paid_online',
  'on_time',
  'early',
  'satisfied',
  'digitised',
  'not_resubmitting',
] as const;
export type PlanTargetKey = (typeof PLAN_TARGET_KEYS)[number];

type Measure = { readonly numerator: number | undefined; readonly denominator: number | undefined };

export interface PlanTargetDefinition {
  readonly key: PlanTargetKey;
  readonly name: string;
  /** Default target ratio (the lower end of the seeds' range). */
  readonly defaultTarget: number;
  /** The seeds' range [low, high]. */
  readonly range: readonly [number, number];
  /** 'atLeast': actual ≥ target meets it; 'above': actual > target ("> 60 % early"). */
  readonly comparison: 'atLeast' | 'above';
  /** Plan levels the target applies to ('province' only for postal). */
  readonly levels: readonly PlanLevel[];
  readonly measure: (c: Counts766) => Measure;
  /** Which counts (and QĐ 766 indicator) the actual comes from. */
  readonly source: string;
}

export type PlanLevel = 'ministry' | 'province' | 'commune';
const ALL: readonly PlanLevel[] = ['ministry', 'province', 'commune'];

const t = (
  key: PlanTargetKey,
  name: string,
  range: readonly [number, number],
  measure: (c: Counts766) => Measure,
  source: string,
  extra: Partial<Pick<PlanTargetDefinition, 'comparison' | 'levels'>> = {},
): PlanTargetDefinition => ({ key, name, defaultTarget: range[0], range, comparison: extra.comparison ?? 'atLeast', levels: extra.levels ?? ALL, measure, source });

const satisfied = (c: Counts766): Measure => {
  const { dossiersEnded: e, dossiersEndedLate: l, dossiersWithComplaint: w } = c;
  return { numerator: e === undefined || l === undefined || w === undefined ? undefined : Math.max(0, e - l - w), denominator: e };
};

export const PLAN_TARGETS: Readonly<Record<PlanTargetKey, PlanTargetDefinition>> = {
  integrated_national_portal: t('integrated_national_portal', 'TTHC được tích hợp, cung cấp trên Cổng DVCQG', [0.8, 0.8], (c) => ({ numerator: c.proceduresWithOnlineService, denominator: c.proceduresInCompetence }), 'proceduresWithOnlineService / proceduresInCompetence (766 3.1)'),
  online_dossiers: t('online_dossiers', 'Hồ sơ nộp trực tuyến', [0.5, 0.6], (c) => ({ numerator: c.dossiersOnline, denominator: c.dossiersReceived }), 'dossiersOnline / dossiersReceived (766 3.3)'),
  postal_dossiers: t('postal_dossiers', 'Hồ sơ tiếp nhận, trả kết quả qua bưu chính công ích', [0.2, 0.2], (c) => ({ numerator: c.dossiersPostal, denominator: c.dossiersReceived }), 'dossiersPostal / dossiersReceived', { levels: ['province'] }),
  paid_online: t('paid_online', 'Hồ sơ thanh toán trực tuyến', [0.3, 0.3], (c) => ({ numerator: c.dossiersPaidOnline, denominator: c.feeDossiers }), 'dossiersPaidOnline / feeDossiers (766 3.6)'),
  on_time: t('on_time', 'Hồ sơ giải quyết đúng hạn', [1, 1], (c) => ({ numerator: c.dossiersHandledOnTime, denominator: c.dossiersHandled }), 'dossiersHandledOnTime / dossiersHandled (766 2.1)'),
  early: t('early', 'Hồ sơ giải quyết trước hạn', [0.6, 0.6], (c) => ({ numerator: c.dossiersEndedEarly, denominator: c.dossiersEnded }), 'dossiersEndedEarly / dossiersEnded (II.06a early rule)', { comparison: 'above' }),
  satisfied: t('satisfied', 'Mức độ hài lòng của người dân, doanh nghiệp', [0.9, 0.95], satisfied, '(dossiersEnded − dossiersEndedLate − dossiersWithComplaint) / dossiersEnded (766 5.4 r)'),
  digitised: t('digitised', 'Hồ sơ được số hóa', [1, 1], (c) => ({ numerator: c.dossiersFullyDigitised, denominator: c.dossiersReceived }), 'dossiersFullyDigitised / dossiersReceived (766 4.2)'),
  not_resubmitting: t('not_resubmitting', 'Hồ sơ không phải cung cấp lại thông tin, giấy tờ đã số hóa', [0.3, 0.6], (c) => ({ numerator: c.dossiersReusingData, denominator: c.dossiersReceived }), 'dossiersReusingData / dossiersReceived (766 4.3)'),
};

/** The seeds' lower target for satisfaction in land, construction and investment. */
export const SATISFIED_LAND_CONSTRUCTION_INVESTMENT = 0.85;

/** A target of an agency's plan for a year (stored as data). */
export const PlanTarget = z.object({
  key: z.enum(PLAN_TARGET_KEYS, { error: 'Mã chỉ tiêu không hợp lệ' }),
  target: z.number({ error: 'Chỉ tiêu phải là số' }).min(0, 'Chỉ tiêu từ 0 đến 1').max(1, 'Chỉ tiêu từ 0 đến 1'),
});
export type PlanTarget = z.infer<typeof PlanTarget>;

/** The defaults for a plan level; `landConstructionInvestment` lowers "satisfied" to 85 %. */
export function defaultPlanTargets(level: PlanLevel, options: { readonly landConstructionInvestment?: boolean } = {}): PlanTarget[] {
  return PLAN_TARGET_KEYS.filter((k) => PLAN_TARGETS[k].levels.includes(level)).map((key) => ({
    key,
    target: key === 'satisfied' && options.landConstructionInvestment ? SATISFIED_LAND_CONSTRUCTION_INVESTMENT : PLAN_TARGETS[key].defaultTarget,
  }));
}

export interface PlanTargetStatus {
  readonly key: PlanTargetKey;
  readonly name: string;
  readonly target: number;
  /** Year-to-date ratio, unrounded; null without data. */
  readonly actual: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly atRisk: boolean;
  /** Vietnamese reason for atRisk or for a missing actual. */
  readonly reason?: string;
}

function meets(def: PlanTargetDefinition, x: number, target: number): boolean {
  return def.comparison === 'above' ? x > target : x >= target;
}

/** One target's status (see the module comment for the at-risk rule); `elapsed` ∈ [0, 1]. */
export function targetStatus(target: PlanTarget, counts: Counts766, elapsed: number): PlanTargetStatus {
  if (!(elapsed >= 0 && elapsed <= 1)) throw new RangeError(`elapsed phải trong [0, 1]: ${elapsed}`);
  const def = PLAN_TARGETS[target.key];
  const base = { key: target.key, name: def.name, target: target.target };
  const { numerator: n, denominator: d } = def.measure(counts);
  if (n === undefined || d === undefined) return { ...base, actual: null, numerator: null, denominator: null, atRisk: false, reason: 'Chưa có số liệu để tính' };
  if (d === 0 || n > d) {
    return { ...base, actual: null, numerator: n, denominator: d, atRisk: false, reason: d === 0 ? 'Chưa phát sinh trong năm' : 'Số liệu không hợp lệ: tử số lớn hơn mẫu số' };
  }
  const actual = n / d;
  const counted = { ...base, actual, numerator: n, denominator: d };
  if (elapsed > 0) {
    // Best case: every item of the rest of the year (linear projection of the denominator) meets it.
    const yearDenominator = d / elapsed;
    const best = 1 - (d - n) / yearDenominator;
    if (!meets(def, best, target.target)) return { ...counted, atRisk: true, reason: 'Không thể đạt chỉ tiêu năm kể cả khi toàn bộ phần còn lại của năm đều đạt' };
  }
  if (elapsed >= 0.25 && !meets(def, actual, target.target)) return { ...counted, atRisk: true, reason: 'Sau quý I, kết quả lũy kế thấp hơn chỉ tiêu' };
  return { ...counted, atRisk: false };
}

/** Target vs actual for each target of a plan: `[{ key, target, actual, atRisk, … }]`. */
export function planTargetsVsActual(targets: readonly PlanTarget[], counts: Counts766, elapsed: number): PlanTargetStatus[] {
  return targets.map((x) => targetStatus(PlanTarget.parse(x), counts, elapsed));
}
