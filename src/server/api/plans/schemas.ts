import { z } from 'zod';
import { INSTANCE_STATES, INSTANCE_STATUSES, ImportIssue, ImportReport, PLAN_TRIGGERS, PlanSection, TaskDeadline, TaskHeading, TaskTarget } from '../../../domain/plans';
import { PLAN_TARGET_KEYS } from '../../../domain/indicators/plan-targets';

/** Response shapes of the control-plan API (the contract the web app and other agencies read). */

export const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');
export const UnitRef = z.object({ id: z.string(), code: z.string(), name: z.string() });
const AgencyRef = z.object({ id: z.string(), code: z.string(), name: z.string() });

export const InstanceView = z.object({
  id: z.string(),
  key: z.string(),
  label: z.string().nullable(),
  dueDate: z.string().nullable(),
  status: z.enum(INSTANCE_STATUSES),
  percent: z.number().int(),
  state: z.enum(INSTANCE_STATES),
  trigger: z.enum(PLAN_TRIGGERS).nullable(),
  triggerRef: z.string().nullable(),
  triggerDate: z.string().nullable(),
  doneAt: z.date().nullable(),
  version: z.number().int(),
});

export const TaskView = z.object({
  id: z.string(),
  seq: z.number().int(),
  appendix: z.string().nullable(),
  headings: z.array(TaskHeading),
  number: z.string(),
  content: z.string(),
  leadText: z.string(),
  coordinatingText: z.string(),
  leadUnits: z.array(UnitRef),
  coordinatingUnits: z.array(UnitRef),
  deadline: TaskDeadline,
  product: z.string(),
  notes: z.string(),
  targets: z.array(TaskTarget),
  version: z.number().int(),
  instances: z.array(InstanceView),
});

export const ScorecardTarget = z.object({ key: z.enum(PLAN_TARGET_KEYS), target: z.number() });

export const PlanView = z.object({
  id: z.string(),
  agency: AgencyRef,
  year: z.number().int(),
  number: z.string().nullable(),
  planDate: z.string().nullable(),
  place: z.string().nullable(),
  title: z.string(),
  issuer: z.string().nullable(),
  signer: z.string().nullable(),
  signerTitle: z.string().nullable(),
  purposes: z.string(),
  requirements: z.string(),
  sections: z.array(PlanSection),
  sourceName: z.string().nullable(),
  sourceKind: z.enum(['docx', 'text']),
  report: ImportReport,
  version: z.number().int(),
  createdAt: z.date(),
  canManage: z.boolean(),
  units: z.array(UnitRef),
  targets: z.array(ScorecardTarget),
  tasks: z.array(TaskView),
});

export const PlanSummary = z.object({
  id: z.string(),
  agency: AgencyRef,
  year: z.number().int(),
  number: z.string().nullable(),
  planDate: z.string().nullable(),
  title: z.string(),
  createdAt: z.date(),
  tasks: z.number().int(),
  flagged: z.number().int(),
  unassigned: z.number().int(),
  instances: z.number().int(),
  done: z.number().int(),
  overdue: z.number().int(),
});

export const ImportResult = z.object({
  plan: PlanView,
  summary: z.object({
    layout: ImportReport.shape.layout,
    tasks: z.number().int(),
    assigned: z.number().int(),
    flagged: z.number().int(),
    instances: z.number().int(),
    unrecognised: z.array(ImportIssue),
    warnings: z.array(ImportIssue),
  }),
});

export const BoardItem = z.object({
  instanceId: z.string(),
  taskId: z.string(),
  planId: z.string(),
  planTitle: z.string(),
  planNumber: z.string().nullable(),
  planYear: z.number().int(),
  agency: z.object({ id: z.string(), name: z.string() }),
  taskNumber: z.string(),
  content: z.string(),
  product: z.string(),
  deadlineText: z.string(),
  label: z.string().nullable(),
  dueDate: z.string().nullable(),
  status: z.enum(INSTANCE_STATUSES),
  percent: z.number().int(),
  state: z.enum(INSTANCE_STATES),
  daysLate: z.number().int(),
  version: z.number().int(),
  leadUnits: z.array(UnitRef),
  coordinatingUnits: z.array(UnitRef),
  canReport: z.boolean(),
});

export const Board = z.object({
  units: z.array(z.object({ unit: UnitRef.extend({ agencyName: z.string() }), lead: z.array(BoardItem), coordinating: z.array(BoardItem) })),
  unassigned: z.array(BoardItem),
  counts: z.record(z.enum(INSTANCE_STATES), z.number().int()),
  leader: z.boolean(),
  agencies: z.array(z.object({ id: z.string(), name: z.string() })),
});

export const Report = z.object({
  id: z.string(),
  instanceId: z.string(),
  status: z.enum(INSTANCE_STATUSES),
  percent: z.number().int(),
  note: z.string(),
  createdAt: z.date(),
  reporter: z.string().nullable(),
  unitName: z.string().nullable(),
  files: z.array(z.object({ id: z.string(), name: z.string(), size: z.number(), mime: z.string() })),
});

export const InstanceDetail = BoardItem.extend({ reports: z.array(Report) });

export const TaskDeadlineChange = z.object({
  id: z.string(),
  planId: z.string(),
  version: z.number().int(),
  deadline: TaskDeadline,
  inserted: z.number().int(),
  updated: z.number().int(),
  removed: z.number().int(),
});
