/**
 * Evaluation periods (TT 01/2018 art. 15: the one-stop unit aggregates quarterly and yearly; any
 * other from–to range is allowed for leaders). Local dates in Asia/Ho_Chi_Minh, both ends inclusive.
 */
import { daysBetween, daysInMonth, instantOfLocalDay, isValidLocalDate, localDateOf, toDayNumber, type LocalDate } from '../calendar';

export type Period = { from: LocalDate; to: LocalDate };

const pad = (n: number) => String(n).padStart(2, '0');

export function quarterPeriod(year: number, quarter: 1 | 2 | 3 | 4): Period {
  const last = quarter * 3;
  return { from: `${year}-${pad(last - 2)}-01`, to: `${year}-${pad(last)}-${pad(daysInMonth(year, last))}` };
}

export const yearPeriod = (year: number): Period => ({ from: `${year}-01-01`, to: `${year}-12-31` });

export const quarterOf = (date: LocalDate): 1 | 2 | 3 | 4 => (Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1) as 1 | 2 | 3 | 4;

/** The quarter containing an instant (its Vietnamese date). */
export function quarterContaining(at: Date): Period {
  const d = localDateOf(at);
  return quarterPeriod(Number(d.slice(0, 4)), quarterOf(d));
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** "Quý I/2026", "Năm 2026" or "01/01/2026 – 15/03/2026". */
export function periodLabelVi(p: Period): string {
  const year = Number(p.from.slice(0, 4));
  if (p.from === yearPeriod(year).from && p.to === yearPeriod(year).to) return `Năm ${year}`;
  const q = quarterOf(p.from);
  const qp = quarterPeriod(year, q);
  if (qp.from === p.from && qp.to === p.to) return `Quý ${ROMAN[q - 1]}/${year}`;
  const vi = (d: string) => d.split('-').reverse().join('/');
  return `${vi(p.from)} – ${vi(p.to)}`;
}

/** The longest range accepted (a report over more is not an evaluation period). */
export const MAX_PERIOD_DAYS = 366 * 3;

/** Why a period is not acceptable, or null. */
export function periodProblem(p: Period): string | null {
  if (!isValidLocalDate(p.from) || !isValidLocalDate(p.to)) return 'Ngày phải có dạng YYYY-MM-DD.';
  if (p.to < p.from) return 'Ngày kết thúc phải sau ngày bắt đầu.';
  if (daysBetween(p.from, p.to) > MAX_PERIOD_DAYS) return 'Kỳ đánh giá tối đa 3 năm.';
  return null;
}

/** The instants bounding a period: [from 00:00, the day after `to` 00:00) in Asia/Ho_Chi_Minh. */
export function periodInstants(p: Period): { start: Date; end: Date } {
  return { start: new Date(instantOfLocalDay(toDayNumber(p.from), 0)), end: new Date(instantOfLocalDay(toDayNumber(p.to) + 1, 0)) };
}
