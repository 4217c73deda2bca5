import { createHmac, randomBytes } from 'node:crypto';
import { fromVnpAmount, IPN_MESSAGES, parseVnpDate, payParams, queryDrData, queryDrResponseData, readResult, refundData, refundResponseData, sameHex, signedQuery, toVnpAmount, vnpDate, type HmacSha512 } from '../../domain/payments';
import type { PaymentProvider, ProviderResult } from './provider';

export const hmacSha512: HmacSha512 = (secret, data) => createHmac('sha512', secret).update(data, 'utf8').digest('hex');

export type VnpayConfig = {
  tmnCode: string;
  hashSecret: string;
  /** Payment page, e.g. https://sandbox.vnpayment.vn/paymentv2/vpcpay.html. */
  payUrl: string;
  /** querydr / refund API, e.g. https://sandbox.vnpayment.vn/merchant_webapi/api/transaction; null: not used. */
  apiUrl: string | null;
  timeoutMs?: number;
};

const requestId = () => randomBytes(12).toString('hex');

/** VNPAY 2.1.0: redirect with HMAC-SHA512-signed parameters, IPN, querydr and refund (JSON APIs). */
export function vnpayProvider(c: VnpayConfig): PaymentProvider {
  const post = async (body: Record<string, string>): Promise<Record<string, string> | null> => {
    if (!c.apiUrl) return null;
    try {
      const res = await fetch(c.apiUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(c.timeoutMs ?? 10_000) });
      if (!res.ok) return null;
      const json = (await res.json()) as Record<string, unknown>;
      return Object.fromEntries(Object.entries(json).map(([k, v]) => [k, v === null || v === undefined ? '' : String(v)]));
    } catch {
      return null;
    }
  };
  return {
    method: 'vnpay',
    paymentUrl: (r) => `${c.payUrl}?${signedQuery(payParams({ ...r, tmnCode: c.tmnCode }), c.hashSecret, hmacSha512)}`,
    read: (params) => readResult(params, c.hashSecret, c.tmnCode, hmacSha512),
    ack: (code) => ({ RspCode: code, Message: IPN_MESSAGES[code] }),
    async query({ txnRef, createdAt, ipAddr }): Promise<ProviderResult | null> {
      const p = { requestId: requestId(), tmnCode: c.tmnCode, txnRef, transactionDate: vnpDate(createdAt), createDate: vnpDate(new Date()), ipAddr, orderInfo: `Truy van giao dich ${txnRef}` };
      const r = await post({
        vnp_RequestId: p.requestId,
        vnp_Version: '2.1.0',
        vnp_Command: 'querydr',
        vnp_TmnCode: c.tmnCode,
        vnp_TxnRef: txnRef,
        vnp_OrderInfo: p.orderInfo,
        vnp_TransactionDate: p.transactionDate,
        vnp_CreateDate: p.createDate,
        vnp_IpAddr: ipAddr,
        vnp_SecureHash: hmacSha512(c.hashSecret, queryDrData(p)),
      });
      if (!r || r.vnp_ResponseCode !== '00') return null;
      const signatureValid = !!r.vnp_SecureHash && sameHex(hmacSha512(c.hashSecret, queryDrResponseData(r)), r.vnp_SecureHash) && r.vnp_TmnCode === c.tmnCode;
      return {
        signatureValid,
        txnRef: r.vnp_TxnRef ?? '',
        amount: fromVnpAmount(r.vnp_Amount),
        success: r.vnp_TransactionStatus === '00',
        responseCode: r.vnp_ResponseCode ?? null,
        transactionStatus: r.vnp_TransactionStatus ?? null,
        transactionNo: r.vnp_TransactionNo || null,
        bankCode: r.vnp_BankCode || null,
        cardType: null,
        payDate: parseVnpDate(r.vnp_PayDate),
      };
    },
    async refund(q) {
      const p = {
        requestId: requestId(),
        tmnCode: c.tmnCode,
        transactionType: '02' as const,
        txnRef: q.txnRef,
        amount: toVnpAmount(q.amount),
        transactionNo: q.transactionNo ?? '0',
        transactionDate: vnpDate(q.transactionDate),
        createBy: q.createdBy,
        createDate: vnpDate(new Date()),
        ipAddr: q.ipAddr,
        orderInfo: `Hoan tien giao dich ${q.txnRef}`,
      };
      const r = await post({
        vnp_RequestId: p.requestId,
        vnp_Version: '2.1.0',
        vnp_Command: 'refund',
        vnp_TmnCode: c.tmnCode,
        vnp_TransactionType: p.transactionType,
        vnp_TxnRef: p.txnRef,
        vnp_Amount: p.amount,
        vnp_OrderInfo: p.orderInfo,
        vnp_TransactionNo: p.transactionNo,
        vnp_TransactionDate: p.transactionDate,
        vnp_CreateBy: p.createBy,
        vnp_CreateDate: p.createDate,
        vnp_IpAddr: p.ipAddr,
        vnp_SecureHash: hmacSha512(c.hashSecret, refundData(p)),
      });
      if (!r) return { ok: false, code: 'unreachable' };
      const signed = !!r.vnp_SecureHash && sameHex(hmacSha512(c.hashSecret, refundResponseData(r)), r.vnp_SecureHash);
      return { ok: signed && r.vnp_ResponseCode === '00', code: signed ? (r.vnp_ResponseCode ?? '99') : '97' };
    },
  };
}
