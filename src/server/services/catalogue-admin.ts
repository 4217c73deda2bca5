import { dutyState, replanAfter, type DutyKind } from '../../domain/catalogue';
import { localDateOf } from '../../domain/calendar';
import { validateRecord } from '../../domain/procedure';
import { conflict, invalid, notFound } from '../errors';
import { findAgencyByCode } from '../storage/agencies';
import { appendAudit } from '../storage/audit';
import { completeInstancesOfDuty } from '../storage/plan-instances';
import { inTransaction } from '../storage/database';
import { completeDuty, decisionItems, findDecision, findDuty, listAssignments, listDecisions, listDuties, replaceAssignments, updateDutyDue } from '../storage/decisions';
import { findDraft, findProcedureId, saveDraft } from '../storage/procedures';
import { authorize } from './authorize';
import { workingCalendar } from './calendar-provider';
import { invalidateCatalogue } from './catalogue-index';
import { auditActorId, type ServiceContext } from './context';

/** Saves the draft of one procedure from the editor (validated like an import). */
export async function saveProcedureDraft(ctx: ServiceContext, code: string, body: unknown, expectedLock: number | null) {
  const actor = authorize(ctx, 'catalogue.edit');
  const v = validateRecord(body);
  if (!v.ok) throw invalid(v.problems.map((p) => `${p.path}: ${p.message}`).join('; '), { errors: v.problems.map((p) => ({ name: p.path, reason: p.message })) });
  if (v.record.code !== code) throw invalid('Mã thủ tục trong nội dung khác với đường dẫn.', { errors: [{ name: 'code', reason: 'không khớp' }] });
  return inTransaction(ctx.store, async (tx) => {
    const draft = await findDraft(tx, code);
    if (draft && expectedLock !== null && draft.lockVersion !== expectedLock) throw conflict('Bản dự thảo đã được người khác sửa; vui lòng tải lại.', { currentVersion: draft.lockVersion });
    const r = await saveDraft(tx, v.record, auditActorId(actor));
    await appendAudit(tx, { actorId: auditActorId(actor), action: 'procedure.draft', entity: 'procedure', entityId: code, requestId: ctx.requestId ?? null });
    return { created: r.created, draft: await findDraft(tx, code) };
  });
}

export async function getDraft(ctx: ServiceContext, code: string) {
  authorize(ctx, 'catalogue.read_drafts');
  const d = await findDraft(ctx.store, code);
  if (!d) throw notFound(`bản dự thảo của thủ tục "${code}"`);
  return d;
}

export async function setAssignments(ctx: ServiceContext, code: string, rows: { agencyCode: string; level: string; channels: string[] }[]) {
  const actor = authorize(ctx, 'catalogue.assign');
  const procedureId = await findProcedureId(ctx.store, code);
  if (!procedureId) throw notFound(`thủ tục "${code}"`);
  const resolved: { agencyId: string; level: string; channels: string[] }[] = [];
  for (const [i, r] of rows.entries()) {
    const agency = await findAgencyByCode(ctx.store, r.agencyCode);
    if (!agency) throw invalid(`Không tìm thấy cơ quan "${r.agencyCode}".`, { errors: [{ name: `${i}.agencyCode`, reason: 'không tồn tại' }] });
    resolved.push({ agencyId: agency.id, level: r.level, channels: [...new Set(r.channels)] });
  }
  if (new Set(resolved.map((r) => r.agencyId)).size !== resolved.length) throw invalid('Mỗi cơ quan chỉ được giao một lần.');
  const rowsAfter = await inTransaction(ctx.store, async (tx) => {
    await replaceAssignments(tx, procedureId, resolved);
    await appendAudit(tx, { actorId: auditActorId(actor), action: 'procedure.assign', entity: 'procedure', entityId: code, detail: { rows }, requestId: ctx.requestId ?? null });
    return listAssignments(tx, procedureId);
  });
  invalidateCatalogue(ctx.store);
  return rowsAfter;
}

export async function decisionsOverview(ctx: ServiceContext) {
  authorize(ctx, 'catalogue.read_drafts');
  return listDecisions(ctx.store);
}

export async function decisionDetail(ctx: ServiceContext, number: string) {
  authorize(ctx, 'catalogue.read_drafts');
  const d = await findDecision(ctx.store, number);
  if (!d) throw notFound(`quyết định "${number}"`);
  return { ...d, items: await decisionItems(ctx.store, d.id) };
}

/** The duty board: every duty with its state today (due soon = by the next working day). */
export async function dutyBoard(ctx: ServiceContext, open?: boolean) {
  authorize(ctx, 'catalogue.read_drafts');
  const cal = await workingCalendar(ctx.store);
  const today = localDateOf(Date.now());
  return (await listDuties(ctx.store, open)).map((d) => ({
    ...d,
    state: dutyState(cal, d.dueDate, d.doneAt ? localDateOf(d.doneAt) : null, today),
  }));
}

export async function markDutyDone(ctx: ServiceContext, id: string, note: string | null) {
  const actor = authorize(ctx, 'duty.manage');
  const cal = await workingCalendar(ctx.store);
  const today = localDateOf(Date.now());
  await inTransaction(ctx.store, async (tx) => {
    const duty = await findDuty(tx, id);
    if (!duty) throw notFound('nhiệm vụ công bố');
    if (duty.done_at) throw conflict('Nhiệm vụ này đã được đánh dấu hoàn thành.');
    await completeDuty(tx, id, auditActorId(actor), note);
    // The plan task instance that fulfils this duty is done with it (docs/adr/0024-control-plans.md).
    await completeInstancesOfDuty(tx, id);
    for (const next of replanAfter(cal, duty.kind as DutyKind, today)) await updateDutyDue(tx, duty.decision_id, next.kind, next.basisDate, next.dueDate);
    await appendAudit(tx, { actorId: auditActorId(actor), action: 'duty.done', entity: 'duty', entityId: id, detail: { kind: duty.kind, note }, requestId: ctx.requestId ?? null });
  });
  return dutyBoard(ctx);
}
