import { sql } from 'kysely';
import type { Tx } from './database';
import type { ReviewStatusColumn } from './reviews';

/** Impact assessments of procedures in draft legal documents. */
export type ImpactRow = {
  id: string;
  agencyId: string;
  agencyCode: string;
  agencyName: string;
  year: number;
  draftName: string;
  draftNumber: string | null;
  procedureName: string;
  procedureCode: string | null;
  status: ReviewStatusColumn;
  content: unknown;
  annualCost: number;
  returnReason: string | null;
  submittedAt: Date | null;
  approvedAt: Date | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
};

const impactQuery = (tx: Tx) =>
  tx
    .selectFrom('impact_assessments as i')
    .innerJoin('agencies as a', 'a.id', 'i.agency_id')
    .leftJoin('users as u', 'u.id', 'i.created_by')
    .select([
      'i.id',
      'i.agency_id as agencyId',
      'a.code as agencyCode',
      'a.name as agencyName',
      'i.year',
      'i.draft_name as draftName',
      'i.draft_number as draftNumber',
      'i.procedure_name as procedureName',
      'i.procedure_code as procedureCode',
      'i.status',
      'i.content',
      'i.annual_cost as annualCost',
      'i.return_reason as returnReason',
      'i.submitted_at as submittedAt',
      'i.approved_at as approvedAt',
      'u.full_name as createdBy',
      'i.created_at as createdAt',
      'i.updated_at as updatedAt',
      'i.version',
    ]);

export async function insertImpact(
  tx: Tx,
  i: { agencyId: string; year: number; draftName: string; draftNumber: string | null; procedureName: string; content: unknown; annualCost: number; createdBy: string | null },
): Promise<string> {
  const r = await tx
    .insertInto('impact_assessments')
    .values({ agency_id: i.agencyId, year: i.year, draft_name: i.draftName, draft_number: i.draftNumber, procedure_name: i.procedureName, content: JSON.stringify(i.content), annual_cost: i.annualCost, created_by: i.createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function findImpact(tx: Tx, id: string): Promise<ImpactRow | undefined> {
  return impactQuery(tx).where('i.id', '=', id).executeTakeFirst();
}

export async function listImpacts(tx: Tx, f: { year?: number | undefined; agencyIds?: string[] | undefined }): Promise<ImpactRow[]> {
  let q = impactQuery(tx);
  if (f.year) q = q.where('i.year', '=', f.year);
  if (f.agencyIds) q = f.agencyIds.length ? q.where('i.agency_id', 'in', f.agencyIds) : q.where(sql<boolean>`false`);
  return q.orderBy('i.created_at', 'desc').limit(500).execute();
}

/** Saves a draft assessment from the version the editor saw (header and content). */
export async function saveImpact(
  tx: Tx,
  id: string,
  version: number,
  v: { draftName: string; draftNumber: string | null; procedureName: string; content: unknown; annualCost: number },
): Promise<boolean> {
  const r = await tx
    .updateTable('impact_assessments')
    .set({ draft_name: v.draftName, draft_number: v.draftNumber, procedure_name: v.procedureName, content: JSON.stringify(v.content), annual_cost: v.annualCost, updated_at: new Date(), version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function moveImpact(tx: Tx, id: string, version: number, from: ReviewStatusColumn, to: ReviewStatusColumn, by: string | null, returnReason: string | null): Promise<boolean> {
  const now = new Date();
  const r = await tx
    .updateTable('impact_assessments')
    .set({
      status: to,
      version: version + 1,
      updated_at: now,
      return_reason: returnReason,
      ...(to === 'submitted' && { submitted_at: now }),
      ...(to === 'approved' && { approved_at: now, approved_by: by }),
      ...(to === 'draft' && { submitted_at: null }),
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Links the issued procedure (any status: the link records what the draft became). */
export async function linkImpactProcedure(tx: Tx, id: string, version: number, procedureCode: string): Promise<boolean> {
  const r = await tx.updateTable('impact_assessments').set({ procedure_code: procedureCode, version: version + 1, updated_at: new Date() }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
