/**
 * Indicators 1 and 2 (TT 01/2018 art. 13.1–13.2): the time actually taken against the time allowed,
 * for the whole dossier and for each participating unit's step, "shorter" 2, "equal" 1, "longer" 0.
 *
 * "Equal" is read on the Vietnamese wall calendar, the way the appointment slip states it (ADR 0021):
 * finished on the due date itself, not after the due time → equal; on an earlier date → shorter;
 * after the due time → longer. Dates are local dates in Asia/Ho_Chi_Minh (domain/calendar).
 */
import { localDateOf } from '../calendar';
import { mark, viDate, type Mark, type Points } from './indicators';

export type Timing = 'shorter' | 'equal' | 'longer';

export const TIMING_POINTS: Record<Timing, Points> = { shorter: 2, equal: 1, longer: 0 };

export function timingOf(finishedAt: Date, dueAt: Date): Timing {
  if (finishedAt.getTime() > dueAt.getTime()) return 'longer';
  return localDateOf(finishedAt) === localDateOf(dueAt) ? 'equal' : 'shorter';
}

const TIMING_VI: Record<Timing, string> = { shorter: 'trước hạn', equal: 'đúng ngày hẹn', longer: 'quá hạn' };

/**
 * Indicator 1. `statutoryDueAt` is the due time the law gave the dossier: the due time computed at
 * reception (moved only by a supplement, under the rule set), and for an extended dossier the due
 * time before the first extension — an apology is an admission that the statutory time was missed.
 */
export function totalTimeMark(d: { statutoryDueAt: Date | null; finishedAt: Date | null; extended?: boolean }): Mark {
  if (!d.finishedAt) return mark(null, 'Hồ sơ chưa giải quyết xong.');
  if (!d.statutoryDueAt) return mark(null, 'Thủ tục không có thời hạn giải quyết xác định; không chấm chỉ số này.');
  const t = timingOf(d.finishedAt, d.statutoryDueAt);
  const ext = d.extended ? ' (đã gia hạn, tính theo hạn trước khi gia hạn)' : '';
  return mark(TIMING_POINTS[t], `Giải quyết xong ngày ${viDate(localDateOf(d.finishedAt))}, hạn ${viDate(localDateOf(d.statutoryDueAt))}${ext}: ${TIMING_VI[t]}.`);
}

/** One step of a dossier's history as indicator 2 needs it. */
export type StepTime = {
  name: string;
  kind: string;
  /** Who the step's time counts for: the unit (or the agency when no unit is known). */
  participant: string;
  dueAt: Date | null;
  finishedAt: Date | null;
};

/**
 * A step's points, or null when it is not measured: the final "return" step (waiting for the
 * applicant to collect the result is not the unit's processing time), a step without a share
 * (no due time) and a step not finished.
 */
export function stepPoints(s: Pick<StepTime, 'kind' | 'dueAt' | 'finishedAt'>): Points | null {
  if (s.kind === 'return' || !s.dueAt || !s.finishedAt) return null;
  return TIMING_POINTS[timingOf(s.finishedAt, s.dueAt)];
}

/**
 * Indicator 2 over some steps (a dossier's, or the steps a unit, agency or official handled): each
 * participant must keep within its share, so the result is the worst measured step.
 */
export function stepsMark(steps: readonly StepTime[]): Mark {
  const measured = steps.map((s) => ({ s, p: stepPoints(s) })).filter((x): x is { s: StepTime; p: Points } => x.p !== null);
  if (measured.length === 0) return mark(null, 'Không có bước xử lý nào có thời hạn để so sánh.');
  const worst = Math.min(...measured.map((x) => x.p)) as Points;
  const parts = measured.map(({ s, p }) => `${s.participant} — ${s.name}: ${TIMING_VI[(['longer', 'equal', 'shorter'] as const)[p]]}`);
  return mark(worst, `${parts.join('; ')}.`);
}
