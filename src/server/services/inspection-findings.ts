import { can } from '../../domain/access';
import { localDateOf } from '../../domain/calendar';
import { FINDING_STATUS_VI, fixDueDate, mayFollowUp, type FindingInput, type FollowUpInput } from '../../domain/inspection';
import { AppError, conflict, forbidden, notFound } from '../errors';
import { appendAudit } from '../storage/audit';
import { findUnit } from '../storage/agencies';
import { inTransaction } from '../storage/database';
import { existingDossierCodes, existingProcedureCodes, findFinding, findVisit, insertFinding, listFindings, listFollowUps, recordFollowUp } from '../storage/inspections';
import { agencyDirectory, descendantsOf } from './agency-directory';
import { authorize, requireActor } from './authorize';
import { workingCalendar } from './calendar-provider';
import { auditActorId, type ServiceContext } from './context';
import { agencyPathOf, readableAgencies } from './control-access';
import { findingView, getInspectionPlan } from './inspections';

type FieldError = { name: string; reason: string };

/** The links of a finding must exist: dossiers of the inspected agency (or below), catalogue procedures, a unit of the agency. */
async function checkLinks(ctx: ServiceContext, agencyId: string, input: FindingInput): Promise<string | null> {
  const dir = await agencyDirectory(ctx.store);
  const inScope = new Set(descendantsOf(dir, agencyId));
  const errors: FieldError[] = [];
  const dossiers = new Map((await existingDossierCodes(ctx.store, input.dossierCodes)).map((d) => [d.code, d.agencyId]));
  input.dossierCodes.forEach((code, i) => {
    const agency = dossiers.get(code);
    if (!agency) errors.push({ name: `dossierCodes.${i}`, reason: `Không có hồ sơ ${code}` });
    else if (!inScope.has(agency)) errors.push({ name: `dossierCodes.${i}`, reason: `Hồ sơ ${code} không thuộc cơ quan được kiểm tra` });
  });
  const procedures = new Set(await existingProcedureCodes(ctx.store, input.procedureCodes));
  input.procedureCodes.forEach((code, i) => procedures.has(code) || errors.push({ name: `procedureCodes.${i}`, reason: `Danh mục không có thủ tục ${code}` }));
  const unit = input.unitCode ? await findUnit(ctx.store, agencyId, input.unitCode) : undefined;
  if (input.unitCode && !unit) errors.push({ name: 'unitCode', reason: `Cơ quan được kiểm tra không có đơn vị ${input.unitCode}` });
  if (errors.length) throw new AppError('UNPROCESSABLE', `Phát hiện liên kết tới dữ liệu không hợp lệ: ${errors.map((e) => e.reason).join('; ')}.`, { reason: 'invalid_links', errors });
  return unit?.id ?? null;
}

/** Records a finding of a visit with the fix required; its deadline counts working days from the visit. */
export async function addFinding(ctx: ServiceContext, visitId: string, input: FindingInput) {
  const actor = authorize(ctx, 'inspection.manage');
  const visit = await findVisit(ctx.store, visitId);
  if (!visit) throw notFound('đợt kiểm tra');
  authorize(ctx, 'inspection.manage', await agencyPathOf(ctx, visit.agencyId));
  const unitId = await checkLinks(ctx, visit.agencyId, input);
  const dueDate = fixDueDate(await workingCalendar(ctx.store), visit.visitDate, input.dueWorkingDays);
  await inTransaction(ctx.store, async (tx) => {
    const id = await insertFinding(tx, { visitId, description: input.description, severity: input.severity, dossierCodes: input.dossierCodes, procedureCodes: input.procedureCodes, unitId, fixRequired: input.fixRequired, dueWorkingDays: input.dueWorkingDays, dueDate, createdBy: auditActorId(actor) });
    await appendAudit(tx, { actorId: auditActorId(actor), action: 'inspection.finding', entity: 'inspection_finding', entityId: id, detail: { visitId, dueDate }, requestId: ctx.requestId ?? null });
  });
  return getInspectionPlan(ctx, visit.planId);
}

/**
 * A follow-up: the inspected agency's head reports a fix (or adds a note); the inspector verifies or
 * reopens. The status moves from the version the officer saw, with the follow-up row, in one transaction.
 */
export async function followUpFinding(ctx: ServiceContext, findingId: string, input: FollowUpInput) {
  const actor = requireActor(ctx);
  const f = await findFinding(ctx.store, findingId);
  if (!f) throw notFound('phát hiện kiểm tra');
  const target = await agencyPathOf(ctx, f.agencyId);
  const as = can(actor, 'inspection.manage', target) ? 'inspector' : can(actor, 'inspection.follow_up', target) ? 'unit' : null;
  if (!as) throw forbidden();
  if (f.status === 'verified') throw conflict('Phát hiện đã được kiểm tra, xác nhận khắc phục; không theo dõi thêm.', { currentStatus: f.status });
  if (!mayFollowUp(f.status, input.status, as)) {
    if (mayFollowUp(f.status, input.status, 'inspector')) throw forbidden('Chỉ đoàn kiểm tra được xác nhận hoặc mở lại phát hiện.');
    throw new AppError('UNPROCESSABLE', `Không chuyển được từ "${FINDING_STATUS_VI[f.status]}" sang "${FINDING_STATUS_VI[input.status]}".`, { reason: 'move_not_allowed' });
  }
  const ok = await inTransaction(ctx.store, async (tx) => {
    const moved = await recordFollowUp(tx, { findingId, version: input.version, from: f.status, to: input.status, note: input.note, actorId: auditActorId(actor), actorName: actor.fullName });
    if (moved) await appendAudit(tx, { actorId: auditActorId(actor), action: 'inspection.follow_up', entity: 'inspection_finding', entityId: findingId, detail: { from: f.status, to: input.status }, requestId: ctx.requestId ?? null });
    return moved;
  });
  if (!ok) throw conflict('Phát hiện đã được cập nhật; vui lòng tải lại.', { currentStatus: f.status, currentVersion: f.version });
  const after = (await findFinding(ctx.store, findingId))!;
  return findingView(after, await listFollowUps(ctx.store, [findingId]), actor, localDateOf(new Date()));
}

/** Fixes past their due date and still open, in the agencies the officer may see. */
export async function overdueFixes(ctx: ServiceContext) {
  const actor = requireActor(ctx);
  const agencyIds = await readableAgencies(ctx, 'inspection.read', 'inspection.manage');
  const today = localDateOf(new Date());
  const rows = await listFindings(ctx.store, { openDueBefore: today, ...(agencyIds && { agencyIds }) });
  const followUps = await listFollowUps(ctx.store, rows.map((r) => r.id));
  return rows.map((r) => findingView(r, followUps, actor, today));
}

