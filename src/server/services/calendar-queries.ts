import {
  addDays,
  CalendarInputError,
  canChi,
  computeDue,
  daysBetween,
  dayOfWeek,
  lunarToSolar,
  parseLocalDate,
  solarToLunar,
  formatLocalDate,
  type CalendarDayKind,
  type DueUnit,
} from '../../domain/calendar';
import { invalid } from '../errors';
import type { ServiceContext } from './context';
import { officeHoursOf, workingCalendar } from './calendar-provider';

/** Turns the calendar's input errors into 400 problems naming the parameter. */
export function asProblem(err: unknown): never {
  if (err instanceof CalendarInputError) throw invalid(err.message, { errors: [{ name: err.param, reason: err.message }] });
  throw err;
}

export const MAX_RANGE_DAYS = 3 * 366;

export type DayKind = CalendarDayKind | 'weekend' | 'workday';
export type DayView = { date: string; working: boolean; kind: DayKind; name: string | null; source: string | null };

/** Each day of a range: working or not, and why (weekend, holiday, compensatory, swap, make-up). */
export async function calendarDays(ctx: ServiceContext, q: { from: string; to: string }): Promise<{ days: DayView[]; provisionalYears: number[] }> {
  try {
    parseLocalDate(q.from, 'from');
    parseLocalDate(q.to, 'to');
    const span = daysBetween(q.from, q.to);
    if (span < 0) throw new CalendarInputError('to', '"to" phải không trước "from".');
    if (span >= MAX_RANGE_DAYS) throw new CalendarInputError('to', 'Mỗi lần chỉ lấy tối đa 3 năm.');
    const cal = await workingCalendar(ctx.store);
    const days: DayView[] = [];
    const provisional = new Set<number>();
    for (let d = q.from, i = 0; i <= span; i++, d = addDays(d, 1)) {
      const working = cal.isWorkingDay(d);
      const info = cal.dayInfo(d);
      const dow = dayOfWeek(d);
      const kind: DayKind = info?.kind ?? (dow === 0 || dow === 6 ? 'weekend' : 'workday');
      days.push({ date: d, working, kind, name: info?.name ?? null, source: info?.source ?? null });
      const year = Number(d.slice(0, 4));
      if (cal.isProvisionalYear(year)) provisional.add(year);
    }
    return { days, provisionalYears: [...provisional] };
  } catch (err) {
    return asProblem(err);
  }
}

export async function dueDate(ctx: ServiceContext, q: { receivedAt: string; amount: number; unit: DueUnit; agency?: string | undefined }) {
  const hours = await officeHoursOf(ctx.store, q.agency);
  const cal = await workingCalendar(ctx.store);
  try {
    return computeDue(cal, { receivedAt: q.receivedAt, amount: q.amount, unit: q.unit }, hours);
  } catch (err) {
    return asProblem(err);
  }
}

export function lunarOf(date: string) {
  try {
    const l = solarToLunar(parseLocalDate(date, 'date'));
    return { ...l, canChi: canChi(l) };
  } catch (err) {
    return asProblem(err);
  }
}

export function solarOf(l: { year: number; month: number; day: number; leap: boolean }) {
  const s = lunarToSolar(l);
  if (!s) {
    throw invalid(`Ngày ${l.day}/${l.month}${l.leap ? ' (nhuận)' : ''} năm âm lịch ${l.year} không tồn tại.`, {
      errors: [{ name: l.leap ? 'leap' : 'day', reason: 'không tồn tại trong năm âm lịch này' }],
    });
  }
  return { date: formatLocalDate(s) };
}
