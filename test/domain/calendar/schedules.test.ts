import { describe, expect, it } from 'vitest';
import {
  createStandardCalendar,
  HOLIDAY_NAMES,
  OFFICIAL_SCHEDULES,
  provisionalSchedule,
  scheduleFor,
  type CalendarDay,
} from '../../../src/domain/calendar';
import { jsDatesOfYear, jsWeekday } from './support';

const calendar = createStandardCalendar(2000, 2060);

function offWeekdays(year: number): string[] {
  return jsDatesOfYear(year).filter((d) => jsWeekday(d) >= 1 && jsWeekday(d) <= 5 && !calendar.isWorkingDay(d));
}
function workingWeekends(year: number): string[] {
  return jsDatesOfYear(year).filter((d) => (jsWeekday(d) === 0 || jsWeekday(d) === 6) && calendar.isWorkingDay(d));
}

// Weekdays off and Saturdays worked, read by hand from the digest §7.2 table.
const EXPECTED: Record<number, { off: string[]; makeup: string[] }> = {
  2023: {
    off: ['2023-01-02', '2023-01-20', '2023-01-23', '2023-01-24', '2023-01-25', '2023-01-26', '2023-05-01', '2023-05-02', '2023-05-03', '2023-09-01', '2023-09-04'],
    makeup: [],
  },
  2024: {
    off: ['2024-01-01', '2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14', '2024-04-18', '2024-04-29', '2024-04-30', '2024-05-01', '2024-09-02', '2024-09-03'],
    makeup: ['2024-05-04'],
  },
  2025: {
    off: ['2025-01-01', '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-04-07', '2025-04-30', '2025-05-01', '2025-05-02', '2025-09-01', '2025-09-02'],
    makeup: ['2025-04-26'],
  },
  2026: {
    off: ['2026-01-01', '2026-01-02', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-04-27', '2026-04-30', '2026-05-01', '2026-09-01', '2026-09-02'],
    makeup: ['2026-01-10'],
  },
};

describe('official public-sector schedules 2023–2026 (digest §7.2)', () => {
  it.each([2023, 2024, 2025, 2026])('%s: weekdays off and make-up Saturdays match the digest', (year) => {
    expect(offWeekdays(year)).toEqual(EXPECTED[year]!.off);
    expect(workingWeekends(year)).toEqual(EXPECTED[year]!.makeup);
    expect(scheduleFor(year).provisional).toBe(false);
  });

  it('cites the documents and uses Vietnamese names', () => {
    const s24 = OFFICIAL_SCHEDULES.get(2024)!.days;
    expect(s24.find((d) => d.date === '2024-05-04')).toMatchObject({ kind: 'makeup_workday', name: 'Làm bù' });
    expect(s24.find((d) => d.date === '2024-04-29')?.source).toContain('CV 2450/VPCP-KGVX');
    expect(s24.find((d) => d.date === '2024-02-10')?.name).toBe('Tết Nguyên đán');
    const s26 = OFFICIAL_SCHEDULES.get(2026)!.days;
    expect(s26.find((d) => d.date === '2026-01-10')?.source).toContain('CV 12729/VPCP-KGVX');
    expect(s26.find((d) => d.date === '2026-09-01')?.source).toContain('UNCONFIRMED');
    expect(s26.find((d) => d.date === '2026-04-27')).toMatchObject({ kind: 'compensatory', name: 'Giỗ Tổ Hùng Vương' });
    const names = new Set([2023, 2024, 2025, 2026].flatMap((y) => OFFICIAL_SCHEDULES.get(y)!.days.map((d) => d.name)));
    expect(names).toEqual(new Set(Object.values(HOLIDAY_NAMES)));
    for (const y of [2023, 2024, 2025, 2026]) {
      for (const d of OFFICIAL_SCHEDULES.get(y)!.days) expect(d.source.length).toBeGreaterThan(5);
    }
  });

  it('other years are provisional', () => {
    expect(scheduleFor(2022).provisional).toBe(true);
    expect(scheduleFor(2027).provisional).toBe(true);
    expect(calendar.isProvisionalYear(2027)).toBe(true);
    expect(calendar.isProvisionalYear(2025)).toBe(false);
  });
});

const byDate = (days: readonly CalendarDay[]) => new Map(days.map((d) => [d.date, d]));

describe('provisional schedules (Labour Code 2019 art. 111–112)', () => {
  it('2027 by hand: Tết Sat 6/2 (5/2 is the last day of the year), 1/5 on a Saturday, 2/9 a Thursday', () => {
    expect(offWeekdays(2027)).toEqual([
      '2027-01-01', // Fri
      '2027-02-05', // last day of Bính Ngọ
      '2027-02-08', // mùng 3
      '2027-02-09', // mùng 4
      '2027-02-10', // compensatory for Sat 6/2
      '2027-02-11', // compensatory for Sun 7/2
      '2027-04-16', // 10/3 lunar (digest table)
      '2027-04-30',
      '2027-05-03', // compensatory for Sat 1/5
      '2027-09-02',
      '2027-09-03', // Thursday rule → 3/9
    ]);
    expect(workingWeekends(2027)).toEqual([]);
    const days = byDate(provisionalSchedule(2027).days);
    expect(days.get('2027-02-10')).toMatchObject({ kind: 'compensatory', name: 'Tết Nguyên đán' });
    expect(days.get('2027-05-03')).toMatchObject({ kind: 'compensatory', name: 'Quốc tế Lao động' });
  });

  it('reproduces the official blocks that follow the plain rules', () => {
    const p23 = byDate(provisionalSchedule(2023).days);
    // 29/4 Sat, 30/4 Sun, 1/5 Mon → compensatory 2/5 and 3/5; 2/9 Sat → 1/9 + compensatory 4/9; 1/1 Sun → 2/1.
    for (const d of ['2023-01-02', '2023-05-02', '2023-05-03', '2023-09-01', '2023-09-04']) expect(p23.has(d)).toBe(true);
    // 2024: 2/9 Monday → 3/9. 2025: 2/9 Tuesday → 1/9.
    expect(byDate(provisionalSchedule(2024).days).get('2024-09-03')?.name).toBe('Quốc khánh');
    expect(byDate(provisionalSchedule(2025).days).get('2025-09-01')?.name).toBe('Quốc khánh');
    // 2026 official = provisional + the 2/1 swap (and the 10/1 make-up Saturday).
    const prov26 = provisionalSchedule(2026).days.filter((d) => jsWeekday(d.date) >= 1 && jsWeekday(d.date) <= 5).map((d) => d.date);
    expect([...prov26, '2026-01-02'].sort()).toEqual(EXPECTED[2026]!.off);
  });

  it('National Day adjacent-day rule for each weekday', () => {
    const national = (y: number) =>
      provisionalSchedule(y)
        .days.filter((d) => d.name === 'Quốc khánh')
        .map((d) => `${d.date.slice(5)}:${d.kind[0]}`);
    expect(national(2022)).toEqual(['09-01:h', '09-02:h']); // Fri → Thu 1/9
    expect(national(2027)).toEqual(['09-02:h', '09-03:h']); // Thu → Fri 3/9
    expect(national(2029)).toEqual(['09-01:h', '09-02:h', '09-03:c', '09-04:c']); // Sun → Sat 1/9, both compensated
  });

  it.each(Array.from({ length: 61 }, (_, i) => 2000 + i))('%s: 11 holidays, compensation only for weekend holidays', (year) => {
    const s = provisionalSchedule(year);
    const holidays = s.days.filter((d) => d.kind === 'holiday');
    const comps = s.days.filter((d) => d.kind === 'compensatory');
    expect(holidays).toHaveLength(11);
    expect(new Set(holidays.map((d) => d.date)).size).toBe(11);
    expect(comps).toHaveLength(holidays.filter((d) => jsWeekday(d.date) === 0 || jsWeekday(d.date) === 6).length);
    const holidayDates = new Set(holidays.map((d) => d.date));
    for (const c of comps) {
      expect(jsWeekday(c.date)).toBeGreaterThanOrEqual(1);
      expect(jsWeekday(c.date)).toBeLessThanOrEqual(5);
      expect(holidayDates.has(c.date)).toBe(false);
    }
    expect(holidays.filter((d) => d.name === 'Tết Nguyên đán')).toHaveLength(5);
    expect(s.days.every((d) => d.date.startsWith(`${year}-`))).toBe(true);
  });
});
