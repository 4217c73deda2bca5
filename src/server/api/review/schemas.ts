import { z } from 'zod';
import { CostScenario } from '../../../domain/compliance-cost';
import { DraftDocument, ImpactContent, ImpactHeader, PlanItemInput, REVIEW_ACTIONS, REVIEW_STATUSES, ReviewContent, ReviewPlanInput } from '../../../domain/review';
import { PROCEDURE_CODE_PATTERN } from '../../../domain/procedure';

/** Zod shapes of the review, review-plan and impact-assessment API (they generate its OpenAPI document). */
export const Id = z.object({ id: z.uuid('Mã không hợp lệ') });
export const ProcedureCode = z.object({ code: z.string().regex(PROCEDURE_CODE_PATTERN, 'Mã thủ tục phải có dạng 1.001193') });
export const YearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

const Money = z.number().int().describe('Đồng');
const ScenarioCost = z.looseObject({ perExecution: Money, annual: Money, timeCost: Money, outsourcing: Money, fees: Money, otherCosts: Money, hours: z.number() });
export const Comparison = z.object({
  current: ScenarioCost,
  proposed: ScenarioCost,
  saving: z.object({ perExecution: Money, annual: Money }),
  rate: z.object({ perExecution: z.number().nullable(), annual: z.number().nullable() }).describe('Tỷ lệ cắt giảm (%), hai chữ số thập phân; null khi chi phí hiện tại bằng 0'),
});

export const CostDefaultsQuery = z.object({
  channel: z.enum(['direct', 'online', 'postal']).optional().describe('Kênh nộp lấy phí, lệ phí (mặc định: trực tiếp)'),
  annualIncome: z.coerce.number().int().min(1).max(10_000_000_000).optional().describe('Thu nhập bình quân đầu người một năm (đồng)'),
});

export const CostDefaults = z.object({
  procedure: z.object({ code: z.string(), name: z.string(), versionNo: z.number().int() }),
  measured: z.looseObject({ dossiersPerYear: z.number().int(), returned: z.number().int(), medianOfficeHours: z.number().nullable(), medianWorkingDays: z.number().nullable(), fees: Money, hourlyIncome: Money }),
  scenario: CostScenario,
});

export const CreateReviewBody = z.object({
  procedureCode: z.string().regex(PROCEDURE_CODE_PATTERN, 'Mã thủ tục phải có dạng 1.001193'),
  planItemId: z.uuid().optional().describe('Thủ tục đã đăng ký trong kế hoạch rà soát'),
  agency: z.string().trim().min(1).max(32).optional().describe('Mã cơ quan rà soát (mặc định: theo kế hoạch, hoặc cơ quan của người lập)'),
  annualIncome: z.number().int().min(1).max(10_000_000_000).optional(),
  channel: z.enum(['direct', 'online', 'postal']).optional(),
});

export const SaveReviewBody = z.object({ version: z.number().int().positive(), content: ReviewContent });
export const TransitionBody = z.object({
  action: z.enum(REVIEW_ACTIONS).describe('submit: trình; approve: phê duyệt; return: trả lại (cần lý do)'),
  version: z.number().int().positive(),
  reason: z.string().trim().max(2000).optional(),
});

export const ReviewView = z.looseObject({
  id: z.string(),
  procedure: z.object({ code: z.string(), name: z.string(), versionNo: z.number().int() }),
  agency: z.object({ code: z.string(), name: z.string() }),
  year: z.number().int(),
  status: z.enum(REVIEW_STATUSES),
  statusName: z.string(),
  content: ReviewContent,
  result: Comparison,
  version: z.number().int(),
  canEdit: z.boolean(),
  availableActions: z.array(z.enum(REVIEW_ACTIONS)),
});

export const ReviewSummaryRow = z.looseObject({ id: z.string(), status: z.enum(REVIEW_STATUSES), currentAnnual: Money, proposedAnnual: Money, savingAnnual: Money, rate: z.number().nullable() });
export const ReviewListQuery = YearQuery.extend({ status: z.enum(REVIEW_STATUSES).optional(), procedure: z.string().regex(PROCEDURE_CODE_PATTERN).optional() });

export const CreatePlanBody = ReviewPlanInput.extend({ agency: z.string().trim().min(1).max(32).optional() });
export const PlanItemBody = PlanItemInput;
const Progress = z.looseObject({ total: z.number().int(), approved: z.number().int(), overdue: z.number().int(), percent: z.number().int() });
export const PlanView = z.looseObject({ id: z.string(), year: z.number().int(), title: z.string(), progress: Progress, items: z.array(z.looseObject({ id: z.string(), procedureCode: z.string(), state: z.string(), deadline: z.string(), reviewId: z.string().nullable() })) });
export const Summary = z.looseObject({ year: z.number().int(), registered: Progress, reviews: z.number().int(), approved: z.number().int(), proposals: z.number().int(), currentAnnual: Money, proposedAnnual: Money, savingAnnual: Money, rate: z.number().nullable() });
export const SummaryQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const CreateImpactBody = ImpactHeader.extend({ content: ImpactContent.optional() });
export const SaveImpactBody = z.object({ version: z.number().int().positive(), draft: DraftDocument, procedureName: ImpactHeader.shape.procedureName, content: ImpactContent });
export const LinkImpactBody = z.object({ version: z.number().int().positive(), procedureCode: z.string().regex(PROCEDURE_CODE_PATTERN, 'Mã thủ tục phải có dạng 1.001193') });
export const ImpactView = z.looseObject({ id: z.string(), status: z.enum(REVIEW_STATUSES), procedureCode: z.string().nullable(), content: ImpactContent, cost: ScenarioCost, version: z.number().int(), availableActions: z.array(z.enum(REVIEW_ACTIONS)) });
