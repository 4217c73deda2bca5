/**
 * Legal dates as plain `YYYY-MM-DD` strings, computed through day numbers
 * (days since 1970-01-01, "epoch days"). No `Date`, no time zones: a LocalDate is
 * a date on the wall calendar in Asia/Ho_Chi_Minh.
 */
import { CalendarInputError } from './errors';

/** A calendar date `YYYY-MM-DD` (proleptic Gregorian). */
export type LocalDate = string;

export interface DateParts {
  readonly year: number;
  readonly month: number; // 1..12
  readonly day: number; // 1..31
}

/** 0 = Sunday, 1 = Monday, …, 6 = Saturday (same numbering as JS `getDay`). */
export type DayOfWeek = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const LOCAL_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day number (epoch days) of a civil date. H. Hinnant's `days_from_civil`. */
export function dayNumberFromParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date of a day number. H. Hinnant's `civil_from_days`. */
export function partsFromDayNumber(dayNumber: number): DateParts {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

/** Formats parts as `YYYY-MM-DD` (years 0..9999). */
export function formatLocalDate(parts: DateParts): LocalDate {
  const y = parts.year;
  const ys = y >= 1000 ? `${y}` : `${y}`.padStart(4, '0');
  return `${ys}-${pad2(parts.month)}-${pad2(parts.day)}`;
}

export function isValidLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const m = LOCAL_DATE_RE.exec(value);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

/** Parses a LocalDate; throws `CalendarInputError` (param defaults to "date"). */
export function parseLocalDate(value: LocalDate, param = 'date'): DateParts {
  const m = LOCAL_DATE_RE.exec(value);
  const parts = m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
  if (!parts || parts.month < 1 || parts.month > 12 || parts.day < 1 || parts.day > daysInMonth(parts.year, parts.month)) {
    throw new CalendarInputError(param, `Ngày không hợp lệ (cần YYYY-MM-DD): ${String(value)}`);
  }
  return parts;
}

export function toDayNumber(date: LocalDate, param = 'date'): number {
  const p = parseLocalDate(date, param);
  return dayNumberFromParts(p.year, p.month, p.day);
}

export function fromDayNumber(dayNumber: number): LocalDate {
  return formatLocalDate(partsFromDayNumber(dayNumber));
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

export function dayOfWeekOfDayNumber(dayNumber: number): DayOfWeek {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber + 4) % 7) + 7) % 7 as DayOfWeek;
}

export function dayOfWeek(date: LocalDate): DayOfWeek {
  return dayOfWeekOfDayNumber(toDayNumber(date));
}

/** -1, 0 or 1. Valid LocalDates compare correctly as strings; we still validate. */
export function compareLocalDates(a: LocalDate, b: LocalDate): -1 | 0 | 1 {
  const d = toDayNumber(a) - toDayNumber(b);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

/** Same day-of-month `months` later, clamped to the month's last day. */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const p = parseLocalDate(date);
  const total = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return formatLocalDate({ year, month, day: Math.min(p.day, daysInMonth(year, month)) });
}
