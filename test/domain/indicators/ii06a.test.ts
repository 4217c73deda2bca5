/**
 * Form II.06a (digest §5.1) with our documented rule: early = ended on a day before the appointment
 * date; on time = on that date and not after the appointment instant; late otherwise; carried over
 * = received before `from` and not resolved before `from`.
 */
import { describe, expect, it } from 'vitest';
import { assembleII06a, checkII06a, classifyII06a, resolvedTiming, type II06aDossier, type II06aReport } from '../../../src/domain/indicators';

const PERIOD = { from: '2025-03-01', to: '2025-03-31' };
const DUE = '2025-03-20T17:00:00+07:00';
const dossier = (over: Partial<II06aDossier>): II06aDossier => ({ receivedAt: '2025-03-05T09:00:00+07:00', channel: 'direct', dueAt: DUE, endAt: null, ...over });

describe('resolvedTiming', () => {
  it('the day before is early, exactly at the appointment instant is on time, one minute later is late', () => {
    expect(resolvedTiming('2025-03-19T16:00:00+07:00', DUE)).toBe('early');
    expect(resolvedTiming('2025-03-19T23:59:59+07:00', DUE)).toBe('early');
    expect(resolvedTiming('2025-03-20T08:00:00+07:00', DUE)).toBe('onTime');
    expect(resolvedTiming(DUE, DUE)).toBe('onTime');
    expect(resolvedTiming('2025-03-20T17:01:00+07:00', DUE)).toBe('late');
    expect(resolvedTiming('2025-03-21T08:00:00+07:00', DUE)).toBe('late');
  });

  it('reads days on the Vietnamese wall calendar (UTC+7), not in UTC', () => {
    // 2025-03-19T17:30Z is 2025-03-20 00:30 in Hà Nội: the appointment day, before the instant.
    expect(resolvedTiming('2025-03-19T17:30:00Z', DUE)).toBe('onTime');
    expect(resolvedTiming('2025-03-19T16:59:00Z', DUE)).toBe('early');
  });

  it('a dossier without an appointment is on time', () => {
    expect(resolvedTiming('2025-05-01T08:00:00+07:00', null)).toBe('onTime');
  });
});

describe('classifyII06a', () => {
  it('new in the period by channel; resolved in the period by timing', () => {
    expect(classifyII06a(dossier({ channel: 'online', endAt: '2025-03-19T10:00:00+07:00' }), PERIOD)).toEqual({ inReport: true, received: 'online', outcome: 'early' });
    expect(classifyII06a(dossier({ channel: 'postal', endAt: DUE }), PERIOD)).toEqual({ inReport: true, received: 'directOrPostal', outcome: 'onTime' });
    expect(classifyII06a(dossier({ endAt: '2025-03-20T17:01:00+07:00' }), PERIOD)).toEqual({ inReport: true, received: 'directOrPostal', outcome: 'late' });
  });

  it('carried over: received before from and not resolved before from; resolved before from is out', () => {
    expect(classifyII06a(dossier({ receivedAt: '2025-02-27T09:00:00+07:00' }), PERIOD)).toMatchObject({ received: 'carriedOver', outcome: 'overdue' });
    expect(classifyII06a(dossier({ receivedAt: '2025-02-27T09:00:00+07:00', dueAt: '2025-04-03T17:00:00+07:00' }), PERIOD)).toMatchObject({ received: 'carriedOver', outcome: 'withinDeadline' });
    expect(classifyII06a(dossier({ receivedAt: '2025-02-27T09:00:00+07:00', endAt: '2025-03-01T00:00:00+07:00' }), PERIOD)).toMatchObject({ received: 'carriedOver', outcome: 'early' });
    expect(classifyII06a(dossier({ receivedAt: '2025-02-27T09:00:00+07:00', endAt: '2025-02-28T23:59:59+07:00' }), PERIOD)).toEqual({ inReport: false });
  });

  it('received after the period, or never received, is out', () => {
    expect(classifyII06a(dossier({ receivedAt: '2025-04-01T00:00:00+07:00' }), PERIOD)).toEqual({ inReport: false });
    expect(classifyII06a(dossier({ receivedAt: null }), PERIOD)).toEqual({ inReport: false });
  });

  it('pending at the period end: overdue when the appointment has passed by then', () => {
    expect(classifyII06a(dossier({ dueAt: '2025-03-31T17:00:00+07:00' }), PERIOD)).toMatchObject({ outcome: 'overdue' });
    expect(classifyII06a(dossier({ dueAt: '2025-04-01T00:00:00+07:00' }), PERIOD)).toMatchObject({ outcome: 'withinDeadline' });
    // Resolved after the period: still pending in this period's report.
    expect(classifyII06a(dossier({ endAt: '2025-04-02T08:00:00+07:00' }), PERIOD)).toMatchObject({ outcome: 'overdue' });
    // A running period judged at asOf.
    expect(classifyII06a(dossier({ dueAt: '2025-03-31T17:00:00+07:00' }), PERIOD, '2025-03-15T12:00:00+07:00')).toMatchObject({ outcome: 'withinDeadline' });
    expect(classifyII06a(dossier({ dueAt: null }), PERIOD)).toMatchObject({ outcome: 'withinDeadline' });
  });
});

describe('assembleII06a and checkII06a', () => {
  it('builds rows per field and totals; received = resolved + pending', () => {
    const items = [
      { field: 'Hộ tịch', d: dossier({ channel: 'online', endAt: '2025-03-19T10:00:00+07:00' }) }, // online, early
      { field: 'Hộ tịch', d: dossier({ endAt: '2025-03-21T10:00:00+07:00' }) }, // direct, late
      { field: 'Hộ tịch', d: dossier({ receivedAt: '2025-02-20T10:00:00+07:00', dueAt: '2025-03-10T17:00:00+07:00' }) }, // carried over, overdue
      { field: 'Đất đai', d: dossier({ channel: 'postal', endAt: DUE }) }, // postal, on time
      { field: 'Đất đai', d: dossier({ dueAt: '2025-04-10T17:00:00+07:00' }) }, // direct, within deadline
      { field: 'Đất đai', d: dossier({ receivedAt: '2025-04-02T10:00:00+07:00' }) }, // out
    ];
    const report = assembleII06a(items.map(({ field, d }) => ({ field, classification: classifyII06a(d, PERIOD) })));
    expect(report.rows.map((r) => r.field)).toEqual(['Đất đai', 'Hộ tịch']);
    expect(report.rows[1]).toEqual({
      field: 'Hộ tịch',
      received: { total: 3, online: 1, directOrPostal: 1, carriedOver: 1 },
      resolved: { total: 2, early: 1, onTime: 0, late: 1 },
      pending: { total: 1, withinDeadline: 0, overdue: 1 },
    });
    expect(report.totals).toEqual({
      received: { total: 5, online: 1, directOrPostal: 3, carriedOver: 1 },
      resolved: { total: 3, early: 1, onTime: 1, late: 1 },
      pending: { total: 2, withinDeadline: 1, overdue: 1 },
    });
    expect(checkII06a(report)).toEqual([]);
  });

  it('reports each violated invariant with the numbers', () => {
    const bad: II06aReport = {
      rows: [
        {
          field: 'Hộ tịch',
          received: { total: 5, online: 1, directOrPostal: 2, carriedOver: 1 },
          resolved: { total: 3, early: 1, onTime: 1, late: 0 },
          pending: { total: 1, withinDeadline: 1, overdue: 0 },
        },
      ],
      totals: {
        received: { total: 5, online: 1, directOrPostal: 2, carriedOver: 1 },
        resolved: { total: 3, early: 1, onTime: 1, late: 1 },
        pending: { total: 2, withinDeadline: 1, overdue: 1 },
      },
    };
    const rules = checkII06a(bad).map((p) => `${p.row}:${p.rule}`);
    expect(rules).toEqual([
      'Hộ tịch:received_columns',
      'Hộ tịch:resolved_columns',
      'Hộ tịch:received_equals_resolved_plus_pending',
      'totals:received_columns',
      'totals:totals_equal_rows',
      'totals:totals_equal_rows',
      'totals:totals_equal_rows',
    ]);
    expect(checkII06a(bad)[2]!.detail).toContain('Tổng tiếp nhận (5) ≠ đã giải quyết (3) + đang giải quyết (1)');
  });
});
