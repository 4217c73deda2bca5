import { replanAfter, type DutyKind } from '../../domain/catalogue';
import { localDateOf, type WorkingCalendar } from '../../domain/calendar';
import { reportingUnit, type InstanceStatus } from '../../domain/plans';
import { conflict, forbidden, invalid, notFound } from '../errors';
import { appendAudit } from '../storage/audit';
import { inTransaction, type Tx } from '../storage/database';
import { completeDuty, findDuty, updateDutyDue } from '../storage/decisions';
import { filesForEvidence, insertReport, lockInstance, updateProgress } from '../storage/plan-instances';
import { unitsOfTasks } from '../storage/plans';
import { requireActor } from './authorize';
import { workingCalendar } from './calendar-provider';
import { auditActorId, type ServiceContext } from './context';
import { authorizePlanRead } from './plan-access';
import { instanceDetail } from './plan-queries';

export type ProgressInput = { version: number; status: InstanceStatus; percent: number; note: string; fileIds: string[] };

/** Status and percentage must agree: not started is 0 %, done is 100 %, in progress is in between or 0. */
function checkProgress(p: ProgressInput): void {
  const errors: { name: string; reason: string }[] = [];
  if (p.status === 'done' && p.percent !== 100) errors.push({ name: 'percent', reason: 'hoàn thành phải là 100%' });
  if (p.status === 'not_started' && p.percent !== 0) errors.push({ name: 'percent', reason: 'chưa thực hiện phải là 0%' });
  if (p.status === 'in_progress' && p.percent === 100) errors.push({ name: 'status', reason: '100% là hoàn thành' });
  if (errors.length > 0) throw invalid('Trạng thái và tỷ lệ hoàn thành không khớp.', { errors });
}

/** The publication duty an instance fulfils is done with it; the duties after it are re-planned (ADR 0024). */
async function completeLinkedDuty(tx: Tx, cal: WorkingCalendar, dutyId: string, userId: string | null, today: string): Promise<void> {
  const duty = await findDuty(tx, dutyId);
  if (!duty || duty.done_at) return;
  await completeDuty(tx, dutyId, userId, 'Hoàn thành theo báo cáo tiến độ kế hoạch kiểm soát TTHC');
  for (const next of replanAfter(cal, duty.kind as DutyKind, today)) await updateDutyDue(tx, duty.decision_id, next.kind, next.basisDate, next.dueDate);
}

/**
 * The lead unit reports progress on a task instance: status, percentage, a note and evidence files
 * (uploaded first through POST /api/files), appended to the instance's reports; the instance moves
 * from the version the reporter saw (409 when it moved). Only a unit head or specialist of a lead unit
 * reports; others who may read the plan get 403.
 */
export async function reportProgress(ctx: ServiceContext, instanceId: string, input: ProgressInput) {
  const actor = requireActor(ctx);
  checkProgress(input);
  const today = localDateOf(Date.now());
  const cal = await workingCalendar(ctx.store);
  await inTransaction(ctx.store, async (tx) => {
    const inst = await lockInstance(tx, instanceId);
    if (!inst) throw notFound('nhiệm vụ');
    await authorizePlanRead(ctx, inst.agencyId);
    const lead = (await unitsOfTasks(tx, { taskIds: [inst.taskId] })).filter((u) => u.role === 'lead').map((u) => u.unitId);
    const unitId = reportingUnit(actor, inst.agencyId, lead);
    if (!unitId) throw forbidden(lead.length === 0 ? 'Nhiệm vụ chưa được giao đơn vị chủ trì; chỉ đơn vị chủ trì báo cáo tiến độ.' : 'Chỉ lãnh đạo, chuyên viên của đơn vị chủ trì được báo cáo tiến độ nhiệm vụ này.');
    const fileIds = [...new Set(input.fileIds)];
    const files = await filesForEvidence(tx, fileIds);
    const unusable = fileIds.filter((id) => {
      const f = files.find((x) => x.id === id);
      return !f || (f.uploaderId !== actor.userId && f.agencyId !== inst.agencyId);
    });
    if (unusable.length > 0) throw invalid('Tài liệu minh chứng không tồn tại hoặc không thuộc cơ quan.', { errors: unusable.map((id) => ({ name: 'fileIds', reason: id })) });
    if (inst.status === 'done' && input.status !== 'done') throw conflict('Nhiệm vụ đã hoàn thành; không thể báo cáo lùi tiến độ.', { currentStatus: inst.status });
    if (!(await updateProgress(tx, instanceId, input.version, input))) throw conflict('Tiến độ nhiệm vụ đã được cập nhật bởi người khác; vui lòng tải lại.');
    await insertReport(tx, { instanceId, reportedBy: auditActorId(actor), unitId, status: input.status, percent: input.percent, note: input.note.trim(), fileIds });
    if (input.status === 'done' && inst.dutyId) await completeLinkedDuty(tx, cal, inst.dutyId, auditActorId(actor), today);
    await appendAudit(tx, { actorId: auditActorId(actor), action: 'plan.progress', entity: 'plan_task_instance', entityId: instanceId, detail: { status: input.status, percent: input.percent, files: fileIds.length }, requestId: ctx.requestId ?? null });
  });
  return instanceDetail(ctx, instanceId);
}
