/**
 * On-time test of QĐ 766 indicator 2.1 as DVCQG computes it (digest §1.4, F766 §2.1):
 * - end of processing = endAt (first of: processed > returned > stopped/refused, or
 *   withdrawn); a dossier not finished uses the last instant of the reporting period;
 * - a dossier still waiting for its (single) supplement ends at the request instant;
 * - more than one supplement request counts as late;
 * - supplement time (completedAt − requestedAt, raw elapsed time) is subtracted from
 *   the end: a pause, not a restart;
 * - on time when effectiveEnd ≤ dueAt (NgayHenTra); without a due date, when
 *   effectiveEnd − receivedAt ≤ maxProcessingMs.
 */
import { CalendarInputError, formatInstant, parseInstant, type Instant } from '../calendar';

export interface SupplementPause {
  readonly requestedAt: Instant;
  /** null while the applicant has not yet returned the supplement. */
  readonly completedAt: Instant | null;
}

export interface Scoring766Input {
  readonly receivedAt: Instant;
  /** End of processing, or null if not finished. */
  readonly endAt: Instant | null;
  /** NgayHenTra; null when the synced dossier has none. */
  readonly dueAt: Instant | null;
  readonly supplementPauses: readonly SupplementPause[];
  /** Last instant of the reporting period; required when endAt is null (unless waiting for a supplement). */
  readonly periodEnd?: Instant;
  /** Maximum processing time as elapsed ms; required when dueAt is null. */
  readonly maxProcessingMs?: number;
}

export type Scoring766Basis = 'due_at' | 'max_processing' | 'multiple_supplements';

export interface Scoring766Result {
  readonly onTime: boolean;
  readonly basis: Scoring766Basis;
  /** End of processing after subtracting supplement time (ISO +07:00). */
  readonly effectiveEnd: string;
  readonly supplementMs: number;
}

export function scoring766OnTime(input: Scoring766Input): Scoring766Result {
  const received = parseInstant(input.receivedAt, 'receivedAt');
  const pauses = input.supplementPauses;
  const waiting = pauses.find((p) => p.completedAt === null);
  let end: number;
  if (input.endAt !== null) end = parseInstant(input.endAt, 'endAt');
  else if (waiting) end = parseInstant(waiting.requestedAt, 'supplementPauses.requestedAt');
  else if (input.periodEnd !== undefined) end = parseInstant(input.periodEnd, 'periodEnd');
  else throw new CalendarInputError('periodEnd', 'Hồ sơ chưa kết thúc: cần ngày cuối kỳ báo cáo');

  let supplementMs = 0;
  for (const p of pauses) {
    const from = parseInstant(p.requestedAt, 'supplementPauses.requestedAt');
    const to = p.completedAt === null ? Math.max(end, from) : parseInstant(p.completedAt, 'supplementPauses.completedAt');
    if (to < from) throw new CalendarInputError('supplementPauses.completedAt', 'Hoàn thành bổ sung trước khi yêu cầu');
    supplementMs += to - from;
  }
  const effective = end - supplementMs;
  const effectiveEnd = formatInstant(effective);
  if (pauses.length > 1) return { onTime: false, basis: 'multiple_supplements', effectiveEnd, supplementMs };
  if (input.dueAt !== null) {
    return { onTime: effective <= parseInstant(input.dueAt, 'dueAt'), basis: 'due_at', effectiveEnd, supplementMs };
  }
  const max = input.maxProcessingMs;
  if (max === undefined || !Number.isFinite(max) || max < 0) {
    throw new CalendarInputError('maxProcessingMs', 'Không có ngày hẹn trả: cần thời hạn tối đa giải quyết');
  }
  return { onTime: effective - received <= max, basis: 'max_processing', effectiveEnd, supplementMs };
}
