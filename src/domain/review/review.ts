/**
 * A review of a catalogue procedure (rà soát, đánh giá TTHC) and its simplification proposal
 * (phương án đơn giản hóa; NĐ 63/2010 art. 31: per procedure the content to simplify, the reason, the
 * recommended fix, the legal provisions to amend and the implementation roadmap, with the cost saving).
 * Status: draft → submitted → approved; a submitted review can be returned to draft with a reason.
 */
import { z } from 'zod';
import { CostScenario } from '../compliance-cost';
import { CRITERION_KEYS, CriterionAnswer, unanswered, type CriterionKey } from './criteria';

const text = (max: number) => z.string().trim().max(max);
const required = (what: string, max = 4000) => z.string().trim().min(1, `Cần nhập ${what}`).max(max);

export const ReviewProblem = z.object({
  /** The criterion the problem falls under; null for a general remark. */
  criterion: z.enum(CRITERION_KEYS).nullable().default(null),
  description: required('nội dung vướng mắc, bất cập'),
});
export type ReviewProblem = z.infer<typeof ReviewProblem>;

export const ProposalItem = z.object({
  /** Nội dung đơn giản hóa. */
  content: required('nội dung đơn giản hóa'),
  /** Lý do. */
  reason: required('lý do'),
  /** Kiến nghị thực thi (recommended fix). */
  recommendation: required('kiến nghị thực thi'),
  /** Điều, khoản của văn bản cần sửa đổi. */
  legalProvisions: text(2000).default(''),
  /** Lộ trình thực hiện. */
  roadmap: text(1000).default(''),
});
export type ProposalItem = z.infer<typeof ProposalItem>;

export const ReviewContent = z.object({
  criteria: z.array(CriterionAnswer).max(CRITERION_KEYS.length),
  problems: z.array(ReviewProblem).max(50).default([]),
  proposal: z.object({ summary: text(4000).default(''), items: z.array(ProposalItem).max(50).default([]) }).default({ summary: '', items: [] }),
  costs: z.object({ current: CostScenario, proposed: CostScenario }),
});
export type ReviewContent = z.infer<typeof ReviewContent>;
export type ReviewContentInput = z.input<typeof ReviewContent>;

export const REVIEW_STATUSES = ['draft', 'submitted', 'approved'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export const REVIEW_STATUS_VI: Record<ReviewStatus, string> = { draft: 'Dự thảo', submitted: 'Đã trình', approved: 'Đã phê duyệt' };

export const REVIEW_ACTIONS = ['submit', 'approve', 'return'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** Which action each status allows, and where it leads. */
export const REVIEW_TRANSITIONS = {
  draft: { submit: 'submitted' },
  submitted: { approve: 'approved', return: 'draft' },
  approved: {},
} as const satisfies Record<ReviewStatus, Partial<Record<ReviewAction, ReviewStatus>>>;

export function nextReviewStatus(status: ReviewStatus, action: ReviewAction): ReviewStatus | null {
  const row: Partial<Record<ReviewAction, ReviewStatus>> = REVIEW_TRANSITIONS[status];
  return row[action] ?? null;
}

export const availableReviewActions = (status: ReviewStatus): ReviewAction[] => Object.keys(REVIEW_TRANSITIONS[status]) as ReviewAction[];

export type SubmitProblem = { code: 'unanswered'; keys: CriterionKey[] } | { code: 'no_findings'; keys: CriterionKey[] };

/**
 * What stops a submission: every criterion answered; and a criterion not (fully) met must be backed
 * by a problem or a proposal item, otherwise the review says "not met" without saying why.
 */
export function submitProblems(content: Pick<ReviewContent, 'criteria' | 'problems' | 'proposal'>): SubmitProblem[] {
  const out: SubmitProblem[] = [];
  const missing = unanswered(content.criteria);
  if (missing.length) out.push({ code: 'unanswered', keys: missing });
  const failed = content.criteria.filter((c) => c.answer === 'no' || c.answer === 'partly').map((c) => c.key);
  if (failed.length && content.problems.length === 0 && content.proposal.items.length === 0) out.push({ code: 'no_findings', keys: failed });
  return out;
}
