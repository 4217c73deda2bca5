import type { Tx } from './database';
import type { ReviewStatusColumn } from './reviews';

/** Review plans and the procedures registered in them. */
export type ReviewPlanRow = {
  id: string;
  agencyId: string;
  agencyCode: string;
  agencyName: string;
  year: number;
  number: string | null;
  issuedOn: string | null;
  title: string;
  note: string;
  createdAt: Date;
  version: number;
};

const planQuery = (tx: Tx) =>
  tx
    .selectFrom('review_plans as p')
    .innerJoin('agencies as a', 'a.id', 'p.agency_id')
    .select(['p.id', 'p.agency_id as agencyId', 'a.code as agencyCode', 'a.name as agencyName', 'p.year', 'p.number', 'p.issued_on as issuedOn', 'p.title', 'p.note', 'p.created_at as createdAt', 'p.version']);

export async function insertReviewPlan(
  tx: Tx,
  p: { agencyId: string; year: number; number: string | null; issuedOn: string | null; title: string; note: string; createdBy: string | null },
): Promise<string> {
  const r = await tx
    .insertInto('review_plans')
    .values({ agency_id: p.agencyId, year: p.year, number: p.number, issued_on: p.issuedOn, title: p.title, note: p.note, created_by: p.createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function findReviewPlan(tx: Tx, id: string): Promise<ReviewPlanRow | undefined> {
  return planQuery(tx).where('p.id', '=', id).executeTakeFirst();
}

export async function listReviewPlans(tx: Tx, year: number | undefined): Promise<ReviewPlanRow[]> {
  let q = planQuery(tx);
  if (year) q = q.where('p.year', '=', year);
  return q.orderBy('p.year', 'desc').orderBy('p.created_at', 'desc').execute();
}

export type PlanItemRow = {
  id: string;
  planId: string;
  procedureCode: string;
  procedureName: string | null;
  reviewingAgencyId: string;
  reviewingAgencyCode: string;
  reviewingAgencyName: string;
  reviewingUnit: string;
  deadline: string;
  note: string;
  reviewId: string | null;
  reviewStatus: ReviewStatusColumn | null;
  savingAnnual: number | null;
};

const itemQuery = (tx: Tx) =>
  tx
    .selectFrom('review_plan_items as i')
    .innerJoin('agencies as a', 'a.id', 'i.reviewing_agency_id')
    .leftJoin('procedure_reviews as r', 'r.id', 'i.review_id')
    .select((eb) => [
      'i.id',
      'i.plan_id as planId',
      'i.procedure_code as procedureCode',
      eb
        .selectFrom('procedure_versions as v')
        .innerJoin('procedures as pr', 'pr.id', 'v.procedure_id')
        .select('v.name')
        .whereRef('pr.code', '=', 'i.procedure_code')
        .orderBy('v.version_no', 'desc')
        .limit(1)
        .as('procedureName'),
      'i.reviewing_agency_id as reviewingAgencyId',
      'a.code as reviewingAgencyCode',
      'a.name as reviewingAgencyName',
      'i.reviewing_unit as reviewingUnit',
      'i.deadline',
      'i.note',
      'i.review_id as reviewId',
      'r.status as reviewStatus',
      eb.case().when('r.status', '=', 'approved').then(eb('r.current_annual', '-', eb.ref('r.proposed_annual'))).else(null).end().as('savingAnnual'),
    ]);

export async function listPlanItems(tx: Tx, planIds: string[]): Promise<PlanItemRow[]> {
  if (planIds.length === 0) return [];
  return itemQuery(tx).where('i.plan_id', 'in', planIds).orderBy('i.deadline').orderBy('i.procedure_code').execute();
}

export async function findPlanItem(tx: Tx, id: string): Promise<PlanItemRow | undefined> {
  return itemQuery(tx).where('i.id', '=', id).executeTakeFirst();
}

/** Registers a procedure in a plan; false when it is already registered there. */
export async function insertPlanItem(
  tx: Tx,
  i: { planId: string; procedureCode: string; reviewingAgencyId: string; reviewingUnit: string; deadline: string; note: string; registeredBy: string | null },
): Promise<string | null> {
  const r = await tx
    .insertInto('review_plan_items')
    .values({ plan_id: i.planId, procedure_code: i.procedureCode, reviewing_agency_id: i.reviewingAgencyId, reviewing_unit: i.reviewingUnit, deadline: i.deadline, note: i.note, registered_by: i.registeredBy })
    .onConflict((oc) => oc.columns(['plan_id', 'procedure_code']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return r?.id ?? null;
}

/** Links the review started for an item; false when the item already has one. */
export async function linkPlanItemReview(tx: Tx, itemId: string, reviewId: string): Promise<boolean> {
  const r = await tx.updateTable('review_plan_items').set({ review_id: reviewId }).where('id', '=', itemId).where('review_id', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Items of a year's plans (for the province summary). */
export async function planItemsOfYear(tx: Tx, year: number): Promise<PlanItemRow[]> {
  return itemQuery(tx).innerJoin('review_plans as p', 'p.id', 'i.plan_id').where('p.year', '=', year).execute();
}

/** Whether any review plan exists (the demo loads its control work once). */
export async function hasReviewPlans(tx: Tx): Promise<boolean> {
  return !!(await tx.selectFrom('review_plans').select('id').limit(1).executeTakeFirst());
}
