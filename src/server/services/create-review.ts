import { localDateOf } from '../../domain/calendar';
import { compareScenarios, CostInputError, type CostComparison, type CostScenario } from '../../domain/compliance-cost';
import { blankAnswers, type ReviewContent } from '../../domain/review';
import { AppError, conflict, invalid, notFound } from '../errors';
import { appendAudit } from '../storage/audit';
import { inTransaction } from '../storage/database';
import { findPlanItem, findReviewPlan, linkPlanItemReview } from '../storage/review-plans';
import { findReview, insertReview } from '../storage/reviews';
import { authorize } from './authorize';
import { auditActorId, type ServiceContext } from './context';
import { agencyByCode, ownAgencyId } from './control-access';
import { measure, reviewedVersion, scenarioFrom } from './cost-defaults';
import { reviewView, type ReviewView } from './review-view';

/** Costs of a content, or 422 when the numbers overflow what can be computed exactly. */
export function comparisonOf(current: CostScenario, proposed: CostScenario): CostComparison {
  try {
    return compareScenarios(current, proposed);
  } catch (e) {
    if (e instanceof CostInputError) throw new AppError('UNPROCESSABLE', e.message, { reason: 'cost_out_of_range' });
    throw e;
  }
}

export type CreateReviewInput = { procedureCode: string; planItemId?: string | undefined; agency?: string | undefined; annualIncome?: number | undefined; channel?: string | undefined };

/**
 * Starts the review of a procedure: the version in force, a blank criteria sheet, and the cost table
 * pre-filled from the catalogue and the procedure's dossiers (the proposal starts equal to the
 * current cost). From a plan item, the item's reviewing agency and year apply and the item is linked.
 */
export async function createReview(ctx: ServiceContext, input: CreateReviewInput): Promise<ReviewView> {
  const actor = authorize(ctx, 'review.edit');
  const now = new Date();
  const version = await reviewedVersion(ctx.store, input.procedureCode, localDateOf(now));
  const item = input.planItemId ? await findPlanItem(ctx.store, input.planItemId) : undefined;
  if (input.planItemId && !item) throw notFound('thủ tục đăng ký trong kế hoạch rà soát');
  if (item && item.procedureCode !== input.procedureCode) {
    throw invalid(`Kế hoạch đăng ký thủ tục ${item.procedureCode}, không phải ${input.procedureCode}.`, { errors: [{ name: 'procedureCode', reason: 'Khác thủ tục đã đăng ký' }] });
  }
  if (item?.reviewId) throw conflict('Thủ tục này trong kế hoạch đã có phiếu rà soát.', { reviewId: item.reviewId });
  const agencyId = item ? item.reviewingAgencyId : input.agency ? (await agencyByCode(ctx, input.agency, 'agency')).id : await ownAgencyId(ctx, actor);
  const year = item ? (await findReviewPlan(ctx.store, item.planId))!.year : Number(localDateOf(now).slice(0, 4));

  const measured = await measure(ctx, version, { channel: input.channel, annualIncome: input.annualIncome, now });
  const scenario = scenarioFrom(measured);
  const content: ReviewContent = { criteria: blankAnswers(), problems: [], proposal: { summary: '', items: [] }, costs: { current: scenario, proposed: scenario } };
  const cmp = comparisonOf(scenario, scenario);

  const id = await inTransaction(ctx.store, async (tx) => {
    const reviewId = await insertReview(tx, {
      procedureCode: version.code,
      procedureVersionId: version.id,
      procedureName: version.record.name,
      agencyId,
      year,
      content,
      measured,
      currentAnnual: cmp.current.annual,
      proposedAnnual: cmp.proposed.annual,
      proposalCount: 0,
      createdBy: auditActorId(actor),
    });
    if (item && !(await linkPlanItemReview(tx, item.id, reviewId))) throw conflict('Thủ tục này trong kế hoạch vừa được người khác bắt đầu rà soát.');
    await appendAudit(tx, { actorId: auditActorId(actor), action: 'review.create', entity: 'procedure_review', entityId: reviewId, detail: { procedureCode: version.code, planItemId: item?.id ?? null }, requestId: ctx.requestId ?? null });
    return reviewId;
  });
  return reviewView((await findReview(ctx.store, id))!, actor);
}
