import { CRITERION_KEYS, criterionText, nextReviewStatus, normaliseAnswers, REVIEW_STATUS_VI, submitProblems, type ReviewAction, type ReviewContent } from '../../domain/review';
import { AppError, conflict, invalid } from '../errors';
import { appendAudit } from '../storage/audit';
import { inTransaction } from '../storage/database';
import { findReview, moveReview, saveReviewContent } from '../storage/reviews';
import { authorize } from './authorize';
import { auditActorId, type ServiceContext } from './context';
import { comparisonOf } from './create-review';
import { loadReview, reviewView, type ReviewView } from './review-view';

/** Saves a draft review (criteria, problems, proposal, costs) from the version the officer saw. */
export async function saveReview(ctx: ServiceContext, id: string, input: { version: number; content: ReviewContent }): Promise<ReviewView> {
  const actor = authorize(ctx, 'review.edit');
  const { row } = await loadReview(ctx, id);
  if (row.status !== 'draft') throw conflict(`Phiếu rà soát đang ở trạng thái "${REVIEW_STATUS_VI[row.status]}", không sửa được.`, { currentStatus: row.status, currentVersion: row.version });
  const content: ReviewContent = { ...input.content, criteria: normaliseAnswers(input.content.criteria, CRITERION_KEYS) };
  const cmp = comparisonOf(content.costs.current, content.costs.proposed);
  const ok = await inTransaction(ctx.store, async (tx) => {
    const saved = await saveReviewContent(tx, id, input.version, { content, currentAnnual: cmp.current.annual, proposedAnnual: cmp.proposed.annual, proposalCount: content.proposal.items.length });
    if (saved) await appendAudit(tx, { actorId: auditActorId(actor), action: 'review.save', entity: 'procedure_review', entityId: id, detail: { version: input.version + 1 }, requestId: ctx.requestId ?? null });
    return saved;
  });
  if (!ok) throw conflict('Phiếu rà soát đã được người khác sửa; vui lòng tải lại.', { currentVersion: row.version });
  return reviewView((await findReview(ctx.store, id))!, actor);
}

/**
 * submit (procedure control, when every criterion is answered and every unmet one is explained),
 * approve or return with a reason (procedure control or administrator, on a submitted review).
 */
export async function transitionReview(ctx: ServiceContext, id: string, input: { action: ReviewAction; version: number; reason?: string | undefined }): Promise<ReviewView> {
  const actor = authorize(ctx, input.action === 'submit' ? 'review.edit' : 'review.approve');
  const { row } = await loadReview(ctx, id);
  const to = nextReviewStatus(row.status, input.action);
  if (!to) throw conflict(`Không thể thực hiện thao tác này khi phiếu rà soát ở trạng thái "${REVIEW_STATUS_VI[row.status]}".`, { currentStatus: row.status, currentVersion: row.version });
  if (row.version !== input.version) throw conflict('Phiếu rà soát đã thay đổi; vui lòng tải lại.', { currentStatus: row.status, currentVersion: row.version });
  if (input.action === 'return' && !input.reason?.trim()) throw invalid('Cần nêu lý do trả lại.', { errors: [{ name: 'reason', reason: 'Bắt buộc' }] });
  if (input.action === 'submit') {
    const problems = submitProblems(row.content as ReviewContent);
    if (problems.length) {
      const first = problems[0]!;
      const names = first.keys.slice(0, 3).map(criterionText).join('; ');
      const detail = first.code === 'unanswered' ? `Còn ${first.keys.length} tiêu chí chưa trả lời: ${names}…` : `Có tiêu chí không đạt nhưng chưa nêu vướng mắc hoặc phương án đơn giản hóa: ${names}`;
      throw new AppError('UNPROCESSABLE', detail, { reason: first.code, problems });
    }
  }
  const ok = await inTransaction(ctx.store, async (tx) => {
    const moved = await moveReview(tx, id, input.version, row.status, to, auditActorId(actor), { returnReason: input.action === 'return' ? input.reason!.trim() : null });
    if (moved) await appendAudit(tx, { actorId: auditActorId(actor), action: `review.${input.action}`, entity: 'procedure_review', entityId: id, detail: { from: row.status, to, reason: input.reason ?? null }, requestId: ctx.requestId ?? null });
    return moved;
  });
  if (!ok) throw conflict('Phiếu rà soát đã thay đổi; vui lòng tải lại.', { currentStatus: row.status, currentVersion: row.version });
  return reviewView((await findReview(ctx.store, id))!, actor);
}
