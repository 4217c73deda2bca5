/**
 * Instants (absolute points in time) and their wall-clock reading in
 * Asia/Ho_Chi_Minh, which is a fixed UTC+7 with no daylight saving time.
 * Input: an ISO-8601 string WITH an offset (`Z` or `±HH:MM`), epoch milliseconds,
 * or a Date. Output: ISO strings with `+07:00`.
 */
import { CalendarInputError } from './errors';
import { daysInMonth, dayNumberFromParts, fromDayNumber, type LocalDate } from './local-date';

export type Instant = string | number | Date;

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
/** Asia/Ho_Chi_Minh offset: UTC+7, constant since 1975. */
export const VN_OFFSET_MS = 7 * HOUR_MS;

/** Value of `len` decimal digits at `pos`, or -1 if any is not a digit. */
function num(s: string, pos: number, len: number): number {
  let v = 0;
  for (let i = pos; i < pos + len; i++) {
    const c = s.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** Two digits at `pos` (hot path), or -1. */
function two(s: string, pos: number): number {
  const a = s.charCodeAt(pos) - 48;
  const b = s.charCodeAt(pos + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** Parses `YYYY-MM-DDTHH:MM[:SS[.fff…]](Z|±HH:MM|±HHMM)`; returns epoch ms or NaN. */
function parseIso(s: string): number {
  if (s.length < 17 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(13) !== 58) return NaN;
  const t = s.charCodeAt(10);
  if (t !== 84 && t !== 116 && t !== 32) return NaN; // 'T', 't' or ' '
  const year = num(s, 0, 4);
  const month = two(s, 5);
  const day = two(s, 8);
  const hour = two(s, 11);
  const minute = two(s, 14);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return NaN;
  let pos = 16;
  let second = 0;
  let millis = 0;
  if (s.charCodeAt(pos) === 58) {
    second = two(s, pos + 1);
    if (second < 0 || second > 59) return NaN;
    pos += 3;
    if (s.charCodeAt(pos) === 46 || s.charCodeAt(pos) === 44) {
      pos++;
      let scale = 100;
      const start = pos;
      while (pos < s.length) {
        const c = s.charCodeAt(pos) - 48;
        if (c < 0 || c > 9) break;
        millis += c * scale; // digits beyond milliseconds are truncated
        scale /= 10;
        pos++;
      }
      if (pos === start) return NaN;
      millis = Math.floor(millis);
    }
  }
  let offsetMs: number;
  const z = s.charCodeAt(pos);
  if ((z === 90 || z === 122) && pos + 1 === s.length) {
    offsetMs = 0;
  } else if (z === 43 || z === 45) {
    const rest = s.length - pos - 1;
    const oh = two(s, pos + 1);
    const om = rest === 5 && s.charCodeAt(pos + 3) === 58 ? two(s, pos + 4) : rest === 4 ? two(s, pos + 3) : -1;
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return NaN;
    offsetMs = (z === 45 ? -1 : 1) * (oh * 60 + om) * 60_000;
  } else {
    return NaN;
  }
  const local = dayNumberFromParts(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + millis;
  return local - offsetMs;
}

/** Epoch milliseconds of an instant; throws `CalendarInputError(param)` when invalid or without offset. */
export function parseInstant(value: Instant, param = 'instant'): number {
  const ms = typeof value === 'number' ? value : typeof value === 'string' ? parseIso(value) : value instanceof Date ? value.getTime() : NaN;
  if (!Number.isFinite(ms) || (typeof value === 'number' && !Number.isInteger(ms))) {
    throw new CalendarInputError(param, `Thời điểm không hợp lệ (cần ISO-8601 có múi giờ hoặc epoch ms): ${String(value)}`);
  }
  return ms;
}

const TWO = Array.from({ length: 60 }, (_, i) => (i < 10 ? `0${i}` : `${i}`));

const todCache: (string | undefined)[] = new Array<string | undefined>(86_400);

function buildTimeOfDay(tod: number): string {
  const totalSec = Math.floor(tod / 1000);
  const ms = tod - totalSec * 1000;
  const h = Math.floor(totalSec / 3600);
  const m = Math.floor((totalSec - h * 3600) / 60);
  const sec = totalSec - h * 3600 - m * 60;
  const base = `${TWO[h]}:${TWO[m]}:${TWO[sec]}`;
  return ms === 0 ? base : `${base}.${`${ms}`.padStart(3, '0')}`;
}

/** `HH:MM:SS[.mmm]` of a time of day in ms (0 ≤ tod < 86 400 000); whole seconds are memoised. */
export function formatTimeOfDay(tod: number): string {
  if (tod % 1000 !== 0) return buildTimeOfDay(tod);
  const sec = tod / 1000;
  return (todCache[sec] ??= buildTimeOfDay(tod));
}

/** Formats an instant at UTC+7: `2025-01-02T07:00:00+07:00`. */
export function formatInstant(ms: number): string {
  const local = ms + VN_OFFSET_MS;
  const dn = Math.floor(local / DAY_MS);
  return `${fromDayNumber(dn)}T${formatTimeOfDay(local - dn * DAY_MS)}+07:00`;
}

/** Formats a local day number and time of day (UTC+7) without re-deriving the date. */
export function formatLocalInstant(date: LocalDate, tod: number): string {
  return `${date}T${formatTimeOfDay(tod)}+07:00`;
}

/** The Vietnamese wall-calendar date of an instant. */
export function localDateOf(instant: Instant, param = 'instant'): LocalDate {
  return fromDayNumber(Math.floor((parseInstant(instant, param) + VN_OFFSET_MS) / DAY_MS));
}

/** Epoch ms of a local (UTC+7) day number and time of day in ms. */
export function instantOfLocalDay(dayNumber: number, tod: number): number {
  return dayNumber * DAY_MS + tod - VN_OFFSET_MS;
}
