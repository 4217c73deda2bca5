/** Sexagenary (Can Chi) names in Vietnamese for lunar years, months and days. */
import { julianDayNumber, type LunarDate } from './lunar';
import type { DateParts } from './local-date';

export const CAN = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'] as const;
export const CHI = ['Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'] as const;

function mod(n: number, m: number): number {
  return ((n % m) + m) % m;
}

function name(can: number, chi: number): string {
  return `${CAN[mod(can, 10)]} ${CHI[mod(chi, 12)]}`;
}

/** Can Chi of the lunar year, e.g. year 2026 → "Bính Ngọ", 2025 → "Ất Tỵ". */
export function canChi(lunar: Pick<LunarDate, 'year'>): string {
  return name(lunar.year + 6, lunar.year + 8);
}

/** Can Chi of a lunar month (tháng Giêng is always a "Dần" month). Leap months share their month's name. */
export function monthCanChi(lunar: Pick<LunarDate, 'year' | 'month'>): string {
  return name(lunar.year * 12 + lunar.month + 3, lunar.month + 1);
}

/** Can Chi of a solar day, from its Julian day number. */
export function dayCanChi(solar: DateParts): string {
  const jd = julianDayNumber(solar);
  return name(jd + 9, jd + 1);
}
