import { can } from '../../domain/access';
import { compareScenarios, savingRate } from '../../domain/compliance-cost';
import { availableReviewActions, REVIEW_STATUS_VI, ReviewContent, type ReviewAction } from '../../domain/review';
import { notFound } from '../errors';
import { findReview, listReviews, type ReviewFilter, type ReviewRow } from '../storage/reviews';
import { requireActor } from './authorize';
import type { Actor, ServiceContext } from './context';
import { assertCanRead, readableAgencies } from './control-access';

/** The actions this officer may take on a review now (the server checks the same on every action). */
function actionsFor(actor: Actor, status: ReviewRow['status']): ReviewAction[] {
  return availableReviewActions(status).filter((a) => can(actor, a === 'submit' ? 'review.edit' : 'review.approve'));
}

export function reviewView(row: ReviewRow, actor: Actor) {
  const content = ReviewContent.parse(row.content);
  return {
    id: row.id,
    procedure: { code: row.procedureCode, name: row.procedureName, versionNo: row.versionNo },
    agency: { code: row.agencyCode, name: row.agencyName },
    year: row.year,
    status: row.status,
    statusName: REVIEW_STATUS_VI[row.status],
    content,
    result: compareScenarios(content.costs.current, content.costs.proposed),
    measured: row.measured as Record<string, unknown>,
    plan: row.planItemId ? { planId: row.planId!, itemId: row.planItemId, deadline: row.deadline! } : null,
    returnReason: row.returnReason,
    submittedAt: row.submittedAt,
    approvedAt: row.approvedAt,
    approvedBy: row.approvedBy,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
    canEdit: row.status === 'draft' && can(actor, 'review.edit'),
    availableActions: actionsFor(actor, row.status),
  };
}
export type ReviewView = ReturnType<typeof reviewView>;

/** A review the actor may read, or 404 / 403. */
export async function loadReview(ctx: ServiceContext, id: string): Promise<{ row: ReviewRow; actor: Actor }> {
  const actor = requireActor(ctx);
  const row = await findReview(ctx.store, id);
  if (!row) throw notFound('phiếu rà soát');
  await assertCanRead(ctx, row.agencyId, 'review.read', 'review.edit');
  return { row, actor };
}

export async function getReview(ctx: ServiceContext, id: string): Promise<ReviewView> {
  const { row, actor } = await loadReview(ctx, id);
  return reviewView(row, actor);
}

export async function listReviewSummaries(ctx: ServiceContext, f: Omit<ReviewFilter, 'agencyIds'>) {
  const agencyIds = await readableAgencies(ctx, 'review.read', 'review.edit');
  const rows = await listReviews(ctx.store, { ...f, agencyIds });
  return rows.map((r) => ({
    id: r.id,
    procedure: { code: r.procedureCode, name: r.procedureName, versionNo: r.versionNo },
    agency: { code: r.agencyCode, name: r.agencyName },
    year: r.year,
    status: r.status,
    statusName: REVIEW_STATUS_VI[r.status],
    currentAnnual: r.currentAnnual,
    proposedAnnual: r.proposedAnnual,
    savingAnnual: r.currentAnnual - r.proposedAnnual,
    rate: savingRate(r.currentAnnual, r.proposedAnnual),
    proposalCount: r.proposalCount,
    deadline: r.deadline,
    updatedAt: r.updatedAt,
  }));
}
