/**
 * Vietnamese lunisolar calendar, computed at UTC+7 with Hồ Ngọc Đức's astronomical
 * method (https://www.informatik.uni-leipzig.de/~duc/amlich/calrules.html):
 * - a lunar month starts on the local (UTC+7) day containing the new moon;
 * - month 11 is the month containing the winter solstice;
 * - in a year with 13 months between two months 11, the leap month is the first
 *   month after month 11 that contains no major solar term (trung khí).
 * Vietnam uses UTC+7 where China uses UTC+8, so Tết differs in some years
 * (1985, 2007, 2030, 2053). Valid roughly 1800–2199; tested 1900–2100.
 */
import { dayNumberFromParts, partsFromDayNumber, type DateParts } from './local-date';

export interface LunarDate {
  readonly day: number; // 1..30
  readonly month: number; // 1..12
  readonly year: number; // lunar year number (the solar year in which it mostly falls)
  readonly leap: boolean; // tháng nhuận
}

const TIME_ZONE = 7; // hours east of UTC
const JD_EPOCH = 2440588; // Julian day number of 1970-01-01
const SYNODIC = 29.530588853;
const K0 = 2415021.076998695; // Julian day of the new moon of 1900-01-01
const DR = Math.PI / 180;

/** Julian day (at local noon) of a civil date. */
export function julianDayNumber(parts: DateParts): number {
  return dayNumberFromParts(parts.year, parts.month, parts.day) + JD_EPOCH;
}

/** Julian day (fractional, TT) of the k-th new moon after 1900-01-01. Meeus-style series. */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * DR);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3; // sun anomaly
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3; // moon anomaly
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3; // moon argument of latitude
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * DR) + 0.0021 * Math.sin(2 * DR * M);
  c1 = c1 - 0.4068 * Math.sin(Mpr * DR) + 0.0161 * Math.sin(DR * 2 * Mpr);
  c1 = c1 - 0.0004 * Math.sin(DR * 3 * Mpr);
  c1 = c1 + 0.0104 * Math.sin(DR * 2 * F) - 0.0051 * Math.sin(DR * (M + Mpr));
  c1 = c1 - 0.0074 * Math.sin(DR * (M - Mpr)) + 0.0004 * Math.sin(DR * (2 * F + M));
  c1 = c1 - 0.0004 * Math.sin(DR * (2 * F - M)) - 0.0006 * Math.sin(DR * (2 * F + Mpr));
  c1 = c1 + 0.001 * Math.sin(DR * (2 * F - Mpr)) + 0.0005 * Math.sin(DR * (2 * Mpr + M));
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd + c1 - deltaT;
}

/** Julian day number of the local day on which the k-th new moon falls. */
function newMoonDay(k: number): number {
  return Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
}

/** Sun's apparent longitude in radians [0, 2π) at Julian day `jd` (UTC). */
function sunLongitude(jd: number): number {
  const T = (jd - 2451545.0) / 36525;
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2; // mean anomaly
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2; // mean longitude
  let dl = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(DR * M);
  dl += (0.019993 - 0.000101 * T) * Math.sin(DR * 2 * M) + 0.00029 * Math.sin(DR * 3 * M);
  const L = (L0 + dl) * DR;
  return L - Math.PI * 2 * Math.floor(L / (Math.PI * 2));
}

/** Sector 0..11 (30° each) of the sun's longitude at the start of local day `jdn`. */
function sunSector(jdn: number): number {
  return Math.floor((sunLongitude(jdn - 0.5 - TIME_ZONE / 24) / Math.PI) * 6);
}

const month11Cache = new Map<number, number>();

/** Julian day number on which month 11 (containing the winter solstice) of `year` begins. */
function lunarMonth11(year: number): number {
  const cached = month11Cache.get(year);
  if (cached !== undefined) return cached;
  const off = julianDayNumber({ year, month: 12, day: 31 }) - 2415021;
  const k = Math.floor(off / SYNODIC);
  let nm = newMoonDay(k);
  if (sunSector(nm) >= 9) nm = newMoonDay(k - 1);
  month11Cache.set(year, nm);
  return nm;
}

/** Offset (in months after month 11 starting at a11) of the leap month in a 13-month year. */
function leapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - K0) / SYNODIC + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

/** Lunar date (Vietnam, UTC+7) of a solar date. */
export function solarToLunar(solar: DateParts): LunarDate {
  const dayNumber = julianDayNumber(solar);
  // Mean-motion estimate of the lunation, corrected against the true new moons
  // (the estimate can be one lunation off, e.g. for 2054-05-07 and 2062-04-09).
  let k = Math.floor((dayNumber - K0) / SYNODIC);
  while (newMoonDay(k + 1) <= dayNumber) k++;
  while (newMoonDay(k) > dayNumber) k--;
  const monthStart = newMoonDay(k);
  let a11 = lunarMonth11(solar.year);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = solar.year;
    a11 = lunarMonth11(solar.year - 1);
  } else {
    year = solar.year + 1;
    b11 = lunarMonth11(solar.year + 1);
  }
  const day = dayNumber - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11);
    if (diff >= leapDiff) {
      month = diff + 10;
      leap = diff === leapDiff;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) year -= 1;
  return { day, month, year, leap };
}

/**
 * Solar date of a lunar date, or null when that lunar date does not exist
 * (no such leap month that year, or day 30 of a 29-day month).
 */
export function lunarToSolar(lunar: LunarDate): DateParts | null {
  const { day, month, year, leap } = lunar;
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year)) return null;
  if (day < 1 || day > 30 || month < 1 || month > 12) return null;
  const a11 = month < 11 ? lunarMonth11(year - 1) : lunarMonth11(year);
  const b11 = month < 11 ? lunarMonth11(year) : lunarMonth11(year + 1);
  const k = Math.floor(0.5 + (a11 - K0) / SYNODIC);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return null;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    return null;
  }
  const monthStart = newMoonDay(k + off);
  if (day > newMoonDay(k + off + 1) - monthStart) return null;
  return partsFromDayNumber(monthStart + day - 1 - JD_EPOCH);
}

/** Number of days (29 or 30) of the lunar month containing `lunar`, or null if it doesn't exist. */
export function lunarMonthLength(lunar: Omit<LunarDate, 'day'>): number | null {
  return lunarToSolar({ ...lunar, day: 30 }) ? 30 : lunarToSolar({ ...lunar, day: 1 }) ? 29 : null;
}

/** Solar date of Tết (mùng 1 tháng Giêng) of lunar year `year`. */
export function tetDate(year: number): DateParts {
  const d = lunarToSolar({ day: 1, month: 1, year, leap: false });
  if (!d) throw new Error(`unreachable: no Tết in ${year}`);
  return d;
}
