import { can } from '../../domain/access';
import { defaultScenario, DEFAULT_HOURLY_INCOME } from '../../domain/compliance-cost';
import {
  availableReviewActions,
  blankAnswers,
  criterionText,
  IMPACT_CRITERION_KEYS,
  ImpactContent,
  impactSubmitProblems,
  nextReviewStatus,
  normaliseAnswers,
  REVIEW_STATUS_VI,
  type ImpactHeader,
  type ReviewAction,
} from '../../domain/review';
import { AppError, conflict, invalid, notFound } from '../errors';
import { appendAudit } from '../storage/audit';
import { inTransaction } from '../storage/database';
import { findImpact, insertImpact, linkImpactProcedure, listImpacts, moveImpact, saveImpact, type ImpactRow } from '../storage/impact-assessments';
import { findProcedureId } from '../storage/procedures';
import { authorize, requireActor } from './authorize';
import { auditActorId, type Actor, type ServiceContext } from './context';
import { agencyByCode, assertCanRead, readableAgencies, unprocessable } from './control-access';
import { comparisonOf } from './create-review';

function impactView(row: ImpactRow, actor: Actor) {
  const content = ImpactContent.parse(row.content);
  return {
    id: row.id,
    agency: { code: row.agencyCode, name: row.agencyName },
    year: row.year,
    draft: { name: row.draftName, number: row.draftNumber },
    procedureName: row.procedureName,
    procedureCode: row.procedureCode,
    status: row.status,
    statusName: REVIEW_STATUS_VI[row.status],
    content,
    cost: comparisonOf(content.cost, content.cost).current,
    returnReason: row.returnReason,
    submittedAt: row.submittedAt,
    approvedAt: row.approvedAt,
    createdBy: row.createdBy,
    updatedAt: row.updatedAt,
    version: row.version,
    canEdit: row.status === 'draft' && can(actor, 'review.edit'),
    availableActions: availableReviewActions(row.status).filter((a) => can(actor, a === 'submit' ? 'review.edit' : 'review.approve')),
  };
}
export type ImpactView = ReturnType<typeof impactView>;

async function load(ctx: ServiceContext, id: string) {
  const actor = requireActor(ctx);
  const row = await findImpact(ctx.store, id);
  if (!row) throw notFound('phiếu đánh giá tác động');
  await assertCanRead(ctx, row.agencyId, 'review.read', 'review.edit');
  return { row, actor };
}

export async function getImpact(ctx: ServiceContext, id: string): Promise<ImpactView> {
  const { row, actor } = await load(ctx, id);
  return impactView(row, actor);
}

export async function listImpactViews(ctx: ServiceContext, year: number | undefined): Promise<ImpactView[]> {
  const actor = requireActor(ctx);
  const agencyIds = await readableAgencies(ctx, 'review.read', 'review.edit');
  return (await listImpacts(ctx.store, { year, agencyIds })).map((r) => impactView(r, actor));
}

/** Opens an assessment for a procedure proposed in a draft rule; its cost table starts empty at the default income. */
export async function createImpact(ctx: ServiceContext, header: ImpactHeader, input?: ImpactContent): Promise<ImpactView> {
  const actor = authorize(ctx, 'review.edit');
  const agency = await agencyByCode(ctx, header.agency, 'agency');
  const content: ImpactContent = input
    ? { ...input, criteria: normaliseAnswers(input.criteria, IMPACT_CRITERION_KEYS) }
    : { criteria: blankAnswers(IMPACT_CRITERION_KEYS), cost: defaultScenario({ hourlyIncome: DEFAULT_HOURLY_INCOME, fees: 0, waitingHours: null, subjectsPerYear: 0 }), notes: '' };
  const annual = comparisonOf(content.cost, content.cost).current.annual;
  const id = await inTransaction(ctx.store, async (tx) => {
    const newId = await insertImpact(tx, { agencyId: agency.id, year: header.year, draftName: header.draft.name, draftNumber: header.draft.number, procedureName: header.procedureName, content, annualCost: annual, createdBy: auditActorId(actor) });
    await appendAudit(tx, { actorId: auditActorId(actor), action: 'impact.create', entity: 'impact_assessment', entityId: newId, detail: { draft: header.draft.name }, requestId: ctx.requestId ?? null });
    return newId;
  });
  return getImpact(ctx, id);
}

export async function saveImpactAssessment(ctx: ServiceContext, id: string, input: { version: number; header: Omit<ImpactHeader, 'agency' | 'year'>; content: ImpactContent }): Promise<ImpactView> {
  const actor = authorize(ctx, 'review.edit');
  const { row } = await load(ctx, id);
  if (row.status !== 'draft') throw conflict(`Phiếu đánh giá tác động đang ở trạng thái "${REVIEW_STATUS_VI[row.status]}", không sửa được.`, { currentStatus: row.status });
  const content = { ...input.content, criteria: normaliseAnswers(input.content.criteria, IMPACT_CRITERION_KEYS) };
  const annual = comparisonOf(content.cost, content.cost).current.annual;
  const ok = await inTransaction(ctx.store, async (tx) => {
    const saved = await saveImpact(tx, id, input.version, { draftName: input.header.draft.name, draftNumber: input.header.draft.number, procedureName: input.header.procedureName, content, annualCost: annual });
    if (saved) await appendAudit(tx, { actorId: auditActorId(actor), action: 'impact.save', entity: 'impact_assessment', entityId: id, detail: { version: input.version + 1 }, requestId: ctx.requestId ?? null });
    return saved;
  });
  if (!ok) throw conflict('Phiếu đánh giá tác động đã được người khác sửa; vui lòng tải lại.', { currentVersion: row.version });
  return getImpact(ctx, id);
}

export async function transitionImpact(ctx: ServiceContext, id: string, input: { action: ReviewAction; version: number; reason?: string | undefined }): Promise<ImpactView> {
  const actor = authorize(ctx, input.action === 'submit' ? 'review.edit' : 'review.approve');
  const { row } = await load(ctx, id);
  const to = nextReviewStatus(row.status, input.action);
  if (!to || row.version !== input.version) throw conflict(`Không thể thực hiện thao tác này khi phiếu ở trạng thái "${REVIEW_STATUS_VI[row.status]}" (phiên bản ${row.version}).`, { currentStatus: row.status, currentVersion: row.version });
  if (input.action === 'return' && !input.reason?.trim()) throw invalid('Cần nêu lý do trả lại.', { errors: [{ name: 'reason', reason: 'Bắt buộc' }] });
  if (input.action === 'submit') {
    const missing = impactSubmitProblems(ImpactContent.parse(row.content));
    if (missing.length) throw new AppError('UNPROCESSABLE', `Còn ${missing.length} tiêu chí chưa trả lời: ${missing.slice(0, 3).map(criterionText).join('; ')}`, { reason: 'unanswered', keys: missing });
  }
  const ok = await inTransaction(ctx.store, async (tx) => {
    const moved = await moveImpact(tx, id, input.version, row.status, to, auditActorId(actor), input.action === 'return' ? input.reason!.trim() : null);
    if (moved) await appendAudit(tx, { actorId: auditActorId(actor), action: `impact.${input.action}`, entity: 'impact_assessment', entityId: id, detail: { from: row.status, to }, requestId: ctx.requestId ?? null });
    return moved;
  });
  if (!ok) throw conflict('Phiếu đánh giá tác động đã thay đổi; vui lòng tải lại.');
  return getImpact(ctx, id);
}

/** Once the rule is issued and its procedure published, the approved assessment points to the catalogue code. */
export async function linkImpact(ctx: ServiceContext, id: string, input: { version: number; procedureCode: string }): Promise<ImpactView> {
  const actor = authorize(ctx, 'review.edit');
  const { row } = await load(ctx, id);
  if (row.status !== 'approved') throw new AppError('UNPROCESSABLE', 'Chỉ liên kết thủ tục đã công bố với phiếu đánh giá tác động đã được phê duyệt.', { reason: 'not_approved' });
  if (!(await findProcedureId(ctx.store, input.procedureCode))) throw unprocessable(`Danh mục không có thủ tục ${input.procedureCode}.`, 'procedureCode', 'Không có trong danh mục');
  const ok = await inTransaction(ctx.store, async (tx) => {
    const linked = await linkImpactProcedure(tx, id, input.version, input.procedureCode);
    if (linked) await appendAudit(tx, { actorId: auditActorId(actor), action: 'impact.link', entity: 'impact_assessment', entityId: id, detail: { procedureCode: input.procedureCode }, requestId: ctx.requestId ?? null });
    return linked;
  });
  if (!ok) throw conflict('Phiếu đánh giá tác động đã thay đổi; vui lòng tải lại.');
  return getImpact(ctx, id);
}

