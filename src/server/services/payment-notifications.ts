import { decideNotification, receiptSeries, receiptYear, type IpnCode, type OnlineMethod } from '../../domain/payments';
import type { PaymentProviders, ProviderResult } from '../payments/provider';
import { providerOf } from '../payments/provider';
import { inTransaction, type Store } from '../storage/database';
import { lockChain, recordOnlinePaid } from '../storage/payment-chain';
import { finishPayment, insertPaymentEvent } from '../storage/payments';
import { afterPaid, SYSTEM_SETTLER } from './settle-payment';

/** Only the provider's own parameters are kept as evidence (bounded: names and values are validated by the route). */
const evidence = (params: Record<string, string>) => Object.fromEntries(Object.entries(params).slice(0, 60));

/**
 * Applies one provider result (an IPN, or a signed querydr answer) to the payment it names, in one
 * transaction with the dossier, obligation and payment rows locked: the domain's decideNotification
 * says what it does; the event is recorded with our answer whatever it is. Idempotent: a duplicate
 * or late notice finds the payment decided and changes nothing (02).
 */
export async function applyProviderResult(store: Store, method: OnlineMethod, r: ProviderResult, source: { kind: 'ipn' | 'query'; params: Record<string, string> }): Promise<{ code: IpnCode; paymentId: string | null }> {
  const now = new Date();
  return inTransaction(store, async (tx) => {
    const chain = r.signatureValid && r.txnRef ? await lockChain(tx, { txnRef: r.txnRef }) : undefined;
    const decision = decideNotification(r, chain && chain.payment.method === method ? chain.payment : null, chain?.obligation ?? null);
    const event = { paymentId: chain?.payment.id ?? null, provider: method, kind: source.kind, params: evidence(source.params), verified: r.signatureValid, responseCode: decision.code, at: now };
    if (decision.code !== '00' || !chain) {
      await insertPaymentEvent(tx, event);
      return { code: decision.code, paymentId: chain?.payment.id ?? null };
    }
    const fields = { providerTxnNo: r.transactionNo, providerCode: r.responseCode, bankCode: r.bankCode, cardType: r.cardType, providerPaidAt: r.payDate };
    if (decision.event === 'fail') {
      await insertPaymentEvent(tx, event);
      await finishPayment(tx, chain.payment.id, { status: 'failed', at: now, ...fields });
      return { code: '00' as const, paymentId: chain.payment.id };
    }
    const { dossier, obligation, payment } = chain;
    if (decision.settles && dossier.status === 6 && obligation.basis === 'officer') {
      // The dossier may resume: the general path, with the action appended (settle-payment.ts).
      await insertPaymentEvent(tx, event);
      await finishPayment(tx, payment.id, { status: 'paid', at: now, surplus: decision.surplus, ...fields });
      await afterPaid(tx, store, { dossier, obligation, paymentId: payment.id, method, amount: payment.amount, settles: decision.settles, at: now, by: SYSTEM_SETTLER });
    } else {
      // The common case in one statement (the IPN budget: docs/adr/0019-payments.md).
      const year = receiptYear(now);
      await recordOnlinePaid(tx, { paymentId: payment.id, obligationId: obligation.id, agencyId: obligation.agencyId, settles: decision.settles, at: now, provider: method, fields, event: { kind: source.kind, params: event.params }, receipt: { year, series: receiptSeries(year) } });
    }
    return { code: '00' as const, paymentId: payment.id };
  });
}

/**
 * The IPN endpoint: verify, decide, answer exactly the gateway's codes. Any failure of ours answers
 * 99 so the gateway retries (nothing was committed).
 */
export async function handleIpn(store: Store, providers: PaymentProviders, method: OnlineMethod, params: Record<string, string>, log?: { error: (o: object, m: string) => void }) {
  const provider = providerOf(providers, method);
  if (!provider) return { status: 200 as const, body: { RspCode: '99', Message: 'Unknown error' } as Record<string, string> };
  try {
    const r = provider.read(params);
    const { code } = await applyProviderResult(store, method, r, { kind: 'ipn', params });
    return { status: 200 as const, body: provider.ack(code) };
  } catch (err) {
    log?.error({ err }, 'payment notification failed');
    return { status: 200 as const, body: provider.ack('99') };
  }
}
