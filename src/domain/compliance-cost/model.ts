/**
 * The compliance-cost model (chi phí tuân thủ TTHC) of TT 02/2017/TT-VPCP, a Standard Cost Model:
 * one execution of a procedure is a list of activities, each costing the subject's time (hours ×
 * average income per hour) plus money paid out (outsourcing or consultancy, fees and charges, other
 * costs such as copies, certification, postage); the year's cost multiplies one execution by the number
 * of subjects per year and the times each does it per year (legal digest §3).
 *
 * Money is integer đồng. Hours and the yearly frequency accept at most two decimals (0.25 h, 0.2 per
 * year = once every five years), so every computation is exact integer arithmetic (calculate.ts).
 */
import { z } from 'zod';

/** The activities of one execution, in the order the subject goes through them. */
export const COST_ACTIVITIES = ['prepare', 'travel', 'submit', 'wait', 'supplement', 'receive'] as const;
export type CostActivity = (typeof COST_ACTIVITIES)[number];

export const COST_ACTIVITY_VI: Record<CostActivity, string> = {
  prepare: 'Chuẩn bị hồ sơ',
  travel: 'Đi lại',
  submit: 'Nộp hồ sơ',
  wait: 'Chờ đợi',
  supplement: 'Bổ sung hồ sơ',
  receive: 'Nhận kết quả',
};

/** Bounds that keep a year's cost far inside a safe integer (9 × 10^15 đồng), checked again on the total. */
export const COST_LIMITS = {
  hours: 10_000,
  money: 100_000_000_000,
  hourlyIncome: 10_000_000,
  subjects: 100_000_000,
  frequency: 1_000,
  rows: 30,
} as const;

/** True when `x` has at most two decimals (hours, frequency): 0.25 yes, 0.125 no. */
export const hasTwoDecimals = (x: number) => Math.abs(Math.round(x * 100) - x * 100) < 1e-6;

const money = z.number().int('Số tiền phải là số nguyên (đồng)').min(0, 'Số tiền không được âm').max(COST_LIMITS.money);
const twoDecimals = (max: number, what: string) =>
  z.number().min(0, `${what} không được âm`).max(max, `${what} tối đa ${max}`).refine(hasTwoDecimals, `${what} chỉ lấy tối đa hai chữ số thập phân`);

export const CostRow = z.object({
  activity: z.enum(COST_ACTIVITIES),
  /** What exactly, e.g. "Chuẩn bị tờ khai và bản sao CCCD"; '' uses the activity's name. */
  label: z.string().trim().max(300).default(''),
  hours: twoDecimals(COST_LIMITS.hours, 'Số giờ'),
  /** Thuê dịch vụ, tư vấn. */
  outsourcing: money.default(0),
  /** Phí, lệ phí. */
  fees: money.default(0),
  /** Chi phí khác: đi lại, sao chụp, chứng thực, bưu chính… */
  otherCosts: money.default(0),
});
export type CostRow = z.infer<typeof CostRow>;
export type CostRowInput = z.input<typeof CostRow>;

export const CostScenario = z.object({
  /** Average income per hour of a subject, đồng (hourlyIncomeFromAnnual). */
  hourlyIncome: z.number().int().min(0).max(COST_LIMITS.hourlyIncome),
  /** Số lượng đối tượng tuân thủ trong một năm. */
  subjectsPerYear: z.number().int().min(0).max(COST_LIMITS.subjects),
  /** Số lần thực hiện trong một năm của một đối tượng (0.2 = mỗi năm năm một lần). */
  frequencyPerYear: twoDecimals(COST_LIMITS.frequency, 'Tần suất'),
  rows: z.array(CostRow).max(COST_LIMITS.rows),
});
export type CostScenario = z.infer<typeof CostScenario>;
export type CostScenarioInput = z.input<typeof CostScenario>;

/** One row's cost: time valued at the hourly income, plus money paid out. */
export type RowCost = { activity: CostActivity; label: string; hours: number; timeCost: number; outsourcing: number; fees: number; otherCosts: number; total: number };

export type ScenarioCost = {
  rows: RowCost[];
  hours: number;
  timeCost: number;
  outsourcing: number;
  fees: number;
  otherCosts: number;
  /** C1: one execution by one subject. */
  perExecution: number;
  /** C1 × subjects per year × frequency per year. */
  annual: number;
};

/** Saving rates in percent with two decimals; null when the current cost is 0 (no rate). */
export type CostComparison = {
  current: ScenarioCost;
  proposed: ScenarioCost;
  saving: { perExecution: number; annual: number };
  rate: { perExecution: number | null; annual: number | null };
};
