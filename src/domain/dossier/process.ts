/**
 * Internal e-process (quy trình nội bộ, điện tử) of a procedure at an agency: ordered steps, each
 * with a responsible unit and role, a time share and a kind. Shares must add up to no more than the
 * procedure's statutory time for the channel (compared in office hours).
 */
import { z } from 'zod';
import type { Role } from '../access';
import type { ProcessingTime } from '../procedure';

export const STEP_KINDS = ['receive', 'process', 'consult', 'approve', 'sign', 'transfer', 'return'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const Share = z.object({ amount: z.number().int().min(0).max(10_000), unit: z.enum(['working_days', 'working_hours']) });
export type Share = z.infer<typeof Share>;

export const Step = z.object({
  key: z.string().regex(/^[a-z0-9_-]{1,32}$/),
  name: z.string().trim().min(1).max(200),
  kind: z.enum(STEP_KINDS),
  unitCode: z.string().max(32).nullable(),
  role: z.enum(['reception', 'specialist', 'unit_head', 'agency_head']),
  share: Share,
  /** For `transfer`: the agency the dossier goes to (liên thông). */
  targetAgencyCode: z.string().max(32).nullable().default(null),
});
export type Step = z.infer<typeof Step>;

export const STEP_ROLE: Record<StepKind, Role> = {
  receive: 'reception',
  process: 'specialist',
  consult: 'specialist',
  approve: 'unit_head',
  sign: 'agency_head',
  transfer: 'specialist',
  return: 'reception',
};

export const HOURS_PER_DAY = 8;
export const shareHours = (s: Share) => (s.unit === 'working_days' ? s.amount * HOURS_PER_DAY : s.amount);

/**
 * The statutory time in office hours, or null when unknown. Calendar days and months depend on
 * the dates, so they are bounded conservatively: 5 working days a week, 20 a month.
 */
export function statutoryHours(t: ProcessingTime): number | null {
  if (t.amount === null) return null;
  switch (t.unit) {
    case 'working_days':
      return t.amount * HOURS_PER_DAY;
    case 'working_hours':
      return t.amount;
    case 'same_day':
      return HOURS_PER_DAY;
    case 'calendar_days':
      return Math.floor((t.amount * 5) / 7) * HOURS_PER_DAY;
    case 'months':
      return t.amount * 20 * HOURS_PER_DAY;
    case null:
      return null;
  }
}

export type ProcessProblem = { path: string; message: string };

/** Checks a process: keys unique, a receive first and a return last, shares within the statutory time. */
export function checkProcess(steps: readonly Step[], statutory: ProcessingTime | null): ProcessProblem[] {
  const problems: ProcessProblem[] = [];
  if (steps.length < 2) problems.push({ path: 'steps', message: 'Quy trình cần ít nhất bước tiếp nhận và bước trả kết quả' });
  const keys = new Set<string>();
  steps.forEach((s, i) => {
    if (keys.has(s.key)) problems.push({ path: `steps.${i}.key`, message: `Mã bước "${s.key}" bị lặp` });
    keys.add(s.key);
    if (s.kind === 'transfer' && !s.targetAgencyCode) problems.push({ path: `steps.${i}.targetAgencyCode`, message: 'Bước liên thông phải chỉ rõ cơ quan nhận' });
  });
  if (steps[0] && steps[0].kind !== 'receive') problems.push({ path: 'steps.0.kind', message: 'Bước đầu tiên phải là tiếp nhận' });
  const last = steps[steps.length - 1];
  if (last && last.kind !== 'return') problems.push({ path: `steps.${steps.length - 1}.kind`, message: 'Bước cuối cùng phải là trả kết quả' });
  const limit = statutory ? statutoryHours(statutory) : null;
  const total = steps.reduce((acc, s) => acc + shareHours(s.share), 0);
  if (limit !== null && total > limit) {
    problems.push({ path: 'steps', message: `Tổng thời gian các bước (${total} giờ làm việc) vượt thời hạn giải quyết theo quy định (${limit} giờ làm việc)` });
  }
  return problems;
}

/**
 * A default one-agency process generated from the procedure when none is approved:
 * receive → process → approve → sign → return, with half a day for each step but processing,
 * which gets the rest (proportional shares when the statutory time is under 3 days).
 */
export function defaultProcess(statutory: ProcessingTime | null): Step[] {
  const hours = statutory ? (statutoryHours(statutory) ?? 0) : 0;
  const half = hours >= 3 * HOURS_PER_DAY ? 4 : Math.floor(hours / 8);
  const processing = Math.max(0, hours - 4 * half);
  const h = (amount: number): Share => ({ amount, unit: 'working_hours' });
  return [
    { key: 'tiep-nhan', name: 'Tiếp nhận hồ sơ', kind: 'receive', unitCode: null, role: 'reception', share: h(half), targetAgencyCode: null },
    { key: 'xu-ly', name: 'Thẩm định, xử lý hồ sơ', kind: 'process', unitCode: null, role: 'specialist', share: h(processing), targetAgencyCode: null },
    { key: 'duyet', name: 'Lãnh đạo phòng xem xét', kind: 'approve', unitCode: null, role: 'unit_head', share: h(half), targetAgencyCode: null },
    { key: 'ky', name: 'Lãnh đạo cơ quan ký duyệt', kind: 'sign', unitCode: null, role: 'agency_head', share: h(half), targetAgencyCode: null },
    { key: 'tra-kq', name: 'Trả kết quả', kind: 'return', unitCode: null, role: 'reception', share: h(half), targetAgencyCode: null },
  ];
}
