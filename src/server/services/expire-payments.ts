import { nextPaymentStatus } from '../../domain/payments';
import { providerOf, type PaymentProviders } from '../payments/provider';
import { inTransaction, type Store } from '../storage/database';
import { lockChain } from '../storage/payment-chain';
import { duePendingPayments, finishPayment, insertPaymentEvent } from '../storage/payments';
import { applyProviderResult } from './payment-notifications';

/** Pending payments are swept this long after the provider's own expiry, so a late IPN still lands first. */
export const EXPIRY_GRACE_MS = 5 * 60_000;

/**
 * The payment sweep (every minute): each online payment still pending past its expiry (plus grace)
 * is first asked about at the provider (signed status query), so money taken without an IPN is
 * settled; what the provider does not confirm is expired. Returns how many of each.
 */
export async function sweepPendingPayments(store: Store, providers: PaymentProviders, now = new Date(), limit = 200): Promise<{ expired: number; confirmed: number }> {
  const due = await duePendingPayments(store, new Date(now.getTime() - EXPIRY_GRACE_MS), limit);
  let expired = 0;
  let confirmed = 0;
  for (const p of due) {
    if (p.method !== 'vnpay' && p.method !== 'national') continue;
    const provider = providerOf(providers, p.method);
    const q = provider?.query && p.txnRef ? await provider.query({ txnRef: p.txnRef, createdAt: p.createdAt, ipAddr: '127.0.0.1' }) : null;
    if (q && q.signatureValid && q.txnRef === p.txnRef && q.success) {
      const r = await applyProviderResult(store, p.method, q, { kind: 'query', params: { vnp_TxnRef: q.txnRef, source: 'sweep', status: q.transactionStatus ?? '' } });
      if (r.code === '00') confirmed++;
      continue;
    }
    const done = await inTransaction(store, async (tx) => {
      const chain = await lockChain(tx, { paymentId: p.id });
      if (!chain || nextPaymentStatus(chain.payment.status, 'expire') === null) return false;
      await finishPayment(tx, p.id, { status: 'expired', at: now, providerCode: q?.transactionStatus ?? null });
      await insertPaymentEvent(tx, { paymentId: p.id, provider: p.method, kind: 'expire', params: { expiresAt: chain.payment.expiresAt, queried: !!q }, verified: true, responseCode: null, at: now });
      return true;
    });
    if (done) expired++;
  }
  return { expired, confirmed };
}
