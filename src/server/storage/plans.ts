import { sql } from 'kysely';
import type { ImportReport, PlanSection, TaskDeadline, TaskHeading, TaskTarget } from '../../domain/plans';
import type { Tx } from './database';

/** Control plans and their tasks (migration 20261122007000_create_control_plans). */

export type PlanRow = {
  id: string;
  agencyId: string;
  year: number;
  number: string | null;
  planDate: string | null;
  place: string | null;
  title: string;
  issuer: string | null;
  signer: string | null;
  signerTitle: string | null;
  purposes: string;
  requirements: string;
  sections: PlanSection[];
  sourceName: string | null;
  sourceKind: 'docx' | 'text';
  report: ImportReport;
  version: number;
  createdAt: Date;
};

const planColumns = [
  'id',
  'agency_id as agencyId',
  'year',
  'number',
  'plan_date as planDate',
  'place',
  'title',
  'issuer',
  'signer',
  'signer_title as signerTitle',
  'purposes',
  'requirements',
  'sections',
  'source_name as sourceName',
  'source_kind as sourceKind',
  'import_report as report',
  'version',
  'created_at as createdAt',
] as const;

export type NewPlan = Omit<PlanRow, 'id' | 'version' | 'createdAt'> & { createdBy: string | null };

export async function insertPlan(tx: Tx, p: NewPlan): Promise<string> {
  const row = await tx
    .insertInto('control_plans')
    .values({
      agency_id: p.agencyId,
      year: p.year,
      number: p.number,
      plan_date: p.planDate,
      place: p.place,
      title: p.title,
      issuer: p.issuer,
      signer: p.signer,
      signer_title: p.signerTitle,
      purposes: p.purposes,
      requirements: p.requirements,
      sections: JSON.stringify(p.sections),
      source_name: p.sourceName,
      source_kind: p.sourceKind,
      import_report: JSON.stringify(p.report),
      created_by: p.createdBy,
    })
    .onConflict((oc) => oc.columns(['agency_id', 'year', 'number']).where('number', 'is not', null).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? '';
}

export async function findPlan(tx: Tx, id: string): Promise<PlanRow | undefined> {
  return (await tx.selectFrom('control_plans').select(planColumns).where('id', '=', id).executeTakeFirst()) as PlanRow | undefined;
}

export type PlanSummary = Pick<PlanRow, 'id' | 'agencyId' | 'year' | 'number' | 'planDate' | 'title' | 'createdAt'> & {
  tasks: number;
  flagged: number;
  unassigned: number;
  instances: number;
  done: number;
  overdue: number;
};

/** Plans of the given agencies (null: all), newest year first, with task and progress counts on `today`. */
export async function listPlans(tx: Tx, agencyIds: readonly string[] | null, today: string, year?: number): Promise<PlanSummary[]> {
  let q = tx
    .selectFrom('control_plans as p')
    .select(['p.id', 'p.agency_id as agencyId', 'p.year', 'p.number', 'p.plan_date as planDate', 'p.title', 'p.created_at as createdAt'])
    .select([
      sql<number>`(SELECT count(*)::int FROM plan_tasks t WHERE t.plan_id = p.id)`.as('tasks'),
      sql<number>`(SELECT count(*)::int FROM plan_tasks t WHERE t.plan_id = p.id AND t.flagged)`.as('flagged'),
      sql<number>`(SELECT count(*)::int FROM plan_tasks t WHERE t.plan_id = p.id AND NOT EXISTS (SELECT 1 FROM plan_task_units u WHERE u.task_id = t.id AND u.role = 'lead'))`.as('unassigned'),
      sql<number>`(SELECT count(*)::int FROM plan_task_instances i JOIN plan_tasks t ON t.id = i.task_id WHERE t.plan_id = p.id)`.as('instances'),
      sql<number>`(SELECT count(*)::int FROM plan_task_instances i JOIN plan_tasks t ON t.id = i.task_id WHERE t.plan_id = p.id AND i.status = 'done')`.as('done'),
      sql<number>`(SELECT count(*)::int FROM plan_task_instances i JOIN plan_tasks t ON t.id = i.task_id WHERE t.plan_id = p.id AND i.status <> 'done' AND i.due_date < ${today}::date)`.as('overdue'),
    ])
    .orderBy('p.year', 'desc')
    .orderBy('p.created_at', 'desc');
  if (agencyIds) q = agencyIds.length === 0 ? q.where(sql<boolean>`false`) : q.where('p.agency_id', 'in', agencyIds);
  if (year !== undefined) q = q.where('p.year', '=', year);
  return q.execute();
}

export type NewTask = {
  seq: number;
  appendix: string | null;
  headings: TaskHeading[];
  number: string;
  content: string;
  lead: string;
  coordinating: string;
  deadline: TaskDeadline;
  product: string;
  notes: string;
  targets: TaskTarget[];
};

/** Inserts a plan's tasks; returns their ids in `seq` order. */
export async function insertTasks(tx: Tx, planId: string, tasks: readonly NewTask[]): Promise<string[]> {
  if (tasks.length === 0) return [];
  const rows = await tx
    .insertInto('plan_tasks')
    .values(
      tasks.map((t) => ({
        plan_id: planId,
        seq: t.seq,
        appendix: t.appendix,
        headings: JSON.stringify(t.headings),
        number: t.number,
        content: t.content,
        lead_text: t.lead,
        coordinating_text: t.coordinating,
        deadline: JSON.stringify(t.deadline),
        product: t.product,
        notes: t.notes,
        targets: JSON.stringify(t.targets),
      })),
    )
    .returning(['id', 'seq'])
    .execute();
  return rows.sort((a, b) => a.seq - b.seq).map((r) => r.id);
}

export type TaskRow = {
  id: string;
  planId: string;
  seq: number;
  appendix: string | null;
  headings: TaskHeading[];
  number: string;
  content: string;
  leadText: string;
  coordinatingText: string;
  deadline: TaskDeadline;
  product: string;
  notes: string;
  targets: TaskTarget[];
  version: number;
};

const taskColumns = [
  'id',
  'plan_id as planId',
  'seq',
  'appendix',
  'headings',
  'number',
  'content',
  'lead_text as leadText',
  'coordinating_text as coordinatingText',
  'deadline',
  'product',
  'notes',
  'targets',
  'version',
] as const;

export async function planTasks(tx: Tx, planId: string): Promise<TaskRow[]> {
  return (await tx.selectFrom('plan_tasks').select(taskColumns).where('plan_id', '=', planId).orderBy('seq').execute()) as TaskRow[];
}

/** A task with its plan's agency and year, locked for a change. */
export async function lockTask(tx: Tx, id: string): Promise<(TaskRow & { agencyId: string; year: number }) | undefined> {
  return (await tx
    .selectFrom('plan_tasks as t')
    .innerJoin('control_plans as p', 'p.id', 't.plan_id')
    .select(taskColumns.map((c) => `t.${c}` as const))
    .select(['p.agency_id as agencyId', 'p.year'])
    .where('t.id', '=', id)
    .forUpdate('t')
    .executeTakeFirst()) as (TaskRow & { agencyId: string; year: number }) | undefined;
}

/** Moves a task to a new version when it is still at `version`; false when someone changed it first. */
export async function bumpTask(tx: Tx, id: string, version: number, change: { deadline?: TaskDeadline } = {}): Promise<boolean> {
  const r = await tx
    .updateTable('plan_tasks')
    .set((eb) => ({ version: eb('version', '+', 1), updated_at: new Date(), ...(change.deadline ? { deadline: JSON.stringify(change.deadline) } : {}) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export type TaskUnit = { taskId: string; unitId: string; role: 'lead' | 'coordinating'; code: string; name: string };

export async function replaceTaskUnits(tx: Tx, taskId: string, lead: readonly string[], coordinating: readonly string[]): Promise<void> {
  await tx.deleteFrom('plan_task_units').where('task_id', '=', taskId).execute();
  await insertTaskUnits(tx, [...lead.map((unitId) => ({ taskId, unitId, role: 'lead' as const })), ...coordinating.filter((u) => !lead.includes(u)).map((unitId) => ({ taskId, unitId, role: 'coordinating' as const }))]);
}

export async function insertTaskUnits(tx: Tx, rows: readonly { taskId: string; unitId: string; role: 'lead' | 'coordinating' }[]): Promise<void> {
  if (rows.length === 0) return;
  await tx
    .insertInto('plan_task_units')
    .values(rows.map((r) => ({ task_id: r.taskId, unit_id: r.unitId, role: r.role })))
    .onConflict((oc) => oc.columns(['task_id', 'unit_id']).doNothing())
    .execute();
}

/** The units of the tasks of a plan (or of the given tasks). */
export async function unitsOfTasks(tx: Tx, by: { planId: string } | { taskIds: readonly string[] }): Promise<TaskUnit[]> {
  let q = tx
    .selectFrom('plan_task_units as tu')
    .innerJoin('units as u', 'u.id', 'tu.unit_id')
    .select(['tu.task_id as taskId', 'tu.unit_id as unitId', 'tu.role', 'u.code', 'u.name'])
    .orderBy('u.name');
  if ('planId' in by) q = q.innerJoin('plan_tasks as t', 't.id', 'tu.task_id').where('t.plan_id', '=', by.planId);
  else if (by.taskIds.length === 0) return [];
  else q = q.where('tu.task_id', 'in', by.taskIds);
  return q.execute();
}

/** Tasks whose rule counts from an event, in plans of the given agencies (null: all) for `year`. */
export async function eventTasks(tx: Tx, trigger: string, year: number, agencyIds: readonly string[] | null): Promise<(TaskRow & { agencyId: string })[]> {
  let q = tx
    .selectFrom('plan_tasks as t')
    .innerJoin('control_plans as p', 'p.id', 't.plan_id')
    .select(taskColumns.map((c) => `t.${c}` as const))
    .select('p.agency_id as agencyId')
    .where('t.trigger', '=', trigger)
    .where('p.year', '=', year);
  if (agencyIds) q = agencyIds.length === 0 ? q.where(sql<boolean>`false`) : q.where('p.agency_id', 'in', agencyIds);
  return (await q.execute()) as (TaskRow & { agencyId: string })[];
}

/** Agencies assigned to handle a procedure of the decision (who must act on it). */
export async function agenciesOfDecision(tx: Tx, decisionId: string): Promise<string[]> {
  const rows = await tx
    .selectFrom('decision_items as di')
    .innerJoin('procedures as pr', 'pr.code', 'di.procedure_code')
    .innerJoin('procedure_assignments as pa', 'pa.procedure_id', 'pr.id')
    .select('pa.agency_id')
    .distinct()
    .where('di.decision_id', '=', decisionId)
    .execute();
  return rows.map((r) => r.agency_id);
}

export async function dutiesOfDecision(tx: Tx, decisionId: string): Promise<{ id: string; kind: string }[]> {
  return tx.selectFrom('publication_duties').select(['id', 'kind']).where('decision_id', '=', decisionId).execute();
}
