import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { formEncode, IPN_CODES, parseVnpDate, sameHex, vnpDate, type IpnCode } from '../../domain/payments';
import type { PaymentProvider } from './provider';

/**
 * The national payment platform of the DVCQG portal (Nền tảng thanh toán trực tuyến / PayGov,
 * pay.gov.vn, built by NAPAS for the Ministry of Information and Communications, launched 24/7/2020).
 *
 * CONFIRMED from public sources: it is a redirect flow for DVC portals and one-stop systems: the
 * system sends the payment request, the applicant chooses an intermediary (bank, wallet, gateway) on
 * the platform and pays, and the platform returns the result to the system; connecting systems get
 * a partner code and keys on onboarding. NOT CONFIRMED (no public specification was found): the
 * endpoint, parameter names, amount scale, time format, signature algorithm and canonical form,
 * the notification's shape and the acknowledgement the platform expects.
 *
 * So this adapter invents none of them: it runs from a protocol profile (JSON, MOTCUA_DVCQG_PAY_PROFILE)
 * transcribed from the specification the agency receives, and it is off without one. The profile
 * covers the redirect-and-signed-notification family the platform is described as; a different
 * shape (e.g. a server-to-server create call) needs code. Public integrations found later (OpenCPS,
 * through provincial LGSPs) show exactly such a shape — a JSON create call answering the URL, JSON POST
 * notifications — without a confirmed notification signature, so nothing more was built from them:
 * see docs/adr/0019-payments.md ("Second search").
 */
const field = z.string().regex(/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/);

export const NationalProfile = z.object({
  payUrl: z.url({ protocol: /^https?$/u }),
  partnerCode: z.string().min(1),
  fields: z.object({
    partner: field,
    txnRef: field,
    amount: field,
    orderInfo: field,
    returnUrl: field,
    ipAddr: field.nullable().default(null),
    createdAt: field,
    expiresAt: field.nullable().default(null),
    signature: field,
    resultCode: field,
    transactionNo: field.nullable().default(null),
    payDate: field.nullable().default(null),
    bankCode: field.nullable().default(null),
  }),
  /** The amount field holds đồng × amountScale. */
  amountScale: z.union([z.literal(1), z.literal(100)]),
  dateFormat: z.enum(['yyyyMMddHHmmss', 'iso']),
  signature: z.object({ algorithm: z.enum(['sha256', 'sha512']), canonical: z.enum(['sorted-form', 'sorted-raw']) }),
  /** Result codes meaning "paid". */
  successCodes: z.array(z.string().min(1)).min(1),
  /** The acknowledgement body: field names and the code for each outcome. */
  ack: z.object({ codeField: field, messageField: field, codes: z.record(z.enum(IPN_CODES), z.string()) }),
});
export type NationalProfile = z.infer<typeof NationalProfile>;

export function nationalProvider(profile: NationalProfile, secret: string): PaymentProvider {
  const f = profile.fields;
  const canonical = (params: Record<string, string>) =>
    Object.entries(params)
      .filter(([k, v]) => k !== f.signature && v !== '')
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => (profile.signature.canonical === 'sorted-form' ? `${formEncode(k)}=${formEncode(v)}` : `${k}=${v}`))
      .join('&');
  const sign = (params: Record<string, string>) => createHmac(profile.signature.algorithm, secret).update(canonical(params), 'utf8').digest('hex');
  const time = (d: Date) => (profile.dateFormat === 'iso' ? d.toISOString() : vnpDate(d));
  return {
    method: 'national',
    paymentUrl(r) {
      const params: Record<string, string> = {
        [f.partner]: profile.partnerCode,
        [f.txnRef]: r.txnRef,
        [f.amount]: String(r.amount * profile.amountScale),
        [f.orderInfo]: r.orderInfo,
        [f.returnUrl]: r.returnUrl,
        [f.createdAt]: time(r.createdAt),
        ...(f.expiresAt ? { [f.expiresAt]: time(r.expiresAt) } : {}),
        ...(f.ipAddr ? { [f.ipAddr]: r.ipAddr } : {}),
      };
      const q = new URLSearchParams(params);
      q.set(f.signature, sign(params));
      return `${profile.payUrl}?${q.toString()}`;
    },
    read(params) {
      const given = params[f.signature] ?? '';
      const raw = params[f.amount] ?? '';
      const n = /^\d{1,17}$/.test(raw) ? Number(raw) : NaN;
      const amount = Number.isSafeInteger(n) && n % profile.amountScale === 0 ? n / profile.amountScale : null;
      const code = params[f.resultCode] ?? null;
      const date = f.payDate ? params[f.payDate] : undefined;
      return {
        signatureValid: given !== '' && sameHex(sign(params), given) && params[f.partner] === profile.partnerCode,
        txnRef: params[f.txnRef] ?? '',
        amount,
        success: code !== null && profile.successCodes.includes(code),
        responseCode: code,
        transactionStatus: code,
        transactionNo: (f.transactionNo && params[f.transactionNo]) || null,
        bankCode: (f.bankCode && params[f.bankCode]) || null,
        cardType: null,
        payDate: !date ? null : profile.dateFormat === 'iso' ? (Number.isNaN(Date.parse(date)) ? null : new Date(date)) : parseVnpDate(date),
      };
    },
    ack: (code: IpnCode) => ({ [profile.ack.codeField]: profile.ack.codes[code] ?? code, [profile.ack.messageField]: code === '00' ? 'OK' : code }),
  };
}
