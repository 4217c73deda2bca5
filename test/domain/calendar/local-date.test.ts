import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  CalendarInputError,
  compareLocalDates,
  dayOfWeek,
  daysBetween,
  fromDayNumber,
  isValidLocalDate,
  parseLocalDate,
  toDayNumber,
} from '../../../src/domain/calendar';
import { jsWeekday } from './support';

const dayMs = 86_400_000;
const anyDay = fc.integer({ min: Date.UTC(1800, 0, 1) / dayMs, max: Date.UTC(2300, 0, 1) / dayMs });

describe('local-date', () => {
  it('day numbers agree with JS Date (UTC) over 1800–2300', () => {
    fc.assert(
      fc.property(anyDay, (n) => {
        const iso = new Date(n * dayMs).toISOString().slice(0, 10);
        expect(fromDayNumber(n)).toBe(iso);
        expect(toDayNumber(iso)).toBe(n);
        expect(dayOfWeek(iso)).toBe(jsWeekday(iso));
      }),
      { numRuns: 5000 },
    );
  });

  it('known anchors', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(dayOfWeek('2025-01-01')).toBe(3); // Wednesday (digest §7.2)
    expect(dayOfWeek('2026-02-17')).toBe(2); // Tết 2026 is a Tuesday
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1);
  });

  it('adds months clamping to the month end', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
    expect(addMonths('2025-03-15', 12)).toBe('2026-03-15');
  });

  it('compares and validates', () => {
    expect(compareLocalDates('2025-06-30', '2025-07-01')).toBe(-1);
    expect(compareLocalDates('2025-07-01', '2025-07-01')).toBe(0);
    expect(compareLocalDates('2026-01-01', '2025-12-31')).toBe(1);
    expect(isValidLocalDate('2023-02-29')).toBe(false);
    expect(isValidLocalDate('2024-02-29')).toBe(true);
    expect(isValidLocalDate('2024-2-9')).toBe(false);
    expect(() => parseLocalDate('2025-13-01', 'receptionDate')).toThrow(CalendarInputError);
    try {
      parseLocalDate('nope', 'receptionDate');
    } catch (e) {
      expect((e as CalendarInputError).param).toBe('receptionDate');
    }
  });
});
