/**
 * Per-procedure tests behind QĐ 766 indicators 1.1 and 1.2 (legal digest §2.2 group 1, F766),
 * with working days from the calendar (holidays, make-up Saturdays):
 * - 1.1: the publication decision (QĐCB) must come at least 20 working days (ministry) or 5
 *   (province) before the legal basis takes effect;
 * - 1.2: the procedure must be published on the national database within 10 working days
 *   (ministry) or 5 (province) of the QĐCB date.
 * Communes publish through the province (the chairman's decision), so they use 'province'.
 */
import type { LocalDate, WorkingCalendar } from '../calendar';

export type PublishingLevel = 'ministry' | 'province';

/** 1.1: working days between the QĐCB and the legal basis's effective date. */
export const PUBLICATION_LEAD_WORKING_DAYS: Readonly<Record<PublishingLevel, number>> = { ministry: 20, province: 5 };
/** 1.2: working days after the QĐCB to publish on the national database. */
export const UPDATE_WITHIN_WORKING_DAYS: Readonly<Record<PublishingLevel, number>> = { ministry: 10, province: 5 };

/** 1.1 latest on-time decision date: effective date − 20 (or 5) working days. */
export function publicationDeadline(calendar: WorkingCalendar, effectiveDate: LocalDate, level: PublishingLevel): LocalDate {
  return calendar.addWorkingDays(effectiveDate, -PUBLICATION_LEAD_WORKING_DAYS[level]);
}

/** 1.1: decision date ≤ effective date − 20 (ministry) / 5 (province) working days. */
export function publicationOnTime(calendar: WorkingCalendar, p: { readonly decisionDate: LocalDate; readonly effectiveDate: LocalDate; readonly level: PublishingLevel }): boolean {
  return p.decisionDate <= publicationDeadline(calendar, p.effectiveDate, p.level);
}

/** 1.2 deadline for publishing on the national database: QĐCB date + 10 (or 5) working days. */
export function updateDeadline(calendar: WorkingCalendar, decisionDate: LocalDate, level: PublishingLevel): LocalDate {
  return calendar.addWorkingDays(decisionDate, UPDATE_WITHIN_WORKING_DAYS[level]);
}

/**
 * 1.2 status of a procedure at a period end: 'on_time' (published by the deadline), 'late'
 * (published after it, or still unpublished once it has passed), 'not_due' (unpublished and the
 * deadline is after the period end: not yet in the denominator).
 */
export function updateStatus(
  calendar: WorkingCalendar,
  p: { readonly decisionDate: LocalDate; readonly publishedDate: LocalDate | null; readonly level: PublishingLevel },
  periodEnd: LocalDate,
): 'on_time' | 'late' | 'not_due' {
  const deadline = updateDeadline(calendar, p.decisionDate, p.level);
  if (p.publishedDate !== null && p.publishedDate <= periodEnd) return p.publishedDate <= deadline ? 'on_time' : 'late';
  return deadline < periodEnd ? 'late' : 'not_due';
}
