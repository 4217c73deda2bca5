import { localDateOf } from '../../domain/calendar';
import { savingRate } from '../../domain/compliance-cost';
import { PLAN_ITEM_STATE_VI, planItemState, planProgress, type PlanItemInput, type ReviewPlanInput } from '../../domain/review';
import { conflict, invalid, notFound } from '../errors';
import { appendAudit } from '../storage/audit';
import { inTransaction } from '../storage/database';
import { findProcedureId } from '../storage/procedures';
import { findReviewPlan, insertPlanItem, insertReviewPlan, listPlanItems, listReviewPlans, planItemsOfYear, type PlanItemRow, type ReviewPlanRow } from '../storage/review-plans';
import { reviewTotals } from '../storage/reviews';
import { authorize, requireActor } from './authorize';
import { auditActorId, type ServiceContext } from './context';
import { agencyByCode, assertCanRead, ownAgencyId, readableAgencies, unprocessable } from './control-access';

const itemView = (i: PlanItemRow, today: string) => {
  const state = planItemState({ deadline: i.deadline, reviewStatus: i.reviewStatus }, today);
  return {
    id: i.id,
    procedureCode: i.procedureCode,
    procedureName: i.procedureName,
    reviewingAgency: { code: i.reviewingAgencyCode, name: i.reviewingAgencyName },
    reviewingUnit: i.reviewingUnit,
    deadline: i.deadline,
    note: i.note,
    reviewId: i.reviewId,
    state,
    stateName: PLAN_ITEM_STATE_VI[state],
    savingAnnual: i.savingAnnual,
  };
};

function planView(p: ReviewPlanRow, items: PlanItemRow[], today: string) {
  const mine = items.filter((i) => i.planId === p.id);
  return {
    id: p.id,
    agency: { code: p.agencyCode, name: p.agencyName },
    year: p.year,
    number: p.number,
    issuedOn: p.issuedOn,
    title: p.title,
    note: p.note,
    progress: planProgress(mine.map((i) => ({ deadline: i.deadline, reviewStatus: i.reviewStatus })), today),
    items: mine.map((i) => itemView(i, today)),
  };
}
export type ReviewPlanView = ReturnType<typeof planView>;

export async function createReviewPlan(ctx: ServiceContext, input: ReviewPlanInput & { agency?: string | undefined }): Promise<ReviewPlanView> {
  const actor = authorize(ctx, 'review.edit');
  const agencyId = input.agency ? (await agencyByCode(ctx, input.agency, 'agency')).id : await ownAgencyId(ctx, actor);
  const id = await inTransaction(ctx.store, async (tx) => {
    const planId = await insertReviewPlan(tx, { agencyId, year: input.year, number: input.number, issuedOn: input.issuedOn, title: input.title, note: input.note, createdBy: auditActorId(actor) });
    await appendAudit(tx, { actorId: auditActorId(actor), action: 'review_plan.create', entity: 'review_plan', entityId: planId, detail: { year: input.year }, requestId: ctx.requestId ?? null });
    return planId;
  });
  return getReviewPlan(ctx, id);
}

export async function getReviewPlan(ctx: ServiceContext, id: string): Promise<ReviewPlanView> {
  requireActor(ctx);
  const plan = await findReviewPlan(ctx.store, id);
  if (!plan) throw notFound('kế hoạch rà soát');
  await assertCanRead(ctx, plan.agencyId, 'review.read', 'review.edit');
  return planView(plan, await listPlanItems(ctx.store, [id]), localDateOf(new Date()));
}

export async function listReviewPlanViews(ctx: ServiceContext, year: number | undefined): Promise<ReviewPlanView[]> {
  const agencyIds = await readableAgencies(ctx, 'review.read', 'review.edit');
  const plans = (await listReviewPlans(ctx.store, year)).filter((p) => !agencyIds || agencyIds.includes(p.agencyId));
  const items = await listPlanItems(ctx.store, plans.map((p) => p.id));
  const today = localDateOf(new Date());
  return plans.map((p) => planView(p, items, today));
}

/** Registers a procedure of the catalogue to review in a plan (seed 002 task 3.1). */
export async function registerPlanItem(ctx: ServiceContext, planId: string, input: PlanItemInput): Promise<ReviewPlanView> {
  const actor = authorize(ctx, 'review.edit');
  const plan = await findReviewPlan(ctx.store, planId);
  if (!plan) throw notFound('kế hoạch rà soát');
  if (!(await findProcedureId(ctx.store, input.procedureCode))) {
    throw unprocessable(`Danh mục không có thủ tục ${input.procedureCode}.`, 'procedureCode', 'Không có trong danh mục');
  }
  if (Number(input.deadline.slice(0, 4)) < plan.year) throw invalid(`Hạn rà soát phải trong năm ${plan.year} của kế hoạch hoặc sau đó.`, { errors: [{ name: 'deadline', reason: 'Trước năm kế hoạch' }] });
  const agency = await agencyByCode(ctx, input.reviewingAgency, 'reviewingAgency');
  await inTransaction(ctx.store, async (tx) => {
    const itemId = await insertPlanItem(tx, { planId, procedureCode: input.procedureCode, reviewingAgencyId: agency.id, reviewingUnit: input.reviewingUnit, deadline: input.deadline, note: input.note, registeredBy: auditActorId(actor) });
    if (!itemId) throw conflict(`Thủ tục ${input.procedureCode} đã được đăng ký trong kế hoạch này.`);
    await appendAudit(tx, { actorId: auditActorId(actor), action: 'review_plan.register', entity: 'review_plan', entityId: planId, detail: { procedureCode: input.procedureCode, itemId }, requestId: ctx.requestId ?? null });
  });
  return getReviewPlan(ctx, planId);
}

/**
 * The province-wide summary of a year: registered procedures and their progress, reviews by status,
 * proposals and the annual compliance cost before and after approved proposals (reports are SQL).
 */
export async function reviewSummary(ctx: ServiceContext, year: number) {
  // Procedure control sees the province; an agency head or inspector the agencies they may read.
  const agencyIds = await readableAgencies(ctx, 'review.read', 'review.edit');
  const today = localDateOf(new Date());
  const [allItems, totals] = await Promise.all([planItemsOfYear(ctx.store, year), reviewTotals(ctx.store, year, agencyIds)]);
  const items = agencyIds ? allItems.filter((i) => agencyIds.includes(i.reviewingAgencyId)) : allItems;
  const sum = (k: 'reviews' | 'approved' | 'submitted' | 'drafts' | 'proposals' | 'currentAnnual' | 'proposedAnnual') => totals.reduce((a, t) => a + t[k], 0);
  const currentAnnual = sum('currentAnnual');
  const proposedAnnual = sum('proposedAnnual');
  return {
    year,
    registered: planProgress(items.map((i) => ({ deadline: i.deadline, reviewStatus: i.reviewStatus })), today),
    reviews: sum('reviews'),
    approved: sum('approved'),
    submitted: sum('submitted'),
    drafts: sum('drafts'),
    proposals: sum('proposals'),
    currentAnnual,
    proposedAnnual,
    savingAnnual: currentAnnual - proposedAnnual,
    rate: savingRate(currentAnnual, proposedAnnual),
    byAgency: totals.map((t) => ({ ...t, savingAnnual: t.currentAnnual - t.proposedAnnual, rate: savingRate(t.currentAnnual, t.proposedAnnual) })),
  };
}
