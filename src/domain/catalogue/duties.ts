/**
 * Publication duties that follow a publication decision (seed plan 000, "công bố, công khai"):
 * - publish_list: the province publishes its list within 3 working days of the ministry's decision;
 * - publicise_national: publicised on the national database within 1 working day of the list's signature;
 * - approve_internal_process: the internal process is approved within 10 working days;
 * - update_eprocess: the electronic process is updated within 5 working days of that approval.
 * A duty that depends on another is first planned from its predecessor's due date, then re-planned
 * from the day the predecessor was actually done.
 */
import type { WorkingCalendar } from '../calendar';

export const DUTY_KINDS = ['publish_list', 'publicise_national', 'approve_internal_process', 'update_eprocess'] as const;
export type DutyKind = (typeof DUTY_KINDS)[number];

export const DUTY_RULES = {
  publish_list: { after: 'decision', workingDays: 3, levels: ['central'] },
  publicise_national: { after: 'publish_list', workingDays: 1, levels: ['central', 'province'] },
  approve_internal_process: { after: 'decision', workingDays: 10, levels: ['central', 'province'] },
  update_eprocess: { after: 'approve_internal_process', workingDays: 5, levels: ['central', 'province'] },
} as const satisfies Record<DutyKind, { after: DutyKind | 'decision'; workingDays: number; levels: readonly ('central' | 'province')[] }>;

export const DUTY_NAMES: Record<DutyKind, { vi: string; en: string }> = {
  publish_list: { vi: 'Công bố danh mục TTHC của tỉnh (3 ngày làm việc)', en: 'Publish the provincial list (3 working days)' },
  publicise_national: { vi: 'Công khai trên CSDL quốc gia về TTHC (1 ngày làm việc)', en: 'Publicise on the national database (1 working day)' },
  approve_internal_process: { vi: 'Phê duyệt quy trình nội bộ (10 ngày làm việc)', en: 'Approve the internal process (10 working days)' },
  update_eprocess: { vi: 'Cập nhật quy trình điện tử (5 ngày làm việc)', en: 'Update the electronic process (5 working days)' },
};

export type PlannedDuty = { kind: DutyKind; basisDate: string; dueDate: string };

/** The duties of a decision signed on `decisionDate` by an issuer at `level`. */
export function planDuties(cal: WorkingCalendar, decisionDate: string, level: 'central' | 'province'): PlannedDuty[] {
  const due = new Map<DutyKind | 'decision', string>([['decision', decisionDate]]);
  const out: PlannedDuty[] = [];
  for (const kind of DUTY_KINDS) {
    const rule = DUTY_RULES[kind];
    if (!(rule.levels as readonly string[]).includes(level)) continue;
    // With no list to publish (a province's own decision), the basis is the decision itself.
    const basisDate = due.get(rule.after) ?? decisionDate;
    const dueDate = cal.addWorkingDays(basisDate, rule.workingDays);
    due.set(kind, dueDate);
    out.push({ kind, basisDate, dueDate });
  }
  return out;
}

/** Duties that depend on `kind`, re-planned from the day it was done. */
export function replanAfter(cal: WorkingCalendar, kind: DutyKind, doneOn: string): PlannedDuty[] {
  return DUTY_KINDS.filter((k) => DUTY_RULES[k].after === kind).map((k) => ({
    kind: k,
    basisDate: doneOn,
    dueDate: cal.addWorkingDays(doneOn, DUTY_RULES[k].workingDays),
  }));
}

export type DutyState = 'done' | 'done_late' | 'open' | 'due_soon' | 'overdue';

/** Where a duty stands on `today`: due soon means on or before the next working day. */
export function dutyState(cal: WorkingCalendar, dueDate: string, doneOn: string | null, today: string): DutyState {
  if (doneOn) return doneOn <= dueDate ? 'done' : 'done_late';
  if (today > dueDate) return 'overdue';
  return cal.addWorkingDays(today, 1) >= dueDate ? 'due_soon' : 'open';
}
