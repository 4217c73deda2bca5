import { OBLIGATION_STATUS_VI, PAYMENT_METHOD_VI, PAYMENT_STATUS_VI, receiptNumber, type AppliedExemption, type ObligationLine, type ObligationStatus, type PaymentMethod, type PaymentStatus, type Quantity } from '../../domain/payments';
import type { PaymentProviders } from '../payments/provider';
import type { Tx } from '../storage/database';
import { listObligations, type ObligationRow } from '../storage/obligations';
import { listPayments, listReceipts, listRefunds } from '../storage/payments';

/** A payment as officers see it (applicants see the same without the officer's id). */
export type PaymentView = {
  id: string;
  method: PaymentMethod;
  methodName: string;
  status: PaymentStatus;
  statusName: string;
  amount: number;
  surplus: boolean;
  createdAt: Date;
  expiresAt: Date | null;
  paidAt: Date | null;
  txnRef: string | null;
  providerTxnNo: string | null;
  bankCode: string | null;
  reference: string | null;
  receipt: { series: string; number: string; documentId: string | null } | null;
  refund: { status: string; reason: string; requestedAt: Date; doneAt: Date | null } | null;
};

export type ObligationView = {
  id: string;
  basis: 'schedule' | 'officer';
  status: ObligationStatus;
  statusName: string;
  amount: number;
  lines: ObligationLine[];
  discounts: { decision: string; amount: number }[];
  exemption: AppliedExemption | null;
  quantities: Record<string, Quantity> | null;
  dueAt: Date | null;
  overdue: boolean;
  createdAt: Date;
  paidAt: Date | null;
  cancelledReason: string | null;
  version: number;
  payments: PaymentView[];
};

export async function obligationViews(tx: Tx, dossierId: string, now = new Date()): Promise<ObligationView[]> {
  const obligations = await listObligations(tx, dossierId);
  return viewsOf(tx, obligations, now);
}

export async function viewsOf(tx: Tx, obligations: ObligationRow[], now = new Date()): Promise<ObligationView[]> {
  const payments = await listPayments(tx, obligations.map((o) => o.id));
  const ids = payments.map((p) => p.id);
  const [receipts, refunds] = await Promise.all([listReceipts(tx, ids), listRefunds(tx, ids)]);
  return obligations.map((o) => ({
    id: o.id,
    basis: o.basis,
    status: o.status,
    statusName: OBLIGATION_STATUS_VI[o.status],
    amount: o.amount,
    lines: o.lines as ObligationLine[],
    discounts: (o.discounts ?? []) as { decision: string; amount: number }[],
    exemption: (o.exemption ?? null) as AppliedExemption | null,
    quantities: (o.quantities ?? null) as Record<string, Quantity> | null,
    dueAt: o.dueAt,
    overdue: o.status === 'open' && o.dueAt !== null && o.dueAt < now,
    createdAt: o.createdAt,
    paidAt: o.paidAt,
    cancelledReason: o.cancelledReason,
    version: o.version,
    payments: payments
      .filter((p) => p.obligationId === o.id)
      .map((p) => {
        const r = receipts.find((x) => x.paymentId === p.id);
        const f = refunds.find((x) => x.paymentId === p.id);
        return {
          id: p.id,
          method: p.method,
          methodName: PAYMENT_METHOD_VI[p.method],
          status: p.status,
          statusName: PAYMENT_STATUS_VI[p.status],
          amount: p.amount,
          surplus: p.surplus,
          createdAt: p.createdAt,
          expiresAt: p.expiresAt,
          paidAt: p.paidAt,
          txnRef: p.txnRef,
          providerTxnNo: p.providerTxnNo,
          bankCode: p.bankCode,
          reference: p.reference,
          receipt: r ? { series: r.series, number: receiptNumber(r.number), documentId: r.documentId } : null,
          refund: f ? { status: f.status, reason: f.reason, requestedAt: f.requestedAt, doneAt: f.doneAt } : null,
        };
      }),
  }));
}

/** The online methods this instance offers (configured providers). */
export const onlineMethods = (p: PaymentProviders) => [...(p.vnpay ? (['vnpay'] as const) : []), ...(p.national ? (['national'] as const) : [])];
