import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vnpayProvider } from '../../src/server/payments/vnpay';
import { loginAs, testApp, type TestApp } from '../support/app';
import { citizenWithSession } from '../support/citizens';
import { buildReceipt, receive } from '../support/dossiers';
import { PEER_SECRET, PEER_TMN, startVnpayPeer, type VnpayPeer } from '../support/vnpay-peer';

type Row = { code: string; name: string; versionNo: number; configured: boolean; version: number; updatedBy: string | null; items: number; exemptions: number; discountsInForce: number; channels: { channel: string; amount: number }[] };
type Page = { total: number; page: number; pageSize: number; rows: Row[] };

const CCCD = '089195000852';
const communeReceipt = () => buildReceipt({ procedureCode: '2.001016', applicant: { kind: 'individual', name: 'Võ Thị Lan', idNumber: CCCD, phone: '0912000852' }, documents: [{ name: 'Văn bản từ chối nhận di sản', copies: '1 bản chính', digitised: false }] });
const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

describe('fee administration: the list of fee schedules, statement history and the mismatch workbook', () => {
  let t: TestApp;
  let peer: VnpayPeer;
  const c: Record<string, string> = {};
  const list = async (query: string, cookie = c.quantri!) => {
    const r = await t.app.inject({ method: 'GET', url: `/api/fee-schedules${query}`, headers: { cookie } });
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as Page;
  };

  beforeAll(async () => {
    peer = await startVnpayPeer();
    t = await testApp({ catalogue: true, payments: { vnpay: vnpayProvider({ tmnCode: PEER_TMN, hashSecret: PEER_SECRET, payUrl: peer.payUrl, apiUrl: peer.apiUrl }), national: null, expiryMinutes: 15 } });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    peer.ipnUrl = `http://127.0.0.1:${(t.app.server.address() as { port: number }).port}/api/payments/vnpay/ipn`;
    for (const u of ['quantri', 'kiemsoat', 'giamdoc', 'tiepnhan', 'motcua.longxuyen']) c[u] = await loginAs(t.app, u);
  });
  afterAll(async () => {
    await t?.close();
    await peer?.close();
  });

  it('lists every published procedure with its version, channels and the amount per channel', async () => {
    const all = await list('?pageSize=100');
    const procedures = (await t.db.pool.query(`SELECT count(DISTINCT procedure_id)::int AS n FROM procedure_versions WHERE status = 'published'`)).rows[0].n;
    expect(all.total).toBe(procedures);
    expect(all.rows.map((r) => r.code)).toEqual([...all.rows.map((r) => r.code)].sort());
    // The catalogue's "50.000 đồng" on every channel, not configured yet.
    expect(all.rows.find((r) => r.code === '2.001016')).toMatchObject({ configured: false, version: 0, versionNo: 1, items: 1, channels: [{ channel: 'direct', amount: 50_000 }, { channel: 'online', amount: 50_000 }, { channel: 'postal', amount: 50_000 }] });
    // The demo's configured schedule: 400.000 đồng, half of it online, three exemptions.
    expect(all.rows.find((r) => r.code === '2.001263')).toMatchObject({ configured: true, version: 1, exemptions: 3, discountsInForce: 1, channels: [{ channel: 'direct', amount: 400_000 }, { channel: 'online', amount: 200_000 }, { channel: 'postal', amount: 400_000 }] });
    // Pages of 5: the second starts where the first ended.
    const [p1, p2] = [await list('?pageSize=5'), await list('?pageSize=5&page=2')];
    expect(p2.rows[0]!.code).toBe(all.rows[5]!.code);
    expect(p1.rows).toHaveLength(5);
  });

  it('searches by code prefix or by name without diacritics, and filters the configured ones', async () => {
    expect((await list('?q=tu%20choi%20nhan%20di%20san')).rows.map((r) => r.code)).toEqual(['2.001016']);
    expect((await list('?q=2.00101')).rows.map((r) => r.code)).toEqual(['2.001016']);
    expect((await list('?configured=yes')).rows.map((r) => r.code)).toEqual(['2.001263']);
    const unconfigured = await list('?configured=no&pageSize=100');
    expect(unconfigured.rows.some((r) => r.code === '2.001263')).toBe(false);
    expect(unconfigured.total).toBe((await list('?pageSize=100')).total - 1);
  });

  it('shows a saved schedule in the list, and only to the administrator and the TTHC control officer', async () => {
    const schedule = { items: [{ key: 'le-phi', kind: 'le_phi', label: 'Lệ phí chứng thực', basis: 'per_copy', amount: 60_000, channels: ['direct', 'online'] }], onlineDiscounts: [{ decision: 'Quyết định thử nghiệm', effectiveFrom: '2026-01-01', effectiveTo: null, items: 'all', kind: 'fixed', value: 10_000 }] };
    const bad = await t.app.inject({ method: 'PUT', url: '/api/procedures/2.001016/fee-schedule', headers: { cookie: c.kiemsoat! }, payload: { version: 0, schedule: { ...schedule, items: [{ ...schedule.items[0], amount: -5_000 }] } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toContainEqual({ name: 'schedule.items.0.amount', reason: 'Số tiền không được âm' });
    expect((await list('?q=2.001016')).rows[0]).toMatchObject({ configured: false });
    const ok = await t.app.inject({ method: 'PUT', url: '/api/procedures/2.001016/fee-schedule', headers: { cookie: c.kiemsoat! }, payload: { version: 0, schedule } });
    expect(ok.statusCode, ok.body).toBe(200);
    // Postal is not among the item's channels: nothing to pay there; online: 60.000 − 10.000.
    expect((await list('?q=2.001016', c.kiemsoat)).rows[0]).toMatchObject({ configured: true, version: 1, updatedBy: 'Trần Thị Kiểm', channels: [{ channel: 'direct', amount: 60_000 }, { channel: 'online', amount: 50_000 }, { channel: 'postal', amount: 0 }] });
    for (const u of ['giamdoc', 'tiepnhan']) expect((await t.app.inject({ method: 'GET', url: '/api/fee-schedules', headers: { cookie: c[u]! } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/fee-schedules' })).statusCode).toBe(401);
    const wrong = await t.app.inject({ method: 'GET', url: '/api/fee-schedules?pageSize=500', headers: { cookie: c.quantri! } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
  });

  it('keeps the statements imported and lists the mismatches in an Excel workbook for the leader', async () => {
    const citizen = await citizenWithSession(t.db, { idNumber: CCCD, fullName: 'Võ Thị Lan' });
    const paid: { txnRef: string; amount: number }[] = [];
    for (let i = 0; i < 3; i++) {
      const code = (await receive(t.app, c['motcua.longxuyen']!, communeReceipt())).json().code as string;
      const o = (await t.app.inject({ method: 'GET', url: `/api/dossiers/${code}/obligations`, headers: { cookie: c['motcua.longxuyen']! } })).json().obligations[0] as { id: string };
      const s = (await t.app.inject({ method: 'POST', url: `/api/payments/${o.id}/start`, headers: { cookie: citizen.cookie }, payload: { method: 'vnpay' } })).json() as { redirectUrl: string; txnRef: string; amount: number };
      await peer.pay(s.redirectUrl);
      paid.push({ txnRef: s.txnRef, amount: s.amount });
    }
    // The schedule saved above: 60.000 đồng at the desk.
    expect(paid.map((p) => p.amount)).toEqual([60_000, 60_000, 60_000]);
    const csv = `${peer.statement({ amountDelta: { [paid[1]!.txnRef]: -10_000 }, drop: [paid[2]!.txnRef], extra: [{ txnRef: 'MC261122LAKHONGCO01', amount: 45_000 }] })}${PEER_TMN},MC261122DONGHONG,9,abc,NCB,20261122090000,01,00\r\n`;
    const r = await t.app.inject({ method: 'POST', url: '/api/payments/statements', headers: { cookie: c.giamdoc! }, payload: { provider: 'vnpay', date: today(), csv } });
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json() as { id: string; matched: number; matchedLines: { txnRef: string; amount: number }[]; mismatches: { kind: string; txnRef: string }[]; problems: { line: number }[] };
    expect(body.matchedLines.map((l) => [l.txnRef, l.amount])).toEqual([[paid[0]!.txnRef, 60_000]]);
    expect(body.mismatches.map((m) => `${m.kind}:${m.txnRef}`).sort()).toEqual([`amount_differs:${paid[1]!.txnRef}`, 'missing_ours:MC261122LAKHONGCO01', `missing_theirs:${paid[2]!.txnRef}`].sort());
    expect(body.problems).toHaveLength(1);

    const history = await t.app.inject({ method: 'GET', url: `/api/payments/statements?provider=vnpay&from=${today()}&to=${today()}`, headers: { cookie: c.giamdoc! } });
    expect(history.statusCode, history.body).toBe(200);
    expect(history.json()).toEqual([expect.objectContaining({ id: body.id, provider: 'vnpay', date: today(), importedBy: 'Huỳnh Văn Lực', lineCount: 3, problemCount: 1 })]);
    expect((await t.app.inject({ method: 'GET', url: '/api/payments/statements', headers: { cookie: c.tiepnhan! } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/payments/statements?from=2026-02-01&to=2026-01-01', headers: { cookie: c.giamdoc! } })).statusCode).toBe(400);

    const x = await t.app.inject({ method: 'GET', url: `/api/payments/statements/${body.id}/mismatches.xlsx`, headers: { cookie: c.giamdoc! } });
    expect(x.statusCode).toBe(200);
    expect(x.headers['content-disposition']).toContain(`chenh-lech-doi-soat-vnpay-${today()}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Chênh lệch')!;
    expect(String(ws.getCell(3, 1).value)).toBe('Số dòng đọc được: 3; khớp: 1; chênh lệch: 3; dòng không đọc được: 1');
    const rows = [6, 7, 8].map((n) => ws.getRow(n).values as unknown[]);
    const byRef = (ref: string) => rows.find((v) => v[3] === ref)!;
    // Empty cells read back as undefined. Columns: STT, kind, reference, provider's number, type, time, theirs, ours, difference, our status, line, action.
    expect(byRef(paid[1]!.txnRef).slice(7, 11)).toEqual([50_000, 60_000, -10_000, 'Đã thanh toán']);
    expect(byRef('MC261122LAKHONGCO01').slice(2, 3)).toEqual(['Nhà cung cấp đã thu, hệ thống chưa ghi nhận']);
    expect(byRef('MC261122LAKHONGCO01').slice(7, 11)).toEqual([45_000, undefined, 45_000, 'Không có giao dịch']);
    expect(byRef(paid[2]!.txnRef).slice(7, 10)).toEqual([undefined, 60_000, -60_000]);
    expect(ws.getRow(9).values).toEqual([]);
    expect(wb.getWorksheet('Dòng không đọc được')!.getRow(2).values).toEqual([undefined, 5, 'Số tiền "abc" không đọc được']);
    expect((await t.app.inject({ method: 'GET', url: `/api/payments/statements/${body.id}/mismatches.xlsx`, headers: { cookie: c.tiepnhan! } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/payments/statements/00000000-0000-4000-8000-000000000000/mismatches.xlsx', headers: { cookie: c.giamdoc! } })).statusCode).toBe(404);
  });
});
