import { sql } from 'kysely';
import type { InstanceStatus, PlanTrigger } from '../../domain/plans';
import type { Tx } from './database';

/** Task instances (what falls due), progress reports and their evidence. */

export type InstanceRow = {
  id: string;
  taskId: string;
  key: string;
  label: string | null;
  trigger: PlanTrigger | null;
  triggerRef: string | null;
  triggerDate: string | null;
  dueDate: string | null;
  status: InstanceStatus;
  percent: number;
  doneAt: Date | null;
  dutyId: string | null;
  version: number;
};

const instanceColumns = [
  'id',
  'task_id as taskId',
  'key',
  'label',
  'trigger',
  'trigger_ref as triggerRef',
  'trigger_date as triggerDate',
  'due_date as dueDate',
  'status',
  'percent',
  'done_at as doneAt',
  'duty_id as dutyId',
  'version',
] as const;

export type NewInstance = {
  taskId: string;
  key: string;
  label: string | null;
  trigger: PlanTrigger | null;
  triggerRef: string | null;
  triggerDate: string | null;
  dueDate: string | null;
  dutyId: string | null;
};

/** Inserts instances; one already made under the same (task, key) is left alone. Returns how many were new. */
export async function insertInstances(tx: Tx, rows: readonly NewInstance[]): Promise<number> {
  if (rows.length === 0) return 0;
  const r = await tx
    .insertInto('plan_task_instances')
    .values(
      rows.map((i) => ({
        task_id: i.taskId,
        key: i.key,
        label: i.label,
        trigger: i.trigger,
        trigger_ref: i.triggerRef,
        trigger_date: i.triggerDate,
        due_date: i.dueDate,
        duty_id: i.dutyId,
      })),
    )
    .onConflict((oc) => oc.columns(['task_id', 'key']).doNothing())
    .returning('id')
    .execute();
  return r.length;
}

export async function instancesOfTasks(tx: Tx, taskIds: readonly string[]): Promise<InstanceRow[]> {
  if (taskIds.length === 0) return [];
  return (await tx.selectFrom('plan_task_instances').select(instanceColumns).where('task_id', 'in', taskIds).orderBy('due_date').orderBy('key').execute()) as InstanceRow[];
}

/** Instances of a task with how many reports each has (a reported instance is never deleted). */
export async function instancesWithReports(tx: Tx, taskId: string): Promise<(InstanceRow & { reports: number })[]> {
  return (await tx
    .selectFrom('plan_task_instances as i')
    .select(instanceColumns.map((c) => `i.${c}` as const))
    .select(sql<number>`(SELECT count(*)::int FROM plan_progress_reports r WHERE r.instance_id = i.id)`.as('reports'))
    .where('i.task_id', '=', taskId)
    .execute()) as (InstanceRow & { reports: number })[];
}

export async function setInstanceDue(tx: Tx, id: string, dueDate: string | null, label: string | null): Promise<void> {
  await tx.updateTable('plan_task_instances').set((eb) => ({ due_date: dueDate, label, version: eb('version', '+', 1), updated_at: new Date() })).where('id', '=', id).execute();
}

export async function deleteInstances(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await tx.deleteFrom('plan_task_instances').where('id', 'in', ids).execute();
}

/** An instance with its task, plan and the units of the task, locked for a report. */
export async function lockInstance(tx: Tx, id: string) {
  return tx
    .selectFrom('plan_task_instances as i')
    .innerJoin('plan_tasks as t', 't.id', 'i.task_id')
    .innerJoin('control_plans as p', 'p.id', 't.plan_id')
    .select(instanceColumns.map((c) => `i.${c}` as const))
    .select(['p.agency_id as agencyId', 't.plan_id as planId'])
    .where('i.id', '=', id)
    .forUpdate('i')
    .executeTakeFirst() as Promise<(InstanceRow & { agencyId: string; planId: string }) | undefined>;
}

/** Records progress from the version the reporter saw; false when the instance moved meanwhile. */
export async function updateProgress(tx: Tx, id: string, version: number, p: { status: InstanceStatus; percent: number }): Promise<boolean> {
  const r = await tx
    .updateTable('plan_task_instances')
    .set((eb) => ({
      status: p.status,
      percent: p.percent,
      done_at: p.status === 'done' ? sql<Date>`coalesce(done_at, now())` : null,
      version: eb('version', '+', 1),
      updated_at: new Date(),
    }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Instances linked to a publication duty, done when the duty is (the duty board marked it). */
export async function completeInstancesOfDuty(tx: Tx, dutyId: string): Promise<number> {
  const r = await tx
    .updateTable('plan_task_instances')
    .set((eb) => ({ status: 'done', percent: 100, done_at: new Date(), version: eb('version', '+', 1), updated_at: new Date() }))
    .where('duty_id', '=', dutyId)
    .where('status', '<>', 'done')
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function insertReport(tx: Tx, r: { instanceId: string; reportedBy: string | null; unitId: string | null; status: InstanceStatus; percent: number; note: string; fileIds: readonly string[] }): Promise<string> {
  const row = await tx
    .insertInto('plan_progress_reports')
    .values({ instance_id: r.instanceId, reported_by: r.reportedBy, unit_id: r.unitId, status: r.status, percent: r.percent, note: r.note })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (r.fileIds.length > 0) await tx.insertInto('plan_report_files').values(r.fileIds.map((f) => ({ report_id: row.id, file_id: f }))).execute();
  return row.id;
}

export type ReportRow = {
  id: string;
  instanceId: string;
  status: InstanceStatus;
  percent: number;
  note: string;
  createdAt: Date;
  reporter: string | null;
  unitName: string | null;
  files: { id: string; name: string; size: number; mime: string }[];
};

export async function reportsOf(tx: Tx, instanceIds: readonly string[]): Promise<ReportRow[]> {
  if (instanceIds.length === 0) return [];
  const rows = await tx
    .selectFrom('plan_progress_reports as r')
    .leftJoin('users as us', 'us.id', 'r.reported_by')
    .leftJoin('units as un', 'un.id', 'r.unit_id')
    .select(['r.id', 'r.instance_id as instanceId', 'r.status', 'r.percent', 'r.note', 'r.created_at as createdAt', 'us.full_name as reporter', 'un.name as unitName'])
    .select(
      sql<ReportRow['files']>`coalesce((SELECT json_agg(json_build_object('id', f.id, 'name', f.name, 'size', f.size, 'mime', f.mime) ORDER BY f.name)
        FROM plan_report_files rf JOIN files f ON f.id = rf.file_id WHERE rf.report_id = r.id), '[]'::json)`.as('files'),
    )
    .where('r.instance_id', 'in', instanceIds)
    .orderBy('r.created_at', 'desc')
    .execute();
  return rows as ReportRow[];
}

/** Files the actor may attach: uploaded by them or within their agencies. */
export async function filesForEvidence(tx: Tx, ids: readonly string[]): Promise<{ id: string; uploaderId: string | null; agencyId: string | null }[]> {
  if (ids.length === 0) return [];
  return tx.selectFrom('files').select(['id', 'uploader_id as uploaderId', 'agency_id as agencyId']).where('id', 'in', ids).execute();
}

/** The plan a piece of evidence belongs to (for its download). */
export async function agenciesOfEvidence(tx: Tx, fileId: string): Promise<string[]> {
  const rows = await tx
    .selectFrom('plan_report_files as rf')
    .innerJoin('plan_progress_reports as r', 'r.id', 'rf.report_id')
    .innerJoin('plan_task_instances as i', 'i.id', 'r.instance_id')
    .innerJoin('plan_tasks as t', 't.id', 'i.task_id')
    .innerJoin('control_plans as p', 'p.id', 't.plan_id')
    .select('p.agency_id')
    .distinct()
    .where('rf.file_id', '=', fileId)
    .execute();
  return rows.map((r) => r.agency_id);
}

export type BoardRow = InstanceRow & {
  planId: string;
  planTitle: string;
  planNumber: string | null;
  planYear: number;
  agencyId: string;
  taskNumber: string;
  content: string;
  product: string;
  deadlineText: string;
  leadText: string;
};

/**
 * Instances for boards and lists: of plans of the given agencies (null: all), optionally only those led
 * (or coordinated) by the given units, only overdue on `overdueOn`, only open and due by `dueUntil`, or of one year.
 */
export async function boardRows(tx: Tx, f: { agencyIds: readonly string[] | null; unitIds?: readonly string[]; overdueOn?: string; dueUntil?: string; year?: number; planId?: string; instanceId?: string }): Promise<BoardRow[]> {
  let q = tx
    .selectFrom('plan_task_instances as i')
    .innerJoin('plan_tasks as t', 't.id', 'i.task_id')
    .innerJoin('control_plans as p', 'p.id', 't.plan_id')
    .select(instanceColumns.map((c) => `i.${c}` as const))
    .select([
      'p.id as planId',
      'p.title as planTitle',
      'p.number as planNumber',
      'p.year as planYear',
      'p.agency_id as agencyId',
      't.number as taskNumber',
      't.content',
      't.product',
      sql<string>`t.deadline ->> 'asWritten'`.as('deadlineText'),
      't.lead_text as leadText',
    ])
    .orderBy(sql`i.due_date IS NULL`)
    .orderBy('i.due_date')
    .orderBy('t.seq')
    .orderBy('i.key');
  if (f.agencyIds) q = f.agencyIds.length === 0 ? q.where(sql<boolean>`false`) : q.where('p.agency_id', 'in', f.agencyIds);
  if (f.unitIds) q = f.unitIds.length === 0 ? q.where(sql<boolean>`false`) : q.where((eb) => eb.exists(eb.selectFrom('plan_task_units as tu').select('tu.task_id').whereRef('tu.task_id', '=', 't.id').where('tu.unit_id', 'in', f.unitIds!)));
  if (f.overdueOn) q = q.where('i.status', '<>', 'done').where('i.due_date', '<', f.overdueOn);
  if (f.dueUntil) q = q.where('i.status', '<>', 'done').where('i.due_date', '<=', f.dueUntil);
  if (f.year !== undefined) q = q.where('p.year', '=', f.year);
  if (f.planId) q = q.where('p.id', '=', f.planId);
  if (f.instanceId) q = q.where('i.id', '=', f.instanceId);
  return (await q.limit(2000).execute()) as BoardRow[];
}

/** Open instances due on or before `until` (reminders) with the lead units' ids. */
export async function instancesToRemind(tx: Tx, until: string): Promise<(BoardRow & { leadUnitIds: string[] })[]> {
  const open = await boardRows(tx, { agencyIds: null, dueUntil: until });
  const units = open.length === 0 ? [] : await tx.selectFrom('plan_task_units').select(['task_id', 'unit_id']).where('role', '=', 'lead').where('task_id', 'in', [...new Set(open.map((r) => r.taskId))]).execute();
  return open.map((r) => ({ ...r, leadUnitIds: units.filter((u) => u.task_id === r.taskId).map((u) => u.unit_id) }));
}

/** Officers of units who take reminders (unit heads and specialists), with their addresses. */
export async function unitOfficers(tx: Tx, unitIds: readonly string[]): Promise<{ userId: string; unitId: string; fullName: string; email: string | null; phone: string | null }[]> {
  if (unitIds.length === 0) return [];
  return tx
    .selectFrom('role_assignments as g')
    .innerJoin('users as u', 'u.id', 'g.user_id')
    .select(['u.id as userId', 'g.unit_id as unitId', 'u.full_name as fullName', 'u.email', 'u.phone'])
    .where('g.unit_id', 'in', unitIds)
    .where('g.role', 'in', ['unit_head', 'specialist'])
    .where('u.active', '=', true)
    .execute() as Promise<{ userId: string; unitId: string; fullName: string; email: string | null; phone: string | null }[]>;
}
