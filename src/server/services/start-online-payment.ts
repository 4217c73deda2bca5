import { randomBytes } from 'node:crypto';
import { AppError, notFound } from '../errors';
import { vnpDate, type OnlineMethod } from '../../domain/payments';
import { providerOf, type PaymentProvider } from '../payments/provider';
import { inTransaction } from '../storage/database';
import { lockObligation } from '../storage/obligations';
import { lockDossierById } from '../storage/payment-dossiers';
import { insertPayment, pendingPayment, type PaymentRow } from '../storage/payments';
import type { ServiceContext } from './context';
import { applicantObligation, assertPayable } from './payment-access';
import type { PaymentsDeps } from './payment-deps';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Our transaction reference (vnp_TxnRef): "MC", the GMT+7 date and 12 random characters; unique by index. */
export function newTxnRef(now: Date): string {
  const date = vnpDate(now).slice(2, 8);
  const bytes = randomBytes(12);
  return `MC${date}${[...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('')}`;
}

/** A pending payment is reused while it has at least this long left, so a double click opens one transaction. */
const REUSE_MS = 3 * 60_000;

function urlOf(provider: PaymentProvider, deps: PaymentsDeps, p: PaymentRow, code: string, ipAddr: string, locale: 'vn' | 'en') {
  return provider.paymentUrl({
    txnRef: p.txnRef!,
    amount: p.amount,
    orderInfo: `Nop phi, le phi ho so ${code}`,
    returnUrl: `${deps.publicUrl}/thanh-toan/ket-qua`,
    ipAddr,
    createdAt: p.createdAt,
    expiresAt: p.expiresAt!,
    locale,
  });
}

/**
 * Starts an online payment of an obligation for its applicant (logged-in citizen who owns the dossier,
 * or the holder of the dossier's lookup token): a pending payment with our reference and the
 * provider's expiry, and the signed URL to send the browser to. The obligation row is locked, so an
 * officer cannot change its amount while the payment is created.
 */
export async function startOnlinePayment(ctx: ServiceContext, deps: PaymentsDeps, obligationId: string, input: { method: OnlineMethod; token?: string | undefined; ipAddr: string; locale?: 'vn' | 'en' | undefined }) {
  const { o, d } = await applicantObligation(ctx, obligationId, input.token);
  const provider = providerOf(deps.providers, input.method);
  if (!provider) throw new AppError('UNPROCESSABLE', 'Hình thức thanh toán trực tuyến này chưa được cấu hình.', { reason: 'provider_unavailable' });
  const now = new Date();
  const locale = input.locale ?? 'vn';
  const ipAddr = input.ipAddr.replace(/^::ffff:/, '').slice(0, 45) || '127.0.0.1';
  const payment = await inTransaction(ctx.store, async (tx) => {
    const dossier = await lockDossierById(tx, d.id);
    const cur = await lockObligation(tx, o.id);
    if (!dossier || !cur) throw notFound('nghĩa vụ tài chính');
    assertPayable(cur, dossier);
    const open = await pendingPayment(tx, cur.id, input.method, new Date(now.getTime() + REUSE_MS));
    if (open && open.amount === cur.amount) return open;
    const p = await insertPayment(tx, {
      obligationId: cur.id,
      method: input.method,
      status: 'pending',
      amount: cur.amount,
      txnRef: newTxnRef(now),
      reference: null,
      expiresAt: new Date(now.getTime() + deps.providers.expiryMinutes * 60_000),
      paidAt: null,
      recordedBy: null,
      citizenId: ctx.citizen?.citizenId ?? null,
      idempotencyKey: null,
      createdAt: now,
    });
    return p!;
  });
  return { paymentId: payment.id, txnRef: payment.txnRef!, amount: payment.amount, expiresAt: payment.expiresAt!, redirectUrl: urlOf(provider, deps, payment, d.code, ipAddr, locale) };
}
