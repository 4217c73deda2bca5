import { parseDeadline, reconcileInstances } from '../../domain/plans';
import { AppError, conflict, notFound } from '../errors';
import { listUnits } from '../storage/agencies';
import { appendAudit } from '../storage/audit';
import { inTransaction } from '../storage/database';
import { deleteInstances, insertInstances, instancesWithReports, setInstanceDue } from '../storage/plan-instances';
import { bumpTask, lockTask, replaceTaskUnits } from '../storage/plans';
import { authorize } from './authorize';
import { workingCalendar } from './calendar-provider';
import { auditActorId, type ServiceContext } from './context';

const stale = () => conflict('Nhiệm vụ đã được người khác thay đổi; vui lòng tải lại.');

/**
 * Assigns a task's lead units (chủ trì) and coordinating units (phối hợp) among the plan agency's units,
 * from the version the officer saw (409 when it moved).
 */
export async function assignTaskUnits(ctx: ServiceContext, taskId: string, input: { version: number; lead: string[]; coordinating: string[] }) {
  const actor = authorize(ctx, 'plan.manage');
  return inTransaction(ctx.store, async (tx) => {
    const task = await lockTask(tx, taskId);
    if (!task) throw notFound('nhiệm vụ');
    const own = new Set((await listUnits(tx, task.agencyId)).map((u) => u.id));
    const foreign = [...input.lead, ...input.coordinating].filter((u) => !own.has(u));
    if (foreign.length > 0) throw new AppError('VALIDATION', 'Đơn vị được giao phải thuộc cơ quan ban hành kế hoạch.', { errors: [{ name: 'lead', reason: `không thuộc cơ quan: ${foreign.join(', ')}` }] });
    if (!(await bumpTask(tx, taskId, input.version))) throw stale();
    await replaceTaskUnits(tx, taskId, [...new Set(input.lead)], [...new Set(input.coordinating)]);
    await appendAudit(tx, { actorId: auditActorId(actor), action: 'plan.assign', entity: 'plan_task', entityId: taskId, detail: { lead: input.lead, coordinating: input.coordinating }, requestId: ctx.requestId ?? null });
    return { id: taskId, planId: task.planId, version: input.version + 1 };
  });
}

/**
 * Corrects a task's deadline as written (a flagged one, usually): the text is read again and the task's
 * instances follow the new rule (domain reconcileInstances: reported instances are never removed).
 */
export async function setTaskDeadline(ctx: ServiceContext, taskId: string, input: { version: number; asWritten: string }) {
  const actor = authorize(ctx, 'plan.manage');
  const cal = await workingCalendar(ctx.store);
  return inTransaction(ctx.store, async (tx) => {
    const task = await lockTask(tx, taskId);
    if (!task) throw notFound('nhiệm vụ');
    const deadline = parseDeadline(input.asWritten, { year: task.year, content: task.content });
    if (!(await bumpTask(tx, taskId, input.version, { deadline }))) throw stale();
    const existing = await instancesWithReports(tx, taskId);
    const change = reconcileInstances(cal, deadline.rule, existing);
    await deleteInstances(tx, change.remove);
    for (const u of change.update) await setInstanceDue(tx, u.id, u.dueDate, u.label);
    await insertInstances(tx, change.insert.map((p) => ({ taskId, key: p.key, label: p.label, trigger: null, triggerRef: null, triggerDate: null, dueDate: p.dueDate, dutyId: null })));
    await appendAudit(tx, { actorId: auditActorId(actor), action: 'plan.deadline', entity: 'plan_task', entityId: taskId, detail: { before: task.deadline.asWritten, after: deadline.asWritten, rule: deadline.rule.kind }, requestId: ctx.requestId ?? null });
    return { id: taskId, planId: task.planId, version: input.version + 1, deadline, inserted: change.insert.length, updated: change.update.length, removed: change.remove.length };
  });
}
