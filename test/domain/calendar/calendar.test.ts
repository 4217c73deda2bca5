import { describe, expect, it } from 'vitest';
import {
  buildCalendar,
  CalendarInputError,
  createStandardCalendar,
  scheduleFor,
  type YearSchedule,
} from '../../../src/domain/calendar';
import { jsDatesOfYear, naiveOracle } from './support';

const calendar = createStandardCalendar(2000, 2060);

describe('WorkingCalendar', () => {
  it('make-up Saturdays work; swapped weekdays do not', () => {
    expect(calendar.isWorkingDay('2024-05-04')).toBe(true);
    expect(calendar.isWorkingDay('2025-04-26')).toBe(true);
    expect(calendar.isWorkingDay('2026-01-10')).toBe(true);
    expect(calendar.isWorkingDay('2024-04-29')).toBe(false);
    expect(calendar.isWorkingDay('2025-05-02')).toBe(false);
    expect(calendar.isWorkingDay('2024-05-11')).toBe(false); // ordinary Saturday
    expect(calendar.isWorkingDay('2024-05-06')).toBe(true); // ordinary Monday
    expect(calendar.dayInfo('2024-05-04')).toMatchObject({ kind: 'makeup_workday', name: 'Làm bù' });
    expect(calendar.dayInfo('2024-05-06')).toBeUndefined();
  });

  it('agrees with a naive Set-based oracle on every day 2000–2060', () => {
    const oracle = naiveOracle(2000, 2060);
    let mismatches = 0;
    for (let y = 2000; y <= 2060; y++) {
      for (const d of jsDatesOfYear(y)) if (calendar.isWorkingDay(d) !== oracle.isWorkingDay(d)) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it('moves by working days across Tết 2025 and 30/4 2024', () => {
    expect(calendar.nextWorkingDay('2025-01-25')).toBe('2025-02-03');
    expect(calendar.nextWorkingDay('2025-02-03')).toBe('2025-02-03');
    expect(calendar.addWorkingDays('2025-01-24', 1)).toBe('2025-02-03');
    expect(calendar.addWorkingDays('2024-04-26', 3)).toBe('2024-05-04'); // Thu 2/5, Fri 3/5, Sat 4/5 (làm bù)
    expect(calendar.addWorkingDays('2025-02-03', -1)).toBe('2025-01-24');
    expect(calendar.addWorkingDays('2024-05-06', -1)).toBe('2024-05-04');
    expect(calendar.countWorkingDays('2024-04-26', '2024-05-06')).toBe(4); // 2/5, 3/5, 4/5, 6/5
  });

  it('rejects duplicates and dates outside its range', () => {
    const dup: YearSchedule = { year: 2024, provisional: false, days: [...scheduleFor(2024).days, scheduleFor(2024).days[0]!] };
    expect(() => buildCalendar([dup])).toThrow(CalendarInputError);
    const small = buildCalendar([scheduleFor(2024)]);
    expect(small.fromYear).toBe(2024);
    expect(small.toYear).toBe(2024);
    expect(() => small.isWorkingDay('2025-01-02')).toThrow(CalendarInputError);
    expect(() => small.addWorkingDays('2024-12-31', 1)).toThrow(CalendarInputError);
  });

  it("fill: 'none' leaves weekends only but flags the year provisional", () => {
    const cal = buildCalendar([scheduleFor(2024)], { fromYear: 2024, toYear: 2027, fill: 'none' });
    expect(cal.isWorkingDay('2027-02-08')).toBe(true); // would be Tết in the provisional schedule
    expect(cal.isProvisionalYear(2027)).toBe(true);
    expect(cal.isProvisionalYear(2024)).toBe(false);
    const filled = buildCalendar([scheduleFor(2024)], { fromYear: 2024, toYear: 2027 });
    expect(filled.isWorkingDay('2027-02-08')).toBe(false);
  });
});
