/**
 * QĐ 766 group 5 feedback counts (5.1–5.3) from `pakn_items` (ADR 0020, 0026), pooled over the
 * agencies of a scope. Items never taken up (not accepted, merged duplicates) are not counted.
 */
import { sql } from 'kysely';
import type { Tx } from './database';
import type { Scope } from './indicators-766';

const items = (s: Scope) =>
  s.agencyIds.length
    ? sql`p.agency_id IN (${sql.join([...s.agencyIds])}) AND p.received_at >= ${s.start} AND p.received_at < ${s.endExclusive} AND p.status NOT IN ('not_accepted', 'merged')`
    : sql`false`;
/** Handled late: finished after its deadline, or still open past it now (as `paknTimelinessByAgency`). */
const LATE = sql`(p.finished_on_time = false OR (p.finished_at IS NULL AND p.due_at IS NOT NULL AND p.due_at < now()))`;
const RECOMPLAINED = sql`EXISTS (SELECT 1 FROM pakn_items n WHERE n.previous_id = p.id)`;

export interface FeedbackCounts {
  feedbackRegulation: number;
  feedbackStaff: number;
  feedbackHandled: number;
  feedbackHandledOnTime: number;
  feedbackReceived: number;
  feedbackUnsatisfied: number;
  feedbackRecomplaints: number;
  feedbackLate: number;
}

export async function feedbackCounts(tx: Tx, s: Scope): Promise<FeedbackCounts> {
  const r = await sql<FeedbackCounts>`
    SELECT count(*) FILTER (WHERE p.category = 'regulation')::int AS "feedbackRegulation",
           count(*) FILTER (WHERE p.category = 'behaviour')::int AS "feedbackStaff",
           count(*) FILTER (WHERE p.finished_at IS NOT NULL AND p.finished_at < ${s.endExclusive})::int AS "feedbackHandled",
           count(*) FILTER (WHERE p.finished_at IS NOT NULL AND p.finished_at < ${s.endExclusive} AND p.finished_on_time)::int AS "feedbackHandledOnTime",
           count(*)::int AS "feedbackReceived",
           count(*) FILTER (WHERE p.rating = 'unsatisfied')::int AS "feedbackUnsatisfied",
           count(*) FILTER (WHERE ${RECOMPLAINED})::int AS "feedbackRecomplaints",
           count(*) FILTER (WHERE ${LATE})::int AS "feedbackLate"
    FROM pakn_items p WHERE ${items(s)}`.execute(tx);
  return r.rows[0]!;
}

export interface FeedbackListItem {
  id: string;
  code: string;
  title: string;
  receivedAt: Date;
  dueAt: Date | null;
  finishedAt: Date | null;
  rating: string | null;
  late: boolean;
  recomplained: boolean;
}

/** Feedback items of the period that cost points in 5.2/5.3: late, unsatisfied or complained about again. */
export async function costlyFeedback(tx: Tx, s: Scope, page: { limit: number; offset: number }): Promise<{ total: number; items: FeedbackListItem[] }> {
  const where = sql`${items(s)} AND (${LATE} OR p.rating = 'unsatisfied' OR ${RECOMPLAINED})`;
  const total = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pakn_items p WHERE ${where}`.execute(tx);
  const rows = await sql<FeedbackListItem>`
    SELECT p.id, p.code, p.title, p.received_at AS "receivedAt", p.due_at AS "dueAt", p.finished_at AS "finishedAt", p.rating,
           ${LATE} AS late, ${RECOMPLAINED} AS recomplained
    FROM pakn_items p WHERE ${where} ORDER BY p.received_at, p.code LIMIT ${page.limit} OFFSET ${page.offset}`.execute(tx);
  return { total: total.rows[0]!.n, items: rows.rows };
}
