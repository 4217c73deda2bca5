/**
 * Office hours (giờ hành chính) per agency and reception-time rules.
 * Default: morning 07:00–11:30 and afternoon 13:30–17:00, i.e. 8 office hours a day
 * (the digest §1.4 reference implementation). Sessions are half-open: 11:30 is
 * already lunch and 17:00 is already closed.
 */
import { CalendarInputError } from './errors';
import { DAY_MS, HOUR_MS, parseInstant, VN_OFFSET_MS, type Instant } from './instant';

export interface ClockRange {
  readonly start: string; // 'HH:MM' or 'HH:MM:SS', local time
  readonly end: string;
}

export interface OfficeHours {
  readonly morning: ClockRange;
  readonly afternoon: ClockRange;
}

export const DEFAULT_OFFICE_HOURS: OfficeHours = {
  morning: { start: '07:00', end: '11:30' },
  afternoon: { start: '13:30', end: '17:00' },
};

/** Office hours as milliseconds since local midnight. */
export interface CompiledOfficeHours {
  readonly amStart: number;
  readonly amEnd: number;
  readonly pmStart: number;
  readonly pmEnd: number;
  /** Length of the morning session. */
  readonly morningMs: number;
  /** Office time in one working day (morning + afternoon). */
  readonly dayMs: number;
}

const CLOCK_RE = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;

/** 'HH:MM[:SS]' → ms since midnight; throws CalendarInputError(param). */
export function parseClockTime(value: string, param = 'time'): number {
  const m = CLOCK_RE.exec(value);
  if (!m) throw new CalendarInputError(param, `Giờ không hợp lệ (cần HH:MM): ${String(value)}`);
  return ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3] ?? 0)) * 1000;
}

const compiledCache = new WeakMap<OfficeHours, CompiledOfficeHours>();

export function compileOfficeHours(hours: OfficeHours = DEFAULT_OFFICE_HOURS): CompiledOfficeHours {
  const cached = compiledCache.get(hours);
  if (cached) return cached;
  const amStart = parseClockTime(hours.morning.start, 'officeHours.morning.start');
  const amEnd = parseClockTime(hours.morning.end, 'officeHours.morning.end');
  const pmStart = parseClockTime(hours.afternoon.start, 'officeHours.afternoon.start');
  const pmEnd = parseClockTime(hours.afternoon.end, 'officeHours.afternoon.end');
  if (!(amStart < amEnd && amEnd <= pmStart && pmStart < pmEnd)) {
    throw new CalendarInputError('officeHours', 'Giờ làm việc phải theo thứ tự: sáng bắt đầu < sáng kết thúc ≤ chiều bắt đầu < chiều kết thúc');
  }
  const compiled = { amStart, amEnd, pmStart, pmEnd, morningMs: amEnd - amStart, dayMs: amEnd - amStart + pmEnd - pmStart };
  compiledCache.set(hours, compiled);
  return compiled;
}

/** Office hours in one working day (8 by default). */
export function officeHoursPerDay(hours: OfficeHours = DEFAULT_OFFICE_HOURS): number {
  return compileOfficeHours(hours).dayMs / HOUR_MS;
}

/** Local (UTC+7) time of day in ms of an epoch-ms instant. */
export function timeOfDayMs(ms: number): number {
  const local = ms + VN_OFFSET_MS;
  return local - Math.floor(local / DAY_MS) * DAY_MS;
}

/**
 * True when the instant's local time of day is strictly after the cut-off
 * (NĐ 61 art. 18: paper dossiers received after 15:00 are transferred at the start
 * of the next working day; same-day procedures use the same cut-off).
 * This is a pure time-of-day test; it does not look at working days.
 */
export function isAfterCutoff(instant: Instant, cutoff = '15:00'): boolean {
  return timeOfDayMs(parseInstant(instant)) > parseClockTime(cutoff, 'cutoff');
}
