/**
 * From a sync record's status history (`TienTrinh`) to our dossier history: one action per entry,
 * named after the move between national statuses, and what the 766 on-time test needs (digest §1.3,
 * §1.4): the reception instant (clock start), each supplement request and its completion (the
 * pause), and the end of processing — the first "processed" (9), else "returned" (10), else
 * "stopped"/"refused"/"withdrawn" (8, 3, 7).
 */
import type { ActionName } from '../dossier/actions';
import type { Step } from '../dossier/process';
import type { DossierState } from '../dossier/state';
import { statusName, type StatusCode } from '../dossier/status';
import type { ImportProblem, ProgressEntry, SyncDossierRecord } from './record';

/** Where an imported dossier stands in our process: at the desk, in processing, or at the return desk. */
export type ImportPhase = 'receive' | 'process' | 'return';

export type ImportEvent = {
  action: ActionName | 'create';
  status: StatusCode;
  at: number;
  phase: ImportPhase;
  /** The history entry it comes from (null for a reception synthesised from NgayTiepNhan). */
  entry: ProgressEntry | null;
  /** For supplement_received: when the supplement was asked (as the engine records it). */
  requestedAt?: number;
};

export type SupplementPauseMs = { requestedAt: number; completedAt: number | null };

export type ImportTimeline = {
  events: ImportEvent[];
  status: StatusCode;
  submittedAt: number;
  /** Clock start (NgayTiepNhan, else the reception entry); null if the dossier was never received. */
  receivedAt: number | null;
  dueAt: number | null;
  /** End of processing (digest §1.3), null while the dossier is open. */
  finishedAt: number | null;
  returnedAt: number | null;
  /** Supplements asked after reception: the clock pauses (766) or restarts (NĐ 61 art. 19.4). */
  supplementPauses: SupplementPauseMs[];
  statusBeforeHold: StatusCode | null;
  phase: ImportPhase;
};

const TERMINAL: readonly StatusCode[] = [3, 7, 8, 10];
const OPEN: readonly StatusCode[] = [1, 2, 4, 5, 6];

/** The action that moves a dossier from `prev` to `next`, or null when no such move exists. */
export function actionBetween(prev: StatusCode, next: StatusCode): ActionName | null {
  // The same status again: the dossier moved between officers or departments (a handover).
  if (prev === next) return 'forward';
  if (TERMINAL.includes(prev)) return null;
  const from = (...xs: StatusCode[]) => xs.includes(prev);
  switch (next) {
    case 1:
      return null;
    case 2:
      return prev === 1 ? 'receive' : prev === 5 ? 'supplement_received' : prev === 6 ? 'payment_received' : 'return_to_previous';
    case 3:
      return from(1, 2, 5) ? 'refuse' : null;
    case 4:
      return prev === 1 ? 'receive' : prev === 2 ? 'forward' : prev === 5 ? 'supplement_received' : prev === 6 ? 'payment_received' : 'return_to_previous';
    case 5:
      return from(1, 2, 4) ? 'request_supplement' : null;
    case 6:
      return from(2, 4) ? 'request_payment' : null;
    case 7:
      return 'withdraw';
    case 8:
      return from(2, 4, 5, 6) ? 'stop' : null;
    case 9:
      return from(2, 4, 6) ? 'sign' : null;
    case 10:
      return from(2, 4, 6, 9) ? 'return_result' : null;
  }
}

const phaseOf = (status: StatusCode, previous: ImportPhase): ImportPhase =>
  status === 1 || status === 2 ? 'receive' : status === 4 || status === 6 ? 'process' : status === 9 || status === 10 ? 'return' : previous;

const label = (s: StatusCode) => `${s} (${statusName(s)})`;

/**
 * Derives the history of a parsed record, checking it is a possible one: entries in time order,
 * moves that exist, the last entry's status equal to TrangThaiHoSo, nothing in the future.
 */
export function deriveTimeline(r: SyncDossierRecord, now: number): { ok: true; timeline: ImportTimeline } | { ok: false; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const entries = r.TienTrinh;
  const first = entries[0]!;
  const events: ImportEvent[] = [];
  if (first.TrangThai === 1 || first.TrangThai === 2) {
    events.push({ action: 'create', status: first.TrangThai, at: first.ThoiDiem, phase: 'receive', entry: first });
  } else if (r.NgayTiepNhan != null && r.NgayTiepNhan <= first.ThoiDiem) {
    events.push({ action: 'create', status: 2, at: r.NgayTiepNhan, phase: 'receive', entry: null });
  } else {
    problems.push({ path: 'TienTrinh.0.TrangThai', message: 'Tiến trình phải bắt đầu bằng trạng thái 1 (Mới đăng ký) hoặc 2 (Được tiếp nhận), hoặc cần NgayTiepNhan không muộn hơn mục đầu tiên' });
  }
  const pauses: SupplementPauseMs[] = [];
  let received = events[0]?.status === 2;
  let receptionAt = received ? events[0]!.at : null;
  let phase: ImportPhase = 'receive';
  let holdFrom: StatusCode | null = null;
  let lastSupplementAt: number | null = null;
  let broken = false;
  entries.forEach((e, i) => {
    if (e.ThoiDiem > now) problems.push({ path: `TienTrinh.${i}.ThoiDiem`, message: 'Thời điểm ở tương lai' });
    const prevEntry = entries[i - 1];
    if (prevEntry && e.ThoiDiem < prevEntry.ThoiDiem) problems.push({ path: `TienTrinh.${i}.ThoiDiem`, message: 'Tiến trình phải theo thứ tự thời gian (mục này sớm hơn mục trước)' });
    if ((i === 0 && events[0]?.entry === e) || broken) return;
    const prev = events[events.length - 1]?.status;
    if (prev === undefined) return;
    const action = actionBetween(prev, e.TrangThai);
    if (!action) {
      // One impossible move is reported; the entries after it would only repeat the problem.
      broken = true;
      problems.push({ path: `TienTrinh.${i}.TrangThai`, message: `Không thể chuyển từ trạng thái ${label(prev)} sang ${label(e.TrangThai)}` });
      return;
    }
    const open = pauses[pauses.length - 1];
    if (open && open.completedAt === null && e.TrangThai !== 5) open.completedAt = e.ThoiDiem;
    if ((e.TrangThai === 5 || e.TrangThai === 6) && prev !== e.TrangThai) holdFrom = prev;
    // A supplement asked before reception does not pause a clock that has not started.
    if (e.TrangThai === 5 && prev !== 5 && received) pauses.push({ requestedAt: e.ThoiDiem, completedAt: null });
    if (e.TrangThai === 5 && prev !== 5) lastSupplementAt = e.ThoiDiem;
    if (!received && [2, 4, 6, 9, 10].includes(e.TrangThai)) {
      received = true;
      receptionAt = e.ThoiDiem;
    }
    phase = phaseOf(e.TrangThai, phase);
    const event: ImportEvent = { action, status: e.TrangThai, at: e.ThoiDiem, phase, entry: e };
    if (action === 'supplement_received' && lastSupplementAt !== null) event.requestedAt = lastSupplementAt;
    events.push(event);
  });
  const status = events[events.length - 1]?.status ?? r.TrangThaiHoSo;
  if (problems.length === 0 && status !== r.TrangThaiHoSo) {
    problems.push({ path: 'TrangThaiHoSo', message: `Trạng thái hồ sơ ${label(r.TrangThaiHoSo)} khác trạng thái cuối của tiến trình ${label(status)}` });
  }
  const receivedAt = received ? (r.NgayTiepNhan ?? receptionAt) : null;
  const submittedAt = r.NgayNop ?? events[0]?.at ?? first.ThoiDiem;
  if (r.NgayNop != null && r.NgayTiepNhan != null && r.NgayTiepNhan < r.NgayNop) problems.push({ path: 'NgayTiepNhan', message: 'Ngày tiếp nhận trước ngày nộp' });
  if (r.NgayHenTra != null && receivedAt !== null && r.NgayHenTra < receivedAt) problems.push({ path: 'NgayHenTra', message: 'Ngày hẹn trả trước ngày tiếp nhận' });
  for (const [k, v] of [['NgayNop', r.NgayNop], ['NgayTiepNhan', r.NgayTiepNhan]] as const) if (v != null && v > now) problems.push({ path: k, message: 'Thời điểm ở tương lai' });
  if (problems.length) return { ok: false, problems };

  const firstAt = (...ss: StatusCode[]) => events.find((e) => ss.includes(e.status))?.at ?? null;
  const finishedAt = OPEN.includes(status) ? null : (firstAt(9) ?? firstAt(10) ?? firstAt(8, 3, 7));
  return {
    ok: true,
    timeline: {
      events,
      status,
      submittedAt,
      receivedAt,
      dueAt: r.NgayHenTra ?? null,
      finishedAt,
      returnedAt: status === 10 ? firstAt(10) : null,
      supplementPauses: pauses,
      statusBeforeHold: status === 5 || status === 6 ? holdFrom : null,
      phase,
    },
  };
}

/** The index in `steps` of a phase: the first receive step, the first processing step, the last step. */
export function phaseStep(steps: readonly Step[], phase: ImportPhase): number {
  const last = Math.max(0, steps.length - 1);
  const find = (kind: Step['kind'], fallback: number) => {
    const i = steps.findIndex((s) => s.kind === kind);
    return i < 0 ? fallback : i;
  };
  return phase === 'receive' ? find('receive', 0) : phase === 'process' ? find('process', Math.min(1, last)) : last;
}

/**
 * The engine state of an imported dossier, so that an open one continues like any other: at the
 * desk (2), in processing without an assignee (4), waiting for the supplement or the payment it
 * was waiting for (5, 6, with the status to come back to), or at the return desk (9).
 */
export function importedState(t: ImportTimeline, steps: readonly Step[]): DossierState {
  return {
    status: t.status,
    step: phaseStep(steps, t.phase),
    assignee: null,
    extensions: 0,
    supplementRequests: t.supplementPauses.length,
    openConsultations: 0,
    transferredTo: null,
    decision: t.status === 9 || t.status === 10 ? 'approved' : null,
    statusBeforeHold: t.statusBeforeHold,
  };
}
