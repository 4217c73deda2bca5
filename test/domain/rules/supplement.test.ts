import { describe, expect, it } from 'vitest';
import { createStandardCalendar } from '../../../src/domain/calendar';
import { dueAfterSupplement, isSupplementRequestTimely, ND61_2018, withProcedureOverrides } from '../../../src/domain/rules';

const calendar = createStandardCalendar(2020, 2030);
const PAUSE = withProcedureOverrides(ND61_2018, { supplementClock: 'pause' });
// Mon 3/3/2025 10:00, 5 working days → Mon 10/3/2025 10:00.
const base = { calendar, receivedAt: '2025-03-03T10:00:00+07:00', amount: 5, unit: 'working_days' } as const;

describe('dueAfterSupplement', () => {
  it('restart (NĐ 61 art. 19.4): full duration again from completion', () => {
    const r = dueAfterSupplement(ND61_2018, { ...base, requestedAt: '2025-03-05T10:00:00+07:00', completedAt: '2025-03-07T10:00:00+07:00' });
    expect(r.mode).toBe('restart');
    expect(r.countFrom).toBe('2025-03-07T10:00:00+07:00');
    expect(r.dueAt).toBe('2025-03-14T10:00:00+07:00'); // Mon 10, Tue 11, Wed 12, Thu 13, Fri 14
  });

  it('restart: completion after closing counts from the next opening', () => {
    const r = dueAfterSupplement(ND61_2018, { ...base, requestedAt: '2025-03-05T10:00:00+07:00', completedAt: '2025-03-07T18:00:00+07:00' });
    expect(r.countFrom).toBe('2025-03-10T07:00:00+07:00');
    expect(r.dueAt).toBe('2025-03-17T07:00:00+07:00');
  });

  it('pause: shifts by the office time between request and completion', () => {
    // Wed 5/3 10:00 → Fri 7/3 10:00 = 16 office hours = 2 working days.
    const r = dueAfterSupplement(PAUSE, { ...base, requestedAt: '2025-03-05T10:00:00+07:00', completedAt: '2025-03-07T10:00:00+07:00' });
    expect(r).toMatchObject({ mode: 'pause', pausedOfficeMs: 16 * 3_600_000, dueAt: '2025-03-12T10:00:00+07:00', dueDate: '2025-03-12' });
    expect(r.countFrom).toBe('2025-03-03T10:00:00+07:00');
    // Evening and lunch don't count: 16:00 → 20:00 is 1 h; 11:00 → 14:00 is 1 h.
    const evening = dueAfterSupplement(PAUSE, { ...base, requestedAt: '2025-03-05T16:00:00+07:00', completedAt: '2025-03-05T20:00:00+07:00' });
    expect(evening.dueAt).toBe('2025-03-10T11:00:00+07:00');
    const lunch = dueAfterSupplement(PAUSE, { ...base, requestedAt: '2025-03-05T11:00:00+07:00', completedAt: '2025-03-05T14:00:00+07:00' });
    expect(lunch.pausedOfficeMs).toBe(3_600_000);
    // 1.5 h pause landing on the lunch boundary keeps the working_days presentation (13:30).
    const boundary = dueAfterSupplement(PAUSE, { ...base, requestedAt: '2025-03-05T10:00:00+07:00', completedAt: '2025-03-05T11:30:00+07:00' });
    expect(boundary.dueAt).toBe('2025-03-10T13:30:00+07:00');
  });

  it('pause: shifts an explicit current due date and across a holiday', () => {
    // Due Tue 29/4/2025 10:00; 8 office hours pause → 30/4, 1/5, 2/5 off, weekend → Mon 5/5 10:00.
    const r = dueAfterSupplement(PAUSE, {
      ...base,
      currentDueAt: '2025-04-29T10:00:00+07:00',
      requestedAt: '2025-04-21T10:00:00+07:00',
      completedAt: '2025-04-22T10:00:00+07:00',
    });
    expect(r.dueAt).toBe('2025-05-05T10:00:00+07:00');
  });

  it('refuses a completion before the request', () => {
    expect(() =>
      dueAfterSupplement(ND61_2018, { ...base, requestedAt: '2025-03-05T10:00:00+07:00', completedAt: '2025-03-04T10:00:00+07:00' }),
    ).toThrow(expect.objectContaining({ param: 'completedAt' }));
  });
});

describe('isSupplementRequestTimely (3 working days)', () => {
  it('Mon 3/3/2025 10:00 → by Thu 6/3 10:00', () => {
    const input = { calendar, receivedAt: '2025-03-03T10:00:00+07:00' };
    expect(isSupplementRequestTimely(ND61_2018, { ...input, requestedAt: '2025-03-06T10:00:00+07:00' })).toBe(true);
    expect(isSupplementRequestTimely(ND61_2018, { ...input, requestedAt: '2025-03-06T10:01:00+07:00' })).toBe(false);
  });

  it('across the 2025 Tết holiday', () => {
    // Fri 24/1/2025 09:00 → Mon 3/2, Tue 4/2, Wed 5/2 09:00.
    const input = { calendar, receivedAt: '2025-01-24T09:00:00+07:00' };
    expect(isSupplementRequestTimely(ND61_2018, { ...input, requestedAt: '2025-02-05T08:59:00+07:00' })).toBe(true);
    expect(isSupplementRequestTimely(ND61_2018, { ...input, requestedAt: '2025-02-05T09:30:00+07:00' })).toBe(false);
  });
});
