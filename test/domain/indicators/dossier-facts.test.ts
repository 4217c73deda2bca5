/**
 * Per-dossier facts: channel codes (digest §1.1), end of processing (§1.3), supplement pauses read
 * from the status history and the QĐ 766 on-time test as of a period end (§1.4).
 */
import { describe, expect, it } from 'vitest';
import { IndicatorInputError, channelOf, classify766, endOfProcessing, inTimelinessScope, periodBounds, supplementPausesFrom, type StatusEntry } from '../../../src/domain/indicators';

const ms = (s: string) => Date.parse(s);
const RECEIVED = '2025-03-03T10:00:00+07:00';
const DUE = '2025-03-10T10:00:00+07:00';
const PERIOD_END = '2025-03-31T23:59:59.999+07:00';

describe('channelOf (KenhThucHien)', () => {
  it('1 or null = direct, 2 = online, 3 = postal; other codes are refused', () => {
    expect([channelOf(1), channelOf(null), channelOf(undefined), channelOf(''), channelOf('2'), channelOf(3)]).toEqual(['direct', 'direct', 'direct', 'direct', 'online', 'postal']);
    expect(() => channelOf(4)).toThrow(IndicatorInputError);
    expect(() => channelOf('x')).toThrow(expect.objectContaining({ param: 'KenhThucHien' }));
  });
});

describe('endOfProcessing', () => {
  const h = (...xs: [StatusEntry['status'], string][]): StatusEntry[] => xs.map(([status, at]) => ({ status, at }));

  it('takes 9 (processed) before 10 (returned) before 8/3 before 7, whatever their order in time', () => {
    const history = h([2, '2025-03-03T10:00:00+07:00'], [4, '2025-03-04T08:00:00+07:00'], [10, '2025-03-07T09:00:00+07:00'], [9, '2025-03-06T15:00:00+07:00']);
    expect(endOfProcessing(history)).toEqual({ status: 9, at: ms('2025-03-06T15:00:00+07:00') });
    expect(endOfProcessing(h([2, RECEIVED], [10, '2025-03-07T09:00:00+07:00'], [8, '2025-03-05T09:00:00+07:00']))?.status).toBe(10);
    expect(endOfProcessing(h([2, RECEIVED], [8, '2025-03-05T09:00:00+07:00'], [7, '2025-03-04T09:00:00+07:00']))?.status).toBe(8);
    expect(endOfProcessing(h([2, RECEIVED], [7, '2025-03-04T09:00:00+07:00']))).toEqual({ status: 7, at: ms('2025-03-04T09:00:00+07:00') });
    expect(endOfProcessing(h([2, RECEIVED], [4, '2025-03-04T09:00:00+07:00']))).toBeNull();
  });

  it('ignores history after asOf (the dossier as it stood at the period end)', () => {
    const history = h([2, RECEIVED], [9, '2025-04-01T08:00:00+07:00']);
    expect(endOfProcessing(history, PERIOD_END)).toBeNull();
    expect(endOfProcessing(history)?.status).toBe(9);
  });
});

describe('supplementPausesFrom', () => {
  it('a 5 opens a request, repeated 5s are the same request, the next other status completes it', () => {
    const history: StatusEntry[] = [
      { status: 2, at: RECEIVED },
      { status: 5, at: '2025-03-04T10:00:00+07:00' },
      { status: 5, at: '2025-03-04T11:00:00+07:00' },
      { status: 4, at: '2025-03-06T10:00:00+07:00' },
      { status: 5, at: '2025-03-07T10:00:00+07:00' },
    ];
    expect(supplementPausesFrom(history)).toEqual([
      { requestedAt: ms('2025-03-04T10:00:00+07:00'), completedAt: ms('2025-03-06T10:00:00+07:00') },
      { requestedAt: ms('2025-03-07T10:00:00+07:00'), completedAt: null },
    ]);
  });
});

describe('classify766 (indicator 2.1 per dossier)', () => {
  const done = (endAt: string, extra: StatusEntry[] = []): StatusEntry[] => [{ status: 2, at: RECEIVED }, ...extra, { status: 4, at: '2025-03-03T14:00:00+07:00' }, { status: 9, at: endAt }];

  it('finished exactly at the appointment instant is on time; one minute later is late', () => {
    expect(classify766({ receivedAt: RECEIVED, dueAt: DUE, history: done(DUE) }, PERIOD_END)).toMatchObject({ onTime: true, basis: 'due_at' });
    expect(classify766({ receivedAt: RECEIVED, dueAt: DUE, history: done('2025-03-10T10:01:00+07:00') }, PERIOD_END).onTime).toBe(false);
  });

  it('the supplement time is a pause: one day late, after a two-day supplement, is on time', () => {
    const history: StatusEntry[] = [
      { status: 2, at: RECEIVED },
      { status: 5, at: '2025-03-04T10:00:00+07:00' },
      { status: 4, at: '2025-03-06T10:00:00+07:00' },
      { status: 9, at: '2025-03-11T10:00:00+07:00' },
    ];
    const r = classify766({ receivedAt: RECEIVED, dueAt: DUE, history }, PERIOD_END);
    expect(r).toMatchObject({ onTime: true, supplementRequests: 1, supplementMs: 48 * 3_600_000, effectiveEnd: '2025-03-09T10:00:00+07:00' });
  });

  it('two supplement requests are late, even when finished early', () => {
    const history: StatusEntry[] = [
      { status: 2, at: RECEIVED },
      { status: 5, at: '2025-03-04T10:00:00+07:00' },
      { status: 4, at: '2025-03-04T15:00:00+07:00' },
      { status: 5, at: '2025-03-05T10:00:00+07:00' },
      { status: 4, at: '2025-03-05T15:00:00+07:00' },
      { status: 9, at: '2025-03-06T10:00:00+07:00' },
    ];
    expect(classify766({ receivedAt: RECEIVED, dueAt: DUE, history }, PERIOD_END)).toMatchObject({ onTime: false, basis: 'multiple_supplements', supplementRequests: 2 });
  });

  it('a dossier still waiting for its single supplement at the period end is on time (ends at the request)', () => {
    const history: StatusEntry[] = [{ status: 2, at: RECEIVED }, { status: 5, at: '2025-03-07T10:00:00+07:00' }];
    expect(classify766({ receivedAt: RECEIVED, dueAt: DUE, history }, PERIOD_END)).toMatchObject({ onTime: true, end: null });
  });

  it('an open dossier is judged at the period end; history after it is ignored', () => {
    const history: StatusEntry[] = [{ status: 2, at: RECEIVED }, { status: 4, at: '2025-03-04T08:00:00+07:00' }, { status: 9, at: '2025-03-20T08:00:00+07:00' }];
    expect(classify766({ receivedAt: RECEIVED, dueAt: DUE, history }, '2025-03-09T23:59:59+07:00')).toMatchObject({ onTime: true, end: null });
    expect(classify766({ receivedAt: RECEIVED, dueAt: DUE, history }, '2025-03-15T23:59:59+07:00')).toMatchObject({ onTime: false, end: null });
    expect(classify766({ receivedAt: RECEIVED, dueAt: DUE, history }, PERIOD_END)).toMatchObject({ onTime: false, end: { status: 9 } });
  });

  it('a supplement requested before reception does not pause the clock', () => {
    const history: StatusEntry[] = [
      { status: 1, at: '2025-03-01T10:00:00+07:00' },
      { status: 5, at: '2025-03-01T11:00:00+07:00' },
      { status: 2, at: RECEIVED },
      { status: 9, at: '2025-03-11T10:00:00+07:00' },
    ];
    expect(classify766({ receivedAt: RECEIVED, dueAt: DUE, history }, PERIOD_END)).toMatchObject({ onTime: false, supplementRequests: 0, supplementMs: 0 });
  });
});

describe('inTimelinessScope (2.1 denominator)', () => {
  const period = periodBounds({ from: '2025-03-01', to: '2025-03-31' });
  it('received before the period end and not ended before its start', () => {
    expect(inTimelinessScope('2025-02-20T10:00:00+07:00', null, period)).toBe(true);
    expect(inTimelinessScope('2025-02-20T10:00:00+07:00', { status: 9, at: ms('2025-02-28T23:59:59+07:00') }, period)).toBe(false);
    expect(inTimelinessScope('2025-02-20T10:00:00+07:00', { status: 9, at: ms('2025-03-01T00:00:00+07:00') }, period)).toBe(true);
    expect(inTimelinessScope('2025-03-31T23:59:59+07:00', null, period)).toBe(true);
    expect(inTimelinessScope('2025-04-01T00:00:00+07:00', null, period)).toBe(false);
    expect(inTimelinessScope(null, null, period)).toBe(false);
  });
});
