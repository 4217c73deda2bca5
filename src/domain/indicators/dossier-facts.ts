/**
 * Per-dossier facts the counts are made of (storage and reports call these; the SQL mirrors them):
 * the channel from KenhThucHien (digest §1.1), the end of processing (§1.3), the supplement pauses
 * read from the status history, and the QĐ 766 on-time test (§1.4; `scoring766OnTime` in
 * src/domain/rules) as of a period end.
 */
import { parseInstant, type Instant } from '../calendar';
import type { StatusCode } from '../dossier';
// From the module itself, not the rules index: rules/scoring-766-history.ts reads this file.
import { scoring766OnTime, type Scoring766Input, type Scoring766Result, type SupplementPause } from '../rules/scoring-766';
import { IndicatorInputError } from './errors';

/** Reception channel: direct (in person, at the desk), online, postal (public postal service). */
export type Channel = 'direct' | 'online' | 'postal';

/**
 * Channel of a DVCQG `KenhThucHien` code: 1 = in person, 2 = online, 3 = public postal; null (or
 * absent, or empty) counts as in person (digest §1.1 [V, F766 §3.3]). Other codes are refused.
 */
export function channelOf(code: number | string | null | undefined): Channel {
  if (code === null || code === undefined || code === '') return 'direct';
  switch (String(code).trim()) {
    case '1':
      return 'direct';
    case '2':
      return 'online';
    case '3':
      return 'postal';
    default:
      throw new IndicatorInputError('KenhThucHien', `Mã kênh thực hiện không hợp lệ: ${String(code)} (chỉ nhận 1, 2, 3 hoặc để trống)`);
  }
}

/** One entry of the status history (TienTrinh: TrangThai, ThoiDiem). */
export interface StatusEntry {
  readonly status: StatusCode;
  readonly at: Instant;
}

export interface EndOfProcessing {
  /** Epoch ms. */
  readonly at: number;
  readonly status: StatusCode;
}

/** Priority of the statuses that end processing (digest §1.3 [V, F766 §2.1]). */
const END_PRIORITY: readonly (readonly StatusCode[])[] = [[9], [10], [8, 3], [7]];

/** History entries at or before `asOf` (all when absent), as epoch ms, in time order (stable). */
export function historyAsOf(history: readonly StatusEntry[], asOf?: Instant): { status: StatusCode; at: number }[] {
  const limit = asOf === undefined ? Infinity : parseInstant(asOf, 'asOf');
  return history
    .map((e, i) => ({ status: e.status, at: parseInstant(e.at, `history[${i}].at`), i }))
    .filter((e) => e.at <= limit)
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map(({ status, at }) => ({ status, at }));
}

/**
 * End of processing (NgayKetThucXuLy): the first timestamp found in the order 9 (processed) > 10
 * (result returned) > 8 or 3 (stopped / refused) > 7 (withdrawn); within a status, its earliest
 * entry. Entries after `asOf` are ignored (the dossier as it stood then). null = not ended.
 */
export function endOfProcessing(history: readonly StatusEntry[], asOf?: Instant): EndOfProcessing | null {
  const entries = historyAsOf(history, asOf);
  for (const group of END_PRIORITY) {
    const hit = entries.find((e) => group.includes(e.status));
    if (hit) return { at: hit.at, status: hit.status };
  }
  return null;
}

/** A supplement pause in epoch ms. */
export interface PauseMs extends SupplementPause {
  readonly requestedAt: number;
  readonly completedAt: number | null;
}

/**
 * Supplement pauses from the status history: an entry with status 5 opens a request (repeated 5s
 * while already waiting are the same request); the next entry with another status completes it.
 * A request still open at `asOf` has `completedAt: null`.
 */
export function supplementPausesFrom(history: readonly StatusEntry[], asOf?: Instant): PauseMs[] {
  const pauses: { requestedAt: number; completedAt: number | null }[] = [];
  let open: { requestedAt: number; completedAt: number | null } | null = null;
  for (const e of historyAsOf(history, asOf)) {
    if (e.status === 5) {
      if (open === null) {
        open = { requestedAt: e.at, completedAt: null };
        pauses.push(open);
      }
    } else if (open !== null) {
      open.completedAt = e.at;
      open = null;
    }
  }
  return pauses;
}

export interface Dossier766Facts {
  /** Reception instant (NgayTiepNhan, clock start). */
  readonly receivedAt: Instant;
  /** Appointment instant (NgayHenTra), or null. */
  readonly dueAt: Instant | null;
  readonly history: readonly StatusEntry[];
  /** Maximum processing time in elapsed ms; needed only when dueAt is null. */
  readonly maxProcessingMs?: number;
}

export interface Classification766 extends Scoring766Result {
  /** End of processing as of the period end, or null when still open then. */
  readonly end: EndOfProcessing | null;
  readonly supplementRequests: number;
}

/**
 * QĐ 766 on-time test of one dossier as of `periodEnd` (the last instant of the reporting period):
 * history after it is ignored; supplement requests before reception are not pauses of the clock;
 * then `scoring766OnTime` applies the DVCQG rules (pause, > 1 supplement = late, a dossier
 * waiting for its single supplement ends at the request, an open dossier ends at `periodEnd`).
 */
export function classify766(d: Dossier766Facts, periodEnd: Instant): Classification766 {
  const received = parseInstant(d.receivedAt, 'receivedAt');
  const end = endOfProcessing(d.history, periodEnd);
  const pauses = supplementPausesFrom(d.history, periodEnd).filter((p) => p.requestedAt >= received);
  const input: Scoring766Input = { receivedAt: received, endAt: end?.at ?? null, dueAt: d.dueAt, supplementPauses: pauses, periodEnd };
  const r = scoring766OnTime(d.maxProcessingMs === undefined ? input : { receivedAt: received, endAt: input.endAt, dueAt: d.dueAt, supplementPauses: pauses, periodEnd, maxProcessingMs: d.maxProcessingMs });
  // One literal, not a spread (hot path: one call per dossier).
  return { onTime: r.onTime, basis: r.basis, effectiveEnd: r.effectiveEnd, supplementMs: r.supplementMs, end, supplementRequests: pauses.length };
}

/**
 * Whether a dossier is in the 2.1 denominator of a period ("received and handled in the period"):
 * received before the period's end and not ended before its start (ADR 0023). Never-received
 * dossiers (receivedAt null) are not.
 */
export function inTimelinessScope(receivedAt: Instant | null, end: EndOfProcessing | null, period: { readonly start: number; readonly endExclusive: number }): boolean {
  if (receivedAt === null) return false;
  if (parseInstant(receivedAt, 'receivedAt') >= period.endExclusive) return false;
  return end === null || end.at >= period.start;
}
