/**
 * computeDue (prefix arrays) against referenceDue (day walking) driven by a naive
 * Set-based oracle built from the schedule data: ≥ 10,000 random cases per unit over
 * receptions in 2000–2040, with times concentrated around the office-hour boundaries.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeDue,
  createStandardCalendar,
  officeTimeBetween,
  referenceDue,
  type DueInput,
  type DueUnit,
} from '../../../src/domain/calendar';
import { isoWithOffset, naiveOracle } from './support';

const calendar = createStandardCalendar(2000, 2045);
const oracle = naiveOracle(2000, 2045);
const DAY = 86_400_000;
const H = 3_600_000;
const M = 60_000;
const RUNS = 10_000;

const boundaries = [0, 7 * H, 11.5 * H, 13.5 * H, 15 * H, 17 * H, DAY - 1].flatMap((b) =>
  [-1000, -1, 0, 1, 1000].map((d) => b + d).filter((t) => t >= 0 && t < DAY),
);
const timeOfDay = fc.oneof(
  fc.constantFrom(...boundaries),
  fc.integer({ min: 0, max: 24 * 60 - 1 }).map((m) => m * M),
  fc.integer({ min: 0, max: DAY - 1 }),
);
const localDay = fc.integer({ min: Date.UTC(2000, 0, 1) / DAY, max: Date.UTC(2040, 11, 31) / DAY });
/** An instant in 2000–2040 (Vietnam local), written as epoch ms or as ISO with some offset. */
const instant = fc
  .tuple(localDay, timeOfDay, fc.constantFrom<'ms' | number>('ms', 0, 420, -300, 540))
  .map(([day, tod, form]) => {
    const ms = day * DAY + tod - 7 * H;
    return form === 'ms' ? ms : isoWithOffset(ms, form, tod % 1000 !== 0);
  });

const amounts: Record<DueUnit, fc.Arbitrary<number>> = {
  working_days: fc.integer({ min: 0, max: 60 }),
  calendar_days: fc.integer({ min: 0, max: 400 }),
  working_hours: fc.integer({ min: 0, max: 240 }),
  months: fc.integer({ min: 0, max: 24 }),
  same_day: fc.integer({ min: 0, max: 3 }),
};

describe('computeDue ≡ referenceDue (property, 2000–2040)', () => {
  it.each(Object.keys(amounts) as DueUnit[])('%s', (unit) => {
    fc.assert(
      fc.property(instant, amounts[unit], (receivedAt, amount) => {
        const input: DueInput = { receivedAt, amount, unit };
        const fast = computeDue(calendar, input);
        expect(fast).toEqual(referenceDue(oracle, input));
        expect(calendar.isWorkingDay(fast.dueDate)).toBe(true);
        expect(Date.parse(fast.dueAt)).toBeGreaterThanOrEqual(Date.parse(fast.countFrom));
        expect(Date.parse(fast.countFrom)).toBeGreaterThanOrEqual(Date.parse(fast.receivedAt));
      }),
      { numRuns: RUNS },
    );
  });

  it('N working days are exactly 8N office hours, and equal working_hours 8N', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 30 }), (receivedAt, n) => {
        const days = computeDue(calendar, { receivedAt, amount: n, unit: 'working_days' });
        const hours = computeDue(calendar, { receivedAt, amount: 8 * n, unit: 'working_hours' });
        expect(officeTimeBetween(calendar, days.countFrom, days.dueAt)).toBe(8 * n * H);
        expect(officeTimeBetween(calendar, days.dueAt, hours.dueAt)).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('a later reception never gives an earlier due instant', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 5 * DAY }), fc.integer({ min: 0, max: 30 }), (a, delta, n) => {
        const t = typeof a === 'number' ? a : Date.parse(a);
        const first = computeDue(calendar, { receivedAt: t, amount: n, unit: 'working_days' });
        const second = computeDue(calendar, { receivedAt: t + delta, amount: n, unit: 'working_days' });
        expect(Date.parse(second.dueAt)).toBeGreaterThanOrEqual(Date.parse(first.dueAt));
      }),
      { numRuns: 2000 },
    );
  });

  it('addWorkingDays / countWorkingDays agree with walking the oracle', () => {
    fc.assert(
      // From April 2000 so that going back 40 working days stays inside the calendar.
      fc.property(fc.integer({ min: Date.UTC(2000, 3, 1) / DAY, max: Date.UTC(2040, 11, 31) / DAY }), fc.integer({ min: -40, max: 40 }), (day, n) => {
        const date = new Date(day * DAY).toISOString().slice(0, 10);
        let d = day;
        for (let count = 0; count < Math.abs(n); ) {
          d += Math.sign(n);
          if (oracle.isWorkingDay(new Date(d * DAY).toISOString().slice(0, 10))) count++;
        }
        if (n === 0) while (!oracle.isWorkingDay(new Date(d * DAY).toISOString().slice(0, 10))) d++;
        const expected = new Date(d * DAY).toISOString().slice(0, 10);
        expect(calendar.addWorkingDays(date, n)).toBe(expected);
        if (n > 0) expect(calendar.countWorkingDays(date, expected)).toBe(n);
      }),
      { numRuns: 3000 },
    );
  });
});
