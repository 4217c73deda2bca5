/**
 * Averaging and grading (TT 01/2018 art. 14–15). Per indicator, the points of the dossiers that have
 * data are averaged and rounded to 1 decimal (half up); the score is the sum of those averages.
 * Officials are graded on 1+2+3+4+7 (maximum 10): ≥ 5 completed 100% of duties, 3.5 to < 5 from 70%
 * to < 100%, < 3.5 under 70%. Units and agencies on all nine (maximum 18): ≥ 15 excellent, ≥ 12 good,
 * ≥ 9 fair, ≥ 6 average, below weak. The edges are `>=` (not `>`, the bug the digest warns about).
 *
 * Everything is computed in integer tenths, so 15.0 is exactly 150 and no floating-point sum can
 * land at 14.999…. An indicator without data is excluded from the total and from the maximum; the
 * grade is read on the score converted to the full scale (total × full maximum / maximum with data,
 * 1 decimal), so that a missing rating does not by itself push an official below 5 (ADR 0021). A
 * unit or agency with none of the dossier indicators (no dossier resolved in the period) is not graded.
 */
import { INDICATOR_IDS, OFFICIAL_INDICATORS, type IndicatorId, type Points } from './indicators';

export const OFFICIAL_BANDS = ['full', 'partial', 'low'] as const;
export type OfficialBand = (typeof OFFICIAL_BANDS)[number];
export const AGENCY_BANDS = ['excellent', 'good', 'fair', 'average', 'weak'] as const;
export type AgencyBand = (typeof AGENCY_BANDS)[number];

export const OFFICIAL_BAND_VI: Record<OfficialBand, string> = {
  full: 'Hoàn thành 100% nhiệm vụ',
  partial: 'Hoàn thành từ 70% đến dưới 100% nhiệm vụ',
  low: 'Hoàn thành dưới 70% nhiệm vụ',
};
export const AGENCY_BAND_VI: Record<AgencyBand, string> = { excellent: 'Xuất sắc', good: 'Tốt', fair: 'Khá', average: 'Trung bình', weak: 'Yếu' };

/** A score in tenths (5.0 → 50) graded for an official. */
export const officialBandOfTenths = (t: number): OfficialBand => (t >= 50 ? 'full' : t >= 35 ? 'partial' : 'low');

/** A score in tenths (15.0 → 150) graded for a unit or agency. */
export const agencyBandOfTenths = (t: number): AgencyBand => (t >= 150 ? 'excellent' : t >= 120 ? 'good' : t >= 90 ? 'fair' : t >= 60 ? 'average' : 'weak');

const toTenths = (x: number): number => Math.round(x * 10);

export const officialBand = (score: number): OfficialBand => officialBandOfTenths(toTenths(score));
export const agencyBand = (score: number): AgencyBand => agencyBandOfTenths(toTenths(score));

/** The average of the points that have data, rounded half up to 1 decimal, in tenths; null when none has data. */
export function averageTenths(points: readonly (Points | null | undefined)[]): number | null {
  let sum = 0;
  let n = 0;
  for (const p of points) {
    if (p === null || p === undefined) continue;
    sum += p;
    n++;
  }
  // sum / n in tenths is 10·sum/n; half up: floor((20·sum + n) / 2n).
  return n === 0 ? null : Math.floor((20 * sum + n) / (2 * n));
}

export type Score<B extends string> = {
  /** Each indicator's average (1 decimal), null without data. */
  indicators: Partial<Record<IndicatorId, number | null>>;
  /** Sum of the averages with data; null when no indicator has data. */
  total: number | null;
  /** 2 × the indicators with data. */
  max: number;
  /** 10 for an official, 18 for a unit or agency. */
  fullMax: number;
  /** The total on the full scale (equal to the total when every indicator has data). */
  converted: number | null;
  band: B | null;
};

function summarise<B extends string>(ids: readonly IndicatorId[], tenths: Partial<Record<IndicatorId, number | null>>, bandOf: (t: number) => B, needsDossiers = false): Score<B> {
  const indicators: Partial<Record<IndicatorId, number | null>> = {};
  let total = 0;
  let scored = 0;
  for (const id of ids) {
    const t = tenths[id];
    if (t !== null && t !== undefined && (!Number.isInteger(t) || t < 0 || t > 20)) throw new RangeError(`Điểm chỉ số ${id} phải từ 0 đến 2 (nhận ${t / 10})`);
    indicators[id] = t === null || t === undefined ? null : t / 10;
    if (t === null || t === undefined) continue;
    total += t;
    scored++;
  }
  const fullMax = ids.length * 2;
  // A unit or agency with no dossier resolved in the period is not graded on its 5, 6, 8, 9 alone:
  // the evaluation is of dossier handling, and one indicator scaled to 18 would say nothing.
  const noDossier = needsDossiers && OFFICIAL_INDICATORS.every((id) => tenths[id] === null || tenths[id] === undefined);
  if (scored === 0 || noDossier) return { indicators, total: null, max: 0, fullMax, converted: null, band: null };
  const max = scored * 2;
  // total × fullMax / max in tenths, rounded half up.
  const converted = scored === ids.length ? total : Math.floor((2 * total * fullMax + max) / (2 * max));
  return { indicators, total: total / 10, max, fullMax, converted: converted / 10, band: bandOf(converted) };
}

/** Averages given in tenths (the output of averageTenths). */
export const scoreOfficialTenths = (tenths: Partial<Record<IndicatorId, number | null>>) => summarise<OfficialBand>(OFFICIAL_INDICATORS, tenths, officialBandOfTenths);
export const scoreAgencyTenths = (tenths: Partial<Record<IndicatorId, number | null>>) => summarise<AgencyBand>(INDICATOR_IDS, tenths, agencyBandOfTenths, true);

const tenthsOf = (avgs: Partial<Record<IndicatorId, number | null>>) =>
  Object.fromEntries(Object.entries(avgs).map(([k, v]) => [k, v === null || v === undefined ? null : toTenths(v)])) as Partial<Record<IndicatorId, number | null>>;

/** An official's score from the averages of indicators 1, 2, 3, 4, 7 (1 decimal each; null or absent = no data). */
export const scoreOfficial = (avgs: Partial<Record<IndicatorId, number | null>>) => scoreOfficialTenths(tenthsOf(avgs));

/** A unit's or agency's score from the averages of the nine indicators. */
export const scoreAgency = (avgs: Partial<Record<IndicatorId, number | null>>) => scoreAgencyTenths(tenthsOf(avgs));

/** Per indicator, the rounded average (tenths) of the dossiers' points. */
export function averagesOf(rows: readonly Partial<Record<IndicatorId, Points | null>>[], ids: readonly IndicatorId[] = INDICATOR_IDS): Partial<Record<IndicatorId, number | null>> {
  return Object.fromEntries(ids.map((id) => [id, averageTenths(rows.map((r) => r[id]))])) as Partial<Record<IndicatorId, number | null>>;
}

