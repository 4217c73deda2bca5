/**
 * The review criteria (rà soát, đánh giá TTHC): NĐ 63/2010/NĐ-CP art. 28 as amended by NĐ 92/2017 —
 * (1) necessity, reasonableness and legality of the procedure and its related rules, and its
 * compliance cost; (2) fit with management goals and socio-economic and technological change;
 * (3) the principles of art. 7 and 12 — asked per part of the procedure as the TT 02/2017/TT-VPCP
 * review forms do (name, sequence, method, dossier, time limit, subjects, agency, forms, conditions,
 * fees, result). The exact wording of the forms is UNCONFIRMED (legal digest §3); the questions are
 * phrased so that "yes" means the criterion is met. Impact assessments of draft rules (NĐ 63/2010
 * art. 10) ask the same questions except the fit with change, which a new rule has by design.
 */
import { z } from 'zod';

export const CRITERION_GROUPS = ['necessity', 'reasonableness', 'legality', 'cost', 'fit'] as const;
export type CriterionGroup = (typeof CRITERION_GROUPS)[number];

export const CRITERION_GROUP_VI: Record<CriterionGroup, string> = {
  necessity: 'Sự cần thiết',
  reasonableness: 'Tính hợp lý',
  legality: 'Tính hợp pháp',
  cost: 'Chi phí tuân thủ',
  fit: 'Sự phù hợp với mục tiêu quản lý và sự phát triển',
};

export const CRITERIA = [
  { key: 'necessity.goal', group: 'necessity', text: 'Thủ tục có cần thiết để bảo đảm mục tiêu quản lý nhà nước không?' },
  { key: 'necessity.noAlternative', group: 'necessity', text: 'Không có biện pháp nào khác (không phải thủ tục hành chính) đạt được mục tiêu đó?' },
  { key: 'reasonableness.name', group: 'reasonableness', text: 'Tên thủ tục rõ ràng, cụ thể, phù hợp?' },
  { key: 'reasonableness.sequence', group: 'reasonableness', text: 'Trình tự thực hiện: các bước rõ ràng, cần thiết, hợp lý?' },
  { key: 'reasonableness.method', group: 'reasonableness', text: 'Cách thức thực hiện (trực tiếp, trực tuyến, bưu chính) phù hợp?' },
  { key: 'reasonableness.documents', group: 'reasonableness', text: 'Thành phần, số lượng hồ sơ cần thiết, hợp lý; không yêu cầu giấy tờ đã có trong cơ sở dữ liệu?' },
  { key: 'reasonableness.time', group: 'reasonableness', text: 'Thời hạn giải quyết hợp lý, không thể rút ngắn?' },
  { key: 'reasonableness.subjects', group: 'reasonableness', text: 'Đối tượng thực hiện được quy định rõ ràng, phù hợp?' },
  { key: 'reasonableness.agency', group: 'reasonableness', text: 'Cơ quan giải quyết (thẩm quyền, phân cấp, ủy quyền) hợp lý?' },
  { key: 'reasonableness.forms', group: 'reasonableness', text: 'Mẫu đơn, tờ khai đơn giản, dễ hiểu, chỉ yêu cầu thông tin cần thiết?' },
  { key: 'reasonableness.conditions', group: 'reasonableness', text: 'Yêu cầu, điều kiện rõ ràng, cần thiết, hợp lý?' },
  { key: 'reasonableness.fees', group: 'reasonableness', text: 'Phí, lệ phí hợp lý, được quy định đúng?' },
  { key: 'reasonableness.result', group: 'reasonableness', text: 'Kết quả thực hiện (loại giấy tờ, thời hạn hiệu lực) hợp lý?' },
  { key: 'legality.authority', group: 'legality', text: 'Thủ tục được quy định đúng thẩm quyền, đúng hình thức văn bản quy phạm pháp luật?' },
  { key: 'legality.consistency', group: 'legality', text: 'Thống nhất, đồng bộ với các quy định khác và điều ước quốc tế mà Việt Nam là thành viên?' },
  { key: 'cost.reasonable', group: 'cost', text: 'Chi phí tuân thủ hợp lý so với lợi ích mang lại (xem bảng tính chi phí)?' },
  { key: 'fit.goals', group: 'fit', text: 'Phù hợp với mục tiêu quản lý và sự phát triển kinh tế - xã hội, công nghệ (dịch vụ công trực tuyến, tái sử dụng dữ liệu)?' },
] as const satisfies readonly { key: string; group: CriterionGroup; text: string }[];

export type CriterionKey = (typeof CRITERIA)[number]['key'];
export const CRITERION_KEYS = CRITERIA.map((c) => c.key) as [CriterionKey, ...CriterionKey[]];

/** The criteria an impact assessment of a draft rule answers. */
export const IMPACT_CRITERION_KEYS = CRITERION_KEYS.filter((k) => !k.startsWith('fit.'));

export const ANSWERS = ['yes', 'partly', 'no'] as const;
export type Answer = (typeof ANSWERS)[number];
export const ANSWER_VI: Record<Answer, string> = { yes: 'Đạt', partly: 'Đạt một phần', no: 'Không đạt' };

const longText = z.string().trim().max(4000);

export const CriterionAnswer = z.object({
  key: z.enum(CRITERION_KEYS),
  /** null: not answered yet. */
  answer: z.enum(ANSWERS).nullable().default(null),
  comment: longText.default(''),
  /** The source that backs the answer: a legal article, statistics, a feedback item, a survey. */
  evidence: longText.default(''),
});
export type CriterionAnswer = z.infer<typeof CriterionAnswer>;

export const criterionText = (key: CriterionKey) => CRITERIA.find((c) => c.key === key)!.text;
export const criterionGroup = (key: CriterionKey): CriterionGroup => CRITERIA.find((c) => c.key === key)!.group;

/** An empty answer sheet over the given criteria, in catalogue order. */
export const blankAnswers = (keys: readonly CriterionKey[] = CRITERION_KEYS): CriterionAnswer[] =>
  keys.map((key) => ({ key, answer: null, comment: '', evidence: '' }));

/** The answers over exactly `keys`: missing ones blank, unknown or repeated ones dropped, catalogue order. */
export function normaliseAnswers(answers: readonly CriterionAnswer[], keys: readonly CriterionKey[] = CRITERION_KEYS): CriterionAnswer[] {
  const byKey = new Map(answers.map((a) => [a.key, a]));
  return keys.map((key) => byKey.get(key) ?? { key, answer: null, comment: '', evidence: '' });
}

export const unanswered = (answers: readonly CriterionAnswer[]) => answers.filter((a) => a.answer === null).map((a) => a.key);
