/**
 * Processing time (thời hạn giải quyết) as the portal writes it: "5 Ngày làm việc", "15 Ngày",
 * "8 Giờ", "3 Tháng", "Trong ngày", or "Không có thông tin". Only certain facts become
 * amount/unit; the text is always kept in asWritten.
 */
import type { DueUnit } from '../calendar';
import type { ProcessingTime } from './interchange';
import { flag, NO_INFO, squash, type ParseFlag } from './parse-text';

/**
 * Unit words as published. "Ngày" (without "làm việc") is the portal's calendar-day unit.
 * Year, week and minute are not calendar units: kept as written, unit null.
 */
const UNIT_WORDS: ReadonlyArray<readonly [string, DueUnit | null]> = [
  ['Ngày làm việc', 'working_days'],
  ['Ngày', 'calendar_days'],
  ['Giờ', 'working_hours'],
  ['Tháng', 'months'],
  ['Năm', null],
  ['Tuần', null],
  ['Phút', null],
];

/** From this many hours on, "Giờ" may mean clock hours (e.g. "24 Giờ"), not office hours. */
export const HOURS_CLOCK_THRESHOLD = 24;

/** A time cell at the very start of a flattened row: amount text, unit word, consumed length. */
export interface TimeCell {
  readonly kind: 'amount' | 'no_info' | 'same_day';
  readonly amountText: string;
  readonly unitWord: string | null;
  readonly text: string;
}

const UNIT_ALTERNATION = UNIT_WORDS.map(([w]) => w).join('|');
const AMOUNT_WITH_UNIT = new RegExp(`^(\\d+(?:[.,]\\d+)?) ?(${UNIT_ALTERNATION})`, 'iu');

/** Reads a time cell starting at s[0]; digits without a unit are returned with unitWord null. */
export function readTimeCell(s: string): TimeCell | null {
  if (s.startsWith(NO_INFO)) return { kind: 'no_info', amountText: '', unitWord: null, text: NO_INFO };
  const sameDay = /^Trong (?:ngày làm việc|ngày)/iu.exec(s);
  if (sameDay) return { kind: 'same_day', amountText: '', unitWord: null, text: sameDay[0] };
  const withUnit = AMOUNT_WITH_UNIT.exec(s);
  if (withUnit) return { kind: 'amount', amountText: withUnit[1]!, unitWord: withUnit[2]!, text: withUnit[0] };
  const bare = /^\d+(?:[.,]\d+)?/u.exec(s);
  if (bare) return { kind: 'amount', amountText: bare[0], unitWord: null, text: bare[0] };
  return null;
}

export interface TimeParse {
  readonly time: ProcessingTime;
  readonly flags: ParseFlag[];
}

/** Converts a time cell; `where` (a channel key) is attached to the flags. */
export function timeFromCell(cell: TimeCell, where?: string): TimeParse {
  const asWritten = cell.text;
  switch (cell.kind) {
    case 'no_info':
      return { time: { amount: null, unit: null, asWritten }, flags: [flag('time_missing', where)] };
    case 'same_day':
      return { time: { amount: 0, unit: 'same_day', asWritten }, flags: [] };
    case 'amount':
      break;
  }
  const flags: ParseFlag[] = [];
  const amount = /^\d+$/u.test(cell.amountText) ? Number(cell.amountText) : null;
  if (amount === null) flags.push(flag('time_amount_not_integer', where));
  const entry = cell.unitWord === null ? undefined : UNIT_WORDS.find(([w]) => w.toLowerCase() === cell.unitWord!.toLowerCase());
  let unit: DueUnit | null = entry ? entry[1] : null;
  if (cell.unitWord === null) flags.push(flag('time_unit_missing', where));
  else if (unit === null) flags.push(flag('time_unit_unsupported', where));
  if (unit === 'working_hours' && amount !== null && amount >= HOURS_CLOCK_THRESHOLD) {
    unit = null;
    flags.push(flag('time_hours_ambiguous', where));
  }
  return { time: { amount, unit, asWritten }, flags };
}

/**
 * Parses a whole processing-time text ("5 Ngày làm việc", "Trong ngày", "1"). Text that is not
 * exactly one time cell is kept as written with amount and unit null.
 */
export function parseProcessingTime(text: string, where?: string): TimeParse {
  const s = squash(text);
  const cell = readTimeCell(s);
  if (cell && cell.text.length === s.length) return timeFromCell(cell, where);
  return { time: { amount: null, unit: null, asWritten: s }, flags: [flag(s === '' ? 'time_missing' : 'time_unparsed', where)] };
}
