/**
 * A local, protocol-faithful VNPAY 2.1.0 peer for tests: it serves the payment page at
 * /paymentv2/vpcpay.html (refusing a URL whose vnp_SecureHash does not verify, as the gateway's
 * "sai chữ ký" page does), and "pays" by calling the merchant's IPN URL with HMAC-SHA512-signed
 * parameters, then redirecting the browser to vnp_ReturnUrl with the same signed result. It answers
 * querydr and refund at /merchant_webapi/api/transaction with the pipe-joined checksums, and writes a
 * daily statement CSV. On demand it misbehaves the way real networks do: a bad signature, a wrong
 * amount, duplicate or out-of-order notices, or no IPN at all (the return URL only).
 */
import { createHmac } from 'node:crypto';
import http from 'node:http';
import { fromVnpAmount, queryDrData, queryDrResponseData, refundData, refundResponseData, signedQuery, toVnpAmount, verifySecureHash, vnpDate, type HmacSha512 } from '../../src/domain/payments';

export const PEER_TMN = 'MOTCUA01';
export const PEER_SECRET = 'KHOABIMATTHUNGHIEMMOTCUA20261122';
const hmac: HmacSha512 = (secret, data) => createHmac('sha512', secret).update(data, 'utf8').digest('hex');

export type PeerMode = 'normal' | 'none' | 'bad_signature' | 'wrong_amount' | 'duplicate' | 'out_of_order' | 'cancel';
export type PeerTxn = { txnRef: string; amount: number; params: Record<string, string>; status: 'created' | 'paid' | 'failed' | 'refunded'; transactionNo: string; payDate: string; bankCode: string };
export type IpnCall = { txnRef: string; rspCode: string | null; message: string | null; status: number };

export type VnpayPeer = {
  url: string;
  payUrl: string;
  apiUrl: string;
  txns: Map<string, PeerTxn>;
  ipnLog: IpnCall[];
  /** Mode for the next payments (default 'normal'). */
  mode: PeerMode;
  /** Where the merchant's IPN listens (VNPAY has it registered per terminal, not in the payment URL). */
  ipnUrl: string;
  /** What clicking "Thanh toán" on the payment page does, for tests without a browser: returns the return URL. */
  pay: (paymentUrl: string, mode?: PeerMode) => Promise<string>;
  /** A statement CSV of a day's successful transactions and refunds. */
  statement: (opts?: { drop?: string[]; amountDelta?: Record<string, number>; extra?: { txnRef: string; amount: number }[] }) => string;
  close: () => Promise<void>;
};

let seq = 14_000_000;

function html(title: string, body: string) {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function startVnpayPeer(opts: { secret?: string; tmnCode?: string } = {}): Promise<VnpayPeer> {
  const secret = opts.secret ?? PEER_SECRET;
  const tmn = opts.tmnCode ?? PEER_TMN;
  const txns = new Map<string, PeerTxn>();
  const ipnLog: IpnCall[] = [];
  const peer = { mode: 'normal' as PeerMode, ipnUrl: '' };

  const result = (t: PeerTxn, ok: boolean, amount = t.amount) => ({
    vnp_Amount: toVnpAmount(amount),
    vnp_BankCode: t.bankCode,
    vnp_BankTranNo: `VNP${t.transactionNo}`,
    vnp_CardType: 'ATM',
    vnp_OrderInfo: t.params.vnp_OrderInfo ?? '',
    vnp_PayDate: t.payDate,
    vnp_ResponseCode: ok ? '00' : '24',
    vnp_TmnCode: tmn,
    vnp_TransactionNo: ok ? t.transactionNo : '0',
    vnp_TransactionStatus: ok ? '00' : '02',
    vnp_TxnRef: t.txnRef,
  });
  const callIpn = async (params: Record<string, string>, key = secret) => {
    const query = signedQuery(params, key, hmac);
    const res = await fetch(`${peer.ipnUrl}?${query}`);
    const body = (await res.json().catch(() => ({}))) as { RspCode?: string; Message?: string };
    ipnLog.push({ txnRef: params.vnp_TxnRef ?? '', rspCode: body.RspCode ?? null, message: body.Message ?? null, status: res.status });
  };
  const returnUrl = (t: PeerTxn, params: Record<string, string>) => `${t.params.vnp_ReturnUrl}?${signedQuery(params, secret, hmac)}`;

  /** Runs one payment in a mode; returns where the browser goes next. */
  async function settle(t: PeerTxn, mode: PeerMode): Promise<string> {
    const ok = mode !== 'cancel';
    t.status = ok ? 'paid' : 'failed';
    const params = result(t, ok);
    switch (mode) {
      case 'normal':
      case 'cancel':
        await callIpn(params);
        break;
      case 'none':
        break;
      case 'bad_signature':
        await callIpn(params, `${secret}-sai`);
        break;
      case 'wrong_amount':
        await callIpn(result(t, true, t.amount + 1000));
        t.status = 'created';
        break;
      case 'duplicate':
        await callIpn(params);
        await callIpn(params);
        break;
      case 'out_of_order':
        // The browser comes back first; the success notice arrives later, then a stale failure notice.
        setTimeout(() => void callIpn(params).then(() => callIpn(result(t, false))), 300);
        break;
    }
    return returnUrl(t, params);
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://peer');
    const send = (status: number, body: string, type = 'text/html; charset=utf-8') => res.writeHead(status, { 'content-type': type }).end(body);
    if (req.method === 'GET' && url.pathname === '/paymentv2/vpcpay.html') {
      const params = Object.fromEntries(url.searchParams);
      const problems = [
        !verifySecureHash(params, secret, hmac) && 'Sai chữ ký (mã lỗi 70)',
        params.vnp_TmnCode !== tmn && 'Website chưa được phê duyệt (mã lỗi 02)',
        (params.vnp_Version !== '2.1.0' || params.vnp_Command !== 'pay' || params.vnp_CurrCode !== 'VND') && 'Dữ liệu gửi sang không đúng định dạng (mã lỗi 03)',
        fromVnpAmount(params.vnp_Amount) === null && 'Số tiền không hợp lệ (mã lỗi 03)',
        !params.vnp_ReturnUrl && 'Thiếu vnp_ReturnUrl (mã lỗi 03)',
      ].filter((x): x is string => typeof x === 'string');
      if (problems.length) return send(200, html('Thông báo lỗi', `<p data-testid="peer-error">${problems.map(esc).join('<br>')}</p>`));
      if (params.vnp_ExpireDate && params.vnp_ExpireDate < vnpDate(new Date())) return send(200, html('Thông báo lỗi', '<p data-testid="peer-error">Giao dịch đã quá thời gian chờ thanh toán (mã lỗi 11)</p>'));
      const txnRef = params.vnp_TxnRef!;
      const existing = txns.get(txnRef);
      if (!existing) txns.set(txnRef, { txnRef, amount: fromVnpAmount(params.vnp_Amount)!, params, status: 'created', transactionNo: String(++seq), payDate: vnpDate(new Date()), bankCode: 'NCB' });
      const t = txns.get(txnRef)!;
      return send(
        200,
        html(
          'Cổng thanh toán thử nghiệm (VNPAY 2.1.0)',
          `<p>Đơn vị: <b>${esc(tmn)}</b></p><p>Nội dung: <span data-testid="peer-info">${esc(params.vnp_OrderInfo ?? '')}</span></p>` +
            `<p>Số tiền: <b data-testid="peer-amount">${t.amount.toLocaleString('vi-VN')} VND</b></p>` +
            `<form method="post" action="/paymentv2/pay"><input type="hidden" name="ref" value="${esc(txnRef)}"><button type="submit" name="act" value="pay" data-testid="peer-pay">Thanh toán</button> <button type="submit" name="act" value="cancel" data-testid="peer-cancel">Hủy giao dịch</button></form>`,
        ),
      );
    }
    if (req.method === 'POST' && (url.pathname === '/paymentv2/pay' || url.pathname === '/merchant_webapi/api/transaction')) {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        if (url.pathname === '/paymentv2/pay') {
          const form = new URLSearchParams(body);
          const t = txns.get(form.get('ref') ?? '');
          if (!t || t.status !== 'created') return send(200, html('Thông báo lỗi', '<p data-testid="peer-error">Giao dịch không tồn tại hoặc đã xử lý</p>'));
          void settle(t, form.get('act') === 'cancel' ? 'cancel' : peer.mode).then(
            (to) => res.writeHead(302, { location: to }).end(),
            (err: unknown) => send(500, String(err)),
          );
          return;
        }
        const r = JSON.parse(body || '{}') as Record<string, string>;
        const reply = (o: Record<string, string>, data: (x: Record<string, string>) => string) => send(200, JSON.stringify({ ...o, vnp_SecureHash: hmac(secret, data(o)) }), 'application/json');
        const t = txns.get(r.vnp_TxnRef ?? '');
        const base = { vnp_ResponseId: `R${++seq}`, vnp_Command: r.vnp_Command ?? '', vnp_TmnCode: tmn, vnp_TxnRef: r.vnp_TxnRef ?? '' };
        if (r.vnp_Command === 'querydr') {
          const ok = r.vnp_SecureHash === hmac(secret, queryDrData({ requestId: r.vnp_RequestId!, tmnCode: r.vnp_TmnCode!, txnRef: r.vnp_TxnRef!, transactionDate: r.vnp_TransactionDate!, createDate: r.vnp_CreateDate!, ipAddr: r.vnp_IpAddr!, orderInfo: r.vnp_OrderInfo! }));
          if (!ok) return reply({ ...base, vnp_ResponseCode: '97', vnp_Message: 'Checksum khong hop le' }, queryDrResponseData);
          if (!t) return reply({ ...base, vnp_ResponseCode: '91', vnp_Message: 'Khong tim thay giao dich' }, queryDrResponseData);
          const status = t.status === 'paid' ? '00' : t.status === 'refunded' ? '06' : t.status === 'failed' ? '02' : '01';
          return reply({ ...base, vnp_ResponseCode: '00', vnp_Message: 'Thanh cong', vnp_Amount: toVnpAmount(t.amount), vnp_BankCode: t.bankCode, vnp_PayDate: t.payDate, vnp_TransactionNo: t.transactionNo, vnp_TransactionType: '01', vnp_TransactionStatus: status, vnp_OrderInfo: t.params.vnp_OrderInfo ?? '', vnp_PromotionCode: '', vnp_PromotionAmount: '' }, queryDrResponseData);
        }
        if (r.vnp_Command === 'refund') {
          const ok = r.vnp_SecureHash === hmac(secret, refundData({ requestId: r.vnp_RequestId!, tmnCode: r.vnp_TmnCode!, transactionType: r.vnp_TransactionType as '02', txnRef: r.vnp_TxnRef!, amount: r.vnp_Amount!, transactionNo: r.vnp_TransactionNo!, transactionDate: r.vnp_TransactionDate!, createBy: r.vnp_CreateBy!, createDate: r.vnp_CreateDate!, ipAddr: r.vnp_IpAddr!, orderInfo: r.vnp_OrderInfo! }));
          const code = !ok ? '97' : !t ? '91' : t.status !== 'paid' ? '95' : r.vnp_Amount !== toVnpAmount(t.amount) ? '03' : '00';
          if (code === '00') t!.status = 'refunded';
          return reply({ ...base, vnp_ResponseCode: code, vnp_Message: code === '00' ? 'Thanh cong' : 'That bai', vnp_Amount: r.vnp_Amount ?? '', vnp_BankCode: t?.bankCode ?? '', vnp_PayDate: t?.payDate ?? '', vnp_TransactionNo: t?.transactionNo ?? '', vnp_TransactionType: '02', vnp_TransactionStatus: code === '00' ? '05' : '', vnp_OrderInfo: r.vnp_OrderInfo ?? '' }, refundResponseData);
        }
        send(400, JSON.stringify({ vnp_ResponseCode: '03' }), 'application/json');
      });
      return;
    }
    send(404, 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

  return Object.assign(peer, {
    url,
    payUrl: `${url}/paymentv2/vpcpay.html`,
    apiUrl: `${url}/merchant_webapi/api/transaction`,
    txns,
    ipnLog,
    async pay(paymentUrl: string, mode?: PeerMode) {
      const page = await fetch(paymentUrl);
      const text = await page.text();
      if (text.includes('peer-error')) throw new Error(`peer refused the payment URL: ${/data-testid="peer-error">([^<]*)/.exec(text)?.[1]}`);
      const ref = new URL(paymentUrl).searchParams.get('vnp_TxnRef')!;
      return settle(txns.get(ref)!, mode ?? peer.mode);
    },
    statement(o: { drop?: string[]; amountDelta?: Record<string, number>; extra?: { txnRef: string; amount: number }[] } = {}) {
      const rows = [['TmnCode', 'TxnRef', 'TransactionNo', 'Amount', 'BankCode', 'PayDate', 'TransactionType', 'TransactionStatus']];
      for (const t of txns.values()) {
        if (o.drop?.includes(t.txnRef) || (t.status !== 'paid' && t.status !== 'refunded')) continue;
        rows.push([tmn, t.txnRef, t.transactionNo, String(t.amount + (o.amountDelta?.[t.txnRef] ?? 0)), t.bankCode, t.payDate, '01', '00']);
        if (t.status === 'refunded') rows.push([tmn, t.txnRef, t.transactionNo, String(t.amount), t.bankCode, t.payDate, '02', '00']);
      }
      for (const e of o.extra ?? []) rows.push([tmn, e.txnRef, String(++seq), String(e.amount), 'NCB', vnpDate(new Date()), '01', '00']);
      return `\uFEFF${rows.map((r) => r.join(',')).join('\r\n')}\r\n`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

/** A signed IPN query string for a payment URL's transaction (tests that talk to the IPN directly). */
export function signedIpn(paymentUrl: string, over: Record<string, string> = {}, key = PEER_SECRET): string {
  const p = Object.fromEntries(new URL(paymentUrl).searchParams);
  const params = {
    vnp_Amount: p.vnp_Amount!,
    vnp_BankCode: 'NCB',
    vnp_CardType: 'ATM',
    vnp_OrderInfo: p.vnp_OrderInfo!,
    vnp_PayDate: vnpDate(new Date()),
    vnp_ResponseCode: '00',
    vnp_TmnCode: p.vnp_TmnCode!,
    vnp_TransactionNo: String(++seq),
    vnp_TransactionStatus: '00',
    vnp_TxnRef: p.vnp_TxnRef!,
    ...over,
  };
  return signedQuery(params, key, hmac);
}

