import { computeDue, localDateOf, type OfficeHours, type WorkingCalendar } from '../../domain/calendar';
import { computeObligation, FeeSchedule, officerObligation, scheduleFromCatalogue, type FeeScheduleInput } from '../../domain/payments';
import { PROCEDURE_CODE_PATTERN, withRecordDefaults } from '../../domain/procedure';
import { conflict, invalid, notFound } from '../errors';
import { appendAudit } from '../storage/audit';
import { inTransaction, type Tx } from '../storage/database';
import { currentRecord, findFeeSchedule, saveFeeSchedule } from '../storage/fee-schedules';
import type { NewObligation } from '../storage/obligations';
import { authorize } from './authorize';
import { auditActorId, type ServiceContext } from './context';

/** The schedule in force for a procedure: the configured one, else what the catalogue's fees imply. */
export async function scheduleFor(tx: Tx, procedureCode: string, record: unknown): Promise<{ schedule: FeeSchedule; configured: boolean; version: number }> {
  const row = await findFeeSchedule(tx, procedureCode);
  if (row) return { schedule: FeeSchedule.parse(row.schedule), configured: true, version: row.version };
  const rec = record ? withRecordDefaults(record) : null;
  return { schedule: scheduleFromCatalogue({ channels: rec?.channels ?? [] }), configured: false, version: 0 };
}

/** When the applicant must pay by: `days` working days from now, at the close of office hours. */
export function obligationDue(cal: WorkingCalendar, hours: OfficeHours, now: Date, days: number): Date {
  return new Date(computeDue(cal, { receivedAt: now, amount: days, unit: 'working_days' }, hours).dueAt);
}

/** The obligation a received dossier owes by its procedure's schedule, or null when it owes nothing. */
export function scheduleObligation(
  schedule: FeeSchedule,
  d: { dossierId: string; agencyId: string; channel: 'direct' | 'online' | 'postal' },
  at: { now: Date; cal: WorkingCalendar; hours: OfficeHours; by: string | null },
): NewObligation | null {
  const c = computeObligation(schedule, { channel: d.channel, date: localDateOf(at.now) });
  if (c.total <= 0) return null;
  return {
    dossierId: d.dossierId,
    agencyId: d.agencyId,
    basis: 'schedule',
    actionSeq: null,
    amount: c.total,
    lines: c.lines,
    discounts: c.discounts,
    exemption: null,
    quantities: null,
    dueAt: obligationDue(at.cal, at.hours, at.now, schedule.dueWorkingDays),
    createdBy: at.by,
    createdAt: at.now,
  };
}

/** The obligation an officer set with request_payment {amount, items}. */
export function requestedObligation(
  d: { dossierId: string; agencyId: string },
  payload: { amount: number; items: string },
  seq: number,
  at: { now: Date; cal: WorkingCalendar; hours: OfficeHours; by: string | null; dueDays: number },
): NewObligation {
  const c = officerObligation(payload.amount, payload.items);
  return { dossierId: d.dossierId, agencyId: d.agencyId, basis: 'officer', actionSeq: seq, amount: c.total, lines: c.lines, discounts: [], exemption: null, quantities: null, dueAt: obligationDue(at.cal, at.hours, at.now, at.dueDays), createdBy: at.by, createdAt: at.now };
}

/** GET: the schedule in force (public information, like the catalogue's fees). */
export async function getFeeSchedule(ctx: ServiceContext, procedureCode: string) {
  const record = await currentRecord(ctx.store, procedureCode);
  if (!record && !(await findFeeSchedule(ctx.store, procedureCode))) throw notFound(`thủ tục "${procedureCode}"`);
  return scheduleFor(ctx.store, procedureCode, record);
}

/** PUT: an administrator or the procedure-control officer configures the schedule (version-checked). */
export async function putFeeSchedule(ctx: ServiceContext, procedureCode: string, input: { version: number; schedule: FeeScheduleInput }) {
  const actor = authorize(ctx, 'fee_schedule.manage');
  if (!PROCEDURE_CODE_PATTERN.test(procedureCode)) throw invalid('Mã thủ tục phải có dạng 1.001193.');
  const parsed = FeeSchedule.safeParse(input.schedule);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => ({ name: ['schedule', ...i.path.map(String)].join('.'), reason: i.message }));
    throw invalid(`Biểu phí chưa hợp lệ: ${errors.map((e) => `${e.name} — ${e.reason}`).join('; ')}`, { errors });
  }
  const ok = await inTransaction(ctx.store, async (tx) => {
    const saved = await saveFeeSchedule(tx, procedureCode, parsed.data, input.version, auditActorId(actor));
    if (saved) await appendAudit(tx, { actorId: auditActorId(actor), action: 'fee_schedule.save', entity: 'procedure', entityId: null, detail: { procedureCode, version: input.version + 1 }, requestId: ctx.requestId ?? null });
    return saved;
  });
  if (!ok) throw conflict('Biểu phí đã được người khác sửa; vui lòng tải lại.');
  return getFeeSchedule(ctx, procedureCode);
}
