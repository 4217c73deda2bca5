/**
 * Impact assessment of a procedure in a draft legal document (đánh giá tác động TTHC; NĐ 63/2010 art.
 * 10, TT 02/2017/TT-VPCP): the drafting agency answers necessity, reasonableness, legality and the
 * compliance cost of the procedure it proposes, with the same criteria and calculator as a review
 * (only one scenario: the procedure does not exist yet). When the rule is issued and the procedure
 * published, the assessment is linked to the catalogue code. Statuses as reviews.
 */
import { z } from 'zod';
import { CostScenario } from '../compliance-cost';
import { PROCEDURE_CODE_PATTERN } from '../procedure';
import { CriterionAnswer, IMPACT_CRITERION_KEYS, unanswered } from './criteria';

export const DraftDocument = z.object({
  /** Tên dự thảo văn bản, e.g. "Dự thảo Nghị quyết quy định mức thu phí thẩm định …". */
  name: z.string().trim().min(3, 'Cần nhập tên dự thảo văn bản').max(500),
  /** Số, ký hiệu when known (drafts often have none yet). */
  number: z.string().trim().max(60).nullable().default(null),
});

export const ImpactHeader = z.object({
  year: z.number().int().min(2000).max(2100),
  draft: DraftDocument,
  procedureName: z.string().trim().min(3, 'Cần nhập tên thủ tục dự kiến').max(500),
  /** The drafting agency (QCVN 102 code). */
  agency: z.string().trim().min(1).max(32),
});
export type ImpactHeader = z.infer<typeof ImpactHeader>;

export const ImpactContent = z.object({
  criteria: z.array(CriterionAnswer).max(IMPACT_CRITERION_KEYS.length),
  cost: CostScenario,
  notes: z.string().trim().max(4000).default(''),
});
export type ImpactContent = z.infer<typeof ImpactContent>;
export type ImpactContentInput = z.input<typeof ImpactContent>;

export const LinkProcedure = z.object({ procedureCode: z.string().regex(PROCEDURE_CODE_PATTERN, 'Mã thủ tục phải có dạng 1.001193') });

/** Criteria the assessment must still answer before it is submitted. */
export const impactSubmitProblems = (c: ImpactContent) => unanswered(c.criteria);
