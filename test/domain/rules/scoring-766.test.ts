import { describe, expect, it } from 'vitest';
import { scoring766OnTime } from '../../../src/domain/rules';

const H = 3_600_000;
const received = '2025-03-03T10:00:00+07:00';
const due = '2025-03-10T10:00:00+07:00';

describe('QĐ 766 indicator 2.1 on-time test (F766 §2.1)', () => {
  it('end ≤ due is on time; one ms later is late', () => {
    expect(scoring766OnTime({ receivedAt: received, endAt: due, dueAt: due, supplementPauses: [] })).toMatchObject({
      onTime: true,
      basis: 'due_at',
      supplementMs: 0,
    });
    expect(scoring766OnTime({ receivedAt: received, endAt: '2025-03-10T10:00:00.001+07:00', dueAt: due, supplementPauses: [] }).onTime).toBe(false);
    expect(scoring766OnTime({ receivedAt: received, endAt: '2025-03-10T03:00:00Z', dueAt: due, supplementPauses: [] }).onTime).toBe(true);
  });

  it('subtracts supplement time (raw elapsed, a pause)', () => {
    // Finished 1 day late, but the applicant took 2 days (48 h) to supplement.
    const r = scoring766OnTime({
      receivedAt: received,
      endAt: '2025-03-11T10:00:00+07:00',
      dueAt: due,
      supplementPauses: [{ requestedAt: '2025-03-04T10:00:00+07:00', completedAt: '2025-03-06T10:00:00+07:00' }],
    });
    expect(r).toMatchObject({ onTime: true, supplementMs: 48 * H, effectiveEnd: '2025-03-09T10:00:00+07:00' });
    // Only 12 h of supplement time: still 12 h late.
    const late = scoring766OnTime({
      receivedAt: received,
      endAt: '2025-03-11T10:00:00+07:00',
      dueAt: due,
      supplementPauses: [{ requestedAt: '2025-03-04T10:00:00+07:00', completedAt: '2025-03-04T22:00:00+07:00' }],
    });
    expect(late.onTime).toBe(false);
  });

  it('more than one supplement request is late', () => {
    const r = scoring766OnTime({
      receivedAt: received,
      endAt: '2025-03-05T10:00:00+07:00',
      dueAt: due,
      supplementPauses: [
        { requestedAt: '2025-03-03T14:00:00+07:00', completedAt: '2025-03-04T08:00:00+07:00' },
        { requestedAt: '2025-03-04T10:00:00+07:00', completedAt: '2025-03-04T15:00:00+07:00' },
      ],
    });
    expect(r).toMatchObject({ onTime: false, basis: 'multiple_supplements' });
  });

  it('still waiting for a single supplement: ends at the request instant', () => {
    const waiting = { requestedAt: '2025-03-05T09:00:00+07:00', completedAt: null };
    expect(scoring766OnTime({ receivedAt: received, endAt: null, dueAt: due, supplementPauses: [waiting] })).toMatchObject({
      onTime: true,
      effectiveEnd: '2025-03-05T09:00:00+07:00',
    });
    // A request made after the due date is still late.
    const lateRequest = { requestedAt: '2025-03-11T09:00:00+07:00', completedAt: null };
    expect(scoring766OnTime({ receivedAt: received, endAt: null, dueAt: due, supplementPauses: [lateRequest] }).onTime).toBe(false);
  });

  it('unfinished dossiers end at the end of the reporting period', () => {
    const base = { receivedAt: received, endAt: null, dueAt: due, supplementPauses: [] };
    expect(scoring766OnTime({ ...base, periodEnd: '2025-03-09T23:59:59+07:00' }).onTime).toBe(true);
    expect(scoring766OnTime({ ...base, periodEnd: '2025-03-31T23:59:59+07:00' }).onTime).toBe(false);
    expect(() => scoring766OnTime(base)).toThrow(expect.objectContaining({ param: 'periodEnd' }));
  });

  it('without NgayHenTra: end − start − supplement ≤ maximum processing time', () => {
    const base = { receivedAt: received, dueAt: null };
    expect(scoring766OnTime({ ...base, endAt: '2025-03-05T10:00:00+07:00', supplementPauses: [], maxProcessingMs: 48 * H })).toMatchObject({
      onTime: true,
      basis: 'max_processing',
    });
    expect(scoring766OnTime({ ...base, endAt: '2025-03-05T10:00:01+07:00', supplementPauses: [], maxProcessingMs: 48 * H }).onTime).toBe(false);
    const withPause = scoring766OnTime({
      ...base,
      endAt: '2025-03-06T10:00:00+07:00',
      supplementPauses: [{ requestedAt: '2025-03-04T10:00:00+07:00', completedAt: '2025-03-05T10:00:00+07:00' }],
      maxProcessingMs: 48 * H,
    });
    expect(withPause.onTime).toBe(true);
    expect(() => scoring766OnTime({ ...base, endAt: '2025-03-05T10:00:00+07:00', supplementPauses: [] })).toThrow(
      expect.objectContaining({ param: 'maxProcessingMs' }),
    );
  });
});
