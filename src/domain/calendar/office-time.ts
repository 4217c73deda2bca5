/**
 * Office-time arithmetic on a WorkingCalendar's prefix arrays, all O(1).
 * An "office position" is the office time (ms) elapsed between the calendar's first
 * day and an instant, counting only office hours of working days. Nights, lunch,
 * weekends and days off contribute nothing, so the office time between two instants
 * is a subtraction.
 */
import type { WorkingCalendar } from './calendar';
import { CalendarInputError } from './errors';
import { DAY_MS, formatLocalInstant, parseInstant, VN_OFFSET_MS, type Instant } from './instant';
import { fromDayNumber } from './local-date';
import { compileOfficeHours, DEFAULT_OFFICE_HOURS, type CompiledOfficeHours, type OfficeHours } from './working-time';

/** A local day (as calendar index) and a time of day in ms. */
export interface LocalSlot {
  readonly i: number;
  readonly tod: number;
}

export type NormaliseReason = 'in_hours' | 'before_opening' | 'lunch' | 'after_closing' | 'non_working_day';

/** Calendar index and local time of day of an epoch-ms instant; throws if outside the calendar. */
export function locate(cal: WorkingCalendar, ms: number, param: string): LocalSlot {
  const local = ms + VN_OFFSET_MS;
  const dn = Math.floor(local / DAY_MS);
  const i = dn - cal.index.firstDay;
  if (i < 0 || i >= cal.index.dayCount) {
    throw new CalendarInputError(param, `Thời điểm nằm ngoài lịch ${cal.fromYear}–${cal.toYear}`);
  }
  return { i, tod: local - dn * DAY_MS };
}

/** Calendar index of the k-th working day (0-based over the whole calendar); throws when beyond it. */
export function workingDayAt(cal: WorkingCalendar, k: number, param: string): number {
  const i = cal.index.workingDays[k];
  if (i === undefined) throw new CalendarInputError(param, `Kết quả vượt quá lịch ${cal.fromYear}–${cal.toYear}`);
  return i;
}

/**
 * Reception normalisation (digest §1.4): before opening → opening; lunch → afternoon
 * start; at or after closing, or on a non-working day → next working day's opening.
 */
export function normaliseSlot(cal: WorkingCalendar, oh: CompiledOfficeHours, slot: LocalSlot, param: string): LocalSlot & { reason: NormaliseReason } {
  const { working, cumWorking } = cal.index;
  const { i, tod } = slot;
  if (working[i] !== 1 || tod >= oh.pmEnd) {
    const next = workingDayAt(cal, cumWorking[i + 1]!, param);
    return { i: next, tod: oh.amStart, reason: working[i] !== 1 ? 'non_working_day' : 'after_closing' };
  }
  if (tod < oh.amStart) return { i, tod: oh.amStart, reason: 'before_opening' };
  if (tod >= oh.amEnd && tod < oh.pmStart) return { i, tod: oh.pmStart, reason: 'lunch' };
  return { i, tod, reason: 'in_hours' };
}

/** Office position (ms) of a local slot. */
export function positionOfSlot(cal: WorkingCalendar, oh: CompiledOfficeHours, slot: LocalSlot): number {
  const { working, cumWorking } = cal.index;
  const base = cumWorking[slot.i]! * oh.dayMs;
  if (working[slot.i] !== 1) return base;
  const t = slot.tod;
  const within =
    t <= oh.amStart ? 0 : t < oh.amEnd ? t - oh.amStart : t <= oh.pmStart ? oh.morningMs : t < oh.pmEnd ? oh.morningMs + t - oh.pmStart : oh.dayMs;
  return base + within;
}

/**
 * Local slot of an office position. At a session boundary, side 'start' gives the
 * next session's start (13:30, or 07:00 next working day) and side 'end' the
 * previous session's end (11:30 or 17:00).
 */
export function slotOfPosition(cal: WorkingCalendar, oh: CompiledOfficeHours, pos: number, side: 'start' | 'end', param: string): LocalSlot {
  let k = Math.floor(pos / oh.dayMs);
  let r = pos - k * oh.dayMs;
  if (side === 'end' && r === 0 && k > 0) {
    k -= 1;
    r = oh.dayMs;
  }
  const i = workingDayAt(cal, k, param);
  const tod = r < oh.morningMs || (r === oh.morningMs && side === 'end') ? oh.amStart + r : oh.pmStart + r - oh.morningMs;
  return { i, tod };
}

export function formatSlot(cal: WorkingCalendar, slot: LocalSlot): string {
  return formatLocalInstant(fromDayNumber(cal.index.firstDay + slot.i), slot.tod);
}

/** Office time (ms) between two instants; negative when `to` is before `from`. */
export function officeTimeBetween(cal: WorkingCalendar, from: Instant, to: Instant, officeHours: OfficeHours = DEFAULT_OFFICE_HOURS): number {
  const oh = compileOfficeHours(officeHours);
  const a = positionOfSlot(cal, oh, locate(cal, parseInstant(from, 'from'), 'from'));
  return positionOfSlot(cal, oh, locate(cal, parseInstant(to, 'to'), 'to')) - a;
}

/** Adds (or, if negative, subtracts) office time to an instant; boundaries resolve per `side` (default 'end'). */
export function addOfficeTime(
  cal: WorkingCalendar,
  instant: Instant,
  officeMs: number,
  officeHours: OfficeHours = DEFAULT_OFFICE_HOURS,
  side: 'start' | 'end' = 'end',
): string {
  const oh = compileOfficeHours(officeHours);
  const pos = positionOfSlot(cal, oh, locate(cal, parseInstant(instant, 'instant'), 'instant')) + officeMs;
  if (pos < 0) throw new CalendarInputError('officeMs', 'Kết quả trước đầu lịch');
  return formatSlot(cal, slotOfPosition(cal, oh, pos, side, 'officeMs'));
}
