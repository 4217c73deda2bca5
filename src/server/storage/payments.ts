import { sql } from 'kysely';
import type { Tx } from './database';
import type { PaymentsTable } from './schema-payments';

export type PaymentStatusRow = PaymentsTable['status'];
export type PaymentMethodRow = PaymentsTable['method'];

export type PaymentRow = {
  id: string;
  obligationId: string;
  method: PaymentMethodRow;
  status: PaymentStatusRow;
  amount: number;
  txnRef: string | null;
  providerTxnNo: string | null;
  providerCode: string | null;
  bankCode: string | null;
  providerPaidAt: Date | null;
  reference: string | null;
  surplus: boolean;
  createdAt: Date;
  expiresAt: Date | null;
  paidAt: Date | null;
  finishedAt: Date | null;
  recordedBy: string | null;
};

const cols = [
  'p.id',
  'p.obligation_id as obligationId',
  'p.method',
  'p.status',
  'p.amount',
  'p.txn_ref as txnRef',
  'p.provider_txn_no as providerTxnNo',
  'p.provider_code as providerCode',
  'p.bank_code as bankCode',
  'p.provider_paid_at as providerPaidAt',
  'p.reference',
  'p.surplus',
  'p.created_at as createdAt',
  'p.expires_at as expiresAt',
  'p.paid_at as paidAt',
  'p.finished_at as finishedAt',
  'p.recorded_by as recordedBy',
] as const;

const retCols = cols.map((c) => c.slice(2)) as unknown as readonly StripP<(typeof cols)[number]>[];
type StripP<S> = S extends `p.${infer R}` ? R : never;

const row = <T extends { amount: number | string }>(r: T): Omit<T, 'amount'> & { amount: number } => ({ ...r, amount: Number(r.amount) });

export type NewPayment = {
  obligationId: string;
  method: PaymentMethodRow;
  status: 'pending' | 'paid';
  amount: number;
  txnRef: string | null;
  reference: string | null;
  expiresAt: Date | null;
  paidAt: Date | null;
  recordedBy: string | null;
  citizenId: string | null;
  idempotencyKey: string | null;
  createdAt: Date;
};

/** Inserts a payment; a repeated (recorder, Idempotency-Key) inserts nothing and returns null. */
export async function insertPayment(tx: Tx, p: NewPayment): Promise<PaymentRow | null> {
  const r = await tx
    .insertInto('payments')
    .values({
      obligation_id: p.obligationId,
      method: p.method,
      status: p.status,
      amount: p.amount,
      txn_ref: p.txnRef,
      reference: p.reference,
      expires_at: p.expiresAt,
      paid_at: p.paidAt,
      finished_at: p.status === 'paid' ? p.paidAt : null,
      recorded_by: p.recordedBy,
      citizen_id: p.citizenId,
      idempotency_key: p.idempotencyKey,
      created_at: p.createdAt,
    })
    .onConflict((oc) => oc.columns(['recorded_by', 'idempotency_key']).where('idempotency_key', 'is not', null).doNothing())
    .returning(retCols)
    .executeTakeFirst();
  return r ? row(r) : null;
}

export async function findPayment(tx: Tx, id: string): Promise<PaymentRow | undefined> {
  const r = await tx.selectFrom('payments as p').select(cols).where('p.id', '=', id).executeTakeFirst();
  return r ? row(r) : undefined;
}

export async function findPaymentByIdempotency(tx: Tx, recordedBy: string, key: string): Promise<PaymentRow | undefined> {
  const r = await tx.selectFrom('payments as p').select(cols).where('p.recorded_by', '=', recordedBy).where('p.idempotency_key', '=', key).executeTakeFirst();
  return r ? row(r) : undefined;
}

export async function listPayments(tx: Tx, obligationIds: readonly string[]): Promise<PaymentRow[]> {
  if (obligationIds.length === 0) return [];
  const rows = await tx.selectFrom('payments as p').select(cols).where('p.obligation_id', 'in', obligationIds).orderBy('p.created_at').orderBy('p.id').execute();
  return rows.map(row);
}

/** Where a transaction reference leads (no lock): the payment, its obligation and dossier. */
export async function findByTxnRef(tx: Tx, txnRef: string) {
  const r = await tx
    .selectFrom('payments as p')
    .innerJoin('payment_obligations as o', 'o.id', 'p.obligation_id')
    .select(['p.id as paymentId', 'o.id as obligationId', 'o.dossier_id as dossierId'])
    .where('p.txn_ref', '=', txnRef)
    .executeTakeFirst();
  return r ?? null;
}

/** Locks a payment row (after its dossier and obligation: the order every writer uses). */
export async function lockPayment(tx: Tx, id: string): Promise<PaymentRow | undefined> {
  const r = await tx.selectFrom('payments as p').select(cols).where('p.id', '=', id).forUpdate().executeTakeFirst();
  return r ? row(r) : undefined;
}

/** A still-valid pending online payment of an obligation, to send the applicant back to. */
export async function pendingPayment(tx: Tx, obligationId: string, method: PaymentMethodRow, validAfter: Date): Promise<PaymentRow | undefined> {
  const r = await tx
    .selectFrom('payments as p')
    .select(cols)
    .where('p.obligation_id', '=', obligationId)
    .where('p.method', '=', method)
    .where('p.status', '=', 'pending')
    .where('p.expires_at', '>', validAfter)
    .orderBy('p.created_at', 'desc')
    .executeTakeFirst();
  return r ? row(r) : undefined;
}

export type PaymentOutcome = {
  status: 'paid' | 'failed' | 'expired';
  at: Date;
  surplus?: boolean;
  providerTxnNo?: string | null;
  providerCode?: string | null;
  bankCode?: string | null;
  cardType?: string | null;
  providerPaidAt?: Date | null;
};

/** Moves a pending payment to its outcome; false when it was no longer pending. */
export async function finishPayment(tx: Tx, id: string, o: PaymentOutcome): Promise<boolean> {
  const r = await tx
    .updateTable('payments')
    .set({
      status: o.status,
      finished_at: o.at,
      ...(o.status === 'paid' && { paid_at: o.at, surplus: o.surplus ?? false }),
      ...(o.providerTxnNo !== undefined && { provider_txn_no: o.providerTxnNo }),
      ...(o.providerCode !== undefined && { provider_code: o.providerCode }),
      ...(o.bankCode !== undefined && { bank_code: o.bankCode }),
      ...(o.cardType !== undefined && { card_type: o.cardType }),
      ...(o.providerPaidAt !== undefined && { provider_paid_at: o.providerPaidAt }),
    })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function markPaymentRefunded(tx: Tx, id: string): Promise<boolean> {
  const r = await tx.updateTable('payments').set({ status: 'refunded' }).where('id', '=', id).where('status', '=', 'paid').executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Pending payments past their expiry (plus grace), skipping rows another instance holds. */
export async function duePendingPayments(tx: Tx, before: Date, limit: number) {
  const r = await sql<{ id: string; txnRef: string | null; method: PaymentMethodRow; createdAt: Date; obligationId: string; dossierId: string }>`
    SELECT p.id, p.txn_ref AS "txnRef", p.method, p.created_at AS "createdAt", p.obligation_id AS "obligationId", o.dossier_id AS "dossierId"
    FROM payments p JOIN payment_obligations o ON o.id = p.obligation_id
    WHERE p.status = 'pending' AND p.expires_at < ${before}
    ORDER BY p.expires_at LIMIT ${limit}`.execute(tx);
  return r.rows;
}

export type PaymentEvent = { paymentId: string | null; provider: string; kind: 'ipn' | 'return' | 'query' | 'expire' | 'counter' | 'refund'; params: unknown; verified: boolean; responseCode: string | null; at: Date };

export async function insertPaymentEvent(tx: Tx, e: PaymentEvent): Promise<void> {
  await tx
    .insertInto('payment_events')
    .values({ payment_id: e.paymentId, provider: e.provider, kind: e.kind, params: JSON.stringify(e.params ?? {}), verified: e.verified, response_code: e.responseCode, at: e.at })
    .execute();
}

export async function listPaymentEvents(tx: Tx, paymentId: string) {
  return tx.selectFrom('payment_events').select(['kind', 'verified', 'response_code as responseCode', 'at', 'params']).where('payment_id', '=', paymentId).orderBy('id').execute();
}

/** Numbers the e-receipt of a payment in the agency's series of the year (one statement, gap-free within the transaction). */
export async function assignReceipt(tx: Tx, r: { paymentId: string; agencyId: string; year: number; series: string; issuedAt: Date }): Promise<{ series: string; number: number }> {
  const res = await sql<{ series: string; number: number }>`
    WITH seq AS (
      INSERT INTO receipt_sequences (agency_id, year, last) VALUES (${r.agencyId}, ${r.year}, 1)
      ON CONFLICT (agency_id, year) DO UPDATE SET last = receipt_sequences.last + 1
      RETURNING last
    )
    INSERT INTO payment_receipts (payment_id, agency_id, series, number, issued_at)
    SELECT ${r.paymentId}, ${r.agencyId}, ${r.series}, last, ${r.issuedAt} FROM seq
    RETURNING series, number`.execute(tx);
  return res.rows[0]!;
}

export async function findReceipt(tx: Tx, paymentId: string) {
  return tx
    .selectFrom('payment_receipts')
    .select(['payment_id as paymentId', 'agency_id as agencyId', 'series', 'number', 'issued_at as issuedAt', 'document_id as documentId'])
    .where('payment_id', '=', paymentId)
    .executeTakeFirst();
}

export async function setReceiptDocument(tx: Tx, paymentId: string, documentId: string): Promise<void> {
  await tx.updateTable('payment_receipts').set({ document_id: documentId }).where('payment_id', '=', paymentId).execute();
}

/** How many receipts of a dossier already have their PDF (the next one's ordinal on the dossier). */
export async function receiptDocumentsOf(tx: Tx, dossierId: string): Promise<number> {
  const r = await sql<{ n: string }>`
    SELECT count(*) AS n FROM payment_receipts r JOIN payments p ON p.id = r.payment_id
    JOIN payment_obligations o ON o.id = p.obligation_id WHERE o.dossier_id = ${dossierId} AND r.document_id IS NOT NULL`.execute(tx);
  return Number(r.rows[0]?.n ?? 0);
}

export async function insertRefund(tx: Tx, r: { paymentId: string; amount: number; reason: string; status: 'requested' | 'done' | 'failed'; providerCode: string | null; requestedBy: string | null; at: Date }): Promise<boolean> {
  const res = await tx
    .insertInto('payment_refunds')
    .values({ payment_id: r.paymentId, amount: r.amount, reason: r.reason, status: r.status, provider_code: r.providerCode, requested_by: r.requestedBy, requested_at: r.at, done_at: r.status === 'done' ? r.at : null })
    // A refund the provider refused may be asked again; a requested or done one may not.
    .onConflict((oc) =>
      oc
        .column('payment_id')
        .doUpdateSet({ amount: r.amount, reason: r.reason, status: r.status, provider_code: r.providerCode, requested_by: r.requestedBy, requested_at: r.at, done_at: r.status === 'done' ? r.at : null })
        .where('payment_refunds.status', '=', 'failed'),
    )
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function findRefund(tx: Tx, paymentId: string) {
  return tx.selectFrom('payment_refunds').select(['status', 'reason', 'amount', 'provider_code as providerCode', 'requested_at as requestedAt', 'done_at as doneAt']).where('payment_id', '=', paymentId).executeTakeFirst();
}

export async function listReceipts(tx: Tx, paymentIds: readonly string[]) {
  if (paymentIds.length === 0) return [];
  return tx.selectFrom('payment_receipts').select(['payment_id as paymentId', 'series', 'number', 'issued_at as issuedAt', 'document_id as documentId']).where('payment_id', 'in', paymentIds).execute();
}

export async function listRefunds(tx: Tx, paymentIds: readonly string[]) {
  if (paymentIds.length === 0) return [];
  const rows = await tx
    .selectFrom('payment_refunds')
    .select(['payment_id as paymentId', 'status', 'reason', 'amount', 'provider_code as providerCode', 'requested_at as requestedAt', 'done_at as doneAt'])
    .where('payment_id', 'in', paymentIds)
    .execute();
  return rows.map((r) => ({ ...r, amount: Number(r.amount) }));
}
