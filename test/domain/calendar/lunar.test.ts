import { describe, expect, it } from 'vitest';
import {
  canChi,
  dayCanChi,
  lunarToSolar,
  monthCanChi,
  solarToLunar,
  type DateParts,
} from '../../../src/domain/calendar';

const p = (iso: string): DateParts => ({ year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) });
const iso = (d: DateParts | null) => (d ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : null);

// Digest §7.3 table (Tết and Hùng Kings' Day 2020–2030) plus the VN/CN differences.
const TET: Record<number, string> = {
  1985: '1985-01-21',
  2007: '2007-02-17',
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-02',
  2053: '2053-02-18',
};
const HUNG: Record<number, string> = {
  2020: '2020-04-02',
  2021: '2021-04-21',
  2022: '2022-04-10',
  2023: '2023-04-29',
  2024: '2024-04-18',
  2025: '2025-04-07',
  2026: '2026-04-26',
  2027: '2027-04-16',
  2028: '2028-04-04',
  2029: '2029-04-23',
  2030: '2030-04-12',
};

describe('lunar calendar (UTC+7)', () => {
  it('round-trips every day 1900–2100 and lunar days advance by one', () => {
    let prev = solarToLunar({ year: 1899, month: 12, day: 31 });
    let failures = 0;
    for (let t = Date.UTC(1900, 0, 1); t <= Date.UTC(2100, 11, 31); t += 86_400_000) {
      const d = new Date(t);
      const solar = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
      const lunar = solarToLunar(solar);
      const back = lunarToSolar(lunar);
      const ok =
        back !== null &&
        back.year === solar.year &&
        back.month === solar.month &&
        back.day === solar.day &&
        (lunar.day === prev.day + 1 ? lunar.month === prev.month && lunar.leap === prev.leap : lunar.day === 1 && prev.day >= 29);
      if (!ok) failures++;
      prev = lunar;
    }
    expect(failures).toBe(0);
  });

  it.each(Object.entries(TET))('Tết %s is %s', (year, date) => {
    expect(iso(lunarToSolar({ day: 1, month: 1, year: Number(year), leap: false }))).toBe(date);
    expect(solarToLunar(p(date))).toEqual({ day: 1, month: 1, year: Number(year), leap: false });
  });

  it.each(Object.entries(HUNG))("Hùng Kings' Day %s is %s", (year, date) => {
    expect(iso(lunarToSolar({ day: 10, month: 3, year: Number(year), leap: false }))).toBe(date);
  });

  it.each([
    [2020, 4],
    [2023, 2],
    [2025, 6],
    [2024, null],
  ])('lunar year %s has leap month %s', (year, leapMonth) => {
    const leapMonths = new Set<number>();
    for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 2, 1); t += 86_400_000) {
      const d = new Date(t);
      const l = solarToLunar({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
      if (l.year === year && l.leap) leapMonths.add(l.month);
    }
    expect([...leapMonths]).toEqual(leapMonth === null ? [] : [leapMonth]);
    if (leapMonth !== null) {
      const first = lunarToSolar({ day: 1, month: leapMonth, year, leap: true });
      expect(first).not.toBeNull();
      expect(solarToLunar(first!)).toEqual({ day: 1, month: leapMonth, year, leap: true });
    }
  });

  it('returns null for lunar dates that do not exist', () => {
    expect(lunarToSolar({ day: 1, month: 6, year: 2024, leap: true })).toBeNull(); // no leap month in 2024
    expect(lunarToSolar({ day: 1, month: 3, year: 2023, leap: true })).toBeNull(); // 2023's leap month is 2
    // Digest §7.2: Sat 14/2/2026 is 27 Chạp Ất Tỵ and Tết is 17/2, so tháng Chạp has 29 days.
    expect(iso(lunarToSolar({ day: 27, month: 12, year: 2025, leap: false }))).toBe('2026-02-14');
    expect(iso(lunarToSolar({ day: 29, month: 12, year: 2025, leap: false }))).toBe('2026-02-16');
    expect(lunarToSolar({ day: 30, month: 12, year: 2025, leap: false })).toBeNull();
    // Digest §7.2: Sat 25/1/2025 is 26 Chạp Giáp Thìn and Tết is 29/1: no 30 Chạp either.
    expect(iso(lunarToSolar({ day: 26, month: 12, year: 2024, leap: false }))).toBe('2025-01-25');
    expect(lunarToSolar({ day: 30, month: 12, year: 2024, leap: false })).toBeNull();
    expect(lunarToSolar({ day: 0, month: 1, year: 2024, leap: false })).toBeNull();
    expect(lunarToSolar({ day: 1, month: 13, year: 2024, leap: false })).toBeNull();
  });

  it('names years, months and days in Can Chi', () => {
    expect(canChi({ year: 2026 })).toBe('Bính Ngọ');
    expect(canChi({ year: 2025 })).toBe('Ất Tỵ');
    expect(canChi({ year: 2024 })).toBe('Giáp Thìn');
    expect(canChi({ year: 2023 })).toBe('Quý Mão');
    expect(canChi({ year: 2000 })).toBe('Canh Thìn');
    expect(canChi(solarToLunar(p('2026-02-16')))).toBe('Ất Tỵ'); // 29 Chạp still belongs to Ất Tỵ
    // Mùng 1 Tết Giáp Thìn (10/2/2024): day Giáp Thìn, month Bính Dần.
    expect(dayCanChi(p('2024-02-10'))).toBe('Giáp Thìn');
    expect(monthCanChi({ year: 2024, month: 1 })).toBe('Bính Dần');
    // The 60-day cycle: 60 days later has the same name, 1 day later does not.
    expect(dayCanChi(p('2024-04-10'))).toBe('Giáp Thìn');
    expect(dayCanChi(p('2024-02-11'))).toBe('Ất Tỵ');
  });
});
