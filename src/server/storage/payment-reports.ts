import { sql } from 'kysely';
import type { Tx } from './database';

/** Local dates (Asia/Ho_Chi_Minh) [from, to] inclusive as SQL bounds on a timestamptz column. */
const range = (col: ReturnType<typeof sql.ref> | ReturnType<typeof sql.raw>, from: string, to: string) =>
  sql`${col} >= (${from}::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AND ${col} < ((${to}::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`;

export type PeriodUnit = 'day' | 'month' | 'quarter' | 'year';

export type CollectionRow = {
  period: string;
  agencyId: string;
  procedureCode: string;
  procedureName: string;
  method: string;
  dossierChannel: string;
  payments: number;
  amount: number;
  refunds: number;
  refundedAmount: number;
};

/**
 * Collections (paid, and paid then refunded) by period of payment, collecting agency, procedure,
 * payment method and dossier channel. Surplus payments count: the money was collected (and is
 * refunded, which the refund columns show).
 */
export async function collections(tx: Tx, q: { agencyIds: string[] | 'all'; from: string; to: string; unit: PeriodUnit }): Promise<CollectionRow[]> {
  const agencies = q.agencyIds === 'all' ? sql`true` : q.agencyIds.length ? sql`o.agency_id IN (${sql.join(q.agencyIds)})` : sql`false`;
  const fmt = { day: 'YYYY-MM-DD', month: 'YYYY-MM', quarter: 'YYYY-"Q"Q', year: 'YYYY' }[q.unit];
  const r = await sql<{ period: string; agencyId: string; procedureCode: string; procedureName: string; method: string; dossierChannel: string; payments: string; amount: string; refunds: string; refundedAmount: string }>`
    SELECT to_char(p.paid_at AT TIME ZONE 'Asia/Ho_Chi_Minh', ${fmt}) AS period, o.agency_id AS "agencyId", d.procedure_code AS "procedureCode",
           v.name AS "procedureName", p.method, d.channel AS "dossierChannel",
           count(*) AS payments, sum(p.amount) AS amount,
           count(*) FILTER (WHERE p.status = 'refunded') AS refunds,
           coalesce(sum(p.amount) FILTER (WHERE p.status = 'refunded'), 0) AS "refundedAmount"
    FROM payments p
    JOIN payment_obligations o ON o.id = p.obligation_id
    JOIN dossiers d ON d.id = o.dossier_id
    JOIN procedure_versions v ON v.id = d.procedure_version_id
    WHERE p.status IN ('paid', 'refunded') AND ${range(sql.ref('p.paid_at'), q.from, q.to)} AND ${agencies}
    GROUP BY 1, 2, 3, 4, 5, 6
    ORDER BY 1, 2, 3, 5, 6`.execute(tx);
  return r.rows.map((x) => ({ ...x, payments: Number(x.payments), amount: Number(x.amount), refunds: Number(x.refunds), refundedAmount: Number(x.refundedAmount) }));
}

export type CollectionDetail = {
  paidAt: Date;
  series: string | null;
  number: number | null;
  agencyId: string;
  code: string;
  procedureCode: string;
  applicantName: string;
  method: string;
  reference: string | null;
  amount: number;
  status: string;
  surplus: boolean;
};

/** Every payment collected in the period (the detail sheet), in order of payment. */
export async function collectionDetails(tx: Tx, q: { agencyIds: string[] | 'all'; from: string; to: string; limit: number }): Promise<CollectionDetail[]> {
  const agencies = q.agencyIds === 'all' ? sql`true` : q.agencyIds.length ? sql`o.agency_id IN (${sql.join(q.agencyIds)})` : sql`false`;
  const r = await sql<Omit<CollectionDetail, 'amount'> & { amount: string }>`
    SELECT p.paid_at AS "paidAt", r.series, r.number, o.agency_id AS "agencyId", d.code, d.procedure_code AS "procedureCode",
           d.applicant_name AS "applicantName", p.method, coalesce(p.provider_txn_no, p.reference) AS reference, p.amount, p.status, p.surplus
    FROM payments p
    JOIN payment_obligations o ON o.id = p.obligation_id
    JOIN dossiers d ON d.id = o.dossier_id
    LEFT JOIN payment_receipts r ON r.payment_id = p.id
    WHERE p.status IN ('paid', 'refunded') AND ${range(sql.ref('p.paid_at'), q.from, q.to)} AND ${agencies}
    ORDER BY p.paid_at, p.id
    LIMIT ${q.limit}`.execute(tx);
  return r.rows.map((x) => ({ ...x, amount: Number(x.amount) }));
}

/** 766 group 3b counts over dossiers received in the period by the agencies (processing start ≈ reception). */
export async function onlinePaymentCounts(tx: Tx, q: { agencyIds: string[] | 'all'; from: string; to: string }) {
  const agencies = q.agencyIds === 'all' ? sql`true` : q.agencyIds.length ? sql`d.receiving_agency_id IN (${sql.join(q.agencyIds)})` : sql`false`;
  const r = await sql<{ feeDossiers: string; dossiersPaidOnline: string; feeProcedures: string[] | null; onlineProcedures: string[] | null }>`
    WITH fee AS (
      SELECT d.id, d.procedure_code,
             bool_or(o.status IN ('paid', 'refunded') AND pp.method IN ('vnpay', 'national')) AS online
      FROM dossiers d
      JOIN payment_obligations o ON o.dossier_id = d.id AND o.status <> 'cancelled' AND o.amount > 0
      LEFT JOIN payments pp ON pp.id = o.paid_payment_id
      WHERE ${range(sql.ref('d.received_at'), q.from, q.to)} AND ${agencies}
      GROUP BY d.id, d.procedure_code
    )
    SELECT count(*) AS "feeDossiers", count(*) FILTER (WHERE online) AS "dossiersPaidOnline",
           array_agg(DISTINCT procedure_code) AS "feeProcedures",
           array_agg(DISTINCT procedure_code) FILTER (WHERE online) AS "onlineProcedures"
    FROM fee`.execute(tx);
  const x = r.rows[0]!;
  return { feeDossiers: Number(x.feeDossiers), dossiersPaidOnline: Number(x.dossiersPaidOnline), feeProcedures: x.feeProcedures ?? [], onlineProcedures: x.onlineProcedures ?? [] };
}

/** Procedures assigned to the agencies, with the record of their current published version and any configured schedule. */
export async function assignedProcedures(tx: Tx, agencyIds: string[] | 'all') {
  const agencies = agencyIds === 'all' ? sql`true` : agencyIds.length ? sql`a.agency_id IN (${sql.join(agencyIds)})` : sql`false`;
  const r = await sql<{ code: string; record: unknown; schedule: unknown }>`
    SELECT DISTINCT ON (p.code) p.code, v.record, f.schedule
    FROM procedure_assignments a
    JOIN procedures p ON p.id = a.procedure_id
    JOIN procedure_versions v ON v.procedure_id = p.id AND v.status = 'published'
    LEFT JOIN fee_schedules f ON f.procedure_code = p.code
    WHERE ${agencies}
    ORDER BY p.code, v.version_no DESC`.execute(tx);
  return r.rows;
}

/** Our paid online payments of a provider whose pay date (the provider's, else ours) falls on a local date. */
export async function paymentsForStatement(tx: Tx, provider: string, date: string) {
  const r = await sql<{ txnRef: string; amount: string; status: 'pending' | 'paid' | 'failed' | 'expired' | 'refunded'; transactionNo: string | null; refunded: boolean }>`
    SELECT p.txn_ref AS "txnRef", p.amount, p.status, p.provider_txn_no AS "transactionNo",
           EXISTS (SELECT 1 FROM payment_refunds f WHERE f.payment_id = p.id AND f.status = 'done') AS refunded
    FROM payments p
    WHERE p.method = ${provider} AND p.txn_ref IS NOT NULL AND p.status IN ('paid', 'refunded')
      AND ${range(sql.raw('coalesce(p.provider_paid_at, p.paid_at)'), date, date)}`.execute(tx);
  return r.rows.map((x) => ({ ...x, amount: Number(x.amount) }));
}

/** Our payments with these references, whatever their date (a statement line may be for yesterday's payment). */
export async function paymentsByRefs(tx: Tx, provider: string, refs: readonly string[]) {
  if (refs.length === 0) return [];
  const r = await sql<{ txnRef: string; amount: string; status: 'pending' | 'paid' | 'failed' | 'expired' | 'refunded'; transactionNo: string | null; refunded: boolean }>`
    SELECT p.txn_ref AS "txnRef", p.amount, p.status, p.provider_txn_no AS "transactionNo",
           EXISTS (SELECT 1 FROM payment_refunds f WHERE f.payment_id = p.id AND f.status = 'done') AS refunded
    FROM payments p WHERE p.method = ${provider} AND p.txn_ref IN (${sql.join(refs)})`.execute(tx);
  return r.rows.map((x) => ({ ...x, amount: Number(x.amount) }));
}
