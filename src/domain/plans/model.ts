/**
 * Annual procedure-control plans (kế hoạch kiểm soát TTHC, issue 11; seeds 000–004): a plan issued by an
 * agency for a year, its numbered sections, and the appendix tasks, each with a lead unit (chủ trì),
 * coordinating units (phối hợp), a deadline as written and the rule parsed from it, the expected product
 * (kết quả / sản phẩm), notes and measurable targets. One schema is the type and the documentation.
 */
import { z } from 'zod';
import { PLAN_TARGET_KEYS } from '../indicators/plan-targets';

const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Events a deadline can count from ("kể từ ngày tiếp nhận", "sau khi có quyết định công bố của Bộ", …). */
export const PLAN_TRIGGERS = [
  'publication_decision',
  'pakn_received',
  'process_approved',
  'inspection',
  'request',
  'guidance',
  'occurrence',
] as const;
export type PlanTrigger = (typeof PLAN_TRIGGERS)[number];

export const TRIGGER_NAMES: Record<PlanTrigger, { vi: string; en: string }> = {
  publication_decision: { vi: 'Quyết định công bố TTHC', en: 'Publication decision' },
  pakn_received: { vi: 'Tiếp nhận phản ánh, kiến nghị', en: 'Feedback received' },
  process_approved: { vi: 'Phê duyệt quy trình nội bộ', en: 'Internal process approved' },
  inspection: { vi: 'Kết thúc đợt kiểm tra', en: 'Inspection done' },
  request: { vi: 'Văn bản yêu cầu', en: 'Written request' },
  guidance: { vi: 'Văn bản hướng dẫn', en: 'Guidance issued' },
  occurrence: { vi: 'Việc phát sinh', en: 'Something arising' },
};

export const DayCount = z.enum(['calendar_days', 'working_days']);
export type DayCount = z.infer<typeof DayCount>;

/** A fixed day: "Chậm nhất đến ngày 15/02/2023" (before false) or "Trước ngày 15/02/2023" (before true). */
export const DateRule = z.object({ kind: z.literal('date'), date: LocalDate, before: z.boolean() });
/** A calendar period: "Quý I/2023", "Trong năm 2023", "Từ tháng 01 – 12/2023"; due on its last working day. */
export const PeriodRule = z.object({ kind: z.literal('period'), from: LocalDate, to: LocalDate });
export type DateRule = z.infer<typeof DateRule>;
export type PeriodRule = z.infer<typeof PeriodRule>;

export const DeadlineRule = z.discriminatedUnion('kind', [
  DateRule,
  PeriodRule,
  /** Several due dates: "Tháng 3,6,9,12/2023", "Định kỳ hằng quý, trước ngày 19 của tháng cuối quý". */
  z.object({ kind: z.literal('schedule'), items: z.array(z.object({ label: z.string(), rule: z.discriminatedUnion('kind', [DateRule, PeriodRule]) })).min(1) }),
  /** "Thường xuyên" (optionally within a year): progress is reported, nothing falls due. */
  z.object({ kind: z.literal('continuous'), from: LocalDate.nullable(), to: LocalDate.nullable() }),
  /** "Trong thời gian 10 ngày kể từ ngày tiếp nhận": one task instance per event; amount null = no fixed time. */
  z.object({
    kind: z.literal('event'),
    trigger: z.enum(PLAN_TRIGGERS),
    issuer: z.enum(['central', 'province']).nullable(),
    amount: z.number().int().min(0).max(3650).nullable(),
    unit: DayCount,
  }),
  /** Text the parser could not read: kept as written and flagged for a human. */
  z.object({ kind: z.literal('unparsed') }),
]);
export type DeadlineRule = z.infer<typeof DeadlineRule>;
export type EventRule = Extract<DeadlineRule, { kind: 'event' }>;

/** The deadline of a task: as written, the rule, where the rule was read, and why a human should look. */
export const TaskDeadline = z.object({
  asWritten: z.string(),
  rule: DeadlineRule,
  /** The rule came from the deadline cell, or (for "Thường xuyên") from the notes or content naming an event. */
  source: z.enum(['deadline', 'notes', 'content']),
  /** A condition written beside the rule ("sau khi có hướng dẫn của UBND tỉnh"). */
  condition: z.string().nullable(),
  /** Vietnamese reason a human must check the deadline; null when the rule is reliable. */
  flag: z.string().nullable(),
});
export type TaskDeadline = z.infer<typeof TaskDeadline>;

/**
 * A measurable target of a task, as data for the 766 scorecard's target-vs-actual view (ADR 0024):
 * `key` is one of the scorecard's PLAN_TARGET_KEYS when recognised, else 'other'; `value` is a ratio
 * in [0, 1]; `text` is the sentence it was read from.
 */
export const TaskTarget = z.object({
  key: z.enum([...PLAN_TARGET_KEYS, 'other']),
  value: z.number().min(0).max(1),
  comparison: z.enum(['atLeast', 'above']),
  text: z.string(),
});
export type TaskTarget = z.infer<typeof TaskTarget>;

/** A heading above a task: 0 = a paragraph between appendix tables, 1 = a Roman-numbered row, 2 = a numbered row. */
export const TaskHeading = z.object({ level: z.union([z.literal(0), z.literal(1), z.literal(2)]), number: z.string(), text: z.string() });
export type TaskHeading = z.infer<typeof TaskHeading>;

/** A task as read from a plan (before units are matched to the agency's units). */
export const ParsedTask = z.object({
  appendix: z.string().nullable(),
  headings: z.array(TaskHeading),
  number: z.string(),
  content: z.string().min(1),
  lead: z.string(),
  coordinating: z.string(),
  deadline: TaskDeadline,
  product: z.string(),
  notes: z.string(),
  targets: z.array(TaskTarget),
});
export type ParsedTask = z.infer<typeof ParsedTask>;

export const PlanSection = z.object({ number: z.string(), heading: z.string(), body: z.string() });
export type PlanSection = z.infer<typeof PlanSection>;

/** The plan's own data, read from its first page and last lines. */
export const PlanMeta = z.object({
  number: z.string().nullable(),
  date: LocalDate.nullable(),
  place: z.string().nullable(),
  year: z.number().int().min(2000).max(2100).nullable(),
  title: z.string(),
  issuer: z.string().nullable(),
  signer: z.string().nullable(),
  /** The title lines above the signature ("GIÁM ĐỐC", "KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG"). */
  signerTitle: z.string().nullable(),
  purposes: z.string(),
  requirements: z.string(),
  sections: z.array(PlanSection),
});
export type PlanMeta = z.infer<typeof PlanMeta>;

/** Something in the file the importer did not turn into a task: reported, never dropped silently. */
export const ImportIssue = z.object({ where: z.string(), text: z.string(), reason: z.string() });
export type ImportIssue = z.infer<typeof ImportIssue>;

export const ImportReport = z.object({
  layout: z.enum(['table', 'list', 'ocr', 'none']),
  unrecognised: z.array(ImportIssue),
  warnings: z.array(ImportIssue),
});
export type ImportReport = z.infer<typeof ImportReport>;

export type ParsedPlan = { meta: PlanMeta; tasks: ParsedTask[]; report: ImportReport };

/** Progress of a task instance. */
export const INSTANCE_STATUSES = ['not_started', 'in_progress', 'done'] as const;
export type InstanceStatus = (typeof INSTANCE_STATUSES)[number];
