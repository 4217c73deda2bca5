import { can } from '../../domain/access';
import { daysBetween, localDateOf, type WorkingCalendar } from '../../domain/calendar';
import { instanceState, ownUnits, reportingUnit, scorecardTargets, type InstanceState } from '../../domain/plans';
import { forbidden, notFound } from '../errors';
import { listUnits } from '../storage/agencies';
import { boardRows, instancesOfTasks, reportsOf, type BoardRow, type InstanceRow } from '../storage/plan-instances';
import { findPlan, listPlans, planTasks, unitsOfTasks, type TaskUnit } from '../storage/plans';
import { agencyDirectory } from './agency-directory';
import { workingCalendar } from './calendar-provider';
import type { Actor, ServiceContext } from './context';
import { agencyByCode, authorizePlanRead, planReadScope } from './plan-access';

export type UnitRef = { id: string; code: string; name: string };

const today = () => localDateOf(Date.now());
const doneOn = (i: Pick<InstanceRow, 'doneAt'>) => (i.doneAt ? localDateOf(i.doneAt) : null);

function instanceView(cal: WorkingCalendar, i: InstanceRow, on: string) {
  return {
    id: i.id,
    key: i.key,
    label: i.label,
    dueDate: i.dueDate,
    status: i.status,
    percent: i.percent,
    state: instanceState(cal, { dueDate: i.dueDate, status: i.status, doneOn: doneOn(i) }, on),
    trigger: i.trigger,
    triggerRef: i.triggerRef,
    triggerDate: i.triggerDate,
    doneAt: i.doneAt,
    version: i.version,
  };
}

const unitsFor = (units: readonly TaskUnit[], taskId: string, role: 'lead' | 'coordinating'): UnitRef[] => units.filter((u) => u.taskId === taskId && u.role === role).map((u) => ({ id: u.unitId, code: u.code, name: u.name }));

/** Plans the officer may see, newest year first, with counts. */
export async function listPlansView(ctx: ServiceContext, q: { year?: number; agencyCode?: string }) {
  const { agencyIds } = await planReadScope(ctx);
  const dir = await agencyDirectory(ctx.store);
  const only = q.agencyCode ? (await agencyByCode(ctx, q.agencyCode)).id : null;
  const ids = only ? (agencyIds === null || agencyIds.includes(only) ? [only] : []) : agencyIds;
  const rows = await listPlans(ctx.store, ids, today(), q.year);
  return rows.map((r) => ({ ...r, agency: { id: r.agencyId, code: dir.byId.get(r.agencyId)?.code ?? '', name: dir.byId.get(r.agencyId)?.name ?? '' } }));
}

/** A plan with its tasks, their units and instances (state today), the agency's units and the plan's targets. */
export async function planDetail(ctx: ServiceContext, id: string) {
  const plan = await findPlan(ctx.store, id);
  if (!plan) throw notFound('kế hoạch');
  const actor = await authorizePlanRead(ctx, plan.agencyId);
  const [tasks, units, agencyUnits, cal, dir] = await Promise.all([planTasks(ctx.store, id), unitsOfTasks(ctx.store, { planId: id }), listUnits(ctx.store, plan.agencyId), workingCalendar(ctx.store), agencyDirectory(ctx.store)]);
  const instances = await instancesOfTasks(
    ctx.store,
    tasks.map((t) => t.id),
  );
  const on = today();
  const agency = dir.byId.get(plan.agencyId);
  return {
    ...plan,
    agency: { id: plan.agencyId, code: agency?.code ?? '', name: agency?.name ?? '' },
    canManage: can(actor, 'plan.manage'),
    units: agencyUnits.filter((u) => u.active).map((u) => ({ id: u.id, code: u.code, name: u.name })),
    targets: scorecardTargets(tasks.flatMap((t) => t.targets)),
    tasks: tasks.map((t) => ({
      ...t,
      leadUnits: unitsFor(units, t.id, 'lead'),
      coordinatingUnits: unitsFor(units, t.id, 'coordinating'),
      instances: instances.filter((i) => i.taskId === t.id).map((i) => instanceView(cal, i, on)),
    })),
  };
}

export type BoardItem = ReturnType<typeof boardItem>;

function boardItem(cal: WorkingCalendar, actor: Actor, r: BoardRow, units: readonly TaskUnit[], agencyName: string, on: string) {
  const lead = unitsFor(units, r.taskId, 'lead');
  const state: InstanceState = instanceState(cal, { dueDate: r.dueDate, status: r.status, doneOn: doneOn(r) }, on);
  return {
    instanceId: r.id,
    taskId: r.taskId,
    planId: r.planId,
    planTitle: r.planTitle,
    planNumber: r.planNumber,
    planYear: r.planYear,
    agency: { id: r.agencyId, name: agencyName },
    taskNumber: r.taskNumber,
    content: r.content,
    product: r.product,
    deadlineText: r.deadlineText,
    label: r.label,
    dueDate: r.dueDate,
    status: r.status,
    percent: r.percent,
    state,
    daysLate: state === 'overdue' && r.dueDate ? daysBetween(r.dueDate, on) : 0,
    version: r.version,
    leadUnits: lead,
    coordinatingUnits: unitsFor(units, r.taskId, 'coordinating'),
    canReport: reportingUnit(actor, r.agencyId, lead.map((u) => u.id)) !== null,
  };
}

async function itemsOf(ctx: ServiceContext, actor: Actor, rows: readonly BoardRow[]) {
  const [units, cal, dir] = await Promise.all([unitsOfTasks(ctx.store, { taskIds: [...new Set(rows.map((r) => r.taskId))] }), workingCalendar(ctx.store), agencyDirectory(ctx.store)]);
  const on = today();
  return rows.map((r) => boardItem(cal, actor, r, units, dir.byId.get(r.agencyId)?.name ?? '', on));
}

/**
 * The board per unit: a unit head or specialist sees their own unit (tasks it leads, then those it
 * coordinates); an agency head (or procedure control, an administrator) every unit of the agencies in
 * scope, with the tasks no unit leads yet. `unit` picks one unit within scope.
 */
export async function planBoard(ctx: ServiceContext, q: { unitId?: string; year?: number; agencyCode?: string }) {
  const { actor, agencyIds } = await planReadScope(ctx);
  const dir = await agencyDirectory(ctx.store);
  const only = q.agencyCode ? (await agencyByCode(ctx, q.agencyCode)).id : null;
  if (only && agencyIds !== null && !agencyIds.includes(only)) throw forbidden('Bạn không có quyền xem kế hoạch của cơ quan này.');
  const scope = only ? [only] : agencyIds;
  const own = ownUnits(actor);
  const leader = can(actor, 'plan.manage') || actor.grants.some((g) => g.role === 'agency_head' || g.role === 'inspector' || g.role === 'admin');
  const unitIds = q.unitId ? [q.unitId] : leader ? undefined : own.map((u) => u.unitId);
  const rows = await boardRows(ctx.store, { agencyIds: scope, ...(unitIds ? { unitIds } : {}), ...(q.year ? { year: q.year } : {}) });
  const items = await itemsOf(ctx, actor, rows);
  const unitList = new Map<string, UnitRef & { agencyName: string }>();
  for (const i of items) for (const u of [...i.leadUnits, ...i.coordinatingUnits]) if (!unitIds || unitIds.includes(u.id)) unitList.set(u.id, { ...u, agencyName: i.agency.name });
  const units = [...unitList.values()]
    .map((unit) => ({ unit, lead: items.filter((i) => i.leadUnits.some((u) => u.id === unit.id)), coordinating: items.filter((i) => i.coordinatingUnits.some((u) => u.id === unit.id)) }))
    .filter((u) => u.lead.length > 0 || u.coordinating.length > 0)
    .sort((a, b) => a.unit.agencyName.localeCompare(b.unit.agencyName, 'vi') || a.unit.name.localeCompare(b.unit.name, 'vi'));
  const counts = { overdue: 0, due_soon: 0, open: 0, ongoing: 0, done: 0, done_late: 0 } satisfies Record<InstanceState, number>;
  for (const i of items) counts[i.state]++;
  return { units, unassigned: unitIds ? [] : items.filter((i) => i.leadUnits.length === 0), counts, leader, agencies: (scope ?? []).slice(0, 50).map((id) => ({ id, name: dir.byId.get(id)?.name ?? '' })) };
}

/** The leader's list of overdue instances in scope, longest overdue first. */
export async function overdueList(ctx: ServiceContext, q: { agencyCode?: string; year?: number }) {
  const { actor, agencyIds } = await planReadScope(ctx);
  const only = q.agencyCode ? (await agencyByCode(ctx, q.agencyCode)).id : null;
  const scope = only ? (agencyIds === null || agencyIds.includes(only) ? [only] : []) : agencyIds;
  const rows = await boardRows(ctx.store, { agencyIds: scope, overdueOn: today(), ...(q.year ? { year: q.year } : {}) });
  return (await itemsOf(ctx, actor, rows)).sort((a, b) => b.daysLate - a.daysLate);
}

/** One instance with its task's context and every progress report, newest first. */
export async function instanceDetail(ctx: ServiceContext, instanceId: string) {
  const { agencyIds } = await planReadScope(ctx);
  const [row] = await boardRows(ctx.store, { agencyIds, instanceId });
  if (!row) throw notFound('nhiệm vụ');
  const actor = await authorizePlanRead(ctx, row.agencyId);
  const [item] = await itemsOf(ctx, actor, [row]);
  return { ...item!, reports: await reportsOf(ctx.store, [instanceId]) };
}

async function tasksWithTargets(store: ServiceContext['store'], agencyId: string, year: number) {
  const plans = await listPlans(store, [agencyId], today(), year);
  return (await Promise.all(plans.map((p) => planTasks(store, p.id)))).flat();
}

/** The scorecard-keyed targets an agency's plans of a year set (no authorization: the caller has checked its own). */
export async function planScorecardTargets(store: ServiceContext['store'], agencyId: string, year: number) {
  return scorecardTargets((await tasksWithTargets(store, agencyId, year)).flatMap((t) => t.targets));
}

/** The measurable targets of an agency's plans for a year, in the 766 scorecard's shape ({ key, target }). */
export async function planTargets(ctx: ServiceContext, q: { agencyCode: string; year: number }) {
  const agency = await agencyByCode(ctx, q.agencyCode);
  await authorizePlanRead(ctx, agency.id);
  const tasks = await tasksWithTargets(ctx.store, agency.id, q.year);
  return { agency: { code: agency.code, name: agency.name }, year: q.year, targets: scorecardTargets(tasks.flatMap((t) => t.targets)), tasks: tasks.filter((t) => t.targets.length > 0).map((t) => ({ taskId: t.id, number: t.number, targets: t.targets })) };
}
