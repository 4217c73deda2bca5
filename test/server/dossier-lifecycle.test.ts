import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOSSIER_CODE_PATTERN } from '../../src/domain/dossier';
import { loginAs, testApp, type TestApp } from '../support/app';
import { act, buildReceipt, receive } from '../support/dossiers';

describe('dossier lifecycle at the one-stop desk', () => {
  let t: TestApp;
  const c: Record<string, string> = {};
  beforeAll(async () => {
    t = await testApp({ catalogue: true });
    for (const u of ['tiepnhan', 'chuyenvien', 'truongphong', 'giamdoc', 'thanhtra', 'motcua.longxuyen']) c[u] = await loginAs(t.app, u);
  });
  afterAll(() => t.close());

  it('receives at the counter: code, status 2, due date from the calendar, first available actions', async () => {
    const res = await receive(t.app, c.tiepnhan!);
    expect(res.statusCode, res.body).toBe(201);
    const d = res.json();
    expect(d.code).toMatch(DOSSIER_CODE_PATTERN);
    expect(d.code.startsWith('000.00.17.H04-')).toBe(true);
    expect(d).toMatchObject({ status: 2, statusName: 'Được tiếp nhận', channel: 'direct', version: 1, late: false });
    expect(d.availableActions).toEqual(expect.arrayContaining(['forward', 'request_supplement', 'withdraw', 'extend']));
    expect(d.availableActions).not.toContain('sign');
    expect(new Date(d.dueAt).getTime()).toBeGreaterThan(new Date(d.receivedAt).getTime());
    expect(d.history).toHaveLength(1);
  });

  it('numbers dossiers gap-free per agency and day, even when received concurrently', async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => receive(t.app, c.tiepnhan!)));
    expect(results.every((r) => r.statusCode === 201)).toBe(true);
    const seqs = (await t.db.pool.query(`SELECT code FROM dossiers WHERE code LIKE '000.00.17.H04-%' ORDER BY code`)).rows.map((r) => Number(r.code.slice(-4)));
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
  });

  it('the same Idempotency-Key returns the same dossier; with another body it is a 409', async () => {
    const key = 'quay-1-lan-thu-1';
    const a = await receive(t.app, c.tiepnhan!, buildReceipt(), key);
    const b = await receive(t.app, c.tiepnhan!, buildReceipt(), key);
    expect(a.json().code).toBe(b.json().code);
    expect(b.headers['idempotent-replayed']).toBe('true');
    const other = await receive(t.app, c.tiepnhan!, buildReceipt({ note: 'khác' }), key);
    expect(other.statusCode).toBe(409);
    const n = (await t.db.pool.query(`SELECT count(*)::int AS n FROM dossiers WHERE code = $1`, [a.json().code])).rows[0].n;
    expect(n).toBe(1);
  });

  it('refuses bad input with 400/422 and writes nothing', async () => {
    const before = (await t.db.pool.query('SELECT count(*)::int AS n FROM dossiers')).rows[0].n;
    const cases: [Record<string, unknown>, number, string][] = [
      [buildReceipt({ procedureCode: '9.999999' }), 400, 'procedureCode'],
      [buildReceipt({ procedureCode: '1.001193' }), 422, 'procedureCode'], // a commune procedure at the department
      [buildReceipt({ applicant: { kind: 'individual', name: 'A', idNumber: '12345' } }), 400, 'applicant.idNumber'],
      [buildReceipt({ applicant: { kind: 'organisation', name: 'Công ty A', idNumber: '0100109107' } }), 400, 'applicant.idNumber'],
    ];
    for (const [body, status, field] of cases) {
      const r = await receive(t.app, c.tiepnhan!, body);
      expect(r.statusCode, JSON.stringify(body)).toBe(status);
      expect(r.json().errors.map((e: { name: string }) => e.name)).toContain(field);
    }
    const noKey = await t.app.inject({ method: 'POST', url: '/api/dossiers', headers: { cookie: c.tiepnhan! }, payload: buildReceipt() });
    expect(noKey.statusCode).toBe(400);
    expect((await t.db.pool.query('SELECT count(*)::int AS n FROM dossiers')).rows[0].n).toBe(before);
  });

  it('goes receive → process → approve → sign → return, each step by its role, with a timeline', async () => {
    const code = (await receive(t.app, c.tiepnhan!)).json().code;
    expect((await act(t.app, c.chuyenvien!, code, 'forward')).statusCode).toBe(409); // not the specialist's step
    let r = await act(t.app, c.tiepnhan!, code, 'forward');
    expect(r.json()).toMatchObject({ status: 4, currentStep: 1 });
    r = await act(t.app, c.chuyenvien!, code, 'claim');
    expect(r.json().assignee.username).toBe('chuyenvien');
    r = await act(t.app, c.chuyenvien!, code, 'record_verification', { time: '2026-11-20T09:00', place: 'Trụ sở Sở Tư pháp', participants: 'Phạm Minh Đức', content: 'Đối chiếu dữ liệu lý lịch tư pháp' });
    expect(r.statusCode, r.body).toBe(200);
    r = await act(t.app, c.chuyenvien!, code, 'forward');
    expect(r.json()).toMatchObject({ currentStep: 2 });
    expect((await act(t.app, c.chuyenvien!, code, 'approve')).statusCode).toBe(409);
    r = await act(t.app, c.truongphong!, code, 'approve', { comment: 'Đồng ý' });
    expect(r.json()).toMatchObject({ currentStep: 3, decision: 'approved' });
    r = await act(t.app, c.giamdoc!, code, 'sign');
    expect(r.json()).toMatchObject({ status: 9, statusName: 'Đã xử lý xong' });
    r = await act(t.app, c.tiepnhan!, code, 'return_result', { method: 'counter' });
    expect(r.json()).toMatchObject({ status: 10, availableActions: [] });
    expect(r.json().history.map((h: { action: string }) => h.action)).toEqual(['create', 'forward', 'claim', 'record_verification', 'forward', 'approve', 'sign', 'return_result']);
    expect(r.json().stepHistory.map((s: { stepKey: string }) => s.stepKey)).toEqual(['tiep-nhan', 'xu-ly', 'duyet', 'ky', 'tra-kq']);
    expect(r.json().stepHistory.slice(0, -1).every((s: { finishedAt: string | null }) => s.finishedAt !== null)).toBe(true);
  });

  it('a stale version gets 409 with the current status and allowed actions; nothing is written', async () => {
    const d = (await receive(t.app, c.tiepnhan!)).json();
    await act(t.app, c.tiepnhan!, d.code, 'forward', {}, 1);
    const stale = await act(t.app, c.tiepnhan!, d.code, 'withdraw', { reason: 'Công dân xin rút' }, 1);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'CONFLICT', currentStatus: 4, currentVersion: 2 });
    expect(stale.json().availableActions).toContain('withdraw');
    const actions = (await t.db.pool.query(`SELECT action FROM dossier_actions a JOIN dossiers d ON d.id = a.dossier_id WHERE d.code = $1`, [d.code])).rows;
    expect(actions.map((a) => a.action)).toEqual(['create', 'forward']);
  });

  it('a missing reason is a 400 naming the payload field', async () => {
    const d = (await receive(t.app, c.tiepnhan!)).json();
    const r = await act(t.app, c.tiepnhan!, d.code, 'withdraw', {});
    expect(r.statusCode).toBe(400);
    expect(r.json().errors[0].name).toBe('payload.reason');
  });

  it('officers outside the dossier’s agency can neither see nor act on it', async () => {
    const d = (await receive(t.app, c.tiepnhan!)).json();
    expect((await t.app.inject({ method: 'GET', url: `/api/dossiers/${d.code}`, headers: { cookie: c['motcua.longxuyen']! } })).statusCode).toBe(403);
    expect((await act(t.app, c['motcua.longxuyen']!, d.code, 'withdraw', { reason: 'x' }, 1)).statusCode).toBe(403);
    const view = await t.app.inject({ method: 'GET', url: `/api/dossiers/${d.code}`, headers: { cookie: c.thanhtra! } });
    expect(view.statusCode).toBe(200);
    expect(view.json().availableActions).toEqual([]);
  });

  it('extends once with an apology, a second extension is refused', async () => {
    const d = (await receive(t.app, c.tiepnhan!)).json();
    const due = new Date(d.dueAt);
    const later = new Date(due.getTime() + 7 * 86_400_000);
    while ([0, 6].includes(later.getUTCDay())) later.setTime(later.getTime() + 86_400_000);
    const newDueDate = later.toISOString().slice(0, 10);
    const r = await act(t.app, c.truongphong!, d.code, 'extend', { reason: 'Cần xác minh thêm tại cơ quan công an', newDueDate });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().dueAt.slice(0, 10)).toBe(newDueDate);
    expect(r.json().originalDueAt).toBe(d.dueAt);
    const again = await act(t.app, c.truongphong!, d.code, 'extend', { reason: 'Lần hai', newDueDate });
    expect(again.statusCode).toBe(422);
    expect(again.json()).toMatchObject({ code: 'UNPROCESSABLE', reason: 'max_extensions_reached' });
  });

  it('supplement: requested once within 3 working days, received back restarts the clock', async () => {
    const d = (await receive(t.app, c.tiepnhan!)).json();
    let r = await act(t.app, c.tiepnhan!, d.code, 'request_supplement', { reason: 'Thiếu bản chụp CCCD', documents: ['Bản chụp Căn cước công dân'] });
    expect(r.json()).toMatchObject({ status: 5 });
    await new Promise((res) => setTimeout(res, 20));
    r = await act(t.app, c.tiepnhan!, d.code, 'supplement_received');
    expect(r.json().status).toBe(2);
    expect(new Date(r.json().dueAt).getTime()).toBeGreaterThanOrEqual(new Date(d.dueAt).getTime());
    const queue = await t.app.inject({ method: 'GET', url: '/api/workqueues/awaiting-supplement', headers: { cookie: c.tiepnhan! } });
    expect(queue.json().items.map((i: { code: string }) => i.code)).not.toContain(d.code);
  });
});

describe('online submissions waiting at the desk', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({ catalogue: true, dossiers: 2000 });
  });
  afterAll(() => t.close());

  it('receiving an online submission starts the clock now; refusing needs a reason', async () => {
    // Demo submissions waiting at a desk that has a demo one-stop officer.
    const waiting = (await t.db.pool.query(`SELECT d.code, a.code AS agency FROM dossiers d JOIN agencies a ON a.id = d.receiving_agency_id WHERE d.status = 1 AND a.code IN ('000.00.17.H04', '000.01.31.H04') ORDER BY a.code, d.code`)).rows;
    expect(waiting.length).toBeGreaterThan(0);
    const agency = waiting[0].agency as string;
    const cookie = await loginAs(t.app, agency === '000.00.17.H04' ? 'tiepnhan' : 'motcua.longxuyen');
    const queue = (await t.app.inject({ method: 'GET', url: '/api/workqueues/to-receive?limit=200', headers: { cookie } })).json().items;
    const online = queue.filter((i: { status: number }) => i.status === 1);
    expect(online.map((i: { code: string }) => i.code)).toEqual(expect.arrayContaining(waiting.filter((w) => w.agency === agency).map((w) => w.code)));
    const code = online[0].code as string;
    const before = Date.now();
    const r = await act(t.app, cookie, code, 'receive');
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().status).toBe(2);
    expect(new Date(r.json().receivedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    if (r.json().processingTime?.unit) expect(new Date(r.json().dueAt).getTime()).toBeGreaterThan(before);
    if (online[1]) {
      expect((await act(t.app, cookie, online[1].code, 'refuse', {})).statusCode).toBe(400);
      expect((await act(t.app, cookie, online[1].code, 'refuse', { reason: 'Không thuộc thẩm quyền' })).json().status).toBe(3);
    }
  });
});
