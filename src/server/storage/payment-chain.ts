import { sql } from 'kysely';
import type { Tx } from './database';
import type { ObligationRow } from './obligations';
import type { LockedDossier } from './payment-dossiers';
import type { PaymentRow } from './payments';

export type Chain = { dossier: LockedDossier; obligation: ObligationRow; payment: PaymentRow };

type Raw = Record<string, unknown>;

/**
 * Locks a payment with its obligation and dossier in one statement (FOR UPDATE OF d, o, p: the lock
 * order every payment writer uses, dossier first, as dossier actions do) and returns all three.
 * Found by our transaction reference or by payment id; undefined when there is no such payment.
 */
export async function lockChain(tx: Tx, by: { txnRef: string } | { paymentId: string }): Promise<Chain | undefined> {
  const where = 'txnRef' in by ? sql`p.txn_ref = ${by.txnRef}` : sql`p.id = ${by.paymentId}`;
  const r = await sql<Raw>`
    SELECT d.id AS d_id, d.code AS d_code, d.procedure_code AS d_procedure_code, d.procedure_version_id AS d_version_id,
           d.channel AS d_channel, d.receiving_agency_id AS d_receiving, d.handling_agency_id AS d_handling, d.status AS d_status,
           d.state AS d_state, d.steps AS d_steps, d.applicant AS d_applicant, d.citizen_id AS d_citizen, d.rule_set AS d_rule_set,
           d.received_at AS d_received_at, d.due_at AS d_due_at, d.finished_at AS d_finished_at, d.version AS d_version,
           o.id AS o_id, o.agency_id AS o_agency, o.basis AS o_basis, o.action_seq AS o_action_seq, o.status AS o_status,
           o.amount AS o_amount, o.lines AS o_lines, o.discounts AS o_discounts, o.exemption AS o_exemption, o.quantities AS o_quantities,
           o.due_at AS o_due_at, o.paid_payment_id AS o_paid_payment_id, o.paid_at AS o_paid_at, o.cancelled_reason AS o_cancelled,
           o.created_at AS o_created_at, o.version AS o_version,
           p.id AS p_id, p.method AS p_method, p.status AS p_status, p.amount AS p_amount, p.txn_ref AS p_txn_ref,
           p.provider_txn_no AS p_txn_no, p.provider_code AS p_code, p.bank_code AS p_bank, p.provider_paid_at AS p_provider_paid_at,
           p.reference AS p_reference, p.surplus AS p_surplus, p.created_at AS p_created_at, p.expires_at AS p_expires_at,
           p.paid_at AS p_paid_at, p.finished_at AS p_finished_at, p.recorded_by AS p_recorded_by
    FROM dossiers d
    JOIN payment_obligations o ON o.dossier_id = d.id
    JOIN payments p ON p.obligation_id = o.id
    WHERE ${where}
    FOR UPDATE OF d, o, p`.execute(tx);
  const x = r.rows[0];
  if (!x) return undefined;
  const v = <T>(k: string) => x[k] as T;
  return {
    dossier: {
      id: v('d_id'),
      code: v('d_code'),
      procedureCode: v('d_procedure_code'),
      procedureVersionId: v('d_version_id'),
      channel: v('d_channel'),
      receivingAgencyId: v('d_receiving'),
      handlingAgencyId: v('d_handling'),
      status: v('d_status'),
      state: v('d_state'),
      steps: v('d_steps'),
      applicant: v('d_applicant'),
      citizenId: v('d_citizen'),
      ruleSet: v('d_rule_set'),
      receivedAt: v('d_received_at'),
      dueAt: v('d_due_at'),
      finishedAt: v('d_finished_at'),
      version: v('d_version'),
    },
    obligation: {
      id: v('o_id'),
      dossierId: v('d_id'),
      agencyId: v('o_agency'),
      basis: v('o_basis'),
      actionSeq: v('o_action_seq'),
      status: v('o_status'),
      amount: Number(v('o_amount')),
      lines: v('o_lines'),
      discounts: v('o_discounts'),
      exemption: v('o_exemption'),
      quantities: v('o_quantities'),
      dueAt: v('o_due_at'),
      paidPaymentId: v('o_paid_payment_id'),
      paidAt: v('o_paid_at'),
      cancelledReason: v('o_cancelled'),
      createdAt: v('o_created_at'),
      version: v('o_version'),
    },
    payment: {
      id: v('p_id'),
      obligationId: v('o_id'),
      method: v('p_method'),
      status: v('p_status'),
      amount: Number(v('p_amount')),
      txnRef: v('p_txn_ref'),
      providerTxnNo: v('p_txn_no'),
      providerCode: v('p_code'),
      bankCode: v('p_bank'),
      providerPaidAt: v('p_provider_paid_at'),
      reference: v('p_reference'),
      surplus: v('p_surplus'),
      createdAt: v('p_created_at'),
      expiresAt: v('p_expires_at'),
      paidAt: v('p_paid_at'),
      finishedAt: v('p_finished_at'),
      recordedBy: v('p_recorded_by'),
    },
  };
}

/** Locks a dossier and one of its obligations (the counter path, before the payment exists). */
export async function lockDossierObligation(tx: Tx, obligationId: string): Promise<{ dossierId: string } | undefined> {
  const r = await sql<{ dossier_id: string }>`
    SELECT d.id AS dossier_id FROM dossiers d JOIN payment_obligations o ON o.dossier_id = d.id
    WHERE o.id = ${obligationId} FOR UPDATE OF d, o`.execute(tx);
  return r.rows[0] ? { dossierId: r.rows[0].dossier_id } : undefined;
}

export type OnlinePaid = {
  paymentId: string;
  obligationId: string;
  agencyId: string;
  /** Settles the obligation (else the payment is a surplus). */
  settles: boolean;
  at: Date;
  provider: string;
  fields: { providerTxnNo: string | null; providerCode: string | null; bankCode: string | null; cardType: string | null; providerPaidAt: Date | null };
  event: { kind: 'ipn' | 'query'; params: unknown };
  receipt: { year: number; series: string };
};

/**
 * The common case of a confirmed online payment, in one statement after the chain was locked: the
 * notification's event, the payment paid, the obligation settled, the receipt PDF queued and, last,
 * the e-receipt numbered in the agency's series (so its counter row is held only until commit).
 */
export async function recordOnlinePaid(tx: Tx, s: OnlinePaid): Promise<{ series: string; number: number }> {
  const f = s.fields;
  const r = await sql<{ series: string; number: number }>`
    WITH ev AS (
      INSERT INTO payment_events (payment_id, provider, kind, params, verified, response_code, at)
      VALUES (${s.paymentId}, ${s.provider}, ${s.event.kind}, ${JSON.stringify(s.event.params ?? {})}, true, '00', ${s.at})
    ), p AS (
      UPDATE payments SET status = 'paid', paid_at = ${s.at}, finished_at = ${s.at}, surplus = ${!s.settles},
        provider_txn_no = ${f.providerTxnNo}, provider_code = ${f.providerCode}, bank_code = ${f.bankCode}, card_type = ${f.cardType}, provider_paid_at = ${f.providerPaidAt}
      WHERE id = ${s.paymentId} AND status = 'pending'
      RETURNING id
    ), o AS (
      UPDATE payment_obligations SET status = 'paid', paid_payment_id = ${s.paymentId}, paid_at = ${s.at}, version = version + 1
      WHERE ${s.settles} AND id = ${s.obligationId} AND status = 'open' AND EXISTS (SELECT 1 FROM p)
      RETURNING id
    ), ob AS (
      INSERT INTO outbox (topic, payload, dedupe_key)
      SELECT 'payment.receipt', ${JSON.stringify({ paymentId: s.paymentId })}, ${`payment.receipt:${s.paymentId}`} FROM p
      ON CONFLICT (dedupe_key) DO NOTHING
    ), seq AS (
      INSERT INTO receipt_sequences (agency_id, year, last) SELECT ${s.agencyId}, ${s.receipt.year}, 1 FROM p
      ON CONFLICT (agency_id, year) DO UPDATE SET last = receipt_sequences.last + 1
      RETURNING last
    )
    INSERT INTO payment_receipts (payment_id, agency_id, series, number, issued_at)
    SELECT ${s.paymentId}, ${s.agencyId}, ${s.receipt.series}, last, ${s.at} FROM seq
    RETURNING series, number`.execute(tx);
  if (!r.rows[0]) throw new Error(`payment ${s.paymentId} was not pending`);
  return r.rows[0];
}
