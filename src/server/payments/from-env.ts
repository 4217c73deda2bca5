import fs from 'node:fs';
import { NationalProfile, nationalProvider } from './national';
import type { PaymentProviders } from './provider';
import { vnpayProvider } from './vnpay';

/**
 * Online payment providers from the environment:
 *  - VNPAY: MOTCUA_VNPAY_TMN_CODE and MOTCUA_VNPAY_HASH_SECRET (both, or VNPAY is off);
 *    MOTCUA_VNPAY_URL (default: the sandbox payment page), MOTCUA_VNPAY_API_URL (querydr/refund;
 *    default: the sandbox API). The IPN URL to register with VNPAY is <public URL>/api/payments/vnpay/ipn.
 *  - National platform: MOTCUA_DVCQG_PAY_PROFILE (path of the protocol profile JSON) and
 *    MOTCUA_DVCQG_PAY_SECRET; off without them.
 *  - MOTCUA_PAYMENT_MINUTES: how long an online payment may stay pending (default 15).
 */
export function paymentsFromEnv(env: NodeJS.ProcessEnv): PaymentProviders {
  const tmnCode = env.MOTCUA_VNPAY_TMN_CODE?.trim();
  const hashSecret = env.MOTCUA_VNPAY_HASH_SECRET?.trim();
  const vnpay = tmnCode && hashSecret
    ? vnpayProvider({
        tmnCode,
        hashSecret,
        payUrl: env.MOTCUA_VNPAY_URL?.trim() || 'https://sandbox.vnpayment.vn/paymentv2/vpcpay.html',
        apiUrl: env.MOTCUA_VNPAY_API_URL?.trim() || 'https://sandbox.vnpayment.vn/merchant_webapi/api/transaction',
      })
    : null;
  const profilePath = env.MOTCUA_DVCQG_PAY_PROFILE?.trim();
  const secret = env.MOTCUA_DVCQG_PAY_SECRET?.trim();
  const national = profilePath && secret ? nationalProvider(NationalProfile.parse(JSON.parse(fs.readFileSync(profilePath, 'utf8'))), secret) : null;
  const minutes = Number(env.MOTCUA_PAYMENT_MINUTES ?? 15);
  return { vnpay, national, expiryMinutes: Number.isInteger(minutes) && minutes >= 5 && minutes <= 24 * 60 ? minutes : 15 };
}
