/** The provider adapters without a database: VNPAY URLs and the national platform's profile-driven adapter. */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalQuery } from '../../src/domain/payments';
import { NationalProfile, nationalProvider } from '../../src/server/payments/national';
import { paymentsFromEnv } from '../../src/server/payments/from-env';
import { hmacSha512, vnpayProvider } from '../../src/server/payments/vnpay';

const request = { txnRef: 'MC261122ABCDEFGH2345', amount: 50_000, orderInfo: 'Nộp phí hồ sơ', returnUrl: 'https://motcua.example.vn/thanh-toan/ket-qua', ipAddr: '203.0.113.7', createdAt: new Date('2026-11-22T03:00:00Z'), expiresAt: new Date('2026-11-22T03:15:00Z'), locale: 'vn' as const };

describe('payment provider adapters', () => {
  it('VNPAY: the payment URL carries the documented parameters, signed over the canonical query', () => {
    const p = vnpayProvider({ tmnCode: 'MOTCUA01', hashSecret: 'BIMAT', payUrl: 'https://sandbox.vnpayment.vn/paymentv2/vpcpay.html', apiUrl: null });
    const url = new URL(p.paymentUrl(request));
    const q = Object.fromEntries(url.searchParams);
    expect(q).toMatchObject({ vnp_Version: '2.1.0', vnp_Command: 'pay', vnp_TmnCode: 'MOTCUA01', vnp_Amount: '5000000', vnp_CurrCode: 'VND', vnp_TxnRef: request.txnRef, vnp_OrderInfo: 'Nop phi ho so', vnp_OrderType: 'other', vnp_Locale: 'vn', vnp_CreateDate: '20261122100000', vnp_ExpireDate: '20261122101500', vnp_IpAddr: '203.0.113.7' });
    expect(q.vnp_SecureHash).toBe(hmacSha512('BIMAT', canonicalQuery(q)));
    // The query string is the canonical data itself, then the hash (as the reference code builds it).
    expect(url.search.slice(1)).toBe(`${canonicalQuery(q)}&vnp_SecureHash=${q.vnp_SecureHash}`);
    expect(p.ack('97')).toEqual({ RspCode: '97', Message: 'Invalid signature' });
  });

  it('national platform: runs only from a transcribed protocol profile, signs and verifies by it', () => {
    const profile = NationalProfile.parse({
      payUrl: 'https://thanhtoan.example.gov.vn/pay',
      partnerCode: 'MOTCUA',
      fields: { partner: 'partnerCode', txnRef: 'orderId', amount: 'amount', orderInfo: 'description', returnUrl: 'returnUrl', createdAt: 'requestTime', signature: 'signature', resultCode: 'resultCode', transactionNo: 'transId' },
      amountScale: 1,
      dateFormat: 'yyyyMMddHHmmss',
      signature: { algorithm: 'sha256', canonical: 'sorted-raw' },
      successCodes: ['0'],
      ack: { codeField: 'code', messageField: 'message', codes: { '00': '0', '01': '1', '02': '2', '04': '4', '97': '97', '99': '99' } },
    });
    const p = nationalProvider(profile, 'khoa');
    const url = new URL(p.paymentUrl(request));
    const params = Object.fromEntries(url.searchParams);
    expect(params).toMatchObject({ partnerCode: 'MOTCUA', orderId: request.txnRef, amount: '50000', requestTime: '20261122100000' });
    const notice = { ...params, resultCode: '0', transId: 'T1' };
    delete (notice as Record<string, string>).signature;
    const data = Object.entries(notice).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}=${v}`).join('&');
    const signed = { ...notice, signature: createHmac('sha256', 'khoa').update(data).digest('hex') };
    expect(p.read(signed)).toMatchObject({ signatureValid: true, txnRef: request.txnRef, amount: 50_000, success: true, transactionNo: 'T1' });
    expect(p.read({ ...signed, amount: '1' }).signatureValid).toBe(false);
    expect(p.ack('04')).toEqual({ code: '4', message: '04' });
    expect(() => NationalProfile.parse({ payUrl: 'ftp://x' })).toThrow();
  });

  it('is off unless configured: no VNPAY without both code and secret, no national platform without a profile', () => {
    expect(paymentsFromEnv({})).toMatchObject({ vnpay: null, national: null, expiryMinutes: 15 });
    expect(paymentsFromEnv({ MOTCUA_VNPAY_TMN_CODE: 'X' }).vnpay).toBeNull();
    expect(paymentsFromEnv({ MOTCUA_VNPAY_TMN_CODE: 'X', MOTCUA_VNPAY_HASH_SECRET: 'Y', MOTCUA_PAYMENT_MINUTES: '30' })).toMatchObject({ vnpay: expect.objectContaining({ method: 'vnpay' }), expiryMinutes: 30 });
  });
});
