/**
 * Inspection of procedure control and one-stop work (kiểm tra công tác kiểm soát TTHC, thực hiện cơ
 * chế một cửa): a yearly plan, visits to agencies, findings linked to dossiers (by code), procedures
 * and units, each with the fix required and a deadline in working days counted from the visit by the
 * calendar engine (the visit day not counted, Civil Code 2015 art. 147), then follow-up: the unit
 * reports the fix, the inspector verifies it or reopens it.
 */
import { z } from 'zod';
import { compareLocalDates, computeDue, isValidLocalDate, type LocalDate, type WorkingCalendar } from '../calendar';
import { DOSSIER_CODE_PATTERN } from '../dossier/code';
import { PROCEDURE_CODE_PATTERN } from '../procedure';

const localDate = z.string().refine(isValidLocalDate, 'Ngày phải có dạng YYYY-MM-DD và có thật');
const unique = <T>(xs: readonly T[]) => new Set(xs).size === xs.length;

export const InspectionPlanInput = z.object({
  year: z.number().int().min(2000).max(2100),
  number: z.string().trim().min(1).max(60).nullable().default(null),
  title: z.string().trim().min(3, 'Cần nhập tên kế hoạch kiểm tra').max(500),
  scope: z.string().trim().max(4000).default(''),
});
export type InspectionPlanInput = z.infer<typeof InspectionPlanInput>;

export const VisitInput = z.object({
  /** The inspected agency (QCVN 102 code). */
  agency: z.string().trim().min(1).max(32),
  visitDate: localDate,
  team: z.string().trim().max(1000).default(''),
  conclusion: z.string().trim().max(8000).default(''),
});
export type VisitInput = z.infer<typeof VisitInput>;

export const SEVERITIES = ['minor', 'major'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_VI: Record<Severity, string> = { minor: 'Tồn tại', major: 'Sai phạm' };

export const FindingInput = z.object({
  description: z.string().trim().min(3, 'Cần mô tả nội dung phát hiện').max(4000),
  severity: z.enum(SEVERITIES).default('minor'),
  dossierCodes: z.array(z.string().trim().regex(DOSSIER_CODE_PATTERN, 'Mã hồ sơ không đúng định dạng')).max(50).default([]).refine(unique, 'Mã hồ sơ bị lặp'),
  procedureCodes: z.array(z.string().trim().regex(PROCEDURE_CODE_PATTERN, 'Mã thủ tục phải có dạng 1.001193')).max(50).default([]).refine(unique, 'Mã thủ tục bị lặp'),
  /** A unit of the inspected agency (its code), when the finding concerns one. */
  unitCode: z.string().trim().min(1).max(32).nullable().default(null),
  fixRequired: z.string().trim().min(3, 'Cần nêu yêu cầu khắc phục').max(4000),
  /** Working days from the visit to fix it. */
  dueWorkingDays: z.number().int().min(1, 'Thời hạn khắc phục ít nhất 1 ngày làm việc').max(250),
});
export type FindingInput = z.infer<typeof FindingInput>;

export const FINDING_STATUSES = ['open', 'fixed', 'verified'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];
export const FINDING_STATUS_VI: Record<FindingStatus, string> = { open: 'Chưa khắc phục', fixed: 'Đã báo cáo khắc phục', verified: 'Đã kiểm tra, xác nhận' };

/**
 * Who may move a finding where. The inspected unit reports a fix (open → fixed) or adds a note
 * (open → open); the inspector also verifies a reported fix or reopens it. A verified finding is closed.
 */
export const FOLLOW_UP_MOVES = {
  open: { unit: ['open', 'fixed'], inspector: ['open', 'fixed'] },
  fixed: { unit: ['fixed'], inspector: ['verified', 'open', 'fixed'] },
  verified: { unit: [], inspector: [] },
} as const satisfies Record<FindingStatus, Record<'unit' | 'inspector', readonly FindingStatus[]>>;

export function mayFollowUp(from: FindingStatus, to: FindingStatus, as: 'unit' | 'inspector'): boolean {
  const allowed: readonly FindingStatus[] = FOLLOW_UP_MOVES[from][as];
  return allowed.includes(to);
}

export const FollowUpInput = z.object({
  status: z.enum(FINDING_STATUSES),
  note: z.string().trim().min(3, 'Cần ghi nội dung theo dõi, khắc phục').max(4000),
  version: z.number().int().positive(),
});
export type FollowUpInput = z.infer<typeof FollowUpInput>;

/** The fix deadline: `days` working days after the visit day, by the working calendar. */
export function fixDueDate(cal: WorkingCalendar, visitDate: LocalDate, days: number): LocalDate {
  return computeDue(cal, { receivedAt: `${visitDate}T08:00:00+07:00`, amount: days, unit: 'working_days' }).dueDate;
}

/** Overdue: not yet fixed and its due date has passed (the due day itself still counts as in time). */
export const isFixOverdue = (f: { status: FindingStatus; dueDate: LocalDate }, today: LocalDate) => f.status === 'open' && compareLocalDates(f.dueDate, today) < 0;
