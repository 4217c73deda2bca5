import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStandardCalendar, localDateOf } from '../../src/domain/calendar';
import { fixDueDate } from '../../src/domain/inspection';
import { loginAs, testApp, type TestApp } from '../support/app';
import { buildReceipt, receive } from '../support/dossiers';

describe('inspections: plans, visits, findings with fix deadlines, follow-up', () => {
  let t: TestApp;
  const c: Record<string, string> = {};
  let planId = '';
  let dossier = '';
  let communeDossier = '';
  const get = (who: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: c[who]! } });
  const post = (who: string, url: string, payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url, headers: { cookie: c[who]! }, payload });
  const finding = (overrides: Record<string, unknown> = {}) => ({
    description: 'Hồ sơ trả kết quả muộn không có văn bản xin lỗi',
    severity: 'major',
    dossierCodes: [dossier],
    procedureCodes: ['3.000334'],
    unitCode: 'HCTP',
    fixRequired: 'Gửi văn bản xin lỗi và rà soát quy trình nội bộ',
    dueWorkingDays: 3,
    ...overrides,
  });
  const visitsOf = async (who: string) => (await get(who, `/api/inspection-plans/${planId}`)).json().visits as { id: string; agency: { code: string }; findings: { id: string; version: number; status: string; dueDate: string; overdue: boolean }[] }[];

  beforeAll(async () => {
    t = await testApp({ catalogue: true });
    for (const u of ['thanhtra', 'giamdoc', 'kiemsoat', 'tiepnhan', 'motcua.longxuyen']) c[u] = await loginAs(t.app, u);
    dossier = (await receive(t.app, c.tiepnhan!)).json().code;
    communeDossier = (await receive(t.app, c['motcua.longxuyen']!, buildReceipt({ procedureCode: '2.001016', documents: [{ name: 'Văn bản từ chối nhận di sản', copies: '1 bản chính', digitised: false }] }))).json().code;
    expect(communeDossier).toBeTruthy();
  });
  afterAll(() => t.close());

  it('an inspector plans and records visits; procedure control may not', async () => {
    expect((await post('kiemsoat', '/api/inspection-plans', { year: 2026, title: 'Kiểm tra công tác KSTTHC' })).statusCode).toBe(403);
    const plan = await post('thanhtra', '/api/inspection-plans', { year: 2026, number: '05/KH-TTr', title: 'Kế hoạch kiểm tra công tác kiểm soát TTHC năm 2026', scope: 'Sở Tư pháp; UBND phường Long Xuyên' });
    expect(plan.statusCode, plan.body).toBe(201);
    planId = plan.json().id;
    expect(plan.json().agency.code).toBe('000.00.00.H04');
    expect((await post('thanhtra', `/api/inspection-plans/${planId}/visits`, { agency: '000.00.17.H04', visitDate: '2026-04-24', team: 'Đặng Thị Thu (trưởng đoàn)' })).statusCode).toBe(201);
    expect((await post('thanhtra', `/api/inspection-plans/${planId}/visits`, { agency: '000.01.31.H04', visitDate: localDateOf(new Date()) })).statusCode).toBe(201);
    expect((await post('thanhtra', `/api/inspection-plans/${planId}/visits`, { agency: '999.99.99.H99', visitDate: '2026-04-24' })).statusCode).toBe(422);
    expect((await post('thanhtra', `/api/inspection-plans/${planId}/visits`, { agency: '000.00.17.H04', visitDate: '2026-02-30' })).statusCode).toBe(400);
  });

  it('records findings linked to dossiers, procedures and a unit, with a working-day fix deadline', async () => {
    const [sotp, commune] = await visitsOf('thanhtra');
    const r = await post('thanhtra', `/api/inspection-visits/${sotp!.id}/findings`, finding());
    expect(r.statusCode, r.body).toBe(201);
    const f = r.json().visits[0].findings[0];
    // Fri 24/4/2026 + 3 working days: 28, 29 April; 30/4–3/5 are holidays and a weekend; then Mon 4 May.
    expect(f).toMatchObject({ dueDate: '2026-05-04', overdue: true, status: 'open', dossierCodes: [dossier], unit: { code: 'HCTP' }, severityName: 'Sai phạm' });
    const today = localDateOf(new Date());
    const r2 = await post('thanhtra', `/api/inspection-visits/${commune!.id}/findings`, finding({ dossierCodes: [communeDossier], procedureCodes: ['2.001016'], unitCode: null, severity: 'minor', dueWorkingDays: 10 }));
    expect(r2.statusCode, r2.body).toBe(201);
    const f2 = r2.json().visits[1].findings[0];
    expect(f2).toMatchObject({ dueDate: fixDueDate(createStandardCalendar(2020, 2040), today, 10), overdue: false });
  });

  it('refuses links that do not exist or belong elsewhere (422) and bad input (400), writing nothing', async () => {
    const [sotp] = await visitsOf('thanhtra');
    const before = (await t.db.pool.query('SELECT count(*)::int AS n FROM inspection_findings')).rows[0].n;
    const bad = await post('thanhtra', `/api/inspection-visits/${sotp!.id}/findings`, finding({ dossierCodes: [communeDossier, '000.00.17.H04-260101-9999'], procedureCodes: ['9.999999'], unitCode: 'MC' }));
    expect(bad.statusCode).toBe(422);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json().errors.map((e: { name: string }) => e.name)).toEqual(['dossierCodes.0', 'dossierCodes.1', 'procedureCodes.0', 'unitCode']);
    expect(bad.json().detail).toMatch(/không thuộc cơ quan được kiểm tra/);
    expect((await post('thanhtra', `/api/inspection-visits/${sotp!.id}/findings`, finding({ dueWorkingDays: 0 }))).statusCode).toBe(400);
    expect((await post('giamdoc', `/api/inspection-visits/${sotp!.id}/findings`, finding())).statusCode).toBe(403);
    expect((await t.db.pool.query('SELECT count(*)::int AS n FROM inspection_findings')).rows[0].n).toBe(before);
  });

  it('the overdue list shows open fixes past their due date', async () => {
    // Only this plan's findings (the demo inspection has its own overdue fix).
    const ours = async (who: string) => ((await get(who, '/api/inspection-findings/overdue')).json().items as { planId: string; dueDate: string; agency: { code: string } }[]).filter((f) => f.planId === planId);
    expect((await ours('thanhtra')).map((f) => f.dueDate)).toEqual(['2026-05-04']);
    expect((await ours('giamdoc')).map((f) => f.agency.code)).toEqual(['000.00.17.H04']);
    expect((await get('tiepnhan', '/api/inspection-findings/overdue')).statusCode).toBe(403);
  });

  it('the inspected agency head sees only their visit and reports the fix; only the inspector verifies', async () => {
    const mine = await visitsOf('giamdoc');
    expect(mine.map((v) => v.agency.code)).toEqual(['000.00.17.H04']);
    const f = mine[0]!.findings[0]!;
    const commune = (await visitsOf('thanhtra'))[1]!.findings[0]!;
    const fu = (who: string, id: string, body: Record<string, unknown>) => post(who, `/api/inspection-findings/${id}/follow-ups`, body);
    expect((await fu('giamdoc', commune.id, { status: 'fixed', note: 'Đã khắc phục', version: 1 })).statusCode).toBe(403);
    expect((await fu('giamdoc', f.id, { status: 'verified', note: 'Tự xác nhận', version: 1 })).json()).toMatchObject({ code: 'UNPROCESSABLE', reason: 'move_not_allowed' });
    const fixed = await fu('giamdoc', f.id, { status: 'fixed', note: 'Đã gửi văn bản xin lỗi số 12/STP-VP ngày 05/5/2026', version: 1 });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json()).toMatchObject({ status: 'fixed', overdue: false, version: 2 });
    expect((await fu('giamdoc', f.id, { status: 'verified', note: 'Tự xác nhận', version: 2 })).statusCode).toBe(403);
    expect((await fu('thanhtra', f.id, { status: 'verified', note: 'Đã kiểm tra', version: 1 })).statusCode).toBe(409);
    const verified = await fu('thanhtra', f.id, { status: 'verified', note: 'Đoàn kiểm tra xác nhận đã khắc phục', version: 2 });
    expect(verified.json().followUps.map((x: { status: string; actorName: string }) => [x.status, x.actorName])).toEqual([
      ['fixed', 'Huỳnh Văn Lực'],
      ['verified', 'Đặng Thị Thu'],
    ]);
    expect((await fu('thanhtra', f.id, { status: 'open', note: 'Mở lại', version: 3 })).statusCode).toBe(409);
    expect(((await get('thanhtra', '/api/inspection-findings/overdue')).json().items as { planId: string }[]).filter((x) => x.planId === planId)).toEqual([]);
    expect((await get('motcua.longxuyen', `/api/inspection-plans/${planId}`)).statusCode).toBe(403);
    // Lists: the inspector sees every plan, the agency head the plans visiting the agency, others none of these.
    const ids = async (who: string) => ((await get(who, '/api/inspection-plans?year=2026')).json().items as { id: string }[]).map((p) => p.id);
    expect(await ids('thanhtra')).toContain(planId);
    expect(await ids('giamdoc')).toContain(planId);
    expect(await ids('kiemsoat')).not.toContain(planId);
    expect((await get('motcua.longxuyen', '/api/inspection-plans')).statusCode).toBe(403);
  });
});
