/**
 * Deadline rules → due dates on the working calendar, and where a task instance stands on a day.
 *
 * Two conventions, both about a limit that lands on a day the office is closed:
 * - a written day or calendar period ("đến ngày 15/02", "Quý I/2023", "Trong năm 2023") is a limit
 *   inside which the work must be delivered: the due date is the last working day on or before it, and
 *   "trước ngày X" is the last working day strictly before X;
 * - a counted period after an event ("10 ngày kể từ ngày tiếp nhận") follows the Civil Code 2015:
 *   the event's day is not counted (art. 147) and a period ending on a day off ends on the next
 *   working day (art. 148.5); "N ngày làm việc" counts working days only, "ngay sau khi" is the
 *   event's day (or the next working day).
 */
import { addDays, type LocalDate, type WorkingCalendar } from '../calendar';
import type { DateRule, DeadlineRule, EventRule, InstanceStatus, PeriodRule } from './model';

export const lastWorkingOnOrBefore = (cal: WorkingCalendar, d: LocalDate): LocalDate => (cal.isWorkingDay(d) ? d : cal.addWorkingDays(d, -1));

/** Due date of a written day or a calendar period. */
export function dueOfFixed(cal: WorkingCalendar, rule: DateRule | PeriodRule): LocalDate {
  if (rule.kind === 'period') return lastWorkingOnOrBefore(cal, rule.to);
  return rule.before ? cal.addWorkingDays(rule.date, -1) : lastWorkingOnOrBefore(cal, rule.date);
}

/** An instance the rule plans at import: `key` stays the same when the deadline is re-read. */
export type PlannedInstance = { key: string; label: string | null; dueDate: LocalDate | null };

/**
 * The instances a rule plans by itself: one for a day, a period, "thường xuyên" or an unread deadline
 * (no due date), one per item of a schedule, none for an event rule (instances come with events).
 */
export function plannedInstances(cal: WorkingCalendar, rule: DeadlineRule): PlannedInstance[] {
  switch (rule.kind) {
    case 'date':
    case 'period':
      return [{ key: 'main', label: null, dueDate: dueOfFixed(cal, rule) }];
    case 'schedule':
      return rule.items.map((i, n) => ({ key: `occ-${n + 1}`, label: i.label, dueDate: dueOfFixed(cal, i.rule) }));
    case 'continuous':
    case 'unparsed':
      return [{ key: 'main', label: null, dueDate: null }];
    case 'event':
      return [];
  }
}

/** Due date of the instance spawned by an event on `eventDate`; null when the plan gives no time. */
export function dueAfterEvent(cal: WorkingCalendar, rule: EventRule, eventDate: LocalDate): LocalDate | null {
  if (rule.amount === null) return null;
  if (rule.amount === 0) return cal.nextWorkingDay(eventDate);
  if (rule.unit === 'working_days') return cal.addWorkingDays(eventDate, rule.amount);
  return cal.nextWorkingDay(addDays(eventDate, rule.amount));
}

/** Whether an event fires a task's rule: the same trigger, and the decision's issuer when the plan names one. */
export function eventFires(rule: DeadlineRule, trigger: EventRule['trigger'], issuer: 'central' | 'province' | null = null): rule is EventRule {
  return rule.kind === 'event' && rule.trigger === trigger && (rule.issuer === null || issuer === null || rule.issuer === issuer);
}

export const INSTANCE_STATES = ['done', 'done_late', 'overdue', 'due_soon', 'open', 'ongoing'] as const;
export type InstanceState = (typeof INSTANCE_STATES)[number];

/** Working days before the due date from which an instance is "due soon" and its lead unit reminded. */
export const DUE_SOON_WORKING_DAYS = 3;

/**
 * Where an instance stands on `today`: done (late when after its due date), overdue, due soon (within
 * DUE_SOON_WORKING_DAYS working days), open, or ongoing (nothing falls due).
 */
export function instanceState(cal: WorkingCalendar, i: { dueDate: LocalDate | null; status: InstanceStatus; doneOn: LocalDate | null }, today: LocalDate): InstanceState {
  if (i.status === 'done') return i.dueDate && i.doneOn && i.doneOn > i.dueDate ? 'done_late' : 'done';
  if (!i.dueDate) return 'ongoing';
  if (today > i.dueDate) return 'overdue';
  return cal.addWorkingDays(today, DUE_SOON_WORKING_DAYS) >= i.dueDate ? 'due_soon' : 'open';
}

/** The day from which the lead unit is reminded of an instance due on `dueDate`. */
export const remindFrom = (cal: WorkingCalendar, dueDate: LocalDate): LocalDate => cal.addWorkingDays(dueDate, -DUE_SOON_WORKING_DAYS);

export type ExistingInstance = { id: string; key: string; label: string | null; dueDate: LocalDate | null; triggerDate: LocalDate | null; reports: number };

/**
 * What changes when a task's deadline is read again (an officer corrected a flagged deadline): planned
 * instances keep their key and take the new due date, new keys are added, instances the new rule no longer
 * plans are removed unless the lead unit already reported on them; event instances are re-dated from
 * their event under the new rule, or removed (when not reported) if the rule no longer counts from events.
 */
export function reconcileInstances(cal: WorkingCalendar, rule: DeadlineRule, existing: readonly ExistingInstance[]) {
  const planned = plannedInstances(cal, rule);
  const insert = planned.filter((p) => !existing.some((e) => e.key === p.key));
  const update: { id: string; dueDate: LocalDate | null; label: string | null }[] = [];
  const remove: string[] = [];
  for (const e of existing) {
    if (e.key.startsWith('event:') && e.triggerDate) {
      if (rule.kind === 'event') {
        const due = dueAfterEvent(cal, rule, e.triggerDate);
        if (due !== e.dueDate) update.push({ id: e.id, dueDate: due, label: e.label });
      } else if (e.reports === 0) remove.push(e.id);
      continue;
    }
    const p = planned.find((x) => x.key === e.key);
    if (p && (p.dueDate !== e.dueDate || p.label !== e.label)) update.push({ id: e.id, dueDate: p.dueDate, label: p.label });
    if (!p && e.reports === 0) remove.push(e.id);
  }
  return { insert, update, remove };
}
