import { computeDue, localDateOf, parseInstant } from '../../domain/calendar';
import { apply, availableActions, blockedReason, PAYLOADS, statusName, type ActionName, type DossierState, type StatusCode, type Step } from '../../domain/dossier';
import { canExtend, dueAfterSupplement, isSupplementRequestTimely, RULE_SETS } from '../../domain/rules';
import { AppError, conflict, invalid, notFound } from '../errors';
import { findAgencyByCode, findAgencyById } from '../storage/agencies';
import { answerConsultation, openConsultation } from '../storage/consultations';
import { inTransaction } from '../storage/database';
import { appendAction, closeStep, findDossier, listActions, openStep, updateProjection, type DossierRow, type ProjectionPatch } from '../storage/dossiers';
import { enqueue, type NewMessage } from '../storage/outbox';
import { findUserByUsername, grantsOf } from '../storage/users';
import { requireActor } from './authorize';
import { officeHoursOf, workingCalendar } from './calendar-provider';
import { auditActorId, type Actor, type ServiceContext } from './context';
import { agencyDirectory } from './agency-directory';
import { dossierView, isLate, rolesOn } from './dossier-view';
import { stepDue } from './receive-dossier';
import { signingKeyFor } from './signing-keys';

/** Actions after which a form or a result document is generated (by the outbox job or on first listing). */
const ISSUES_DOCUMENT = new Set<ActionName>(['receive', 'request_supplement', 'refuse', 'extend', 'stop', 'approve', 'sign', 'reject']);

const BLOCKED_VI: Record<string, string> = {
  status: 'không thực hiện được ở trạng thái hiện tại',
  role: 'vai trò của bạn không thực hiện được thao tác này',
  step: 'không thực hiện được ở bước hiện tại',
  assignee: 'hồ sơ đang do cán bộ khác xử lý',
  consultations_open: 'còn ý kiến chưa được trả lời',
  unassigned: 'hồ sơ chưa được phân công',
  no_consultation: 'không có yêu cầu lấy ý kiến nào đang mở',
  already_transferred: 'hồ sơ đang ở cơ quan liên thông',
  not_transferred: 'hồ sơ không ở cơ quan liên thông',
  first_step: 'đang ở bước đầu tiên',
  supplement_once: 'chỉ được yêu cầu bổ sung một lần, đầy đủ',
};

/** Extra checks that need the calendar, the rule set or other records; returns the projection changes. */
async function effects(ctx: ServiceContext, d: DossierRow, action: ActionName, payload: Record<string, unknown>, before: DossierState, after: DossierState, now: Date): Promise<Partial<ProjectionPatch>> {
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

/**
 * Takes one action on a dossier: the domain guard decides whether it is allowed for this officer
 * now; the projection moves only from the version the officer saw (otherwise 409 with the current
 * state); the action, the step history and the notification are written in the same transaction.
 */
export async function actOnDossier(ctx: ServiceContext, code: string, input: { action: ActionName; version: number; payload: unknown }) {
  const actor: Actor = requireActor(ctx);
  const d = await findDossier(ctx.store, code);
  if (!d) throw notFound(`hồ sơ "${code}"`);
  const parsed = PAYLOADS[input.action].safeParse(input.payload ?? {});
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => ({ name: ['payload', ...i.path.map(String)].join('.'), reason: i.message }));
    throw invalid(`Thông tin kèm thao tác chưa đủ: ${errors.map((e) => `${e.name} — ${e.reason}`).join('; ')}`, { errors });
  }
  const payload = { ...parsed.data } as Record<string, unknown>;
  const roles = rolesOn(await agencyDirectory(ctx.store), actor, d);
  const state = d.state as DossierState;
  const steps = d.steps as Step[];
  const who = { userId: actor.userId, roles };
  const current = () => ({ currentStatus: d.status, currentStatusName: statusName(d.status as StatusCode), availableActions: availableActions(state, steps, who), currentVersion: d.version });
  if (roles.length === 0) throw new AppError('FORBIDDEN', 'Hồ sơ này không thuộc phạm vi của bạn.');
  if (input.version !== d.version) throw conflict('Hồ sơ đã thay đổi kể từ khi bạn mở; vui lòng tải lại.', current());
  const blocked = blockedReason(state, steps, input.action, who);
  if (blocked) throw conflict(`Không thể "${input.action}": ${BLOCKED_VI[blocked] ?? blocked} (trạng thái: ${statusName(d.status as StatusCode)}).`, current());

  // A result can only be signed with the agency's certificate: say so before anything changes.
  if ((input.action === 'sign' || input.action === 'reject') && !(await signingKeyFor(ctx.store, d.handlingAgencyId))) {
    throw new AppError('UNPROCESSABLE', 'Cơ quan chưa có chứng thư số để ký văn bản kết quả; liên hệ quản trị hệ thống.', { reason: 'no_signing_key' });
  }
  const now = new Date();
  if (input.action === 'supplement_received') {
    const req = [...(await listActions(ctx.store, d.id))].reverse().find((a) => a.action === 'request_supplement');
    payload.requestedAt = req?.at.toISOString();
  }
  const after = apply(state, steps, { action: input.action, actor: actor.userId, payload });
  const patch = await effects(ctx, d, input.action, payload, state, after, now);
  const newStatus = after.status;
  const dueAt = patch.dueAt !== undefined ? patch.dueAt : d.dueAt;
  const finishedAt = patch.finishedAt !== undefined ? patch.finishedAt : d.finishedAt;
  const LOST = Symbol('lost race');
  const won = await inTransaction(ctx.store, async (tx) => {
    const ok = await updateProjection(tx, d.id, d.version, { ...patch, status: newStatus, state: after, late: isLate({ dueAt, finishedAt, status: newStatus }, now) });
    if (!ok) return LOST;
    await appendAction(tx, {
      dossierId: d.id,
      seq: d.version + 1,
      action: input.action,
      actorId: auditActorId(actor),
      actorName: actor.fullName,
      actorRole: roles.find((r) => r !== 'inspector') ?? null,
      agencyId: d.handlingAgencyId,
      at: now,
      step: after.step,
      statusAfter: newStatus,
      comment: (payload.comment ?? payload.reason ?? null) as string | null,
      payload,
    });
    if (input.action === 'consult') {
      await openConsultation(tx, { dossierId: d.id, seq: d.version + 1, parties: payload.with as string[], question: String(payload.question), dueAt: new Date(String(payload.dueAt)) });
    }
    if (input.action === 'consult_reply') await answerConsultation(tx, d.id, String(payload.from), d.version + 1, now);
    if (after.step !== state.step || patch.handlingAgencyId) {
      await closeStep(tx, d.id, now);
      const step = steps[after.step]!;
      await openStep(tx, { dossierId: d.id, seq: d.version + 1, stepIndex: after.step, stepKey: step.key, stepName: step.name, unitCode: step.unitCode, agencyId: patch.handlingAgencyId ?? d.handlingAgencyId, startedAt: now, dueAt: patch.stepDueAt ?? null });
    }
    if ([3, 7, 8, 10].includes(newStatus)) await closeStep(tx, d.id, now);
    const messages: NewMessage[] = [];
    if (newStatus !== d.status) messages.push({ topic: 'dossier.status_changed', payload: { code, status: newStatus, applicant: d.applicant, seq: d.version + 1 }, dedupeKey: `dossier.status:${code}:${d.version + 1}` });
    // The apology and new date reach the applicant (jobs/notification-workers.ts); the status stays.
    if (input.action === 'extend') messages.push({ topic: 'dossier.extended', payload: { code, seq: d.version + 1, newDueDate: payload.newDueDate }, dedupeKey: `dossier.extended:${code}:${d.version + 1}` });
    if (ISSUES_DOCUMENT.has(input.action)) messages.push({ topic: 'dossier.documents', payload: { code }, dedupeKey: `dossier.documents:${code}:${d.version + 1}` });
    await enqueue(tx, messages);
    return true;
  });
  if (won === LOST) {
    // Someone acted between our read and our write: answer with the state they left.
    const fresh = (await findDossier(ctx.store, code))!;
    const freshState = fresh.state as DossierState;
    throw conflict('Người khác vừa thao tác trên hồ sơ này; vui lòng tải lại.', {
      currentStatus: fresh.status,
      currentStatusName: statusName(fresh.status as StatusCode),
      availableActions: availableActions(freshState, steps, who),
      currentVersion: fresh.version,
    });
  }
  return dossierView(ctx.store, ctx.store, actor, code);
}
