/**
 * PAKN deadlines from the calendar engine (ADR 0010: working days, Vietnamese holidays, office hours;
 * the day of receipt is not counted). A clock starts at submission, at a transfer in from another body,
 * and again when the sender supplies the information asked for (the item goes back to reception in
 * DVCQG, digest §4.3).
 */
import { computeDue, DEFAULT_OFFICE_HOURS, type OfficeHours, type WorkingCalendar } from '../calendar';
import type { PaknRuleSet } from './rules';
import type { PaknStatus } from './status';

const addWorkingDays = (cal: WorkingCalendar, from: Date, days: number, oh: OfficeHours): Date =>
  new Date(computeDue(cal, { receivedAt: from, amount: days, unit: 'working_days' }, oh).dueAt);

export type PaknClock = { refuseDue: Date; forwardDue: Date; supplementDue: Date; processDue: Date };

/** The deadlines of a clock started at `start` (submission, transfer in or supplement). */
export function paknClock(cal: WorkingCalendar, rules: PaknRuleSet, start: Date, oh: OfficeHours = DEFAULT_OFFICE_HOURS): PaknClock {
  return {
    refuseDue: addWorkingDays(cal, start, rules.refuseDays, oh),
    forwardDue: addWorkingDays(cal, start, rules.forwardDays, oh),
    supplementDue: addWorkingDays(cal, start, rules.supplementRequestDays, oh),
    processDue: addWorkingDays(cal, start, rules.processDays, oh),
  };
}

/** Publication is due `publishDays` working days after the answer was approved ("awaiting publication"). */
export const paknPublishDue = (cal: WorkingCalendar, rules: PaknRuleSet, approvedAt: Date, oh: OfficeHours = DEFAULT_OFFICE_HOURS): Date =>
  addWorkingDays(cal, approvedAt, rules.publishDays, oh);

/** An extension moves the processing deadline `days` working days later. */
export const paknExtendedDue = (cal: WorkingCalendar, processDue: Date, days: number, oh: OfficeHours = DEFAULT_OFFICE_HOURS): Date => addWorkingDays(cal, processDue, days, oh);

export type PaknDueSet = { processDue: Date | null; publishDue: Date | null };

/**
 * The deadline the agency is working against in a status (null when nothing is owed: waiting for the
 * sender, or finished). Before processing, the open item is judged against the processing deadline
 * ("in progress within deadline: ≤ 15 WD since awaiting reception", digest §4.3); the shorter refusal
 * and forwarding limits judge those actions when they are taken.
 */
export function paknActiveDue(status: PaknStatus, d: PaknDueSet): Date | null {
  switch (status) {
    case 'received':
    case 'in_progress':
    case 'awaiting_approval':
      return d.processDue;
    case 'awaiting_publication':
      return d.publishDue;
    case 'awaiting_supplement':
    case 'not_accepted':
    case 'refused':
    case 'published':
    case 'forwarded':
    case 'merged':
      return null;
  }
}

/** Whether an instant met its deadline (a missing deadline is met). */
export const withinDue = (at: Date, due: Date | null): boolean => due === null || at.getTime() <= due.getTime();
