/**
 * Instants as the national portal (DVCQG) writes them in sync records: `yyyyMMddHHmmss` (the
 * sync API's format), `yyyyMMdd`, or ISO-8601 (`2024-03-12`, `2024-03-12T08:30[:00]`, with or
 * without an offset). Without an offset the value is a wall-clock reading in Asia/Ho_Chi_Minh
 * (UTC+7, no daylight saving), which is what the one-stop systems record. Parsed by arithmetic,
 * not by building strings: an import reads several per record, millions of records.
 */
import { daysInMonth, dayNumberFromParts, instantOfLocalDay, parseInstant } from '../calendar';

/** How a date without a time is read: the start of that day, or its last second (an appointment date). */
export type DateOnly = 'start' | 'end';

/** Value of `len` decimal digits of `s` at `pos`, or -1 if one is not a digit. */
function digits(s: string, pos: number, len: number): number {
  let v = 0;
  for (let i = pos; i < pos + len; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** Epoch ms of a Vietnamese wall-clock reading, or null when it is not a real date and time. */
function vnLocal(y: number, mo: number, d: number, h: number, mi: number, sec: number, ms = 0): number | null {
  if (y < 1900 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59) return null;
  return instantOfLocalDay(dayNumberFromParts(y, mo, d), ((h * 60 + mi) * 60 + sec) * 1000 + ms);
}

const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?$/;
const ISO_OFFSET = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2})$/;

/** Epoch ms of a DVCQG instant, or null when it is not one of the accepted forms or not a real date. */
export function parseSyncInstant(value: string, dateOnly: DateOnly = 'start'): number | null {
  const v = value.length > 0 && (value.charCodeAt(0) <= 32 || value.charCodeAt(value.length - 1) <= 32) ? value.trim() : value;
  const [eh, em, es] = dateOnly === 'end' ? [23, 59, 59] : [0, 0, 0];
  if (v.length === 14 || v.length === 8) {
    const y = digits(v, 0, 4);
    const mo = digits(v, 4, 2);
    const d = digits(v, 6, 2);
    if (y < 0 || mo < 0 || d < 0) return null;
    if (v.length === 8) return vnLocal(y, mo, d, eh, em, es);
    const h = digits(v, 8, 2);
    const mi = digits(v, 10, 2);
    const s = digits(v, 12, 2);
    return h < 0 || mi < 0 || s < 0 ? null : vnLocal(y, mo, d, h, mi, s);
  }
  const m = ISO_LOCAL.exec(v);
  if (m) {
    if (m[4] === undefined) return vnLocal(+m[1]!, +m[2]!, +m[3]!, eh, em, es);
    const ms = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
    return vnLocal(+m[1]!, +m[2]!, +m[3]!, +m[4], +m[5]!, m[6] ? +m[6] : 0, ms);
  }
  if (ISO_OFFSET.test(v)) {
    try {
      return parseInstant(v);
    } catch {
      return null;
    }
  }
  return null;
}
