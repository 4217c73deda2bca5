import type { ColumnType, Generated } from 'kysely';

/** Tables of control plans as Kysely sees them (migration 20261122007000_create_control_plans). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableInstant = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json = ColumnType<unknown, string | undefined, string>;
type ReadOnly<T> = ColumnType<T, never, never>;

export interface ControlPlansTable {
  id: Generated<string>;
  agency_id: string;
  year: number;
  number: string | null;
  plan_date: string | null;
  place: string | null;
  title: string;
  issuer: string | null;
  signer: string | null;
  signer_title: string | null;
  purposes: Generated<string>;
  requirements: Generated<string>;
  sections: Json;
  source_name: string | null;
  source_kind: 'docx' | 'text';
  import_report: Json;
  created_by: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PlanTasksTable {
  id: Generated<string>;
  plan_id: string;
  seq: number;
  appendix: string | null;
  headings: Json;
  number: Generated<string>;
  content: string;
  lead_text: Generated<string>;
  coordinating_text: Generated<string>;
  deadline: ColumnType<unknown, string, string>;
  rule_kind: ReadOnly<string | null>;
  trigger: ReadOnly<string | null>;
  flagged: ReadOnly<boolean>;
  product: Generated<string>;
  notes: Generated<string>;
  targets: Json;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PlanTaskUnitsTable {
  task_id: string;
  unit_id: string;
  role: 'lead' | 'coordinating';
}

export interface PlanTaskInstancesTable {
  id: Generated<string>;
  task_id: string;
  key: string;
  label: string | null;
  trigger: string | null;
  trigger_ref: string | null;
  trigger_date: string | null;
  due_date: string | null;
  status: Generated<'not_started' | 'in_progress' | 'done'>;
  percent: Generated<number>;
  done_at: NullableInstant;
  duty_id: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PlanProgressReportsTable {
  id: Generated<string>;
  instance_id: string;
  reported_by: string | null;
  unit_id: string | null;
  status: 'not_started' | 'in_progress' | 'done';
  percent: number;
  note: Generated<string>;
  created_at: Timestamp;
}

export interface PlanReportFilesTable {
  report_id: string;
  file_id: string;
}

export interface PlansSchema {
  control_plans: ControlPlansTable;
  plan_tasks: PlanTasksTable;
  plan_task_units: PlanTaskUnitsTable;
  plan_task_instances: PlanTaskInstancesTable;
  plan_progress_reports: PlanProgressReportsTable;
  plan_report_files: PlanReportFilesTable;
}
