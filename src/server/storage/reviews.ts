import { sql } from 'kysely';
import type { Tx } from './database';

/** Procedure reviews (rà soát TTHC) with their content as JSON and the annual costs in columns for reports. */
export type ReviewStatusColumn = 'draft' | 'submitted' | 'approved';

export type ReviewRow = {
  id: string;
  procedureCode: string;
  procedureVersionId: string;
  procedureName: string;
  versionNo: number;
  agencyId: string;
  agencyCode: string;
  agencyName: string;
  year: number;
  status: ReviewStatusColumn;
  content: unknown;
  measured: unknown;
  currentAnnual: number;
  proposedAnnual: number;
  proposalCount: number;
  returnReason: string | null;
  submittedAt: Date | null;
  approvedAt: Date | null;
  approvedBy: string | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  planItemId: string | null;
  planId: string | null;
  deadline: string | null;
};

const reviewQuery = (tx: Tx) =>
  tx
    .selectFrom('procedure_reviews as r')
    .innerJoin('agencies as a', 'a.id', 'r.agency_id')
    .innerJoin('procedure_versions as v', 'v.id', 'r.procedure_version_id')
    .leftJoin('users as c', 'c.id', 'r.created_by')
    .leftJoin('users as ap', 'ap.id', 'r.approved_by')
    .leftJoin('review_plan_items as i', 'i.review_id', 'r.id')
    .select([
      'r.id',
      'r.procedure_code as procedureCode',
      'r.procedure_version_id as procedureVersionId',
      'r.procedure_name as procedureName',
      'v.version_no as versionNo',
      'r.agency_id as agencyId',
      'a.code as agencyCode',
      'a.name as agencyName',
      'r.year',
      'r.status',
      'r.content',
      'r.measured',
      'r.current_annual as currentAnnual',
      'r.proposed_annual as proposedAnnual',
      'r.proposal_count as proposalCount',
      'r.return_reason as returnReason',
      'r.submitted_at as submittedAt',
      'r.approved_at as approvedAt',
      'ap.full_name as approvedBy',
      'c.full_name as createdBy',
      'r.created_at as createdAt',
      'r.updated_at as updatedAt',
      'r.version',
      'i.id as planItemId',
      'i.plan_id as planId',
      'i.deadline',
    ]);

export type NewReview = {
  procedureCode: string;
  procedureVersionId: string;
  procedureName: string;
  agencyId: string;
  year: number;
  content: unknown;
  measured: unknown;
  currentAnnual: number;
  proposedAnnual: number;
  proposalCount: number;
  createdBy: string | null;
};

export async function insertReview(tx: Tx, r: NewReview): Promise<string> {
  const row = await tx
    .insertInto('procedure_reviews')
    .values({
      procedure_code: r.procedureCode,
      procedure_version_id: r.procedureVersionId,
      procedure_name: r.procedureName,
      agency_id: r.agencyId,
      year: r.year,
      content: JSON.stringify(r.content),
      measured: JSON.stringify(r.measured),
      current_annual: r.currentAnnual,
      proposed_annual: r.proposedAnnual,
      proposal_count: r.proposalCount,
      created_by: r.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findReview(tx: Tx, id: string): Promise<ReviewRow | undefined> {
  return reviewQuery(tx).where('r.id', '=', id).executeTakeFirst();
}

export type ReviewFilter = { year?: number | undefined; status?: ReviewStatusColumn | undefined; procedureCode?: string | undefined; agencyIds?: string[] | undefined };

export async function listReviews(tx: Tx, f: ReviewFilter): Promise<ReviewRow[]> {
  let q = reviewQuery(tx);
  if (f.year) q = q.where('r.year', '=', f.year);
  if (f.status) q = q.where('r.status', '=', f.status);
  if (f.procedureCode) q = q.where('r.procedure_code', '=', f.procedureCode);
  if (f.agencyIds) q = f.agencyIds.length ? q.where('r.agency_id', 'in', f.agencyIds) : q.where(sql<boolean>`false`);
  return q.orderBy('r.created_at', 'desc').limit(500).execute();
}

/** Saves a draft's content from the version the editor saw; false when it moved on or left draft. */
export async function saveReviewContent(
  tx: Tx,
  id: string,
  version: number,
  v: { content: unknown; currentAnnual: number; proposedAnnual: number; proposalCount: number },
): Promise<boolean> {
  const r = await tx
    .updateTable('procedure_reviews')
    .set({ content: JSON.stringify(v.content), current_annual: v.currentAnnual, proposed_annual: v.proposedAnnual, proposal_count: v.proposalCount, updated_at: new Date(), version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Moves a review from one status to the next, from the version the officer saw. */
export async function moveReview(
  tx: Tx,
  id: string,
  version: number,
  from: ReviewStatusColumn,
  to: ReviewStatusColumn,
  by: string | null,
  extra: { returnReason?: string | null } = {},
): Promise<boolean> {
  const now = new Date();
  const r = await tx
    .updateTable('procedure_reviews')
    .set({
      status: to,
      version: version + 1,
      updated_at: now,
      return_reason: extra.returnReason ?? null,
      ...(to === 'submitted' && { submitted_at: now, submitted_by: by }),
      ...(to === 'approved' && { approved_at: now, approved_by: by }),
      ...(to === 'draft' && { submitted_at: null, submitted_by: null }),
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export type ReviewTotals = { agencyCode: string; agencyName: string; reviews: number; approved: number; submitted: number; drafts: number; proposals: number; currentAnnual: number; proposedAnnual: number };

/**
 * The province summary for a year, per reviewing agency: reviews by status, proposal items and the
 * annual costs of approved reviews (a saving counts once its proposal is approved).
 */
export async function reviewTotals(tx: Tx, year: number, agencyIds?: string[]): Promise<ReviewTotals[]> {
  const scope = agencyIds ? (agencyIds.length ? sql`AND r.agency_id IN (${sql.join(agencyIds)})` : sql`AND false`) : sql``;
  const r = await sql<ReviewTotals>`
    SELECT a.code AS "agencyCode", a.name AS "agencyName",
           count(*)::int AS reviews,
           count(*) FILTER (WHERE r.status = 'approved')::int AS approved,
           count(*) FILTER (WHERE r.status = 'submitted')::int AS submitted,
           count(*) FILTER (WHERE r.status = 'draft')::int AS drafts,
           coalesce(sum(r.proposal_count) FILTER (WHERE r.status = 'approved'), 0)::int AS proposals,
           coalesce(sum(r.current_annual) FILTER (WHERE r.status = 'approved'), 0)::bigint AS "currentAnnual",
           coalesce(sum(r.proposed_annual) FILTER (WHERE r.status = 'approved'), 0)::bigint AS "proposedAnnual"
    FROM procedure_reviews r JOIN agencies a ON a.id = r.agency_id
    WHERE r.year = ${year} ${scope}
    GROUP BY a.code, a.name
    ORDER BY a.code`.execute(tx);
  return r.rows;
}
