import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPdf } from '../../src/server/documents/signing/verify-pdf';
import { loginAs, testApp, type TestApp } from '../support/app';
import { act, buildReceipt, receive } from '../support/dossiers';
import { pdfText } from '../support/pdf-tools';

type Obligation = { id: string; basis: string; status: string; amount: number; version: number; lines: { label: string; quantity: string; amount: number }[]; payments: { id: string; method: string; status: string; amount: number; receipt: { series: string; number: string; documentId: string | null } | null; refundable: boolean }[] };

/** A commune dossier of "Chứng thực văn bản từ chối nhận di sản" (50.000 đồng/văn bản in the catalogue). */
const communeReceipt = (over: Record<string, unknown> = {}) =>
  buildReceipt({ procedureCode: '2.001016', applicant: { kind: 'individual', name: 'Trần Văn Bình', idNumber: '089195000456', phone: '0912000456', address: 'phường Long Xuyên, An Giang' }, documents: [{ name: 'Văn bản từ chối nhận di sản', copies: '1 bản chính', digitised: false }], ...over });

describe('financial obligations at the counter: schedule at receipt, cash and card, e-receipts, status 6, refunds', () => {
  let t: TestApp;
  const c: Record<string, string> = {};
  const year = new Date().getFullYear() % 100;

  const obligations = async (code: string, cookie: string) => {
    const r = await t.app.inject({ method: 'GET', url: `/api/dossiers/${code}/obligations`, headers: { cookie } });
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as { obligations: Obligation[]; canCollect: boolean; exemptions: { code: string }[] };
  };
  const pay = (id: string, cookie: string, body: Record<string, unknown>, key = randomUUID()) =>
    t.app.inject({ method: 'POST', url: `/api/obligations/${id}/payments`, headers: { cookie, 'idempotency-key': key }, payload: body });
  const receiptOf = async (paymentId: string, cookie: string) => {
    const r = await t.app.inject({ method: 'GET', url: `/api/payments/${paymentId}/receipt.pdf`, headers: { cookie } });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    return r.rawPayload;
  };

  beforeAll(async () => {
    t = await testApp({ catalogue: true });
    for (const u of ['tiepnhan', 'chuyenvien', 'truongphong', 'giamdoc', 'thanhtra', 'quantri', 'kiemsoat', 'motcua.longxuyen']) c[u] = await loginAs(t.app, u);
  });
  afterAll(() => t.close());

  it('opens the obligation the catalogue fee implies at receipt, and a free procedure owes nothing', async () => {
    const code = (await receive(t.app, c['motcua.longxuyen']!, communeReceipt())).json().code;
    const v = await obligations(code, c['motcua.longxuyen']!);
    expect(v.canCollect).toBe(true);
    expect(v.obligations).toHaveLength(1);
    expect(v.obligations[0]).toMatchObject({ basis: 'schedule', status: 'open', amount: 50_000 });
    expect(v.obligations[0]!.lines[0]).toMatchObject({ quantity: '1 văn bản', amount: 50_000 });
    const free = (await receive(t.app, c.tiepnhan!)).json().code;
    expect((await obligations(free, c.tiepnhan!)).obligations).toEqual([]);
  });

  it('records cash of exactly the amount once, with a signed e-receipt numbered in the agency series', async () => {
    const code = (await receive(t.app, c['motcua.longxuyen']!, communeReceipt())).json().code;
    const o = (await obligations(code, c['motcua.longxuyen']!)).obligations[0]!;
    const wrong = await pay(o.id, c['motcua.longxuyen']!, { method: 'cash', amount: 40_000 });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json()).toMatchObject({ reason: 'amount_mismatch', expected: 50_000 });
    // Another agency's desk and a specialist may not collect.
    expect((await pay(o.id, c.tiepnhan!, { method: 'cash', amount: 50_000 })).statusCode).toBe(403);
    const key = randomUUID();
    const ok = await pay(o.id, c['motcua.longxuyen']!, { method: 'cash', amount: 50_000 }, key);
    expect(ok.statusCode, ok.body).toBe(201);
    const paid = ok.json().obligations.obligations[0] as Obligation;
    expect(paid).toMatchObject({ status: 'paid' });
    expect(paid.payments[0]).toMatchObject({ method: 'cash', status: 'paid', amount: 50_000 });
    expect(paid.payments[0]!.receipt).toMatchObject({ series: `BL${year}E` });
    expect(paid.payments[0]!.receipt!.documentId).toBeTruthy();
    // A retry with the same key is the same payment; a new key finds the obligation settled.
    const again = await pay(o.id, c['motcua.longxuyen']!, { method: 'cash', amount: 50_000 }, key);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().paymentId).toBe(ok.json().paymentId);
    expect((await pay(o.id, c['motcua.longxuyen']!, { method: 'cash', amount: 50_000 })).json()).toMatchObject({ status: 409, reason: 'obligation_not_open' });

    const pdf = await receiptOf(ok.json().paymentId, c['motcua.longxuyen']!);
    const text = await pdfText(pdf);
    for (const s of ['BIÊN LAI THU PHÍ, LỆ PHÍ', `BL${year}E`, paid.payments[0]!.receipt!.number, code, 'Trần Văn Bình', '50.000 đồng', 'Năm mươi nghìn đồng', 'Tiền mặt', 'Ngô Thị Mai']) expect(text).toContain(s);
    const v = verifyPdf(pdf);
    expect(v.signatures[0]).toMatchObject({ intact: true, signatureValid: true, coversWholeDocument: true });
    // The receipt is listed among the dossier's documents.
    const docs = (await t.app.inject({ method: 'GET', url: `/api/dossiers/${code}/documents`, headers: { cookie: c['motcua.longxuyen']! } })).json() as { form: string; signed: boolean; number: string }[];
    expect(docs.filter((d) => d.form === 'receipt_payment')).toEqual([expect.objectContaining({ signed: true, number: `BL${year}E ${paid.payments[0]!.receipt!.number}` })]);
  });

  it('numbers receipts gap-free per agency and year under concurrency', async () => {
    const codes = await Promise.all(Array.from({ length: 6 }, () => receive(t.app, c['motcua.longxuyen']!, communeReceipt()).then((r) => r.json().code as string)));
    const ids = await Promise.all(codes.map(async (code) => (await obligations(code, c['motcua.longxuyen']!)).obligations[0]!.id));
    const results = await Promise.all(ids.map((id) => pay(id, c['motcua.longxuyen']!, { method: 'cash', amount: 50_000 })));
    expect(results.map((r) => r.statusCode)).toEqual(ids.map(() => 201));
    const agency = (await t.db.pool.query(`SELECT id FROM agencies WHERE code = '000.01.31.H04'`)).rows[0].id;
    const numbers = (await t.db.pool.query(`SELECT number FROM payment_receipts WHERE agency_id = $1 ORDER BY number`, [agency])).rows.map((r) => r.number);
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
  });

  it('an officer-determined obligation holds the dossier in status 6 until paid; payment_received is appended by the payment', async () => {
    const code = (await receive(t.app, c.tiepnhan!)).json().code;
    await act(t.app, c.tiepnhan!, code, 'forward');
    await act(t.app, c.chuyenvien!, code, 'claim');
    const r = await act(t.app, c.chuyenvien!, code, 'request_payment', { amount: 1_250_000, items: 'Lệ phí cấp Phiếu lý lịch tư pháp (thử nghiệm)' });
    expect(r.json()).toMatchObject({ status: 6 });
    const o = (await obligations(code, c.tiepnhan!)).obligations[0]!;
    expect(o).toMatchObject({ basis: 'officer', status: 'open', amount: 1_250_000 });
    const byHand = await act(t.app, c.tiepnhan!, code, 'payment_received');
    expect(byHand.statusCode).toBe(422);
    expect(byHand.json().reason).toBe('obligation_open');
    expect((await pay(o.id, c.tiepnhan!, { method: 'card', amount: 1_250_000 })).statusCode).toBe(400); // the POS slip number is required
    const ok = await pay(o.id, c.tiepnhan!, { method: 'card', amount: 1_250_000, reference: 'POS-000123' });
    expect(ok.statusCode, ok.body).toBe(201);
    const d = (await t.app.inject({ method: 'GET', url: `/api/dossiers/${code}`, headers: { cookie: c.chuyenvien! } })).json();
    expect(d).toMatchObject({ status: 4 });
    expect(d.history.at(-1)).toMatchObject({ action: 'payment_received', actorName: 'Lê Thị Hồng', statusAfter: 4 });
    expect(d.history.at(-1).comment).toContain('1.250.000 đồng');
    const text = await pdfText(await receiptOf(ok.json().paymentId, c.chuyenvien!));
    for (const s of ['Một triệu hai trăm năm mươi nghìn đồng', 'Thẻ (POS)', 'POS-000123', 'SỞ TƯ PHÁP']) expect(text).toContain(s);
  });

  it('records quantities and an exemption with its evidence from a configured schedule; a full exemption cancels', async () => {
    const schedule = {
      items: [{ key: 'chung-thuc', kind: 'phi', label: 'Phí chứng thực văn bản', basis: 'per_copy', amount: 50_000, unitName: 'bản' }],
      exemptions: [{ code: 'ho-ngheo', label: 'Hộ nghèo', legalBasis: 'Quy định miễn phí (thử nghiệm)', evidence: 'Giấy chứng nhận hộ nghèo', items: 'all', percent: 100 }],
    };
    expect((await t.app.inject({ method: 'PUT', url: '/api/procedures/2.001016/fee-schedule', headers: { cookie: c['motcua.longxuyen']! }, payload: { version: 0, schedule } })).statusCode).toBe(403);
    const bad = await t.app.inject({ method: 'PUT', url: '/api/procedures/2.001016/fee-schedule', headers: { cookie: c.kiemsoat! }, payload: { version: 0, schedule: { items: [{ ...schedule.items[0], amount: -1 }] } } });
    expect(bad.statusCode).toBe(400);
    const put = await t.app.inject({ method: 'PUT', url: '/api/procedures/2.001016/fee-schedule', headers: { cookie: c.kiemsoat! }, payload: { version: 0, schedule } });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ configured: true, version: 1 });
    expect((await t.app.inject({ method: 'PUT', url: '/api/procedures/2.001016/fee-schedule', headers: { cookie: c.kiemsoat! }, payload: { version: 0, schedule } })).statusCode).toBe(409);

    const code = (await receive(t.app, c['motcua.longxuyen']!, communeReceipt())).json().code;
    let o = (await obligations(code, c['motcua.longxuyen']!)).obligations[0]!;
    const adjust = (body: Record<string, unknown>) => t.app.inject({ method: 'POST', url: `/api/obligations/${o.id}/adjust`, headers: { cookie: c['motcua.longxuyen']! }, payload: body });
    expect((await adjust({ version: o.version, quantities: { 'chung-thuc': { copies: 3 } } })).statusCode).toBe(204);
    o = (await obligations(code, c['motcua.longxuyen']!)).obligations[0]!;
    expect(o).toMatchObject({ amount: 150_000, status: 'open' });
    expect((await adjust({ version: o.version - 1, quantities: {} })).statusCode).toBe(409);
    expect((await adjust({ version: o.version, exemption: { code: 'ho-ngheo', evidence: '' } })).statusCode).toBe(400);
    expect((await adjust({ version: o.version, exemption: { code: 'ho-ngheo', evidence: 'Giấy chứng nhận hộ nghèo số 12/GCN-UBND' } })).statusCode).toBe(204);
    expect((await obligations(code, c['motcua.longxuyen']!)).obligations[0]).toMatchObject({ status: 'cancelled' });
    await t.db.pool.query(`DELETE FROM fee_schedules WHERE procedure_code = '2.001016'`);
  });

  it('cancels what is open when the dossier is withdrawn, and refunds what was paid where the schedule allows it', async () => {
    const open = (await receive(t.app, c['motcua.longxuyen']!, communeReceipt())).json().code;
    await act(t.app, c['motcua.longxuyen']!, open, 'withdraw', { reason: 'Công dân xin rút hồ sơ' });
    expect((await obligations(open, c['motcua.longxuyen']!)).obligations[0]).toMatchObject({ status: 'cancelled' });

    const code = (await receive(t.app, c['motcua.longxuyen']!, communeReceipt())).json().code;
    const o = (await obligations(code, c['motcua.longxuyen']!)).obligations[0]!;
    const paymentId = (await pay(o.id, c['motcua.longxuyen']!, { method: 'cash', amount: 50_000 })).json().paymentId as string;
    const refund = () => t.app.inject({ method: 'POST', url: `/api/payments/${paymentId}/refund`, headers: { cookie: c['motcua.longxuyen']! }, payload: { reason: 'Công dân rút hồ sơ trước khi giải quyết' } });
    expect((await refund()).json()).toMatchObject({ status: 422, reason: 'refund_not_allowed' });
    await act(t.app, c['motcua.longxuyen']!, code, 'withdraw', { reason: 'Công dân xin rút hồ sơ' });
    expect((await obligations(code, c['motcua.longxuyen']!)).obligations[0]!.payments[0]!.refundable).toBe(true);
    expect((await refund()).statusCode).toBe(204);
    const after = (await obligations(code, c['motcua.longxuyen']!)).obligations[0]!;
    expect(after).toMatchObject({ status: 'refunded' });
    expect(after.payments[0]).toMatchObject({ status: 'refunded', refund: expect.objectContaining({ status: 'done' }) });
    expect((await refund()).statusCode).toBe(409);
  });

  it('reports collections by agency, procedure and method as Excel, for leaders only', async () => {
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const url = `/api/payments/reports/collections?from=${today}&to=${today}&unit=day`;
    expect((await t.app.inject({ method: 'GET', url, headers: { cookie: c['motcua.longxuyen']! } })).statusCode).toBe(403);
    const json = (await t.app.inject({ method: 'GET', url, headers: { cookie: c.quantri! } })).json();
    expect(json.totals.payments).toBeGreaterThanOrEqual(9);
    expect(json.rows).toEqual(expect.arrayContaining([expect.objectContaining({ procedureCode: '2.001016', method: 'cash', agency: 'Ủy ban nhân dân phường Long Xuyên' })]));
    const x = await t.app.inject({ method: 'GET', url: `${url}&format=xlsx`, headers: { cookie: c.quantri! } });
    expect(x.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Tổng hợp')!;
    const header = sheet.getRow(4).values as unknown[];
    expect(header).toEqual(expect.arrayContaining(['Cơ quan thu', 'Hình thức thanh toán', 'Số tiền (đồng)', 'Thực thu (đồng)']));
    const cash = sheet.getRows(5, sheet.rowCount - 4)!.find((r) => r.getCell(3).value === '2.001016' && r.getCell(5).value === 'Tiền mặt')!;
    expect(Number(cash.getCell(8).value)).toBe(Number(cash.getCell(7).value) * 50_000);
    expect(Number(cash.getCell(10).value)).toBe(50_000);
    const detail = wb.getWorksheet('Chi tiết')!;
    expect(detail.rowCount - 1).toBe(json.totals.payments);
  });
});
