/** Clock handling around a supplement request (yêu cầu bổ sung, Form 02). */
import {
  addOfficeTime,
  CalendarInputError,
  computeDue,
  DEFAULT_OFFICE_HOURS,
  formatInstant,
  officeTimeBetween,
  parseInstant,
  type DueResult,
  type DueUnit,
  type Instant,
  type OfficeHours,
  type WorkingCalendar,
} from '../calendar';
import type { RuleSet } from './rule-set';

export interface SupplementInput {
  readonly calendar: WorkingCalendar;
  /** Original reception instant of the dossier. */
  readonly receivedAt: Instant;
  readonly amount: number;
  readonly unit: DueUnit;
  readonly requestedAt: Instant;
  /** When the complete dossier was received back. */
  readonly completedAt: Instant;
  /** Pause mode: the due instant to shift (default: computed from receivedAt). */
  readonly currentDueAt?: Instant;
  readonly officeHours?: OfficeHours;
}

export interface SupplementDue extends DueResult {
  readonly mode: RuleSet['supplementClock'];
  /** Office time between request and completion (ms); what pause mode shifts by. */
  readonly pausedOfficeMs: number;
}

/**
 * - restart (NĐ 61 art. 19.4: "tính lại từ đầu"): the full duration is recomputed from
 *   the completion instant, which becomes the new reception (`receivedAt`, normalised).
 * - pause: the due instant moves later by the office time that elapsed between the
 *   request and the completion (nights, lunch and days off don't count). A result on
 *   a day boundary keeps the working_days presentation (next opening) for working_days
 *   and the session end (17:00) for other units.
 */
export function dueAfterSupplement(ruleSet: RuleSet, input: SupplementInput): SupplementDue {
  const { calendar, officeHours = DEFAULT_OFFICE_HOURS } = input;
  if (parseInstant(input.completedAt, 'completedAt') < parseInstant(input.requestedAt, 'requestedAt')) {
    throw new CalendarInputError('completedAt', 'Thời điểm hoàn thành bổ sung phải sau thời điểm yêu cầu');
  }
  const pausedOfficeMs = officeTimeBetween(calendar, input.requestedAt, input.completedAt, officeHours);
  const cutoff = { sameDayCutoff: ruleSet.sameDayCutoff };
  if (ruleSet.supplementClock === 'restart') {
    const due = computeDue(calendar, { receivedAt: input.completedAt, amount: input.amount, unit: input.unit, ...cutoff }, officeHours);
    return { ...due, mode: 'restart', pausedOfficeMs };
  }
  const original = computeDue(calendar, { receivedAt: input.receivedAt, amount: input.amount, unit: input.unit, ...cutoff }, officeHours);
  const from = input.currentDueAt ?? original.dueAt;
  const dueAt =
    pausedOfficeMs === 0 ? formatInstant(parseInstant(from, 'currentDueAt')) : addOfficeTime(calendar, from, pausedOfficeMs, officeHours, input.unit === 'working_days' ? 'start' : 'end');
  const dueDate = dueAt.slice(0, 10);
  let provisional = original.provisional;
  for (let y = Number(original.dueDate.slice(0, 4)); y <= Number(dueDate.slice(0, 4)); y++) {
    if (calendar.isProvisionalYear(y)) provisional = true;
  }
  return { ...original, dueAt, dueDate, provisional, mode: 'pause', pausedOfficeMs };
}

/**
 * NĐ 61 art. 19.4: a supplement during processing must be requested within
 * `supplementRequestWithinWorkingDays` working days of reception.
 */
export function isSupplementRequestTimely(
  ruleSet: RuleSet,
  input: { calendar: WorkingCalendar; receivedAt: Instant; requestedAt: Instant; officeHours?: OfficeHours },
): boolean {
  const limit = computeDue(
    input.calendar,
    { receivedAt: input.receivedAt, amount: ruleSet.supplementRequestWithinWorkingDays, unit: 'working_days' },
    input.officeHours,
  );
  return parseInstant(input.requestedAt, 'requestedAt') <= parseInstant(limit.dueAt);
}
