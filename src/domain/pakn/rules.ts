/**
 * PAKN handling deadlines as data, versioned by the decision that sets them (digest §4.3: the
 * operational deadlines of the DVCQG PAKN system; some ministries set their own). An item keeps the
 * rule set in force on its reception date. Rule sets added by decision are stored and override the
 * built-in one from their effective date on.
 */
import { z } from 'zod';
import { isValidLocalDate, type LocalDate } from '../calendar';

const days = (what: string) => z.number({ error: `${what} phải là số` }).int().min(1, `${what} ít nhất 1 ngày làm việc`).max(90, `${what} tối đa 90 ngày làm việc`);

export const PaknRuleSet = z.object({
  id: z.string().trim().regex(/^[a-z0-9][a-z0-9._-]{1,62}$/, 'Mã bộ quy tắc: chữ thường, số, dấu chấm, gạch ngang'),
  /** The decision (or practice) that sets the deadlines, e.g. "Quyết định số 12/QĐ-UBND ngày …". */
  decision: z.string().trim().min(5, 'Cần ghi văn bản quy định').max(500),
  effectiveFrom: z.string().refine(isValidLocalDate, { message: 'Ngày hiệu lực phải có dạng YYYY-MM-DD' }),
  /** Refuse reception, or return to the sender body (DVCQG: 2 WD from submission or latest transfer in). */
  refuseDays: days('Thời hạn từ chối tiếp nhận'),
  /** Forward outside the agency's competence (NĐ 20/2008 art. 14: 5 WD from receipt). */
  forwardDays: days('Thời hạn chuyển cơ quan có thẩm quyền'),
  /** First supplement request (DVCQG: 5 WD). */
  supplementRequestDays: days('Thời hạn đề nghị bổ sung'),
  /** Processed: answer approved, "awaiting publication" (DVCQG: 15 WD). */
  processDays: days('Thời hạn xử lý'),
  /** Publication of the result from "awaiting publication" (DVCQG: 2 WD). */
  publishDays: days('Thời hạn công khai'),
  /** Longest single extension a leader may grant. */
  maxExtensionDays: days('Thời hạn gia hạn tối đa'),
});
export type PaknRuleSet = z.infer<typeof PaknRuleSet>;

export const PAKN_DVCQG_2022: PaknRuleSet = PaknRuleSet.parse({
  id: 'dvcqg-2022',
  decision: 'Thời hạn vận hành Hệ thống tiếp nhận, xử lý PAKN trên Cổng DVCQG (QĐ 766/QĐ-TTg, chỉ số 5.2; NĐ 20/2008/NĐ-CP điều 14)',
  effectiveFrom: '2022-08-01',
  refuseDays: 2,
  forwardDays: 5,
  supplementRequestDays: 5,
  processDays: 15,
  publishDays: 2,
  maxExtensionDays: 10,
});

export const PAKN_BUILTIN_RULE_SETS: readonly PaknRuleSet[] = [PAKN_DVCQG_2022];

/**
 * The rule set in force on a reception date: the one with the latest effective date not after it
 * (a later decision supersedes an earlier one). A date before every rule set takes the earliest one.
 */
export function paknRuleSetFor(date: LocalDate, sets: readonly PaknRuleSet[]): PaknRuleSet {
  const sorted = [...sets].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : a.id < b.id ? -1 : 1));
  if (sorted.length === 0) throw new Error('Không có bộ quy tắc thời hạn PAKN');
  let found = sorted[0]!;
  for (const r of sorted) if (r.effectiveFrom <= date) found = r;
  return found;
}
