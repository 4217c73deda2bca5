/**
 * Extension of the due date by apology (NĐ 61 art. 19.9; TT 03/2025 Form 04): the new
 * date may be set only once, and the notice must be given at least one day before the
 * due date. We read "one day" as working days (RuleSet.extensionNoticeWorkingDays):
 * the notice is in time when its local date is on or before the working day that lies
 * that many working days before the due date (due Friday → notice by Thursday; due
 * Monday → notice by the previous Friday).
 */
import { localDateOf, parseInstant, type Instant, type LocalDate, type WorkingCalendar } from '../calendar';
import type { RuleSet } from './rule-set';

export type ExtensionRefusal = 'max_extensions_reached' | 'past_due' | 'notice_too_late';

export type ExtensionDecision =
  | { readonly ok: true; readonly latestNoticeDate: LocalDate }
  | { readonly ok: false; readonly reason: ExtensionRefusal; readonly latestNoticeDate: LocalDate };

export interface ExtensionInput {
  readonly extensionsSoFar: number;
  readonly now: Instant;
  readonly dueAt: Instant;
  readonly calendar: WorkingCalendar;
}

export function canExtend(ruleSet: RuleSet, input: ExtensionInput): ExtensionDecision {
  const dueDate = localDateOf(input.dueAt, 'dueAt');
  const n = ruleSet.extensionNoticeWorkingDays;
  const latestNoticeDate = n === 0 ? dueDate : input.calendar.addWorkingDays(dueDate, -n);
  if (input.extensionsSoFar >= ruleSet.maxExtensions) return { ok: false, reason: 'max_extensions_reached', latestNoticeDate };
  if (parseInstant(input.now, 'now') > parseInstant(input.dueAt, 'dueAt')) return { ok: false, reason: 'past_due', latestNoticeDate };
  if (localDateOf(input.now, 'now') > latestNoticeDate) return { ok: false, reason: 'notice_too_late', latestNoticeDate };
  return { ok: true, latestNoticeDate };
}
