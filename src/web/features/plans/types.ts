import type { ImportIssue, InstanceState, InstanceStatus, PlanSection, PlanTrigger, TaskDeadline, TaskHeading, TaskTarget } from '../../../domain/plans';

/** Shapes of the control-plan API (src/server/api/plans/schemas.ts). */
export type UnitRef = { id: string; code: string; name: string };

export type PlanSummary = {
  id: string;
  agency: { id: string; code: string; name: string };
  year: number;
  number: string | null;
  planDate: string | null;
  title: string;
  createdAt: string;
  tasks: number;
  flagged: number;
  unassigned: number;
  instances: number;
  done: number;
  overdue: number;
};

export type InstanceView = {
  id: string;
  key: string;
  label: string | null;
  dueDate: string | null;
  status: InstanceStatus;
  percent: number;
  state: InstanceState;
  trigger: PlanTrigger | null;
  triggerRef: string | null;
  triggerDate: string | null;
  doneAt: string | null;
  version: number;
};

export type TaskView = {
  id: string;
  seq: number;
  appendix: string | null;
  headings: TaskHeading[];
  number: string;
  content: string;
  leadText: string;
  coordinatingText: string;
  leadUnits: UnitRef[];
  coordinatingUnits: UnitRef[];
  deadline: TaskDeadline;
  product: string;
  notes: string;
  targets: TaskTarget[];
  version: number;
  instances: InstanceView[];
};

export type PlanView = Omit<PlanSummary, 'tasks' | 'flagged' | 'unassigned' | 'instances' | 'done' | 'overdue'> & {
  place: string | null;
  issuer: string | null;
  signer: string | null;
  signerTitle: string | null;
  purposes: string;
  requirements: string;
  sections: PlanSection[];
  sourceName: string | null;
  report: { layout: string; unrecognised: ImportIssue[]; warnings: ImportIssue[] };
  canManage: boolean;
  units: UnitRef[];
  targets: { key: string; target: number }[];
  tasks: TaskView[];
};

export type ImportResult = {
  plan: PlanView;
  summary: { layout: string; tasks: number; assigned: number; flagged: number; instances: number; unrecognised: ImportIssue[]; warnings: ImportIssue[] };
};

export type BoardItem = {
  instanceId: string;
  taskId: string;
  planId: string;
  planTitle: string;
  planNumber: string | null;
  planYear: number;
  agency: { id: string; name: string };
  taskNumber: string;
  content: string;
  product: string;
  deadlineText: string;
  label: string | null;
  dueDate: string | null;
  status: InstanceStatus;
  percent: number;
  state: InstanceState;
  daysLate: number;
  version: number;
  leadUnits: UnitRef[];
  coordinatingUnits: UnitRef[];
  canReport: boolean;
};

export type Board = {
  units: { unit: UnitRef & { agencyName: string }; lead: BoardItem[]; coordinating: BoardItem[] }[];
  unassigned: BoardItem[];
  counts: Record<InstanceState, number>;
  leader: boolean;
};

export type ProgressReport = {
  id: string;
  status: InstanceStatus;
  percent: number;
  note: string;
  createdAt: string;
  reporter: string | null;
  unitName: string | null;
  files: { id: string; name: string; size: number; mime: string }[];
};

export type InstanceDetail = BoardItem & { reports: ProgressReport[] };
