/**
 * Due (appointment) instants for a processing time, O(1) per call on the calendar's
 * prefix arrays. Conventions, shared by every unit:
 *
 * 1. The reception instant is normalised first (see reception.ts): before opening →
 *    07:00; lunch → 13:30; at/after 17:00 or on a non-working day → 07:00 of the next
 *    working day. The result is `countFrom`, always a working day at a time t inside
 *    office hours.
 * 2. working_days (Civil Code 2015 art. 147: the day of receipt is not counted):
 *    due = time t on the N-th working day after countFrom's day. So Mon 10:00 + 1 →
 *    Tue 10:00; Mon 17:30 (→ Tue 07:00) + 1 → Wed 07:00, i.e. the clock starts at
 *    Tuesday's opening and Tuesday is the first counted day. N working days are always
 *    exactly N × (office hours per day) of office time.
 * 3. calendar_days: countFrom's date + N days at time t; if that date is not a working
 *    day, the next working day at the same time t.
 * 4. months: same day-of-month N months after countFrom's date (clamped to the month's
 *    end), time t, moved to the next working day like calendar_days.
 * 5. working_hours: N office hours after countFrom, skipping lunch, nights and days
 *    off. A result on a session boundary is reported at the session's end (11:30 or
 *    17:00), not the next session's start.
 * 6. same_day: closing time (17:00) of countFrom's day, or of the next working day when
 *    t is strictly after the cut-off (default 15:00, NĐ 61 art. 18). `amount` is ignored.
 * 7. amount 0 ("ngay", other units): due = countFrom.
 * `provisional` is true when any day from the raw reception to the due date lies in a
 * year whose schedule is provisional.
 */
import type { WorkingCalendar } from './calendar';
import { CalendarInputError } from './errors';
import { formatTimeOfDay, HOUR_MS, parseInstant, type Instant } from './instant';
import { dayNumberFromParts, daysInMonth, partsFromDayNumber, type LocalDate } from './local-date';
import { locate, normaliseSlot, positionOfSlot, slotOfPosition, workingDayAt, type LocalSlot } from './office-time';
import { compileOfficeHours, DEFAULT_OFFICE_HOURS, parseClockTime, type OfficeHours } from './working-time';

export const DUE_UNITS = ['working_days', 'calendar_days', 'working_hours', 'months', 'same_day'] as const;
export type DueUnit = (typeof DUE_UNITS)[number];

export interface DueInput {
  readonly receivedAt: Instant;
  /** Non-negative integer; ignored for 'same_day'. */
  readonly amount: number;
  readonly unit: DueUnit;
  /** Cut-off for 'same_day' (default '15:00', see RuleSet.sameDayCutoff). */
  readonly sameDayCutoff?: string;
}

export interface DueResult {
  /** The reception instant as given, ISO with +07:00. */
  readonly receivedAt: string;
  /** The normalised reception instant from which the clock runs. */
  readonly countFrom: string;
  readonly dueAt: string;
  readonly dueDate: LocalDate;
  readonly provisional: boolean;
}

const UNIT_SET: ReadonlySet<string> = new Set(DUE_UNITS);

export const DEFAULT_SAME_DAY_CUTOFF = '15:00';
const DEFAULT_CUTOFF_MS = parseClockTime(DEFAULT_SAME_DAY_CUTOFF);

export function assertAmount(amount: number): void {
  if (typeof amount !== 'number' || !Number.isInteger(amount) || amount < 0) {
    throw new CalendarInputError('amount', `Thời hạn phải là số nguyên không âm: ${String(amount)}`);
  }
}

function nextWorkingFrom(cal: WorkingCalendar, i: number): number {
  if (i >= cal.index.dayCount) throw new CalendarInputError('amount', `Kết quả vượt quá lịch ${cal.fromYear}–${cal.toYear}`);
  return workingDayAt(cal, cal.index.cumWorking[i]!, 'amount');
}

function addMonthsIndex(cal: WorkingCalendar, i: number, months: number): number {
  const p = partsFromDayNumber(cal.index.firstDay + i);
  const total = p.year * 12 + p.month - 1 + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return dayNumberFromParts(year, month, Math.min(p.day, daysInMonth(year, month))) - cal.index.firstDay;
}

export function computeDue(calendar: WorkingCalendar, input: DueInput, officeHours: OfficeHours = DEFAULT_OFFICE_HOURS): DueResult {
  const ms = parseInstant(input.receivedAt, 'receivedAt');
  const { amount, unit } = input;
  assertAmount(amount);
  if (!UNIT_SET.has(unit)) throw new CalendarInputError('unit', `Đơn vị thời hạn không hợp lệ: ${String(unit)}`);
  const oh = compileOfficeHours(officeHours);
  const raw = locate(calendar, ms, 'receivedAt');
  const from = normaliseSlot(calendar, oh, raw, 'receivedAt');
  const { cumWorking, provisionalPrefix } = calendar.index;
  let due: LocalSlot;
  if (amount === 0 && unit !== 'same_day') {
    due = from;
  } else {
    switch (unit) {
      case 'working_days':
        due = { i: workingDayAt(calendar, cumWorking[from.i]! + amount, 'amount'), tod: from.tod };
        break;
      case 'calendar_days':
        due = { i: nextWorkingFrom(calendar, from.i + amount), tod: from.tod };
        break;
      case 'months':
        due = { i: nextWorkingFrom(calendar, addMonthsIndex(calendar, from.i, amount)), tod: from.tod };
        break;
      case 'working_hours':
        due = slotOfPosition(calendar, oh, positionOfSlot(calendar, oh, from) + amount * HOUR_MS, 'end', 'amount');
        break;
      case 'same_day': {
        const cutoff = input.sameDayCutoff === undefined ? DEFAULT_CUTOFF_MS : parseClockTime(input.sameDayCutoff, 'sameDayCutoff');
        due = { i: workingDayAt(calendar, cumWorking[from.i]! + (from.tod > cutoff ? 1 : 0), 'receivedAt'), tod: oh.pmEnd };
        break;
      }
      default:
        throw new CalendarInputError('unit', `Đơn vị thời hạn không hợp lệ: ${String(unit as unknown)}`);
    }
  }
  const dueDate = calendar.dateAt(due.i);
  return {
    receivedAt: `${calendar.dateAt(raw.i)}T${formatTimeOfDay(raw.tod)}+07:00`,
    countFrom: `${calendar.dateAt(from.i)}T${formatTimeOfDay(from.tod)}+07:00`,
    dueAt: `${dueDate}T${formatTimeOfDay(due.tod)}+07:00`,
    dueDate,
    provisional: provisionalPrefix[due.i + 1]! - provisionalPrefix[raw.i]! > 0,
  };
}
