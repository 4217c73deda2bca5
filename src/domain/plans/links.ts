/**
 * How plan tasks meet the rest of the system:
 * - a task spawned by a publication decision may be the catalogue's statutory publication duty
 *   (domain/catalogue/duties.ts) written in the agency's own words; `dutyKindOf` names which one, so the
 *   task instance and the duty are done together (ADR 0024: one obligation, two views);
 * - the reminder sent to the lead unit before an instance falls due, and when it is overdue.
 */
import { formatLocalFormDate } from '../forms/format';
import { toSmsText } from '../notifications/sms-text';
import type { Notice } from '../notifications/templates';
import type { DutyKind } from '../catalogue/duties';
import { foldText } from './fold';

const DUTY_PATTERNS: readonly [DutyKind, RegExp][] = [
  ['update_eprocess', /quy\s+trinh\s+dien\s+tu|cap\s+nhat\s+quy\s+trinh/],
  ['publicise_national', /cong\s+khai.*(?:co\s+so\s+du\s+lieu|csdl)\s+quoc\s+gia/],
  ['approve_internal_process', /phe\s+duyet\s+quy\s+trinh\s+noi\s+bo/],
  ['publish_list', /cong\s+bo\s+danh\s+muc|trinh\s+cong\s+bo/],
];

/** The publication duty a task's content describes, if any. */
export function dutyKindOf(content: string): DutyKind | null {
  const f = foldText(content);
  return DUTY_PATTERNS.find(([, re]) => re.test(f))?.[0] ?? null;
}

export type ReminderContext = {
  planTitle: string;
  planNumber: string | null;
  taskNumber: string;
  content: string;
  label: string | null;
  dueDate: string;
  unitName: string;
  overdue: boolean;
  /** `${publicUrl}/can-bo/ke-hoach`. */
  boardUrl: string;
};

const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The reminder to the lead unit: due within a few working days, or overdue. */
export function taskReminderNotice(c: ReminderContext): Notice {
  const due = formatLocalFormDate(c.dueDate);
  const task = `${c.taskNumber ? `${c.taskNumber}. ` : ''}${short(c.content.replace(/\s+/g, ' '), 200)}${c.label ? ` (${c.label})` : ''}`;
  const plan = `${c.planTitle}${c.planNumber ? ` (số ${c.planNumber})` : ''}`;
  const subject = c.overdue ? `Nhiệm vụ kế hoạch kiểm soát TTHC đã quá hạn ${due}` : `Nhiệm vụ kế hoạch kiểm soát TTHC đến hạn ngày ${due}`;
  const text = [
    `Kính gửi ${c.unitName},`,
    '',
    c.overdue ? `Nhiệm vụ sau do đơn vị chủ trì đã quá hạn hoàn thành (hạn ${due}):` : `Nhiệm vụ sau do đơn vị chủ trì sẽ đến hạn hoàn thành ngày ${due}:`,
    task,
    `Thuộc kế hoạch: ${plan}.`,
    '',
    `Đề nghị báo cáo tiến độ và tài liệu minh chứng tại ${c.boardUrl}.`,
  ].join('\n');
  const sms = toSmsText(`${c.overdue ? 'Qua han' : 'Sap den han'} ${due}: nhiem vu ${c.taskNumber} ${short(c.content, 60)}. Bao cao tien do tai ${c.boardUrl}`);
  return { template: c.overdue ? 'plan.task_overdue' : 'plan.task_due', subject, text, sms };
}
