import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CalendarInputError,
  compileOfficeHours,
  createStandardCalendar,
  formatInstant,
  isAfterCutoff,
  localDateOf,
  normaliseReception,
  officeHoursPerDay,
  parseInstant,
} from '../../../src/domain/calendar';
import { isoWithOffset } from './support';

const calendar = createStandardCalendar(2000, 2060);

describe('instants at UTC+7', () => {
  it('parses ISO strings with any offset like Date.parse does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }),
        fc.constantFrom(0, 420, -300, 330, 600, -60),
        fc.boolean(),
        (ms, offset, millis) => {
          const s = isoWithOffset(ms, offset, millis);
          expect(parseInstant(s)).toBe(Date.parse(s));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('accepts epoch ms and Date; rejects strings without offset and garbage', () => {
    expect(parseInstant(0)).toBe(0);
    expect(parseInstant(new Date(5000))).toBe(5000);
    expect(parseInstant('2025-03-03T10:00+07:00')).toBe(Date.UTC(2025, 2, 3, 3));
    expect(parseInstant('2025-03-03T10:00:00+0700')).toBe(Date.UTC(2025, 2, 3, 3));
    for (const bad of ['2025-03-03T10:00:00', '2025-03-03', '2025-02-30T10:00:00Z', '2025-03-03T24:00:00Z', 'x', '2025-03-03T10:00:00+07:0']) {
      expect(() => parseInstant(bad, 'receivedAt'), bad).toThrow(CalendarInputError);
    }
    expect(() => parseInstant(Number.NaN)).toThrow(CalendarInputError);
    expect(() => parseInstant(1.5)).toThrow(CalendarInputError);
  });

  it('formats at +07:00 and reads the local date', () => {
    expect(formatInstant(Date.UTC(2025, 2, 3, 3, 0, 0))).toBe('2025-03-03T10:00:00+07:00');
    expect(formatInstant(Date.UTC(2025, 2, 3, 17, 0, 0, 5))).toBe('2025-03-04T00:00:00.005+07:00');
    expect(localDateOf('2025-03-03T17:30:00Z')).toBe('2025-03-04'); // 00:30 next day in Vietnam
    expect(localDateOf('2025-03-03T16:59:59Z')).toBe('2025-03-03');
  });
});

describe('office hours and reception normalisation', () => {
  it('defaults to 8 office hours a day', () => {
    expect(officeHoursPerDay()).toBe(8);
    expect(() => compileOfficeHours({ morning: { start: '11:00', end: '10:00' }, afternoon: { start: '13:30', end: '17:00' } })).toThrow(
      CalendarInputError,
    );
    expect(() => compileOfficeHours({ morning: { start: '7:00', end: '11:30' }, afternoon: { start: '13:30', end: '17:00' } })).toThrow(
      CalendarInputError,
    );
  });

  it.each([
    // Mon 3/3/2025
    ['2025-03-03T10:15:00+07:00', '2025-03-03T10:15:00+07:00', 'in_hours'],
    ['2025-03-03T06:30:00+07:00', '2025-03-03T07:00:00+07:00', 'before_opening'],
    ['2025-03-03T11:30:00+07:00', '2025-03-03T13:30:00+07:00', 'lunch'],
    ['2025-03-03T12:15:00+07:00', '2025-03-03T13:30:00+07:00', 'lunch'],
    ['2025-03-03T13:30:00+07:00', '2025-03-03T13:30:00+07:00', 'in_hours'],
    ['2025-03-03T16:59:59+07:00', '2025-03-03T16:59:59+07:00', 'in_hours'],
    ['2025-03-03T17:00:00+07:00', '2025-03-04T07:00:00+07:00', 'after_closing'],
    ['2025-03-03T22:00:00+07:00', '2025-03-04T07:00:00+07:00', 'after_closing'],
    ['2025-03-03T15:30:00Z', '2025-03-04T07:00:00+07:00', 'after_closing'], // 22:30 local
    // Sat 8/3/2025 → Mon 10/3
    ['2025-03-08T09:00:00+07:00', '2025-03-10T07:00:00+07:00', 'non_working_day'],
    // Fri 24/1/2025 after closing → after Tết (Mon 3/2)
    ['2025-01-24T17:05:00+07:00', '2025-02-03T07:00:00+07:00', 'after_closing'],
    // Make-up Saturday 26/4/2025 is a working day
    ['2025-04-26T09:00:00+07:00', '2025-04-26T09:00:00+07:00', 'in_hours'],
  ])('%s → %s (%s)', (received, at, reason) => {
    expect(normaliseReception(calendar, received)).toMatchObject({ at, reason, date: at.slice(0, 10) });
  });

  it('honours agency office hours', () => {
    const hours = { morning: { start: '07:30', end: '11:30' }, afternoon: { start: '13:00', end: '16:30' } };
    expect(officeHoursPerDay(hours)).toBe(7.5);
    expect(normaliseReception(calendar, '2025-03-03T07:10:00+07:00', hours).at).toBe('2025-03-03T07:30:00+07:00');
    expect(normaliseReception(calendar, '2025-03-03T12:59:00+07:00', hours).at).toBe('2025-03-03T13:00:00+07:00');
    expect(normaliseReception(calendar, '2025-03-03T16:45:00+07:00', hours).at).toBe('2025-03-04T07:30:00+07:00');
  });

  it('15:00 cut-off is strict and reads local time', () => {
    expect(isAfterCutoff('2025-03-03T15:00:00+07:00')).toBe(false);
    expect(isAfterCutoff('2025-03-03T15:00:01+07:00')).toBe(true);
    expect(isAfterCutoff('2025-03-03T14:59:00+07:00')).toBe(false);
    expect(isAfterCutoff('2025-03-03T08:30:00Z')).toBe(true); // 15:30 local
    expect(isAfterCutoff('2025-03-03T07:59:00Z')).toBe(false); // 14:59 local
    expect(isAfterCutoff('2025-03-03T16:00:00+07:00', '16:30')).toBe(false);
    expect(() => isAfterCutoff('2025-03-03T16:00:00+07:00', '25:00')).toThrow(CalendarInputError);
  });
});
