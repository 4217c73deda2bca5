/**
 * A working calendar built once from year schedules, answering in O(1):
 * - is a day a working day (Mon–Fri unless off; a make-up Saturday works);
 * - the n-th working day after a day (prefix counts of working days);
 * - whether a span of days touches a provisional year.
 * The typed arrays are exposed in `index` for the hot paths in due.ts and office-time.ts.
 */
import { CalendarInputError } from './errors';
import { dayNumberFromParts, dayOfWeekOfDayNumber, fromDayNumber, toDayNumber, type LocalDate } from './local-date';
import { provisionalSchedule } from './provisional';
import { OFFICIAL_SCHEDULES } from './schedules';
import type { CalendarDay, YearSchedule } from './types';

export interface CalendarIndex {
  /** Day number of index 0 (1 January of `fromYear`). */
  readonly firstDay: number;
  readonly dayCount: number;
  /** 1 when the day at that index is a working day. */
  readonly working: Uint8Array;
  /** cumWorking[i] = number of working days among indices [0, i); length dayCount + 1. */
  readonly cumWorking: Int32Array;
  /** Indices of all working days, ascending: workingDays[cumWorking[i]] is the first working day ≥ i. */
  readonly workingDays: Int32Array;
  /** provisionalPrefix[i] = number of days in [0, i) belonging to a provisional year. */
  readonly provisionalPrefix: Int32Array;
}

export interface WorkingCalendar {
  readonly fromYear: number;
  readonly toYear: number;
  readonly index: CalendarIndex;
  /** LocalDate of a calendar index (memoised; used by the hot paths). */
  dateAt(i: number): LocalDate;
  isWorkingDay(date: LocalDate): boolean;
  /** The schedule entry for a date (holiday, compensatory, swap, make-up), if any. */
  dayInfo(date: LocalDate): CalendarDay | undefined;
  isProvisionalYear(year: number): boolean;
  /** First working day on or after `date`. */
  nextWorkingDay(date: LocalDate): LocalDate;
  /**
   * n ≥ 1: the n-th working day strictly after `date`; n ≤ -1: the |n|-th working day
   * strictly before it; n = 0: nextWorkingDay(date).
   */
  addWorkingDays(date: LocalDate, n: number): LocalDate;
  /** Number of working days d with from < d ≤ to (negative when to < from). */
  countWorkingDays(from: LocalDate, to: LocalDate): number;
}

export interface BuildCalendarOptions {
  /** First year covered; defaults to the smallest schedule year. */
  readonly fromYear?: number;
  /** Last year covered; defaults to the largest schedule year. */
  readonly toYear?: number;
  /** Years in range without a schedule: 'provisional' (default) generates one; 'none' leaves weekends only (still flagged provisional). */
  readonly fill?: 'provisional' | 'none';
}

const OFF_KINDS = new Set(['holiday', 'compensatory', 'swap_off']);

export function buildCalendar(schedules: readonly YearSchedule[], options: BuildCalendarOptions = {}): WorkingCalendar {
  const years = schedules.map((s) => s.year);
  const fromYear = options.fromYear ?? Math.min(...years);
  const toYear = options.toYear ?? Math.max(...years);
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || fromYear > toYear || toYear - fromYear > 400) {
    throw new CalendarInputError('options', `Khoảng năm không hợp lệ: ${fromYear}–${toYear}`);
  }
  const byYear = new Map<number, YearSchedule>();
  for (const s of schedules) {
    if (byYear.has(s.year)) throw new CalendarInputError('schedules', `Trùng lịch năm ${s.year}`);
    byYear.set(s.year, s);
  }
  const provisionalYears = new Set<number>();
  for (let y = fromYear; y <= toYear; y++) {
    const s = byYear.get(y);
    if (s) {
      if (s.provisional) provisionalYears.add(y);
    } else {
      provisionalYears.add(y);
      if (options.fill !== 'none') byYear.set(y, provisionalSchedule(y));
    }
  }

  const entries = new Map<number, CalendarDay>();
  for (const s of byYear.values()) {
    for (const d of s.days) {
      const dn = toDayNumber(d.date, 'schedules');
      if (entries.has(dn)) throw new CalendarInputError('schedules', `Trùng ngày trong lịch: ${d.date}`);
      entries.set(dn, d);
    }
  }

  const firstDay = dayNumberFromParts(fromYear, 1, 1);
  const dayCount = dayNumberFromParts(toYear + 1, 1, 1) - firstDay;
  const working = new Uint8Array(dayCount);
  const cumWorking = new Int32Array(dayCount + 1);
  const provisionalPrefix = new Int32Array(dayCount + 1);
  const list: number[] = [];
  let year = fromYear;
  let nextYearStart = dayNumberFromParts(fromYear + 1, 1, 1);
  for (let i = 0; i < dayCount; i++) {
    const dn = firstDay + i;
    if (dn >= nextYearStart) {
      year++;
      nextYearStart = dayNumberFromParts(year + 1, 1, 1);
    }
    const dow = dayOfWeekOfDayNumber(dn);
    const entry = entries.get(dn);
    let isWork = dow !== 0 && dow !== 6;
    if (entry?.kind === 'makeup_workday') isWork = true;
    else if (entry && OFF_KINDS.has(entry.kind)) isWork = false;
    working[i] = isWork ? 1 : 0;
    if (isWork) list.push(i);
    cumWorking[i + 1] = cumWorking[i]! + working[i]!;
    provisionalPrefix[i + 1] = provisionalPrefix[i]! + (provisionalYears.has(year) ? 1 : 0);
  }
  const index: CalendarIndex = { firstDay, dayCount, working, cumWorking, workingDays: Int32Array.from(list), provisionalPrefix };

  const idx = (date: LocalDate, param = 'date'): number => {
    const i = toDayNumber(date, param) - firstDay;
    if (i < 0 || i >= dayCount) {
      throw new CalendarInputError(param, `Ngày ${date} nằm ngoài lịch ${fromYear}–${toYear}`);
    }
    return i;
  };
  const workingAt = (k: number, param: string): LocalDate => {
    const i = index.workingDays[k];
    if (i === undefined) throw new CalendarInputError(param, `Kết quả vượt quá lịch ${fromYear}–${toYear}`);
    return fromDayNumber(firstDay + i);
  };

  const dateCache: (LocalDate | undefined)[] = new Array<LocalDate | undefined>(dayCount);
  const dateAt = (i: number): LocalDate => (dateCache[i] ??= fromDayNumber(firstDay + i));

  return {
    fromYear,
    toYear,
    index,
    dateAt,
    isWorkingDay: (date) => working[idx(date)] === 1,
    dayInfo: (date) => entries.get(toDayNumber(date)),
    isProvisionalYear: (y) => provisionalYears.has(y) || y < fromYear || y > toYear,
    nextWorkingDay: (date) => workingAt(cumWorking[idx(date)]!, 'date'),
    addWorkingDays: (date, n) => {
      if (!Number.isInteger(n)) throw new CalendarInputError('n', `Số ngày làm việc không hợp lệ: ${n}`);
      const i = idx(date);
      if (n < 0) return workingAt(cumWorking[i]! + n, 'n');
      return n === 0 ? workingAt(cumWorking[i]!, 'n') : workingAt(cumWorking[i + 1]! + n - 1, 'n');
    },
    countWorkingDays: (from, to) => cumWorking[idx(to, 'to') + 1]! - cumWorking[idx(from, 'from') + 1]!,
  };
}

/**
 * The standard calendar: official schedules where shipped, provisional elsewhere.
 * Build it once and keep it (a few hundred kB of typed arrays for 61 years).
 */
export function createStandardCalendar(fromYear = 2000, toYear = 2060): WorkingCalendar {
  const schedules: YearSchedule[] = [];
  for (let y = fromYear; y <= toYear; y++) {
    const official = OFFICIAL_SCHEDULES.get(y);
    if (official) schedules.push(official);
  }
  return buildCalendar(schedules, { fromYear, toYear });
}
