import { can } from '../../domain/access';
import { localDateOf } from '../../domain/calendar';
import { FINDING_STATUS_VI, isFixOverdue, SEVERITY_VI, type InspectionPlanInput, type VisitInput } from '../../domain/inspection';
import { notFound } from '../errors';
import { appendAudit } from '../storage/audit';
import { inTransaction } from '../storage/database';
import { findInspectionPlan, insertInspectionPlan, insertVisit, listFindings, listFollowUps, listInspectionPlans, listVisits, type FindingRow, type FollowUpRow, type InspectionPlanRow } from '../storage/inspections';
import { authorize, requireActor } from './authorize';
import { auditActorId, type Actor, type ServiceContext } from './context';
import { agencyByCode, agencyPathOf, ownAgencyId, readableAgencies } from './control-access';

/**
 * Inspections (kiểm tra): an inspector's plan, visits to agencies, findings with fix deadlines. An
 * agency head sees the visits and findings of their agency (and below) and reports fixes.
 */
export function findingView(f: FindingRow, followUps: FollowUpRow[], actor: Actor, today: string) {
  return {
    id: f.id,
    visitId: f.visitId,
    planId: f.planId,
    agency: { code: f.agencyCode, name: f.agencyName },
    visitDate: f.visitDate,
    description: f.description,
    severity: f.severity,
    severityName: SEVERITY_VI[f.severity],
    dossierCodes: f.dossierCodes,
    procedureCodes: f.procedureCodes,
    unit: f.unitCode ? { code: f.unitCode, name: f.unitName ?? '' } : null,
    fixRequired: f.fixRequired,
    dueWorkingDays: f.dueWorkingDays,
    dueDate: f.dueDate,
    overdue: isFixOverdue({ status: f.status, dueDate: f.dueDate }, today),
    status: f.status,
    statusName: FINDING_STATUS_VI[f.status],
    fixedAt: f.fixedAt,
    verifiedAt: f.verifiedAt,
    version: f.version,
    followUps: followUps.filter((u) => u.findingId === f.id).map((u) => ({ status: u.statusAfter, note: u.note, actorName: u.actorName, at: u.at })),
    canFollowUp: f.status !== 'verified' && (can(actor, 'inspection.manage') || can(actor, 'inspection.follow_up')),
  };
}
export type FindingView = ReturnType<typeof findingView>;

const planSummary = (p: InspectionPlanRow) => ({ id: p.id, agency: { code: p.agencyCode, name: p.agencyName }, year: p.year, number: p.number, title: p.title, scope: p.scope, createdAt: p.createdAt });

export async function createInspectionPlan(ctx: ServiceContext, input: InspectionPlanInput & { agency?: string | undefined }) {
  const actor = authorize(ctx, 'inspection.manage');
  const agencyId = input.agency ? (await agencyByCode(ctx, input.agency, 'agency')).id : await ownAgencyId(ctx, actor);
  authorize(ctx, 'inspection.manage', await agencyPathOf(ctx, agencyId));
  const id = await inTransaction(ctx.store, async (tx) => {
    const planId = await insertInspectionPlan(tx, { agencyId, year: input.year, number: input.number, title: input.title, scope: input.scope, createdBy: auditActorId(actor) });
    await appendAudit(tx, { actorId: auditActorId(actor), action: 'inspection_plan.create', entity: 'inspection_plan', entityId: planId, detail: { year: input.year }, requestId: ctx.requestId ?? null });
    return planId;
  });
  return getInspectionPlan(ctx, id);
}

export async function listInspectionPlanSummaries(ctx: ServiceContext, year: number | undefined) {
  // An agency head sees the plans that visit their agency (or below).
  const agencyIds = await readableAgencies(ctx, 'inspection.read', 'inspection.manage');
  return (await listInspectionPlans(ctx.store, year, agencyIds)).map(planSummary);
}

/** A plan with its visits and their findings (an agency head: only the visits to their agencies). */
export async function getInspectionPlan(ctx: ServiceContext, id: string) {
  const actor = requireActor(ctx);
  const plan = await findInspectionPlan(ctx.store, id);
  if (!plan) throw notFound('kế hoạch kiểm tra');
  const agencyIds = await readableAgencies(ctx, 'inspection.read', 'inspection.manage');
  const visits = (await listVisits(ctx.store, id)).filter((v) => !agencyIds || agencyIds.includes(v.agencyId));
  if (agencyIds && visits.length === 0 && !agencyIds.includes(plan.agencyId)) throw notFound('kế hoạch kiểm tra');
  const findings = (await listFindings(ctx.store, { planId: id })).filter((f) => visits.some((v) => v.id === f.visitId));
  const followUps = await listFollowUps(ctx.store, findings.map((f) => f.id));
  const today = localDateOf(new Date());
  return {
    ...planSummary(plan),
    canManage: can(actor, 'inspection.manage'),
    visits: visits.map((v) => ({
      id: v.id,
      agency: { code: v.agencyCode, name: v.agencyName },
      visitDate: v.visitDate,
      team: v.team,
      conclusion: v.conclusion,
      findings: findings.filter((f) => f.visitId === v.id).map((f) => findingView(f, followUps, actor, today)),
    })),
  };
}
export type InspectionPlanView = Awaited<ReturnType<typeof getInspectionPlan>>;

export async function addVisit(ctx: ServiceContext, planId: string, input: VisitInput) {
  const actor = authorize(ctx, 'inspection.manage');
  const plan = await findInspectionPlan(ctx.store, planId);
  if (!plan) throw notFound('kế hoạch kiểm tra');
  const agency = await agencyByCode(ctx, input.agency, 'agency');
  authorize(ctx, 'inspection.manage', await agencyPathOf(ctx, agency.id));
  await inTransaction(ctx.store, async (tx) => {
    const visitId = await insertVisit(tx, { planId, agencyId: agency.id, visitDate: input.visitDate, team: input.team, conclusion: input.conclusion, createdBy: auditActorId(actor) });
    await appendAudit(tx, { actorId: auditActorId(actor), action: 'inspection.visit', entity: 'inspection_plan', entityId: planId, detail: { visitId, agency: agency.code, visitDate: input.visitDate }, requestId: ctx.requestId ?? null });
  });
  return getInspectionPlan(ctx, planId);
}
