/**
 * How instants and dates print on the forms, always on the wall clock of Asia/Ho_Chi_Minh
 * (UTC+7, no daylight saving time):
 *   time and date   "15 giờ 30 phút, ngày 22/11/2026"
 *   date            "22/11/2026"
 *   place and date  "An Giang, ngày 22 tháng 11 năm 2026" (NĐ 30/2020 appendix I: a day below 10
 *                   and the months 1 and 2 take a leading zero, "ngày 05 tháng 02 năm 2026").
 */
import { DAY_MS, VN_OFFSET_MS, parseInstant, parseLocalDate, partsFromDayNumber, type LocalDate } from '../calendar';
import type { FormChannel } from './types';

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

type WallClock = { year: number; month: number; day: number; hour: number; minute: number };

/** Wall-clock reading of an instant in Asia/Ho_Chi_Minh. */
export function wallClock(at: Date, param = 'instant'): WallClock {
  const local = parseInstant(at, param) + VN_OFFSET_MS;
  const dn = Math.floor(local / DAY_MS);
  const minutes = Math.floor((local - dn * DAY_MS) / 60_000);
  return { ...partsFromDayNumber(dn), hour: Math.floor(minutes / 60), minute: minutes % 60 };
}

/** "22/11/2026". */
export function formatFormDate(at: Date, param = 'instant'): string {
  const w = wallClock(at, param);
  return `${pad2(w.day)}/${pad2(w.month)}/${w.year}`;
}

/** "15 giờ 30 phút, ngày 22/11/2026". */
export function formatFormDateTime(at: Date, param = 'instant'): string {
  const w = wallClock(at, param);
  return `${pad2(w.hour)} giờ ${pad2(w.minute)} phút, ngày ${pad2(w.day)}/${pad2(w.month)}/${w.year}`;
}

/** "22/11/2026 15:30" (tables, where space is short). */
export function formatFormShortDateTime(at: Date | null, param = 'instant'): string {
  if (at === null) return '';
  const w = wallClock(at, param);
  return `${pad2(w.day)}/${pad2(w.month)}/${w.year} ${pad2(w.hour)}:${pad2(w.minute)}`;
}

/** "22/11/2026" for a local date YYYY-MM-DD. */
export function formatLocalFormDate(date: LocalDate, param = 'date'): string {
  const p = parseLocalDate(date, param);
  return `${pad2(p.day)}/${pad2(p.month)}/${p.year}`;
}

/** "An Giang, ngày 22 tháng 11 năm 2026". */
export function formatPlaceDate(place: string, at: Date): string {
  const w = wallClock(at, 'issuedAt');
  const day = pad2(w.day);
  const month = w.month < 3 ? pad2(w.month) : `${w.month}`;
  return `${place}, ngày ${day} tháng ${month} năm ${w.year}`;
}

export function channelLabel(channel: FormChannel): string {
  switch (channel) {
    case 'direct':
      return 'Trực tiếp tại Bộ phận Một cửa';
    case 'online':
      return 'Trực tuyến';
    case 'postal':
      return 'Qua dịch vụ bưu chính công ích';
  }
}
