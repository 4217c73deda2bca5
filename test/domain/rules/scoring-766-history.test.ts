import { describe, expect, it } from 'vitest';
import { endOfProcessing, scoring766InputOf, scoring766OnTime, supplementPausesOf } from '../../../src/domain/rules';

const h = (action: string, statusAfter: number, at: string) => ({ action, statusAfter, at: `${at}+07:00` });

describe('766 input from a stored history', () => {
  const history = [
    h('create', 1, '2025-03-03T20:00:00'),
    h('request_supplement', 5, '2025-03-04T08:00:00'), // before reception: no pause
    h('supplement_received', 2, '2025-03-05T08:00:00'),
    h('forward', 4, '2025-03-05T09:00:00'),
    h('request_supplement', 5, '2025-03-06T09:00:00'),
    h('supplement_received', 4, '2025-03-10T09:00:00'),
    h('sign', 9, '2025-03-14T16:00:00'),
    h('return_result', 10, '2025-03-15T09:00:00'),
  ];

  it('pauses only after reception, ends at the first "processed"', () => {
    expect(supplementPausesOf(history)).toEqual([{ requestedAt: '2025-03-06T09:00:00+07:00', completedAt: '2025-03-10T09:00:00+07:00' }]);
    expect(endOfProcessing(history)).toBe('2025-03-14T16:00:00+07:00');
    expect(endOfProcessing(history.slice(0, 6))).toBeNull();
  });

  it('due 12/3 17:00: processed 14/3 16:00 minus the 4-day pause is 10/3 16:00, on time', () => {
    const input = scoring766InputOf({ receivedAt: '2025-03-05T08:00:00+07:00', dueAt: '2025-03-12T17:00:00+07:00', history });
    expect(scoring766OnTime(input!)).toEqual({ onTime: true, basis: 'due_at', effectiveEnd: '2025-03-10T16:00:00+07:00', supplementMs: 4 * 86_400_000 });
    expect(scoring766InputOf({ receivedAt: null, dueAt: null, history })).toBeNull();
  });
});
