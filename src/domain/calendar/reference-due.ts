/**
 * referenceDue: a slow, obviously-correct implementation of the conventions in due.ts,
 * walking one day (or one office session) at a time using only `isWorkingDay`.
 * It shares no arithmetic with computeDue's prefix arrays; tests and the benchmark
 * compare the two.
 */
import { DUE_UNITS, type DueInput, type DueResult } from './due';
import { CalendarInputError } from './errors';
import { DAY_MS, formatLocalInstant, HOUR_MS, parseInstant, VN_OFFSET_MS } from './instant';
import { addDays, addMonths, fromDayNumber, parseLocalDate, type LocalDate } from './local-date';
import { compileOfficeHours, DEFAULT_OFFICE_HOURS, parseClockTime, type OfficeHours } from './working-time';

/** What the reference needs from a calendar (a WorkingCalendar satisfies it). */
export interface WorkingDayOracle {
  isWorkingDay(date: LocalDate): boolean;
  isProvisionalYear(year: number): boolean;
}

const MAX_WALK = 200_000; // days; guards against a calendar without working days

function nextWorkingOnOrAfter(cal: WorkingDayOracle, date: LocalDate): LocalDate {
  let d = date;
  for (let n = 0; !cal.isWorkingDay(d); n++) {
    if (n > MAX_WALK) throw new CalendarInputError('calendar', 'Không tìm thấy ngày làm việc');
    d = addDays(d, 1);
  }
  return d;
}

export function referenceDue(cal: WorkingDayOracle, input: DueInput, officeHours: OfficeHours = DEFAULT_OFFICE_HOURS): DueResult {
  const ms = parseInstant(input.receivedAt, 'receivedAt');
  const { amount, unit } = input;
  if (!Number.isInteger(amount) || amount < 0) throw new CalendarInputError('amount', `Thời hạn không hợp lệ: ${amount}`);
  if (!(DUE_UNITS as readonly string[]).includes(unit)) throw new CalendarInputError('unit', `Đơn vị thời hạn không hợp lệ: ${String(unit)}`);
  const { amStart, amEnd, pmStart, pmEnd } = compileOfficeHours(officeHours);
  const localMs = ms + VN_OFFSET_MS;
  const rawDate = fromDayNumber(Math.floor(localMs / DAY_MS));
  const rawTod = localMs - Math.floor(localMs / DAY_MS) * DAY_MS;

  // 1. Normalise the reception instant.
  let date = rawDate;
  let tod = rawTod;
  if (!cal.isWorkingDay(date) || tod >= pmEnd) {
    date = nextWorkingOnOrAfter(cal, addDays(date, 1));
    tod = amStart;
  } else if (tod < amStart) {
    tod = amStart;
  } else if (tod >= amEnd && tod < pmStart) {
    tod = pmStart;
  }
  const countFrom = formatLocalInstant(date, tod);

  // 2. Walk to the due slot.
  let dueDate = date;
  let dueTod = tod;
  if (unit === 'same_day') {
    const cutoff = parseClockTime(input.sameDayCutoff ?? '15:00', 'sameDayCutoff');
    dueDate = tod > cutoff ? nextWorkingOnOrAfter(cal, addDays(date, 1)) : date;
    dueTod = pmEnd;
  } else if (amount > 0) {
    if (unit === 'working_days') {
      for (let counted = 0; counted < amount; ) {
        dueDate = addDays(dueDate, 1);
        if (cal.isWorkingDay(dueDate)) counted++;
      }
    } else if (unit === 'calendar_days') {
      dueDate = nextWorkingOnOrAfter(cal, addDays(date, amount));
    } else if (unit === 'months') {
      dueDate = nextWorkingOnOrAfter(cal, addMonths(date, amount));
    } else if (unit === 'working_hours') {
      let remaining = amount * HOUR_MS;
      let d = date;
      let t = tod;
      for (;;) {
        if (cal.isWorkingDay(d)) {
          let done = false;
          for (const [start, end] of [[amStart, amEnd], [pmStart, pmEnd]] as const) {
            if (done || t >= end) continue;
            const from = Math.max(t, start);
            if (remaining <= end - from) {
              dueDate = d;
              dueTod = from + remaining;
              done = true;
            } else {
              remaining -= end - from;
              t = end;
            }
          }
          if (done) break;
        }
        d = addDays(d, 1);
        t = 0;
      }
    } else {
      throw new CalendarInputError('unit', `Đơn vị thời hạn không hợp lệ: ${String(unit)}`);
    }
  }

  let provisional = false;
  for (let y = parseLocalDate(rawDate).year; y <= parseLocalDate(dueDate).year; y++) {
    if (cal.isProvisionalYear(y)) provisional = true;
  }
  return {
    receivedAt: formatLocalInstant(rawDate, rawTod),
    countFrom,
    dueAt: formatLocalInstant(dueDate, dueTod),
    dueDate,
    provisional,
  };
}
