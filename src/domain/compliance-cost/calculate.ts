/**
 * The compliance-cost calculator: pure functions on integer đồng (model.ts).
 *
 * Rounding (documented in docs/adr/0025-review-compliance-cost.md), each applied once, where a
 * fraction of a đồng first appears:
 *  - a row's time cost = hours × hourly income, rounded half up to the đồng (hours have two decimals);
 *  - the year's cost = C1 × subjects × frequency, rounded half up to the đồng (frequency has two decimals);
 *  - a saving rate = saving ÷ current × 100, rounded half away from zero to two decimals (77.44 %).
 * All intermediate products are BigInt, so no float error reaches a total.
 */
import type { CostComparison, CostRow, CostScenario, RowCost, ScenarioCost } from './model';

export class CostInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CostInputError';
  }
}

/** Hundredths as an exact integer: 1.25 → 125 (inputs were checked to two decimals). */
const centi = (x: number) => BigInt(Math.round(x * 100));

/** n ÷ d rounded half away from zero (d > 0). */
export function divRound(n: bigint, d: bigint): bigint {
  if (d <= 0n) throw new CostInputError('Số chia phải dương');
  const q = n / d;
  const r = n % d;
  const twice = (r < 0n ? -r : r) * 2n;
  if (twice >= d) return n < 0n ? q - 1n : q + 1n;
  return q;
}

function safe(x: bigint, what: string): number {
  if (x > BigInt(Number.MAX_SAFE_INTEGER) || x < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new CostInputError(`${what} vượt quá giới hạn tính toán; kiểm tra lại số đối tượng, tần suất và số tiền.`);
  }
  return Number(x);
}

/**
 * Average income per hour from the yearly income per capita. The denominator (hours worked per
 * year) is UNCONFIRMED in TT 02/2017's wording; the default 12 months × 22 days × 8 hours = 2,112 is
 * the one the VPCP tool's published examples are consistent with (legal digest §3). Rounded half up.
 */
export const HOURS_PER_YEAR = 12 * 22 * 8;
export function hourlyIncomeFromAnnual(annualIncome: number, hoursPerYear = HOURS_PER_YEAR): number {
  if (!Number.isInteger(annualIncome) || annualIncome < 0) throw new CostInputError('Thu nhập bình quân phải là số nguyên không âm (đồng)');
  if (!Number.isInteger(hoursPerYear) || hoursPerYear <= 0) throw new CostInputError('Số giờ làm việc một năm phải là số nguyên dương');
  return safe(divRound(BigInt(annualIncome), BigInt(hoursPerYear)), 'Thu nhập một giờ');
}

export function rowCost(row: CostRow, hourlyIncome: number): RowCost {
  const timeCost = safe(divRound(centi(row.hours) * BigInt(hourlyIncome), 100n), 'Chi phí thời gian');
  const total = timeCost + row.outsourcing + row.fees + row.otherCosts;
  return { activity: row.activity, label: row.label, hours: row.hours, timeCost, outsourcing: row.outsourcing, fees: row.fees, otherCosts: row.otherCosts, total };
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** C1 and the year's cost of one scenario. */
export function scenarioCost(s: CostScenario): ScenarioCost {
  const rows = s.rows.map((r) => rowCost(r, s.hourlyIncome));
  const perExecution = sum(rows.map((r) => r.total));
  const annual = safe(divRound(BigInt(perExecution) * BigInt(s.subjectsPerYear) * centi(s.frequencyPerYear), 100n), 'Chi phí một năm');
  return {
    rows,
    hours: sum(s.rows.map((r) => Math.round(r.hours * 100))) / 100,
    timeCost: sum(rows.map((r) => r.timeCost)),
    outsourcing: sum(rows.map((r) => r.outsourcing)),
    fees: sum(rows.map((r) => r.fees)),
    otherCosts: sum(rows.map((r) => r.otherCosts)),
    perExecution,
    annual,
  };
}

/** saving ÷ current in percent, two decimals; null when there is no current cost to save on. */
export function savingRate(current: number, proposed: number): number | null {
  if (current <= 0) return null;
  return Number(divRound(BigInt(current - proposed) * 10_000n, BigInt(current))) / 100;
}

/** Current vs proposed: costs, savings (current − proposed) and saving rates, per execution and per year. */
export function compareScenarios(current: CostScenario, proposed: CostScenario): CostComparison {
  const c = scenarioCost(current);
  const p = scenarioCost(proposed);
  return {
    current: c,
    proposed: p,
    saving: { perExecution: c.perExecution - p.perExecution, annual: c.annual - p.annual },
    rate: { perExecution: savingRate(c.perExecution, p.perExecution), annual: savingRate(c.annual, p.annual) },
  };
}
