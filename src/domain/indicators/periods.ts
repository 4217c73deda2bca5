/**
 * Report periods and cut-offs (legal digest §5.2, §2.3), configurable as data.
 *
 * A period named by months m1..m2 of a year runs from day `startDay` of month m1 − `monthsBefore`
 * to the day before day `startDay` of month m2 + 1 − `monthsBefore`. The default cut-off (TT
 * 01/2020 practice, NĐ 09/2019 pattern) is annual 15/12 of the previous year – 14/12, quarters by
 * analogy (Q1 15/12–14/3, Q2 15/3–14/6, Q3 15/6–14/9, Q4 15/9–14/12). The exact TT 01/2020 articles
 * are UNCONFIRMED (§9.7), hence data, not code. Dates are local dates in Asia/Ho_Chi_Minh.
 */
import { z } from 'zod';
import { addDays, addMonths, daysBetween, formatLocalDate, instantOfLocalDay, isValidLocalDate, toDayNumber, type LocalDate } from '../calendar';
import { IndicatorInputError } from './errors';

export const PeriodConfig = z.object({
  id: z.string().min(1),
  /** Day of the month a period starts on (1–28, so every month has it). */
  startDay: z.number().int().min(1, 'Ngày bắt đầu kỳ từ 1 đến 28').max(28, 'Ngày bắt đầu kỳ từ 1 đến 28'),
  /** 1: a period starts in the month before its first named month (cut-off style); 0: in that month. */
  monthsBefore: z.number().int().min(0).max(1),
  /** Where the convention comes from. */
  source: z.string().min(1),
});
export type PeriodConfig = z.infer<typeof PeriodConfig>;

/** Default for periodic reports (II.06a, II.07b…): 15th of the previous month to the 14th. */
export const CUTOFF_REPORTS: PeriodConfig = PeriodConfig.parse({
  id: 'cutoff-15-14',
  startDay: 15,
  monthsBefore: 1,
  source: 'digest §5.2: annual 15/12 of the previous year – 14/12 (HCMC 350/BC-UBND; NĐ 09/2019 pattern); quarters by analogy',
});

/** Calendar periods (1st to last day): the QĐ 766 satisfaction group, digest §2.3 [R766]. */
export const CALENDAR_PERIODS: PeriodConfig = PeriodConfig.parse({
  id: 'calendar',
  startDay: 1,
  monthsBefore: 0,
  source: 'digest §2.3: month = 1st to last day; year = 1/1 to 31/12',
});

/** Monthly feedback (PAKN) window observed in HCMC: 21st to 20th (digest §5.2). */
export const PAKN_MONTHLY: PeriodConfig = PeriodConfig.parse({
  id: 'pakn-21-20',
  startDay: 21,
  monthsBefore: 1,
  source: 'digest §5.2: HCMC "21/7–20/8"',
});

export const PERIOD_KINDS = ['month', 'quarter', 'half', 'nine_months', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface ReportPeriod {
  readonly kind: PeriodKind;
  readonly year: number;
  /** Month (1–12), quarter (1–4) or half (1–2); null for nine months and year. */
  readonly part: number | null;
  /** First day, inclusive. */
  readonly from: LocalDate;
  /** Last day, inclusive. */
  readonly to: LocalDate;
}

const PARTS: Record<PeriodKind, number> = { month: 12, quarter: 4, half: 2, nine_months: 0, year: 0 };

/** Named months [first, last] of a period kind and part. */
function monthsOf(kind: PeriodKind, part: number): [number, number] {
  switch (kind) {
    case 'month':
      return [part, part];
    case 'quarter':
      return [3 * part - 2, 3 * part];
    case 'half':
      return [6 * part - 5, 6 * part];
    case 'nine_months':
      return [1, 9];
    case 'year':
      return [1, 12];
  }
}

/** Day `day` of month `month` of `year`, where month may be 0 (December before) or 13. */
function dayOfMonth(year: number, month: number, day: number): LocalDate {
  return addMonths(formatLocalDate({ year, month: 1, day }), month - 1);
}

/**
 * The period of a kind: `reportPeriod('year', 2025)` → 2024-12-15 … 2025-12-14 with the default
 * cut-off; `reportPeriod('quarter', 2025, 1)` → 2024-12-15 … 2025-03-14; `part` is the month for
 * 'month', the quarter for 'quarter', the half for 'half', and absent otherwise.
 */
export function reportPeriod(kind: PeriodKind, year: number, part?: number | null, config: PeriodConfig = CUTOFF_REPORTS): ReportPeriod {
  if (!PERIOD_KINDS.includes(kind)) throw new IndicatorInputError('kind', `Loại kỳ báo cáo không hợp lệ: ${String(kind)}`);
  if (!Number.isInteger(year) || year < 1000 || year > 9998) throw new IndicatorInputError('year', `Năm không hợp lệ: ${year}`);
  const parts = PARTS[kind];
  if (parts === 0 && part !== undefined && part !== null) throw new IndicatorInputError('part', `Kỳ ${kind} không có số thứ tự`);
  if (parts > 0 && (part === undefined || part === null || !Number.isInteger(part) || part < 1 || part > parts)) {
    throw new IndicatorInputError('part', `Số thứ tự kỳ phải từ 1 đến ${parts}`);
  }
  const cfg = PeriodConfig.parse(config);
  const [first, last] = monthsOf(kind, part ?? 1);
  const from = dayOfMonth(year, first - cfg.monthsBefore, cfg.startDay);
  const to = addDays(dayOfMonth(year, last + 1 - cfg.monthsBefore, cfg.startDay), -1);
  return { kind, year, part: parts > 0 ? part! : null, from, to };
}

/** The instants of a period of local dates: [from 00:00, to + 1 day 00:00) at UTC+7, epoch ms. */
export function periodBounds(period: { readonly from: LocalDate; readonly to: LocalDate }): { start: number; endExclusive: number; lastInstant: number } {
  if (!isValidLocalDate(period.from)) throw new IndicatorInputError('from', `Ngày không hợp lệ (cần YYYY-MM-DD): ${String(period.from)}`);
  if (!isValidLocalDate(period.to)) throw new IndicatorInputError('to', `Ngày không hợp lệ (cần YYYY-MM-DD): ${String(period.to)}`);
  if (period.to < period.from) throw new IndicatorInputError('to', 'Ngày kết thúc kỳ phải không trước ngày bắt đầu');
  const start = instantOfLocalDay(toDayNumber(period.from), 0);
  const endExclusive = instantOfLocalDay(toDayNumber(period.to) + 1, 0);
  return { start, endExclusive, lastInstant: endExclusive - 1 };
}

/** Share of a year of a period kind (for the 1.4 fallback: ÷ 12 month, ÷ 4 quarter, × 1 year). */
export function yearFraction(kind: PeriodKind): number {
  switch (kind) {
    case 'month':
      return 1 / 12;
    case 'quarter':
      return 1 / 4;
    case 'half':
      return 1 / 2;
    case 'nine_months':
      return 3 / 4;
    case 'year':
      return 1;
  }
}

/** Number of days of a period, both ends included. */
export function periodDays(period: { readonly from: LocalDate; readonly to: LocalDate }): number {
  return daysBetween(period.from, period.to) + 1;
}

/**
 * Share of a period elapsed at the end of day `asOf` (0 before it starts, 1 from its last day on):
 * the year-to-date share used by the plan-target projection.
 */
export function elapsedFraction(period: { readonly from: LocalDate; readonly to: LocalDate }, asOf: LocalDate): number {
  const done = daysBetween(period.from, asOf) + 1;
  return Math.min(1, Math.max(0, done / periodDays(period)));
}
