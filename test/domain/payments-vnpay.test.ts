/** VNPAY 2.1.0 checksums: the published example URL, a third-party library's vectors, and round trips. */
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalQuery, formEncode, fromVnpAmount, orderInfo, parseVnpDate, payParams, queryDrData, readResult, refundData, secureHash, signedQuery, toVnpAmount, verifySecureHash, vnpDate } from '../../src/domain/payments';

const hmac = (secret: string, data: string) => createHmac('sha512', secret).update(data, 'utf8').digest('hex');

describe('VNPAY checksum data', () => {
  it('reproduces the query of the payment URL in the published integration guide', () => {
    // https://sandbox.vnpayment.vn/apis/docs/thanh-toan-pay/pay.html: the sample URL, signature removed.
    const published =
      'vnp_Amount=1806000&vnp_Command=pay&vnp_CreateDate=20210801153333&vnp_CurrCode=VND&vnp_IpAddr=127.0.0.1&vnp_Locale=vn&vnp_OrderInfo=Thanh+toan+don+hang+%3A5&vnp_OrderType=other&vnp_ReturnUrl=https%3A%2F%2Fdomainmerchant.vn%2FReturnUrl&vnp_TmnCode=DEMOV210&vnp_TxnRef=5&vnp_Version=2.1.0';
    const params = Object.fromEntries(new URLSearchParams(published));
    // Shuffled input comes out sorted and encoded exactly as published.
    const shuffled = Object.fromEntries(Object.entries(params).reverse());
    expect(canonicalQuery(shuffled)).toBe(published);
    expect(payParams({ tmnCode: 'DEMOV210', amount: 18_060, txnRef: '5', orderInfo: 'Thanh toán đơn hàng :5', returnUrl: 'https://domainmerchant.vn/ReturnUrl', ipAddr: '127.0.0.1', createdAt: '2021-08-01T15:33:33+07:00', expiresAt: '2021-08-01T15:48:33+07:00' })).toMatchObject(params);
  });

  it('matches the vectors of an independent implementation (lehuygiang28/vnpay test suite, secret "test_secret")', () => {
    const ipn = {
      vnp_Amount: '1000000',
      vnp_BankCode: 'NCB',
      vnp_BankTranNo: 'VNP14422574',
      vnp_CardType: 'ATM',
      vnp_OrderInfo: 'Thanh toan don hang 2024-05-21T02:17:31.249Z',
      vnp_PayDate: '20240521091806',
      vnp_ResponseCode: '00',
      vnp_TmnCode: 'TEST_TMN_CODE',
      vnp_TransactionNo: '14422574',
      vnp_TransactionStatus: '00',
      vnp_TxnRef: '1716257871703',
    };
    expect(secureHash(ipn, 'test_secret', hmac)).toBe('649982421beb422556a1374713c74e58e716ecbd05007c0c0e1f7effdfaf361dbf146889ca446139afe11b9954c4d5c486e99e3b86fcfab6957f29eb0be72895');
    expect(secureHash({ ...ipn, vnp_ResponseCode: '99' }, 'test_secret', hmac)).toBe('503194f6d93b57b357b2d1d09742565e67e86d771352c5dca4fc8d39df3d392c6b3809add9405f97cfb9631f445e36c80656cfbf47eac67d97fa165865c13e1b');
    const r = readResult({ ...ipn, vnp_SecureHash: '649982421beb422556a1374713c74e58e716ecbd05007c0c0e1f7effdfaf361dbf146889ca446139afe11b9954c4d5c486e99e3b86fcfab6957f29eb0be72895' }, 'test_secret', 'TEST_TMN_CODE', hmac);
    expect(r).toMatchObject({ signatureValid: true, txnRef: '1716257871703', amount: 10_000, success: true, transactionNo: '14422574', bankCode: 'NCB' });
    expect(r.payDate?.toISOString()).toBe('2024-05-21T02:18:06.000Z');
    // The same data from another terminal code is not ours.
    expect(readResult({ ...ipn, vnp_SecureHash: '649982421beb422556a1374713c74e58e716ecbd05007c0c0e1f7effdfaf361dbf146889ca446139afe11b9954c4d5c486e99e3b86fcfab6957f29eb0be72895' }, 'test_secret', 'OTHER', hmac).signatureValid).toBe(false);
  });

  it('form-encodes like URLSearchParams: "+" for space, UTF-8 %XX, * - . _ kept', () => {
    expect(formEncode('a b*-._~!\'()đ:/')).toBe('a+b*-._%7E%21%27%28%29%C4%91%3A%2F');
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => formEncode(s) === new URLSearchParams({ x: s }).toString().slice(2)));
  });

  it('leaves out empty values, non-vnp_ names and the hash itself', () => {
    expect(canonicalQuery({ vnp_B: '2', vnp_A: '1', vnp_Empty: '', other: 'x', vnp_SecureHash: 'h', vnp_SecureHashType: 'HmacSHA512' })).toBe('vnp_A=1&vnp_B=2');
  });

  it('verifies what it signs and refuses any change of name, value or hash', () => {
    const entry = fc.tuple(fc.stringMatching(/^vnp_[A-Za-z]{1,12}$/), fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }));
    fc.assert(
      fc.property(fc.uniqueArray(entry, { minLength: 1, maxLength: 12, selector: (e) => e[0] }), fc.string({ minLength: 8, maxLength: 40 }), fc.nat(), (entries, secret, pick) => {
        const params = Object.fromEntries(entries);
        const signed = Object.fromEntries(new URLSearchParams(signedQuery(params, secret, hmac)));
        if (!verifySecureHash(signed, secret, hmac)) return false;
        if (verifySecureHash(signed, `${secret}x`, hmac)) return false;
        const [name, value] = entries[pick % entries.length]!;
        if (verifySecureHash({ ...signed, [name]: `${value}x` }, secret, hmac)) return false;
        const h = signed.vnp_SecureHash!;
        return !verifySecureHash({ ...signed, vnp_SecureHash: `${h.slice(0, -1)}${h.endsWith('0') ? '1' : '0'}` }, secret, hmac);
      }),
      { numRuns: 300 },
    );
  });

  it('converts amounts ×100 and GMT+7 times, and strips diacritics from the order information', () => {
    expect(toVnpAmount(50_000)).toBe('5000000');
    expect(fromVnpAmount('5000000')).toBe(50_000);
    expect(fromVnpAmount('5000050')).toBeNull();
    expect(fromVnpAmount('-100')).toBeNull();
    expect(fromVnpAmount('1e5')).toBeNull();
    expect(vnpDate('2021-08-01T08:33:33Z')).toBe('20210801153333');
    expect(parseVnpDate('20210801153333')?.toISOString()).toBe('2021-08-01T08:33:33.000Z');
    expect(parseVnpDate('2021-08-01')).toBeNull();
    expect(orderInfo('Nộp lệ phí hồ sơ 000.00.17.H04-261122-0001 (Đăng ký #1)')).toBe('Nop le phi ho so 000.00.17.H04-261122-0001 Dang ky 1');
  });

  it('joins the querydr and refund checksum fields with "|" in the documented order', () => {
    expect(queryDrData({ requestId: 'r1', tmnCode: 'TMN', txnRef: 'T1', transactionDate: '20261122100000', createDate: '20261122110000', ipAddr: '127.0.0.1', orderInfo: 'Truy van' })).toBe('r1|2.1.0|querydr|TMN|T1|20261122100000|20261122110000|127.0.0.1|Truy van');
    expect(refundData({ requestId: 'r2', tmnCode: 'TMN', transactionType: '02', txnRef: 'T1', amount: '5000000', transactionNo: '123', transactionDate: '20261122100000', createBy: 'tiepnhan', createDate: '20261122110000', ipAddr: '127.0.0.1', orderInfo: 'Hoan tien' })).toBe(
      'r2|2.1.0|refund|TMN|02|T1|5000000|123|20261122100000|tiepnhan|20261122110000|127.0.0.1|Hoan tien',
    );
  });
});
