import { computeDue, localDateOf, parseInstant } from '../../domain/calendar';
import type { ActionName, DossierState, Step } from '../../domain/dossier';
import { canExtend, dueAfterSupplement, isSupplementRequestTimely, RULE_SETS } from '../../domain/rules';
import { AppError, invalid } from '../errors';
import { findAgencyByCode, findAgencyById } from '../storage/agencies';
import type { DossierRow, ProjectionPatch } from '../storage/dossiers';
import { findUserByUsername, grantsOf } from '../storage/users';
import { officeHoursOf, workingCalendar } from './calendar-provider';
import type { ServiceContext } from './context';
import { stepDue } from './receive-dossier';

/**
 * What an action does besides the state table: the legal clock (receipt starts it, a supplement
 * restarts or resumes it by the rule set, an extension moves it), checks that need the calendar or
 * other records, and the step and end times of the projection. Shared by the officers' actions and
 * the applicant's own (answering a supplement request, withdrawing).
 */
/** Extra checks that need the calendar, the rule set or other records; returns the projection changes. */
export async function effects(ctx: ServiceContext, d: DossierRow, action: ActionName, payload: Record<string, unknown>, before: DossierState, after: DossierState, now: Date): Promise<Partial<ProjectionPatch>> {
  const cal = await workingCalendar(ctx.store);
  const hours = await officeHoursOf(ctx.store, (await findAgencyById(ctx.store, d.receivingAgencyId))?.code);
  const rules = RULE_SETS.find((r) => r.id === d.ruleSet)!;
  const steps = d.steps as Step[];
  const patch: Partial<ProjectionPatch> = {};
  switch (action) {
    case 'receive': {
      // An online submission is received now: the legal clock starts from this moment.
      patch.receivedAt = now;
      const time = d.processingTime as { amount: number | null; unit: string | null } | null;
      if (time?.unit && (time.amount !== null || time.unit === 'same_day')) {
        patch.dueAt = new Date(computeDue(cal, { receivedAt: now, amount: time.amount ?? 0, unit: time.unit as 'working_days' }, hours).dueAt);
      }
      break;
    }
    case 'request_supplement':
      if (before.status !== 1 && d.receivedAt && !isSupplementRequestTimely(rules, { calendar: cal, receivedAt: d.receivedAt, requestedAt: now, officeHours: hours })) {
        throw new AppError('UNPROCESSABLE', `Đã quá ${rules.supplementRequestWithinWorkingDays} ngày làm việc kể từ khi tiếp nhận; không được yêu cầu bổ sung (NĐ 61/2018 Điều 19.4).`);
      }
      break;
    case 'supplement_received': {
      const time = d.processingTime as { amount: number | null; unit: string | null } | null;
      const requested = (payload.requestedAt as string | undefined) ?? null;
      if (time?.unit && time.amount !== null && d.receivedAt && requested) {
        const due = dueAfterSupplement(rules, { calendar: cal, receivedAt: d.receivedAt, amount: time.amount, unit: time.unit as 'working_days', requestedAt: requested, completedAt: now, currentDueAt: d.dueAt ?? undefined, officeHours: hours });
        patch.dueAt = new Date(due.dueAt);
        patch.late = false;
      }
      break;
    }
    case 'extend': {
      if (!d.dueAt) throw new AppError('UNPROCESSABLE', 'Hồ sơ không có hạn giải quyết để gia hạn.');
      const ok = canExtend(rules, { extensionsSoFar: before.extensions, now, dueAt: d.dueAt, calendar: cal });
      if (!ok.ok) {
        const why = { max_extensions_reached: 'chỉ được hẹn lại ngày trả kết quả một lần', past_due: 'hồ sơ đã quá hạn', notice_too_late: `phải gửi văn bản xin lỗi chậm nhất ngày ${ok.latestNoticeDate}` }[ok.reason];
        throw new AppError('UNPROCESSABLE', `Không gia hạn được: ${why} (NĐ 61/2018 Điều 19.9).`, { reason: ok.reason });
      }
      payload.previousDueAt = d.dueAt.toISOString();
      const newDate = String(payload.newDueDate);
      if (newDate <= localDateOf(d.dueAt)) throw invalid('Ngày hẹn mới phải sau ngày hẹn hiện tại.', { errors: [{ name: 'payload.newDueDate', reason: 'phải sau ngày hẹn hiện tại' }] });
      if (!cal.isWorkingDay(newDate)) throw invalid(`Ngày ${newDate} không phải ngày làm việc.`, { errors: [{ name: 'payload.newDueDate', reason: 'không phải ngày làm việc' }] });
      patch.dueAt = new Date(parseInstant(`${newDate}T${hours.afternoon.end}:00+07:00`));
      break;
    }
    case 'assign': {
      const user = await findUserByUsername(ctx.store, String(payload.assignee));
      const grants = user ? await grantsOf(ctx.store, user.id) : [];
      if (!user || !user.active || !grants.some((g) => ['specialist', 'unit_head'].includes(g.role) && g.agencyId === d.handlingAgencyId)) {
        throw invalid(`Cán bộ "${String(payload.assignee)}" không xử lý hồ sơ tại cơ quan này.`, { errors: [{ name: 'payload.assignee', reason: 'không hợp lệ' }] });
      }
      payload.assignee = user.id;
      after.assignee = user.id;
      patch.assigneeId = user.id;
      break;
    }
    case 'claim':
      patch.assigneeId = after.assignee;
      break;
    case 'consult': {
      // Each opinion asked has its own deadline, swept like the dossier's (jobs/deadline-sweep.ts).
      const date = String(payload.dueDate);
      if (date < localDateOf(now)) throw invalid('Hạn trả lời ý kiến không được trước hôm nay.', { errors: [{ name: 'payload.dueDate', reason: 'đã qua' }] });
      if (!cal.isWorkingDay(date)) throw invalid(`Ngày ${date} không phải ngày làm việc.`, { errors: [{ name: 'payload.dueDate', reason: 'không phải ngày làm việc' }] });
      payload.dueAt = new Date(parseInstant(`${date}T${hours.afternoon.end}:00+07:00`)).toISOString();
      break;
    }
    case 'transfer': {
      const target = await findAgencyByCode(ctx.store, String(payload.agencyCode));
      if (!target || target.id === d.handlingAgencyId) throw invalid('Cơ quan liên thông không hợp lệ.', { errors: [{ name: 'payload.agencyCode', reason: 'không hợp lệ' }] });
      patch.handlingAgencyId = target.id;
      patch.assigneeId = null;
      after.assignee = null;
      break;
    }
    case 'transfer_back':
      patch.handlingAgencyId = d.receivingAgencyId;
      patch.assigneeId = null;
      after.assignee = null;
      break;
    default:
      break;
  }
  if (after.step !== before.step) {
    const step = steps[after.step];
    patch.currentUnitCode = step?.unitCode ?? null;
    patch.currentStepKind = step?.kind ?? null;
    patch.stepStartedAt = now;
    patch.stepDueAt = stepDue(cal, hours, now, step);
  }
  if (after.status !== before.status && [3, 7, 8, 9].includes(after.status)) patch.finishedAt = now;
  if (after.status === 10) patch.returnedAt = now;
  if (after.assignee !== before.assignee && patch.assigneeId === undefined) patch.assigneeId = after.assignee;
  return patch;
}
