import { describe, expect, it } from 'vitest';
import { createStandardCalendar } from '../../../src/domain/calendar';
import { canExtend, ND118_2025, ND61_2018 } from '../../../src/domain/rules';

const calendar = createStandardCalendar(2020, 2030);

describe('canExtend (once, notice ≥ 1 working day before the due date)', () => {
  it('refuses a second extension', () => {
    const r = canExtend(ND118_2025, { extensionsSoFar: 1, now: '2025-03-03T09:00:00+07:00', dueAt: '2025-03-10T10:00:00+07:00', calendar });
    expect(r).toMatchObject({ ok: false, reason: 'max_extensions_reached' });
  });

  it('due Friday: notice by Thursday', () => {
    const dueAt = '2025-03-07T16:00:00+07:00';
    expect(canExtend(ND118_2025, { extensionsSoFar: 0, now: '2025-03-06T16:59:00+07:00', dueAt, calendar })).toEqual({
      ok: true,
      latestNoticeDate: '2025-03-06',
    });
    expect(canExtend(ND118_2025, { extensionsSoFar: 0, now: '2025-03-07T08:00:00+07:00', dueAt, calendar })).toMatchObject({
      ok: false,
      reason: 'notice_too_late',
    });
  });

  it('due Monday: notice by Friday, not on the weekend', () => {
    const dueAt = '2025-03-10T10:00:00+07:00';
    expect(canExtend(ND61_2018, { extensionsSoFar: 0, now: '2025-03-07T16:00:00+07:00', dueAt, calendar }).ok).toBe(true);
    expect(canExtend(ND61_2018, { extensionsSoFar: 0, now: '2025-03-08T09:00:00+07:00', dueAt, calendar })).toMatchObject({
      ok: false,
      reason: 'notice_too_late',
      latestNoticeDate: '2025-03-07',
    });
  });

  it('holidays and make-up Saturdays move the notice date', () => {
    // Due Mon 5/5/2025: 30/4, 1/5, 2/5 off → notice by Tue 29/4.
    const r = canExtend(ND118_2025, { extensionsSoFar: 0, now: '2025-04-30T09:00:00+07:00', dueAt: '2025-05-05T10:00:00+07:00', calendar });
    expect(r).toMatchObject({ ok: false, reason: 'notice_too_late', latestNoticeDate: '2025-04-29' });
    // Due Mon 6/5/2024: the make-up Saturday 4/5 is the last working day before.
    const s = canExtend(ND61_2018, { extensionsSoFar: 0, now: '2024-05-04T10:00:00+07:00', dueAt: '2024-05-06T10:00:00+07:00', calendar });
    expect(s).toEqual({ ok: true, latestNoticeDate: '2024-05-04' });
  });

  it('refuses after the due instant', () => {
    const r = canExtend(ND118_2025, { extensionsSoFar: 0, now: '2025-03-10T10:00:01+07:00', dueAt: '2025-03-10T10:00:00+07:00', calendar });
    expect(r).toMatchObject({ ok: false, reason: 'past_due' });
  });
});
