import { counterRefusal, groupThousands, type CounterMethod } from '../../domain/payments';
import { AppError, conflict, notFound } from '../errors';
import { appendAudit } from '../storage/audit';
import { inTransaction } from '../storage/database';
import { findObligation, lockObligation } from '../storage/obligations';
import { lockDossierById } from '../storage/payment-dossiers';
import { findPaymentByIdempotency, insertPayment, insertPaymentEvent } from '../storage/payments';
import { auditActorId, type ServiceContext } from './context';
import { assertPayable, collectingOfficer } from './payment-access';
import { ensureReceiptDocument } from './payment-receipts';
import type { PaymentsDeps } from './payment-deps';
import { afterPaid } from './settle-payment';

/**
 * Cash, card (POS slip) or bank transfer recorded at the one-stop desk: the exact amount of an open
 * obligation, in one transaction with the dossier and obligation locked (a concurrent online payment
 * then finds it settled and is kept as a surplus), the e-receipt numbered in the agency's series and
 * made at once so the officer can print it. Idempotency-Key: a retry returns the same payment.
 */
export async function recordCounterPayment(ctx: ServiceContext, deps: PaymentsDeps, obligationId: string, input: { method: CounterMethod; amount: number; reference?: string | null | undefined }, idempotencyKey: string) {
  const o = await findObligation(ctx.store, obligationId);
  if (!o) throw notFound('nghĩa vụ tài chính');
  const { actor } = await collectingOfficer(ctx, o.dossierCode);
  const previous = await findPaymentByIdempotency(ctx.store, actor.userId, idempotencyKey);
  if (previous) {
    if (previous.obligationId !== o.id || previous.amount !== input.amount || previous.method !== input.method) throw conflict('Idempotency-Key này đã được dùng cho một khoản thu khác.', { reason: 'idempotency_key_reused' });
    await ensureReceiptDocument(ctx.store, deps, previous.id);
    return { paymentId: previous.id, replay: true, code: o.dossierCode };
  }
  if ((input.method === 'card' || input.method === 'transfer') && !input.reference?.trim()) {
    throw new AppError('VALIDATION', input.method === 'card' ? 'Cần số hóa đơn POS (chuẩn chi) của giao dịch thẻ.' : 'Cần số chứng từ chuyển khoản.', { errors: [{ name: 'reference', reason: 'bắt buộc' }] });
  }
  const now = new Date();
  const paymentId = await inTransaction(ctx.store, async (tx) => {
    const d = await lockDossierById(tx, o.dossierId);
    const cur = await lockObligation(tx, o.id);
    if (!d || !cur) throw notFound('nghĩa vụ tài chính');
    assertPayable(cur, d);
    const refusal = counterRefusal(cur, input.amount);
    if (refusal === 'amount_mismatch') throw new AppError('UNPROCESSABLE', `Số tiền phải đúng ${groupThousands(cur.amount)} đồng của nghĩa vụ tài chính.`, { reason: 'amount_mismatch', expected: cur.amount });
    const p = await insertPayment(tx, { obligationId: cur.id, method: input.method, status: 'paid', amount: input.amount, txnRef: null, reference: input.reference?.trim() || null, expiresAt: null, paidAt: now, recordedBy: actor.userId, citizenId: null, idempotencyKey, createdAt: now });
    if (!p) throw conflict('Yêu cầu trùng đang được xử lý; vui lòng tải lại.', { reason: 'idempotency_key_reused' });
    await insertPaymentEvent(tx, { paymentId: p.id, provider: 'counter', kind: 'counter', params: { method: input.method, amount: input.amount, reference: input.reference ?? null }, verified: true, responseCode: null, at: now });
    await appendAudit(tx, { actorId: auditActorId(actor), action: 'payment.counter', entity: 'dossier', entityId: d.id, detail: { obligationId: cur.id, paymentId: p.id, method: input.method, amount: input.amount }, requestId: ctx.requestId ?? null });
    await afterPaid(tx, ctx.store, { dossier: d, obligation: cur, paymentId: p.id, method: input.method, amount: input.amount, settles: true, at: now, by: { actorId: auditActorId(actor), actorName: actor.fullName, actorRole: 'reception' } });
    return p.id;
  });
  await ensureReceiptDocument(ctx.store, deps, paymentId);
  return { paymentId, replay: false, code: o.dossierCode };
}
