import type { DossierState } from '../../domain/dossier';
import { refundRefusal } from '../../domain/payments';
import { AppError, notFound } from '../errors';
import { providerOf } from '../payments/provider';
import { appendAudit } from '../storage/audit';
import { inTransaction } from '../storage/database';
import { versionRecord } from '../storage/fee-schedules';
import { markObligationRefunded } from '../storage/obligations';
import { lockChain } from '../storage/payment-chain';
import { findPayment, insertPaymentEvent, insertRefund, markPaymentRefunded } from '../storage/payments';
import { findObligation } from '../storage/obligations';
import { authorize } from './authorize';
import { auditActorId, type ServiceContext } from './context';
import { scheduleFor } from './fee-schedules';
import { officerDossier } from './payment-access';
import type { PaymentsDeps } from './payment-deps';

/**
 * Refunds a paid payment in full where the schedule allows it for how the dossier ended (refused,
 * withdrawn, stopped, rejected), or a surplus at any time. Online payments are refunded through the
 * provider first (a refused refund is recorded as failed and may be asked again); counter payments
 * are recorded as paid back by the officer. The payment becomes refunded, and so does the
 * obligation it settled.
 */
export async function refundPayment(ctx: ServiceContext, deps: PaymentsDeps, paymentId: string, input: { reason: string; ipAddr: string }) {
  const p0 = /^[0-9a-f-]{36}$/i.test(paymentId) ? await findPayment(ctx.store, paymentId) : undefined;
  const o0 = p0 ? await findObligation(ctx.store, p0.obligationId) : undefined;
  if (!p0 || !o0) throw notFound('khoản thanh toán');
  const { actor, d, dir } = await officerDossier(ctx, o0.dossierCode);
  authorize(ctx, 'payment.refund', { agencyPath: dir.ancestry(d.receivingAgencyId) });
  const { schedule } = await scheduleFor(ctx.store, d.procedureCode, await versionRecord(ctx.store, d.procedureVersionId));
  const refusal = refundRefusal(p0, { status: d.status, decision: (d.state as DossierState).decision }, schedule.refunds);
  if (refusal === 'not_paid') throw new AppError('CONFLICT', 'Khoản thanh toán không ở trạng thái đã thanh toán.', { reason: 'not_paid', paymentStatus: p0.status });
  if (refusal) throw new AppError('UNPROCESSABLE', 'Biểu phí không cho hoàn trả khi hồ sơ ở tình trạng này.', { reason: 'refund_not_allowed' });
  const now = new Date();
  let providerCode: string | null = null;
  if (p0.method === 'vnpay' || p0.method === 'national') {
    const provider = providerOf(deps.providers, p0.method);
    if (!provider?.refund) throw new AppError('UNPROCESSABLE', 'Nhà cung cấp thanh toán không hỗ trợ hoàn tiền trực tuyến; hoàn trả qua kênh khác và ghi nhận tại quầy.', { reason: 'provider_refund_unavailable' });
    const r = await provider.refund({ txnRef: p0.txnRef!, amount: p0.amount, transactionNo: p0.providerTxnNo, transactionDate: p0.createdAt, createdBy: actor.username, ipAddr: input.ipAddr, reason: input.reason });
    providerCode = r.code;
    if (!r.ok) {
      await insertRefund(ctx.store, { paymentId: p0.id, amount: p0.amount, reason: input.reason, status: 'failed', providerCode, requestedBy: auditActorId(actor), at: now });
      throw new AppError('UNPROCESSABLE', `Nhà cung cấp từ chối hoàn tiền (mã ${r.code}).`, { reason: 'refund_failed', providerCode: r.code });
    }
  }
  await inTransaction(ctx.store, async (tx) => {
    const chain = await lockChain(tx, { paymentId: p0.id });
    if (!chain || !(await markPaymentRefunded(tx, p0.id))) throw new AppError('CONFLICT', 'Khoản thanh toán đã được hoàn trả.', { reason: 'not_paid' });
    if (chain.obligation.paidPaymentId === p0.id) await markObligationRefunded(tx, chain.obligation.id, p0.id);
    await insertRefund(tx, { paymentId: p0.id, amount: p0.amount, reason: input.reason, status: 'done', providerCode, requestedBy: auditActorId(actor), at: now });
    await insertPaymentEvent(tx, { paymentId: p0.id, provider: p0.method, kind: 'refund', params: { reason: input.reason, providerCode }, verified: true, responseCode: providerCode, at: now });
    await appendAudit(tx, { actorId: auditActorId(actor), action: 'payment.refund', entity: 'dossier', entityId: d.id, detail: { paymentId: p0.id, amount: p0.amount, reason: input.reason }, requestId: ctx.requestId ?? null });
  });
}
