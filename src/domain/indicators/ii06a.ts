/**
 * Report form II.06a/VPCP/KSTT (TT 01/2020/TT-VPCP), "Tình hình, kết quả giải quyết TTHC tại cơ
 * quan, đơn vị trực tiếp giải quyết TTHC" (legal digest §5.1): per-dossier classification, row and
 * total assembly, and the column invariants (col 3 = 4 + 5 + 6, col 7 = 8 + 9 + 10, col 11 = 12 + 13,
 * received = resolved + pending).
 *
 * Our documented rule (issue 10, ADR 0023), for a period [from, to] of local dates:
 * - in the report: received before the period end and not resolved before `from`;
 * - carried over (col 6): received before `from`; else online (col 4) or direct/postal (col 5);
 * - resolved (col 7) when processing ended (`endOfProcessing`) within the period:
 *   early if it ended on a day before the appointment date, on time if on the appointment date and
 *   not after the appointment instant, late otherwise (a dossier without an appointment is on time);
 * - pending (col 11) otherwise: overdue when the appointment instant is before the period end (or
 *   before `asOf`, for a period still running), within the deadline otherwise.
 */
import { localDateOf, parseInstant, type Instant, type LocalDate } from '../calendar';
import type { Channel } from './dossier-facts';
import { periodBounds } from './periods';

export interface II06aDossier {
  /** Reception instant; null for a dossier never received (not in the report). */
  readonly receivedAt: Instant | null;
  readonly channel: Channel;
  /** Appointment instant (NgayHenTra), after any extension; null when the procedure has none. */
  readonly dueAt: Instant | null;
  /** End of processing (`endOfProcessing(history).at`), null while open. */
  readonly endAt: Instant | null;
}

export type II06aReceived = 'online' | 'directOrPostal' | 'carriedOver';
export type II06aOutcome = 'early' | 'onTime' | 'late' | 'withinDeadline' | 'overdue';
export type II06aClassification = { readonly inReport: false } | { readonly inReport: true; readonly received: II06aReceived; readonly outcome: II06aOutcome };

export interface II06aPeriod {
  readonly from: LocalDate;
  readonly to: LocalDate;
}

/** Resolved early / on time / late by the appointment (see the module comment). */
export function resolvedTiming(endAt: Instant, dueAt: Instant | null): 'early' | 'onTime' | 'late' {
  if (dueAt === null) return 'onTime';
  const endDay = localDateOf(endAt, 'endAt');
  const dueDay = localDateOf(dueAt, 'dueAt');
  if (endDay < dueDay) return 'early';
  if (endDay === dueDay && parseInstant(endAt, 'endAt') <= parseInstant(dueAt, 'dueAt')) return 'onTime';
  return 'late';
}

/** Classifies one dossier for a period; `asOf` (a running period's "now") caps the overdue test. */
export function classifyII06a(d: II06aDossier, period: II06aPeriod, asOf?: Instant): II06aClassification {
  if (d.receivedAt === null) return { inReport: false };
  const { start, endExclusive } = periodBounds(period);
  const received = parseInstant(d.receivedAt, 'receivedAt');
  const end = d.endAt === null ? null : parseInstant(d.endAt, 'endAt');
  if (received >= endExclusive) return { inReport: false };
  if (end !== null && end < start) return { inReport: false };
  const recv: II06aReceived = received < start ? 'carriedOver' : d.channel === 'online' ? 'online' : 'directOrPostal';
  if (end !== null && end < endExclusive) return { inReport: true, received: recv, outcome: resolvedTiming(end, d.dueAt) };
  const ref = asOf === undefined ? endExclusive : Math.min(endExclusive, parseInstant(asOf, 'asOf'));
  const overdue = d.dueAt !== null && parseInstant(d.dueAt, 'dueAt') < ref;
  return { inReport: true, received: recv, outcome: overdue ? 'overdue' : 'withinDeadline' };
}

export interface II06aCounts {
  readonly received: { readonly total: number; readonly online: number; readonly directOrPostal: number; readonly carriedOver: number };
  readonly resolved: { readonly total: number; readonly early: number; readonly onTime: number; readonly late: number };
  readonly pending: { readonly total: number; readonly withinDeadline: number; readonly overdue: number };
}

export interface II06aRow extends II06aCounts {
  /** Field (lĩnh vực) or work, col 2. */
  readonly field: string;
}

export interface II06aReport {
  readonly rows: readonly II06aRow[];
  readonly totals: II06aCounts;
}

type Mutable = { received: Record<II06aReceived | 'total', number>; resolved: Record<'total' | 'early' | 'onTime' | 'late', number>; pending: Record<'total' | 'withinDeadline' | 'overdue', number> };

const empty = (): Mutable => ({
  received: { total: 0, online: 0, directOrPostal: 0, carriedOver: 0 },
  resolved: { total: 0, early: 0, onTime: 0, late: 0 },
  pending: { total: 0, withinDeadline: 0, overdue: 0 },
});

function add(m: Mutable, received: II06aReceived, outcome: II06aOutcome): void {
  m.received.total++;
  m.received[received]++;
  switch (outcome) {
    case 'early':
    case 'onTime':
    case 'late':
      m.resolved.total++;
      m.resolved[outcome]++;
      return;
    case 'withinDeadline':
    case 'overdue':
      m.pending.total++;
      m.pending[outcome]++;
      return;
  }
}

/** Σ of several counts, cell by cell. */
export function sumII06a(parts: readonly II06aCounts[]): II06aCounts {
  const m = empty();
  for (const p of parts) {
    for (const k of Object.keys(m.received) as (keyof Mutable['received'])[]) m.received[k] += p.received[k];
    for (const k of Object.keys(m.resolved) as (keyof Mutable['resolved'])[]) m.resolved[k] += p.resolved[k];
    for (const k of Object.keys(m.pending) as (keyof Mutable['pending'])[]) m.pending[k] += p.pending[k];
  }
  return m;
}

/**
 * Rows (one per field, sorted in Vietnamese order) and totals from classified dossiers; dossiers
 * not in the report are skipped. The result satisfies `checkII06a` by construction.
 */
export function assembleII06a(items: Iterable<{ readonly field: string; readonly classification: II06aClassification }>): II06aReport {
  const byField = new Map<string, Mutable>();
  for (const { field, classification: c } of items) {
    if (!c.inReport) continue;
    let m = byField.get(field);
    if (!m) byField.set(field, (m = empty()));
    add(m, c.received, c.outcome);
  }
  const rows = [...byField.entries()].sort(([a], [b]) => a.localeCompare(b, 'vi')).map(([field, m]): II06aRow => ({ field, ...m }));
  return { rows, totals: sumII06a(rows) };
}

export interface II06aProblem {
  /** The row's field, or "totals". */
  readonly row: string;
  readonly rule: 'received_columns' | 'resolved_columns' | 'pending_columns' | 'received_equals_resolved_plus_pending' | 'totals_equal_rows' | 'non_negative_integers';
  /** Vietnamese explanation with the numbers. */
  readonly detail: string;
}

function checkCounts(row: string, c: II06aCounts, out: II06aProblem[]): void {
  const cells = [...Object.values(c.received), ...Object.values(c.resolved), ...Object.values(c.pending)];
  if (cells.some((x) => !Number.isInteger(x) || x < 0)) out.push({ row, rule: 'non_negative_integers', detail: 'Số liệu phải là số nguyên không âm' });
  const r = c.received;
  if (r.total !== r.online + r.directOrPostal + r.carriedOver) {
    out.push({ row, rule: 'received_columns', detail: `Tổng tiếp nhận (${r.total}) ≠ trực tuyến (${r.online}) + trực tiếp, bưu chính (${r.directOrPostal}) + kỳ trước chuyển qua (${r.carriedOver})` });
  }
  const s = c.resolved;
  if (s.total !== s.early + s.onTime + s.late) {
    out.push({ row, rule: 'resolved_columns', detail: `Tổng đã giải quyết (${s.total}) ≠ trước hạn (${s.early}) + đúng hạn (${s.onTime}) + quá hạn (${s.late})` });
  }
  const p = c.pending;
  if (p.total !== p.withinDeadline + p.overdue) {
    out.push({ row, rule: 'pending_columns', detail: `Tổng đang giải quyết (${p.total}) ≠ trong hạn (${p.withinDeadline}) + quá hạn (${p.overdue})` });
  }
  if (r.total !== s.total + p.total) {
    out.push({ row, rule: 'received_equals_resolved_plus_pending', detail: `Tổng tiếp nhận (${r.total}) ≠ đã giải quyết (${s.total}) + đang giải quyết (${p.total})` });
  }
}

/** The column invariants of every row and of the totals, and totals = Σ rows. Empty = consistent. */
export function checkII06a(report: II06aReport): II06aProblem[] {
  const out: II06aProblem[] = [];
  for (const row of report.rows) checkCounts(row.field, row, out);
  checkCounts('totals', report.totals, out);
  const sum = sumII06a(report.rows);
  const groups = ['received', 'resolved', 'pending'] as const;
  for (const g of groups) {
    const a = sum[g] as Record<string, number>;
    const b = report.totals[g] as Record<string, number>;
    for (const k of Object.keys(a)) {
      if (a[k] !== b[k]) out.push({ row: 'totals', rule: 'totals_equal_rows', detail: `Dòng tổng ${g}.${k} (${b[k]}) ≠ tổng các dòng (${a[k]})` });
    }
  }
  return out;
}
