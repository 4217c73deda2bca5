import { sql } from 'kysely';
import type { Tx } from './database';

/** Inspection plans, visits, findings and their follow-ups. */
export type InspectionPlanRow = { id: string; agencyId: string; agencyCode: string; agencyName: string; year: number; number: string | null; title: string; scope: string; createdAt: Date };
export type VisitRow = { id: string; planId: string; agencyId: string; agencyCode: string; agencyName: string; visitDate: string; team: string; conclusion: string };
export type FindingStatusColumn = 'open' | 'fixed' | 'verified';
export type FindingRow = {
  id: string;
  visitId: string;
  planId: string;
  agencyId: string;
  agencyCode: string;
  agencyName: string;
  visitDate: string;
  description: string;
  severity: 'minor' | 'major';
  dossierCodes: string[];
  procedureCodes: string[];
  unitCode: string | null;
  unitName: string | null;
  fixRequired: string;
  dueWorkingDays: number;
  dueDate: string;
  status: FindingStatusColumn;
  fixedAt: Date | null;
  verifiedAt: Date | null;
  version: number;
};
export type FollowUpRow = { id: number; findingId: string; statusAfter: FindingStatusColumn; note: string; actorName: string; at: Date };

const planQuery = (tx: Tx) =>
  tx
    .selectFrom('inspection_plans as p')
    .innerJoin('agencies as a', 'a.id', 'p.agency_id')
    .select(['p.id', 'p.agency_id as agencyId', 'a.code as agencyCode', 'a.name as agencyName', 'p.year', 'p.number', 'p.title', 'p.scope', 'p.created_at as createdAt']);

export async function insertInspectionPlan(tx: Tx, p: { agencyId: string; year: number; number: string | null; title: string; scope: string; createdBy: string | null }): Promise<string> {
  const r = await tx.insertInto('inspection_plans').values({ agency_id: p.agencyId, year: p.year, number: p.number, title: p.title, scope: p.scope, created_by: p.createdBy }).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function findInspectionPlan(tx: Tx, id: string): Promise<InspectionPlanRow | undefined> {
  return planQuery(tx).where('p.id', '=', id).executeTakeFirst();
}

/** Plans of a year; with `agencyIds`, only those made by or visiting one of these agencies. */
export async function listInspectionPlans(tx: Tx, year: number | undefined, agencyIds?: string[]): Promise<InspectionPlanRow[]> {
  let q = planQuery(tx);
  if (year) q = q.where('p.year', '=', year);
  if (agencyIds?.length === 0) return [];
  if (agencyIds) q = q.where((eb) => eb.or([eb('p.agency_id', 'in', agencyIds), eb.exists(eb.selectFrom('inspection_visits as v').select('v.id').whereRef('v.plan_id', '=', 'p.id').where('v.agency_id', 'in', agencyIds))]));
  return q.orderBy('p.year', 'desc').orderBy('p.created_at', 'desc').execute();
}

const visitQuery = (tx: Tx) =>
  tx
    .selectFrom('inspection_visits as v')
    .innerJoin('agencies as a', 'a.id', 'v.agency_id')
    .select(['v.id', 'v.plan_id as planId', 'v.agency_id as agencyId', 'a.code as agencyCode', 'a.name as agencyName', 'v.visit_date as visitDate', 'v.team', 'v.conclusion']);

export async function insertVisit(tx: Tx, v: { planId: string; agencyId: string; visitDate: string; team: string; conclusion: string; createdBy: string | null }): Promise<string> {
  const r = await tx
    .insertInto('inspection_visits')
    .values({ plan_id: v.planId, agency_id: v.agencyId, visit_date: v.visitDate, team: v.team, conclusion: v.conclusion, created_by: v.createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function findVisit(tx: Tx, id: string): Promise<VisitRow | undefined> {
  return visitQuery(tx).where('v.id', '=', id).executeTakeFirst();
}

export async function listVisits(tx: Tx, planId: string): Promise<VisitRow[]> {
  return visitQuery(tx).where('v.plan_id', '=', planId).orderBy('v.visit_date').execute();
}

const findingQuery = (tx: Tx) =>
  tx
    .selectFrom('inspection_findings as f')
    .innerJoin('inspection_visits as v', 'v.id', 'f.visit_id')
    .innerJoin('agencies as a', 'a.id', 'v.agency_id')
    .leftJoin('units as u', 'u.id', 'f.unit_id')
    .select([
      'f.id',
      'f.visit_id as visitId',
      'v.plan_id as planId',
      'v.agency_id as agencyId',
      'a.code as agencyCode',
      'a.name as agencyName',
      'v.visit_date as visitDate',
      'f.description',
      'f.severity',
      'f.dossier_codes as dossierCodes',
      'f.procedure_codes as procedureCodes',
      'u.code as unitCode',
      'u.name as unitName',
      'f.fix_required as fixRequired',
      'f.due_working_days as dueWorkingDays',
      'f.due_date as dueDate',
      'f.status',
      'f.fixed_at as fixedAt',
      'f.verified_at as verifiedAt',
      'f.version',
    ]);

export async function insertFinding(
  tx: Tx,
  f: { visitId: string; description: string; severity: 'minor' | 'major'; dossierCodes: string[]; procedureCodes: string[]; unitId: string | null; fixRequired: string; dueWorkingDays: number; dueDate: string; createdBy: string | null },
): Promise<string> {
  const r = await tx
    .insertInto('inspection_findings')
    .values({
      visit_id: f.visitId,
      description: f.description,
      severity: f.severity,
      dossier_codes: f.dossierCodes,
      procedure_codes: f.procedureCodes,
      unit_id: f.unitId,
      fix_required: f.fixRequired,
      due_working_days: f.dueWorkingDays,
      due_date: f.dueDate,
      created_by: f.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function findFinding(tx: Tx, id: string): Promise<FindingRow | undefined> {
  return findingQuery(tx).where('f.id', '=', id).executeTakeFirst();
}

export async function listFindings(tx: Tx, f: { planId?: string; agencyIds?: string[]; openDueBefore?: string }): Promise<FindingRow[]> {
  let q = findingQuery(tx);
  if (f.planId) q = q.where('v.plan_id', '=', f.planId);
  if (f.agencyIds) q = f.agencyIds.length ? q.where('v.agency_id', 'in', f.agencyIds) : q.where(sql<boolean>`false`);
  if (f.openDueBefore) q = q.where('f.status', '=', 'open').where('f.due_date', '<', f.openDueBefore);
  return q.orderBy('f.due_date').orderBy('f.created_at').limit(1000).execute();
}

/** Which of these dossier codes exist (for linking findings). */
export async function existingDossierCodes(tx: Tx, codes: string[]): Promise<{ code: string; agencyId: string }[]> {
  if (codes.length === 0) return [];
  return tx.selectFrom('dossiers').select(['code', 'handling_agency_id as agencyId']).where('code', 'in', codes).execute();
}

/** Which of these procedure codes the catalogue knows. */
export async function existingProcedureCodes(tx: Tx, codes: string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  return (await tx.selectFrom('procedures').select('code').where('code', 'in', codes).execute()).map((r) => r.code);
}

/** Moves a finding's status from the version the officer saw and appends the follow-up, in the caller's transaction. */
export async function recordFollowUp(
  tx: Tx,
  f: { findingId: string; version: number; from: FindingStatusColumn; to: FindingStatusColumn; note: string; actorId: string | null; actorName: string },
): Promise<boolean> {
  const now = new Date();
  const r = await tx
    .updateTable('inspection_findings')
    .set({
      status: f.to,
      version: f.version + 1,
      ...(f.to === 'open' && { fixed_at: null, verified_at: null }),
      ...(f.to === 'fixed' && f.from !== 'fixed' && { fixed_at: now }),
      ...(f.to === 'verified' && { verified_at: now }),
    })
    .where('id', '=', f.findingId)
    .where('version', '=', f.version)
    .where('status', '=', f.from)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) return false;
  await tx.insertInto('inspection_follow_ups').values({ finding_id: f.findingId, status_after: f.to, note: f.note, actor_id: f.actorId, actor_name: f.actorName }).execute();
  return true;
}

export async function listFollowUps(tx: Tx, findingIds: string[]): Promise<FollowUpRow[]> {
  if (findingIds.length === 0) return [];
  return tx
    .selectFrom('inspection_follow_ups')
    .select(['id', 'finding_id as findingId', 'status_after as statusAfter', 'note', 'actor_name as actorName', 'at'])
    .where('finding_id', 'in', findingIds)
    .orderBy('id')
    .execute();
}
