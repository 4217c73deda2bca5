/**
 * Test helpers independent of the code under test's arithmetic: dates via JS Date in
 * UTC, working days via plain Sets built from the schedule data.
 */
import { scheduleFor, type LocalDate, type WorkingDayOracle } from '../../../src/domain/calendar';

/** Weekday 0 = Sunday … 6 = Saturday, computed by JS Date in UTC. */
export function jsWeekday(date: LocalDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** All dates of a year as strings, via JS Date. */
export function jsDatesOfYear(year: number): LocalDate[] {
  const out: LocalDate[] = [];
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

/** A naive oracle: Mon–Fri unless listed off; make-up days work. */
export function naiveOracle(fromYear: number, toYear: number): WorkingDayOracle {
  const off = new Set<string>();
  const makeup = new Set<string>();
  const provisional = new Set<number>();
  for (let y = fromYear; y <= toYear; y++) {
    const s = scheduleFor(y);
    if (s.provisional) provisional.add(y);
    for (const d of s.days) (d.kind === 'makeup_workday' ? makeup : off).add(d.date);
  }
  return {
    isWorkingDay: (date) => {
      if (makeup.has(date)) return true;
      const wd = jsWeekday(date);
      return wd >= 1 && wd <= 5 && !off.has(date);
    },
    isProvisionalYear: (year) => provisional.has(year) || year < fromYear || year > toYear,
  };
}

/** ISO string of epoch ms written with a given UTC offset in minutes, e.g. +420 → "+07:00". */
export function isoWithOffset(ms: number, offsetMinutes: number, withMillis = false): string {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString();
  const body = withMillis ? local.slice(0, 23) : local.slice(0, 19);
  if (offsetMinutes === 0) return `${body}Z`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${body}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
