/**
 * Provisional schedule for years without an official announcement, generated from
 * the Labour Code 2019 (45/2019/QH14):
 * - art. 112.1 holidays: 1/1; Tết 5 days; 10/3 lunar; 30/4; 1/5; 2/9 + 1 adjacent day.
 * - Tết (our choice, art. 112.3 leaves it to the Prime Minister): the last day of the
 *   old lunar year (29 or 30 tháng Chạp) and mùng 1–4 of the new year.
 * - National Day adjacent day (our deterministic rule): 3/9 when 2/9 is a Monday or a
 *   Thursday (this joins the holiday to a weekend: Mon–Tue as in 2024, Thu–Fri),
 *   otherwise 1/9 (Tue → Mon–Tue as in 2025; Wed → Tue–Wed; Fri → Thu–Fri;
 *   Sat → Fri–Sat as in 2023; Sun → Sat–Sun, both then compensated).
 * - art. 111.3: each holiday on a Saturday or Sunday gives a compensatory day on the
 *   next Monday–Friday after it that is not already a holiday or compensatory day
 *   (processed in date order, so clusters push forward: 2023's 29/4–1/5 → 2/5, 3/5).
 * No swaps or make-up Saturdays are guessed.
 */
import { dayNumberFromParts, dayOfWeekOfDayNumber, fromDayNumber } from './local-date';
import { lunarToSolar, tetDate } from './lunar';
import { HOLIDAY_NAMES as N, type CalendarDay, type YearSchedule } from './types';

export const PROVISIONAL_SOURCE = 'Tạm tính theo BLLĐ 2019 Điều 111.3, 112 (chưa có lịch nghỉ chính thức)';

interface Holiday {
  readonly day: number; // day number
  readonly name: string;
}

function solarDay(year: number, month: number, day: number): number {
  return dayNumberFromParts(year, month, day);
}

/** Statutory holidays of `year` (art. 112.1), as day numbers in date order. */
export function statutoryHolidays(year: number): Holiday[] {
  const tet = tetDate(year);
  const tetDay = dayNumberFromParts(tet.year, tet.month, tet.day);
  const hung = lunarToSolar({ day: 10, month: 3, year, leap: false });
  if (!hung) throw new Error(`unreachable: no 10/3 lunar in ${year}`);
  const sep2 = solarDay(year, 9, 2);
  const sep2Dow = dayOfWeekOfDayNumber(sep2);
  const adjacent = sep2Dow === 1 || sep2Dow === 4 ? sep2 + 1 : sep2 - 1;
  const list: Holiday[] = [
    { day: solarDay(year, 1, 1), name: N.newYear },
    ...[-1, 0, 1, 2, 3].map((offset) => ({ day: tetDay + offset, name: N.tet })),
    { day: dayNumberFromParts(hung.year, hung.month, hung.day), name: N.hungKings },
    { day: solarDay(year, 4, 30), name: N.victory },
    { day: solarDay(year, 5, 1), name: N.labour },
    { day: Math.min(sep2, adjacent), name: N.national },
    { day: Math.max(sep2, adjacent), name: N.national },
  ];
  return list.sort((a, b) => a.day - b.day);
}

function isWeekend(day: number): boolean {
  const dow = dayOfWeekOfDayNumber(day);
  return dow === 0 || dow === 6;
}

export function provisionalSchedule(year: number): YearSchedule {
  const holidays = statutoryHolidays(year);
  const taken = new Set(holidays.map((h) => h.day));
  const days: CalendarDay[] = [];
  for (const h of holidays) {
    days.push({ date: fromDayNumber(h.day), kind: 'holiday', name: h.name, source: PROVISIONAL_SOURCE });
    if (!isWeekend(h.day)) continue;
    let c = h.day + 1;
    while (isWeekend(c) || taken.has(c)) c++;
    taken.add(c);
    days.push({ date: fromDayNumber(c), kind: 'compensatory', name: h.name, source: PROVISIONAL_SOURCE });
  }
  days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { year, days, provisional: true };
}
