/**
 * Review plans (kế hoạch rà soát, đánh giá TTHC): the procedures registered to review in a year (seed
 * 002 task 3.1 "Đăng ký danh sách TTHC có khó khăn, bất cập … thực hiện rà soát"), each with the
 * reviewing unit and a deadline; progress follows the reviews themselves.
 */
import { z } from 'zod';
import { compareLocalDates, isValidLocalDate, type LocalDate } from '../calendar';
import { PROCEDURE_CODE_PATTERN } from '../procedure';
import type { ReviewStatus } from './review';

const localDate = z.string().refine(isValidLocalDate, 'Ngày phải có dạng YYYY-MM-DD và có thật');

export const ReviewPlanInput = z.object({
  year: z.number().int().min(2000).max(2100),
  /** Số, ký hiệu, e.g. "15/KH-UBND". */
  number: z.string().trim().min(1).max(60).nullable().default(null),
  issuedOn: localDate.nullable().default(null),
  title: z.string().trim().min(3, 'Cần nhập tên kế hoạch').max(500),
  note: z.string().trim().max(4000).default(''),
});
export type ReviewPlanInput = z.infer<typeof ReviewPlanInput>;

export const PlanItemInput = z.object({
  procedureCode: z.string().regex(PROCEDURE_CODE_PATTERN, 'Mã thủ tục phải có dạng 1.001193'),
  /** Agency code (QCVN 102) of the reviewing agency. */
  reviewingAgency: z.string().trim().min(1).max(32),
  /** The unit inside it, as written (e.g. "Phòng Hành chính tư pháp"). */
  reviewingUnit: z.string().trim().max(300).default(''),
  deadline: localDate,
  note: z.string().trim().max(2000).default(''),
});
export type PlanItemInput = z.infer<typeof PlanItemInput>;

export const PLAN_ITEM_STATES = ['not_started', 'in_progress', 'submitted', 'approved', 'overdue'] as const;
export type PlanItemState = (typeof PLAN_ITEM_STATES)[number];
export const PLAN_ITEM_STATE_VI: Record<PlanItemState, string> = {
  not_started: 'Chưa rà soát',
  in_progress: 'Đang rà soát',
  submitted: 'Đã trình',
  approved: 'Hoàn thành',
  overdue: 'Quá hạn',
};

/** An item's state on `today`: approved is done whenever it happened; anything else past its deadline is overdue. */
export function planItemState(item: { deadline: LocalDate; reviewStatus: ReviewStatus | null }, today: LocalDate): PlanItemState {
  if (item.reviewStatus === 'approved') return 'approved';
  if (compareLocalDates(item.deadline, today) < 0) return 'overdue';
  if (item.reviewStatus === 'submitted') return 'submitted';
  return item.reviewStatus === 'draft' ? 'in_progress' : 'not_started';
}

export type PlanProgress = Record<PlanItemState, number> & { total: number; percent: number };

/** Counts per state and the share approved, in whole percent (rounded half up). */
export function planProgress(items: readonly { deadline: LocalDate; reviewStatus: ReviewStatus | null }[], today: LocalDate): PlanProgress {
  const counts: Record<PlanItemState, number> = { not_started: 0, in_progress: 0, submitted: 0, approved: 0, overdue: 0 };
  for (const i of items) counts[planItemState(i, today)]++;
  const total = items.length;
  return { ...counts, total, percent: total === 0 ? 0 : Math.floor((counts.approved * 100) / total + 0.5) };
}
