import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepPendingPayments } from '../../src/server/services/expire-payments';
import { lookupToken } from '../../src/server/services/lookup-token';
import { vnpayProvider } from '../../src/server/payments/vnpay';
import type { PaymentProviders } from '../../src/server/payments/provider';
import { loginAs, testApp, type TestApp } from '../support/app';
import { citizenWithSession } from '../support/citizens';
import { act, buildReceipt, receive } from '../support/dossiers';
import { pdfText } from '../support/pdf-tools';
import { PEER_SECRET, PEER_TMN, signedIpn, startVnpayPeer, type VnpayPeer } from '../support/vnpay-peer';

const CCCD = '089195000789';
const communeReceipt = () => buildReceipt({ procedureCode: '2.001016', applicant: { kind: 'individual', name: 'Lê Văn Chí', idNumber: CCCD, phone: '0912000789' }, documents: [{ name: 'Văn bản từ chối nhận di sản', copies: '1 bản chính', digitised: false }] });
const until = async (f: () => boolean, ms = 5000) => {
  for (const end = Date.now() + ms; !f() && Date.now() < end; ) await new Promise((r) => setTimeout(r, 25));
  expect(f()).toBe(true);
};

describe('online payment through a protocol-faithful VNPAY peer: IPN codes, idempotency, queries, expiry, refunds, reconciliation', () => {
  let t: TestApp;
  let peer: VnpayPeer;
  let providers: PaymentProviders;
  let citizen: { cookie: string };
  const c: Record<string, string> = {};

  const newObligation = async () => {
    const code = (await receive(t.app, c.desk!, communeReceipt())).json().code as string;
    const o = (await t.app.inject({ method: 'GET', url: `/api/dossiers/${code}/obligations`, headers: { cookie: c.desk! } })).json().obligations[0] as { id: string };
    return { code, id: o.id };
  };
  const start = (id: string, cookie = citizen.cookie, body: Record<string, unknown> = {}) => t.app.inject({ method: 'POST', url: `/api/payments/${id}/start`, headers: { cookie }, payload: { method: 'vnpay', ...body } });
  const startUrl = async (id: string) => {
    const r = await start(id);
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as { paymentId: string; redirectUrl: string; txnRef: string };
  };
  const ipn = (query: string) => t.app.inject({ method: 'GET', url: `/api/payments/vnpay/ipn?${query}` });
  const returned = async (returnUrl: string) => (await t.app.inject({ method: 'GET', url: `/api/payments/vnpay/return?${new URL(returnUrl).search.slice(1)}` })).json();
  const status = async (id: string) => (await t.app.inject({ method: 'GET', url: `/api/public/obligations/${id}`, headers: { cookie: citizen.cookie } })).json() as { status: string; payments: { status: string; surplus: boolean; receipt: unknown }[] };
  const paidRows = async (obligationId: string) => (await t.db.pool.query(`SELECT status, surplus FROM payments WHERE obligation_id = $1 AND status IN ('paid', 'refunded') ORDER BY paid_at`, [obligationId])).rows;
  /** Payments settled by notices the test signed itself: the gateway peer never saw them, so its statement lacks them. */
  const forged: string[] = [];

  beforeAll(async () => {
    peer = await startVnpayPeer();
    providers = { vnpay: vnpayProvider({ tmnCode: PEER_TMN, hashSecret: PEER_SECRET, payUrl: peer.payUrl, apiUrl: peer.apiUrl }), national: null, expiryMinutes: 15 };
    t = await testApp({ catalogue: true, payments: providers });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    peer.ipnUrl = `http://127.0.0.1:${(t.app.server.address() as { port: number }).port}/api/payments/vnpay/ipn`;
    c.desk = await loginAs(t.app, 'motcua.longxuyen');
    c.quantri = await loginAs(t.app, 'quantri');
    citizen = await citizenWithSession(t.db, { idNumber: CCCD, fullName: 'Lê Văn Chí' });
  });
  afterAll(async () => {
    await t?.close();
    await peer?.close();
  });

  it('starts only for the applicant (own account or lookup token) and signs a URL the gateway accepts', async () => {
    const { code, id } = await newObligation();
    const stranger = await citizenWithSession(t.db);
    expect((await start(id, stranger.cookie)).statusCode).toBe(404);
    expect((await start(id, '')).statusCode).toBe(404);
    expect((await start(id, '', { t: 'sai-ma' })).statusCode).toBe(404);
    const token = await lookupToken(t.db.store, code);
    expect((await start(id, '', { t: token })).statusCode).toBe(200);
    // The progress page opened from the form's QR lists what to pay.
    const fees = await t.app.inject({ method: 'GET', url: `/api/public/dossiers/${code}/obligations?t=${token}` });
    expect(fees.json()).toEqual([expect.objectContaining({ id, amount: 50_000, status: 'open', payable: true })]);
    expect((await t.app.inject({ method: 'GET', url: `/api/public/dossiers/${code}/obligations` })).statusCode).toBe(404);
    const a = await startUrl(id);
    expect(a.redirectUrl.startsWith(`${peer.payUrl}?`)).toBe(true);
    const q = new URL(a.redirectUrl).searchParams;
    expect(q.get('vnp_Amount')).toBe('5000000');
    expect(q.get('vnp_ReturnUrl')).toMatch(/\/thanh-toan\/ket-qua$/);
    expect(q.get('vnp_OrderInfo')).toBe(`Nop phi, le phi ho so ${code}`);
    // A double click opens the same transaction.
    expect((await startUrl(id)).paymentId).toBe(a.paymentId);
    // The gateway refuses a URL changed on the way.
    await expect(peer.pay(a.redirectUrl.replace('vnp_Amount=5000000', 'vnp_Amount=100'))).rejects.toThrow('Sai chữ ký');
  });

  it('pays: the IPN answers 00, the obligation is settled, the return page shows it with the receipt', async () => {
    const { id } = await newObligation();
    const s = await startUrl(id);
    const back = await peer.pay(s.redirectUrl);
    expect(peer.ipnLog.at(-1)).toMatchObject({ txnRef: s.txnRef, rspCode: '00', message: 'Confirm Success' });
    expect(await status(id)).toMatchObject({ status: 'paid', payments: [expect.objectContaining({ status: 'paid', surplus: false })] });
    const r = await returned(back);
    expect(r).toMatchObject({ verified: true, status: 'paid', amount: 50_000, providerSaysSuccess: true, receipt: { series: expect.stringMatching(/^BL\d\dE$/) } });
    const pdf = await t.app.inject({ method: 'GET', url: `/api/payments/${s.paymentId}/receipt.pdf`, headers: { cookie: citizen.cookie } });
    expect(pdf.statusCode).toBe(200);
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain('Trực tuyến qua VNPAY');
    expect(text).toContain('Lê Văn Chí');
    // A forged return URL is not believed.
    expect(await returned(back.replace('vnp_Amount=5000000', 'vnp_Amount=5000100'))).toEqual({ verified: false });
  });

  it('answers 97 to a bad signature, 04 to a wrong amount, 01 to an unknown order, and changes nothing', async () => {
    const { id } = await newObligation();
    const s = await startUrl(id);
    expect((await ipn(signedIpn(s.redirectUrl, {}, 'khoa-sai'))).json()).toEqual({ RspCode: '97', Message: 'Invalid signature' });
    expect((await ipn(signedIpn(s.redirectUrl, { vnp_Amount: '5000100' }))).json().RspCode).toBe('04');
    expect((await ipn(signedIpn(s.redirectUrl, { vnp_Amount: '4900000' }))).json().RspCode).toBe('04');
    expect((await ipn(signedIpn(s.redirectUrl, { vnp_TxnRef: 'MC000000KHONGCO00' }))).json().RspCode).toBe('01');
    expect((await ipn(signedIpn(s.redirectUrl, { vnp_TmnCode: 'KHAC0001' }))).json().RspCode).toBe('97');
    expect((await ipn('vnp_TxnRef=x')).json().RspCode).toBe('97');
    expect((await status(id)).status).toBe('open');
    const events = (await t.db.pool.query(`SELECT response_code, verified FROM payment_events WHERE kind = 'ipn' ORDER BY id DESC LIMIT 6`)).rows;
    expect(events.map((e) => e.response_code)).toEqual(['97', '97', '01', '04', '04', '97']);
    // Through the peer: the gateway's own bad-signature and wrong-amount notices.
    await peer.pay(s.redirectUrl, 'wrong_amount');
    expect(peer.ipnLog.at(-1)?.rspCode).toBe('04');
    expect((await status(id)).status).toBe('open');
  });

  it('settles once under duplicate and concurrent notifications (02 for the rest)', async () => {
    const { id } = await newObligation();
    const s = await startUrl(id);
    await peer.pay(s.redirectUrl, 'duplicate');
    expect(peer.ipnLog.slice(-2).map((x) => x.rspCode)).toEqual(['00', '02']);
    const other = await newObligation();
    const s2 = await startUrl(other.id);
    const query = signedIpn(s2.redirectUrl);
    forged.push(s2.txnRef);
    const codes = (await Promise.all(Array.from({ length: 30 }, () => ipn(query)))).map((r) => r.json().RspCode as string);
    expect(codes.filter((x) => x === '00')).toHaveLength(1);
    expect(codes.filter((x) => x === '02')).toHaveLength(29);
    expect(await paidRows(other.id)).toEqual([{ status: 'paid', surplus: false }]);
    expect((await t.db.pool.query(`SELECT count(*)::int AS n FROM payment_receipts WHERE payment_id = $1`, [s2.paymentId])).rows[0].n).toBe(1);
  });

  it('out of order: the browser returns before the IPN; the return page asks the gateway; the late notices change nothing', async () => {
    const { id } = await newObligation();
    const s = await startUrl(id);
    const before = peer.ipnLog.length;
    const back = await peer.pay(s.redirectUrl, 'out_of_order');
    expect(await returned(back)).toMatchObject({ status: 'paid' });
    await until(() => peer.ipnLog.length === before + 2);
    expect(peer.ipnLog.slice(-2).map((x) => x.rspCode)).toEqual(['02', '02']);
    expect(await paidRows(id)).toEqual([{ status: 'paid', surplus: false }]);
  });

  it('no IPN at all: the return page (or, without it, the sweep) confirms by the signed status query; an unpaid one expires', async () => {
    const a = await newObligation();
    const sa = await startUrl(a.id);
    const back = await peer.pay(sa.redirectUrl, 'none');
    expect(await returned(back)).toMatchObject({ status: 'paid' });
    const b = await newObligation();
    const sb = await startUrl(b.id);
    await peer.pay(sb.redirectUrl, 'none');
    const unpaid = await newObligation();
    const su = await startUrl(unpaid.id);
    await peer.pay(su.redirectUrl, 'bad_signature');
    expect(peer.ipnLog.at(-1)?.rspCode).toBe('97');
    peer.txns.get(su.txnRef)!.status = 'created'; // the applicant never paid
    const r = await sweepPendingPayments(t.db.store, providers, new Date(Date.now() + 30 * 60_000));
    // Pending payments of earlier cases that were never paid expire too.
    expect(r.confirmed).toBe(1);
    expect(r.expired).toBeGreaterThanOrEqual(1);
    expect((await status(b.id)).status).toBe('paid');
    expect(await status(unpaid.id)).toMatchObject({ status: 'open', payments: [expect.objectContaining({ status: 'expired' })] });
    // A notice for the expired payment arriving now is too late.
    expect((await ipn(signedIpn(su.redirectUrl))).json().RspCode).toBe('02');
    // The obligation can be paid again with a new transaction.
    const again = await startUrl(unpaid.id);
    expect(again.paymentId).not.toBe(su.paymentId);
  });

  it('paid at the counter while an online payment was open: the late online payment is a surplus, refunded through the gateway', async () => {
    const { code, id } = await newObligation();
    const s = await startUrl(id);
    const cash = await t.app.inject({ method: 'POST', url: `/api/obligations/${id}/payments`, headers: { cookie: c.desk!, 'idempotency-key': `quay-${id}` }, payload: { method: 'cash', amount: 50_000 } });
    expect(cash.statusCode, cash.body).toBe(201);
    await peer.pay(s.redirectUrl);
    expect(peer.ipnLog.at(-1)?.rspCode).toBe('00');
    expect(await paidRows(id)).toEqual([
      { status: 'paid', surplus: false },
      { status: 'paid', surplus: true },
    ]);
    const view = (await t.app.inject({ method: 'GET', url: `/api/dossiers/${code}/obligations`, headers: { cookie: c.desk! } })).json();
    const surplus = view.obligations[0].payments.find((p: { surplus: boolean }) => p.surplus);
    expect(surplus.refundable).toBe(true);
    const r = await t.app.inject({ method: 'POST', url: `/api/payments/${surplus.id}/refund`, headers: { cookie: c.desk! }, payload: { reason: 'Thu trùng: công dân đã nộp tiền mặt tại quầy' } });
    expect(r.statusCode, r.body).toBe(204);
    expect(peer.txns.get(s.txnRef)?.status).toBe('refunded');
    expect(await paidRows(id)).toEqual([
      { status: 'paid', surplus: false },
      { status: 'refunded', surplus: true },
    ]);
  });

  it('resumes a dossier waiting in status 6 when the citizen pays online (payment_received by the system)', async () => {
    const officer = { desk: await loginAs(t.app, 'tiepnhan'), spec: await loginAs(t.app, 'chuyenvien') };
    const code = (await receive(t.app, officer.desk, buildReceipt({ applicant: { kind: 'individual', name: 'Lê Văn Chí', idNumber: CCCD } }))).json().code;
    await act(t.app, officer.desk, code, 'forward');
    await act(t.app, officer.spec, code, 'claim');
    await act(t.app, officer.spec, code, 'request_payment', { amount: 200_000, items: 'Lệ phí (thử nghiệm)' });
    const o = (await t.app.inject({ method: 'GET', url: `/api/dossiers/${code}/obligations`, headers: { cookie: officer.desk } })).json().obligations[0];
    const s = await startUrl(o.id);
    await peer.pay(s.redirectUrl);
    const d = (await t.app.inject({ method: 'GET', url: `/api/dossiers/${code}`, headers: { cookie: officer.spec } })).json();
    expect(d.status).toBe(4);
    expect(d.history.at(-1)).toMatchObject({ action: 'payment_received', actorName: 'Hệ thống (thanh toán trực tuyến)' });
  });

  it('reconciles the gateway statement: matched, missing on our side, missing on theirs, amount differs', async () => {
    const paid = [...peer.txns.values()].filter((x) => x.status === 'paid');
    const [dropped, changed] = [paid[0]!.txnRef, paid[1]!.txnRef];
    const csv = peer.statement({ drop: [dropped], amountDelta: { [changed]: 1000 }, extra: [{ txnRef: 'MC261122KHONGCOTRENHT', amount: 50_000 }] });
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const r = await t.app.inject({ method: 'POST', url: '/api/payments/statements', headers: { cookie: c.quantri! }, payload: { provider: 'vnpay', date: today, csv } });
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json();
    const kinds = (k: string) => body.mismatches.filter((m: { kind: string }) => m.kind === k).map((m: { txnRef: string }) => m.txnRef);
    expect(kinds('missing_theirs').sort()).toEqual([dropped, ...forged].sort());
    expect(kinds('amount_differs')).toEqual([changed]);
    expect(kinds('missing_ours')).toEqual(['MC261122KHONGCOTRENHT']);
    // Matched: the payment lines of the paid and refunded transactions (less the dropped and the changed one), and each refund line.
    const refunded = [...peer.txns.values()].filter((x) => x.status === 'refunded').length;
    expect(body.matched).toBe(paid.length - 2 + 2 * refunded);
    expect(body.matchedLines).toHaveLength(body.matched);
    expect((await t.app.inject({ method: 'POST', url: '/api/payments/statements', headers: { cookie: c.desk! }, payload: { provider: 'vnpay', date: today, csv } })).statusCode).toBe(403);
    const bad = await t.app.inject({ method: 'POST', url: '/api/payments/statements', headers: { cookie: c.quantri! }, payload: { provider: 'vnpay', date: today, csv: 'a,b\n1,2\n' } });
    expect(bad.statusCode).toBe(400);
  });

  it('computes the 766 group 3b online-payment ratios from the payments made', async () => {
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const r = (await t.app.inject({ method: 'GET', url: `/api/payments/reports/online-766?from=${today}&to=${today}&agency=000.01.31.H04`, headers: { cookie: c.quantri! } })).json();
    const paidOnline = (await t.db.pool.query(`SELECT count(DISTINCT o.dossier_id)::int AS n FROM payment_obligations o JOIN payments p ON p.id = o.paid_payment_id JOIN dossiers d ON d.id = o.dossier_id WHERE p.method = 'vnpay' AND d.receiving_agency_id = (SELECT id FROM agencies WHERE code = '000.01.31.H04')`)).rows[0].n;
    expect(r.counts.dossiersPaidOnline).toBe(paidOnline);
    expect(r.counts.proceduresPaidOnline).toBe(1);
    expect(r.counts.proceduresWithFees).toBeGreaterThanOrEqual(5);
    expect(r.indicators.find((i: { id: string }) => i.id === '3.6').percent).toBeCloseTo((100 * paidOnline) / r.counts.feeDossiers, 1);
    expect(r.apiScore).toBeGreaterThan(0);
  });
});
