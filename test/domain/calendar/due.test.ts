import { describe, expect, it } from 'vitest';
import { CalendarInputError, computeDue, createStandardCalendar, referenceDue, type DueInput } from '../../../src/domain/calendar';

const calendar = createStandardCalendar(2000, 2060);

/** Every hand-checked case is run through both implementations. */
function due(input: DueInput) {
  const fast = computeDue(calendar, input);
  expect(referenceDue(calendar, input)).toEqual(fast);
  return fast;
}

describe('computeDue: working_days (day of receipt not counted)', () => {
  it('across Tết 2024: Wed 7/2 10:00 + 3 → Mon 19/2 10:00 (8–14/2 off)', () => {
    expect(due({ receivedAt: '2024-02-07T10:00:00+07:00', amount: 3, unit: 'working_days' })).toEqual({
      receivedAt: '2024-02-07T10:00:00+07:00',
      countFrom: '2024-02-07T10:00:00+07:00',
      dueAt: '2024-02-19T10:00:00+07:00',
      dueDate: '2024-02-19',
      provisional: false,
    });
  });

  it('across Tết 2025: Fri 24/1 16:00 + 2 → Tue 4/2 16:00; after closing → counting from Mon 3/2 07:00', () => {
    expect(due({ receivedAt: '2025-01-24T16:00:00+07:00', amount: 2, unit: 'working_days' }).dueAt).toBe('2025-02-04T16:00:00+07:00');
    const late = due({ receivedAt: '2025-01-24T17:30:00+07:00', amount: 1, unit: 'working_days' });
    expect(late.countFrom).toBe('2025-02-03T07:00:00+07:00');
    expect(late.dueAt).toBe('2025-02-04T07:00:00+07:00');
  });

  it('30/4–1/5 2024 with the make-up Saturday 4/5', () => {
    // Fri 26/4: Mon 29/4 (swap), Tue 30/4, Wed 1/5 off; then Thu 2/5, Fri 3/5, Sat 4/5 (làm bù), Mon 6/5.
    expect(due({ receivedAt: '2024-04-26T09:00:00+07:00', amount: 1, unit: 'working_days' }).dueAt).toBe('2024-05-02T09:00:00+07:00');
    expect(due({ receivedAt: '2024-04-26T09:00:00+07:00', amount: 3, unit: 'working_days' }).dueAt).toBe('2024-05-04T09:00:00+07:00');
    expect(due({ receivedAt: '2024-04-26T09:00:00+07:00', amount: 4, unit: 'working_days' }).dueAt).toBe('2024-05-06T09:00:00+07:00');
  });

  it('30/4–1/5 2025 with the make-up Saturday 26/4', () => {
    const at = '2025-04-25T14:00:00+07:00'; // Friday
    expect(due({ receivedAt: at, amount: 1, unit: 'working_days' }).dueAt).toBe('2025-04-26T14:00:00+07:00');
    expect(due({ receivedAt: at, amount: 2, unit: 'working_days' }).dueAt).toBe('2025-04-28T14:00:00+07:00');
    expect(due({ receivedAt: at, amount: 3, unit: 'working_days' }).dueAt).toBe('2025-04-29T14:00:00+07:00');
    expect(due({ receivedAt: at, amount: 4, unit: 'working_days' }).dueAt).toBe('2025-05-05T14:00:00+07:00');
    // Received on the make-up Saturday itself: that day is the (uncounted) day of receipt.
    expect(due({ receivedAt: '2025-04-26T08:00:00+07:00', amount: 1, unit: 'working_days' }).dueAt).toBe('2025-04-28T08:00:00+07:00');
  });

  it('across 2/9 2025: Fri 29/8 10:00 + 1 → Wed 3/9 10:00', () => {
    expect(due({ receivedAt: '2025-08-29T10:00:00+07:00', amount: 1, unit: 'working_days' }).dueAt).toBe('2025-09-03T10:00:00+07:00');
  });

  it('normalises lunch, early morning and weekends first', () => {
    expect(due({ receivedAt: '2025-03-03T12:15:00+07:00', amount: 2, unit: 'working_days' }).dueAt).toBe('2025-03-05T13:30:00+07:00');
    expect(due({ receivedAt: '2025-03-03T06:00:00+07:00', amount: 1, unit: 'working_days' }).dueAt).toBe('2025-03-04T07:00:00+07:00');
    expect(due({ receivedAt: '2025-03-08T10:00:00+07:00', amount: 1, unit: 'working_days' }).dueAt).toBe('2025-03-11T07:00:00+07:00');
  });

  it('flags provisional years', () => {
    expect(due({ receivedAt: '2026-12-30T10:00:00+07:00', amount: 5, unit: 'working_days' })).toMatchObject({
      dueDate: '2027-01-07', // Thu 31/12, then Fri 1/1/2027 off (provisional Tết DL): Mon 4, Tue 5, Wed 6, Thu 7
      provisional: true,
    });
    expect(due({ receivedAt: '2026-12-21T10:00:00+07:00', amount: 5, unit: 'working_days' }).provisional).toBe(false);
    expect(due({ receivedAt: '2022-12-30T10:00:00+07:00', amount: 1, unit: 'working_days' }).provisional).toBe(true);
  });
});

describe('computeDue: other units', () => {
  it('calendar_days: Mon 3/3/2025 10:00 + 5 lands on Sat 8/3 → Mon 10/3 10:00', () => {
    expect(due({ receivedAt: '2025-03-03T10:00:00+07:00', amount: 5, unit: 'calendar_days' }).dueAt).toBe('2025-03-10T10:00:00+07:00');
    expect(due({ receivedAt: '2025-03-03T10:00:00+07:00', amount: 4, unit: 'calendar_days' }).dueAt).toBe('2025-03-07T10:00:00+07:00');
  });

  it('months: clamp to month end, then next working day', () => {
    expect(due({ receivedAt: '2025-07-31T10:00:00+07:00', amount: 2, unit: 'months' }).dueAt).toBe('2025-09-30T10:00:00+07:00');
    // Wed 31/12/2025 + 2 months → Sat 28/2/2026 → Mon 2/3/2026.
    expect(due({ receivedAt: '2025-12-31T10:00:00+07:00', amount: 2, unit: 'months' }).dueAt).toBe('2026-03-02T10:00:00+07:00');
    expect(due({ receivedAt: '2024-01-31T10:00:00+07:00', amount: 1, unit: 'months' }).dueAt).toBe('2024-02-29T10:00:00+07:00');
    // Thu 30/1/2025 is Tết → counting from Mon 3/2 07:00; 3 months → Sat 3/5 → Mon 5/5.
    expect(due({ receivedAt: '2025-01-30T10:00:00+07:00', amount: 3, unit: 'months' }).dueAt).toBe('2025-05-05T07:00:00+07:00');
    // Mon 31/3/2025 + 1 month → Wed 30/4 (holiday) → 1/5, 2/5 off, weekend → Mon 5/5.
    expect(due({ receivedAt: '2025-03-31T09:00:00+07:00', amount: 1, unit: 'months' }).dueAt).toBe('2025-05-05T09:00:00+07:00');
  });

  it('working_hours: skip lunch, nights and days off; session ends are kept', () => {
    const mon = '2025-03-03T10:00:00+07:00';
    expect(due({ receivedAt: mon, amount: 4, unit: 'working_hours' }).dueAt).toBe('2025-03-03T16:00:00+07:00'); // 1.5 h + 2.5 h
    expect(due({ receivedAt: mon, amount: 8, unit: 'working_hours' }).dueAt).toBe('2025-03-04T10:00:00+07:00');
    expect(due({ receivedAt: '2025-03-03T07:00:00+07:00', amount: 8, unit: 'working_hours' }).dueAt).toBe('2025-03-03T17:00:00+07:00');
    expect(due({ receivedAt: '2025-03-03T10:00:00+07:00', amount: 1, unit: 'working_hours' }).dueAt).toBe('2025-03-03T11:00:00+07:00');
    expect(due({ receivedAt: '2025-03-03T09:30:00+07:00', amount: 2, unit: 'working_hours' }).dueAt).toBe('2025-03-03T11:30:00+07:00');
    // Fri 25/4/2025 16:00 + 2 h → 1 h Friday, 1 h on the make-up Saturday.
    expect(due({ receivedAt: '2025-04-25T16:00:00+07:00', amount: 2, unit: 'working_hours' }).dueAt).toBe('2025-04-26T08:00:00+07:00');
  });

  it('same_day with the 15:00 cut-off', () => {
    expect(due({ receivedAt: '2025-03-03T14:59:00+07:00', amount: 0, unit: 'same_day' }).dueAt).toBe('2025-03-03T17:00:00+07:00');
    expect(due({ receivedAt: '2025-03-03T15:00:00+07:00', amount: 0, unit: 'same_day' }).dueAt).toBe('2025-03-03T17:00:00+07:00');
    expect(due({ receivedAt: '2025-03-03T15:01:00+07:00', amount: 0, unit: 'same_day' }).dueAt).toBe('2025-03-04T17:00:00+07:00');
    expect(due({ receivedAt: '2025-03-03T17:30:00+07:00', amount: 0, unit: 'same_day' }).dueAt).toBe('2025-03-04T17:00:00+07:00');
    // Fri 25/4/2025 15:30 → next working day is the make-up Saturday 26/4.
    expect(due({ receivedAt: '2025-04-25T15:30:00+07:00', amount: 0, unit: 'same_day' }).dueAt).toBe('2025-04-26T17:00:00+07:00');
    expect(due({ receivedAt: '2025-03-03T15:30:00+07:00', amount: 0, unit: 'same_day', sameDayCutoff: '16:00' }).dueAt).toBe(
      '2025-03-03T17:00:00+07:00',
    );
  });

  it('amount 0 ("ngay") is due at the normalised reception instant', () => {
    expect(due({ receivedAt: '2025-03-08T10:00:00+07:00', amount: 0, unit: 'working_days' }).dueAt).toBe('2025-03-10T07:00:00+07:00');
    expect(due({ receivedAt: '2025-03-03T12:00:00+07:00', amount: 0, unit: 'working_hours' }).dueAt).toBe('2025-03-03T13:30:00+07:00');
  });
});

describe('computeDue: input errors', () => {
  const base = { receivedAt: '2025-03-03T10:00:00+07:00', unit: 'working_days' } as const;
  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects amount %s with param "amount"', (amount) => {
    expect(() => computeDue(calendar, { ...base, amount })).toThrow(expect.objectContaining({ param: 'amount', code: 'CALENDAR_INPUT' }));
  });

  it('rejects bad units, bad instants and instants outside the calendar', () => {
    expect(() => computeDue(calendar, { ...base, amount: 1, unit: 'weeks' as never })).toThrow(expect.objectContaining({ param: 'unit' }));
    expect(() => computeDue(calendar, { ...base, amount: 1, receivedAt: '2025-03-03 10:00' })).toThrow(
      expect.objectContaining({ param: 'receivedAt' }),
    );
    expect(() => computeDue(calendar, { ...base, amount: 1, receivedAt: '1999-06-01T10:00:00+07:00' })).toThrow(
      expect.objectContaining({ param: 'receivedAt' }),
    );
    expect(() => computeDue(calendar, { ...base, amount: 100, receivedAt: '2060-12-01T10:00:00+07:00' })).toThrow(CalendarInputError);
  });
});
