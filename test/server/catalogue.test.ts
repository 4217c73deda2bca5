import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalRecord, validateRecord, type ProcedureRecord } from '../../src/domain/procedure';
import { loginAs, testApp, type TestApp } from '../support/app';
import { buildProcedure, CATALOGUE_FIXTURE } from '../support/procedures';

describe('procedure catalogue', () => {
  let t: TestApp;
  let kstthc: string;
  beforeAll(async () => {
    t = await testApp();
    kstthc = await loginAs(t.app, 'kiemsoat');
  });
  afterAll(() => t.close());

  const importRecords = (procedures: unknown[], publishAs?: string, cookie = kstthc) =>
    t.app.inject({ method: 'POST', url: `/api/admin/catalogue/import${publishAs ? `?publishAs=${encodeURIComponent(publishAs)}` : ''}`, headers: { cookie }, payload: { procedures } });
  const search = async (q: string) => (await t.app.inject({ method: 'GET', url: `/api/procedures?q=${encodeURIComponent(q)}` })).json();

  it('imports good records, reports bad ones with reasons, and writes nothing for the bad', async () => {
    const bad = [{ ...buildProcedure({ code: '1.999999' }), name: '' }, { code: 'ABC' }, 'not an object'];
    const decision = await t.app.inject({
      method: 'POST',
      url: '/api/admin/decisions',
      headers: { cookie: kstthc },
      payload: { number: '01/QĐ-UBND', decisionDate: '2025-06-02', issuer: 'Chủ tịch UBND tỉnh', issuerLevel: 'province', effectiveDate: '2025-06-10', items: [] },
    });
    expect(decision.statusCode, decision.body).toBe(201);
    const res = await importRecords([...CATALOGUE_FIXTURE, ...bad], '01/QĐ-UBND');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ created: 4, updated: 0, published: '01/QĐ-UBND' });
    expect(body.errors.map((e: { index: number }) => e.index)).toEqual([4, 5, 6]);
    expect(body.errors[0].problems.map((p: { path: string }) => p.path)).toContain('name');
    expect(body.errors[1].problems.length).toBeGreaterThan(3);
    const rows = await t.db.pool.query(`SELECT code FROM procedures ORDER BY code`);
    expect(rows.rows.map((r) => r.code)).toEqual(['1.001193', '2.000488', '2.000815', '2.000843']);
  });

  it('finds procedures regardless of diacritics, case and word order, name matches first', async () => {
    for (const q of ['ly lich tu phap', 'LÝ LỊCH TƯ PHÁP', 'phap tu lich ly']) {
      const r = await search(q);
      expect(r.items.map((i: { code: string }) => i.code), q).toEqual(['2.000488']);
    }
    expect((await search('dang ky khai sinh')).items[0].code).toBe('1.001193');
    expect((await search('đăng kí')).total).toBe(0); // "kí" is not "ký": no false friends
    const ct = await search('chung thuc');
    expect(ct.total).toBe(2);
    expect((await search('chứng thực chữ ký')).items[0].code).toBe('2.000843');
    const filtered = (await t.app.inject({ method: 'GET', url: '/api/procedures?field=Chứng thực&online=none' })).json();
    expect(filtered.items.map((i: { code: string }) => i.code)).toEqual(['2.000843']);
    const commune = (await t.app.inject({ method: 'GET', url: '/api/procedures?level=commune&pageSize=1' })).json();
    expect(commune).toMatchObject({ total: 3 });
    expect(commune.items).toHaveLength(1);
  });

  it('round-trips: export → import → identical, with nothing changed', async () => {
    const exported = (await t.app.inject({ method: 'GET', url: '/api/admin/catalogue/export', headers: { cookie: kstthc } })).json().procedures as ProcedureRecord[];
    expect(exported).toHaveLength(4);
    const again = (await importRecords(exported)).json();
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 4, errors: [] });
    const reexported = (await t.app.inject({ method: 'GET', url: '/api/admin/catalogue/export', headers: { cookie: kstthc } })).json().procedures as ProcedureRecord[];
    expect(reexported.map(canonicalRecord)).toEqual(exported.map(canonicalRecord));
    const original = CATALOGUE_FIXTURE.find((r) => r.code === '2.000488')!;
    // The original as the schema reads it: omitted optional fields take their defaults.
    const parsed = validateRecord(original);
    expect(parsed.ok).toBe(true);
    expect(canonicalRecord(exported.find((r) => r.code === '2.000488')!)).toEqual(parsed.ok && canonicalRecord(parsed.record));
  });

  it('a decision creates a new version; the old one stays readable by date; a diff shows the change', async () => {
    const changed = buildProcedure({
      channels: [
        { channel: 'direct', processingTime: { amount: 10, unit: 'working_days', asWritten: '10 Ngày làm việc' }, fees: [{ label: 'Phí', amount: 200000, asWritten: 'Phí : 200.000 Đồng' }] },
        { channel: 'online', processingTime: { amount: 5, unit: 'working_days', asWritten: '5 Ngày làm việc' }, fees: [{ label: 'Phí', amount: 100000, asWritten: 'Phí : 100.000 Đồng' }] },
      ],
    });
    expect((await importRecords([changed])).json()).toMatchObject({ updated: 1 });
    // The draft is not public yet.
    const before = (await t.app.inject({ method: 'GET', url: '/api/procedures/2.000488' })).json();
    expect(before.version).toBe(1);
    const d = await t.app.inject({
      method: 'POST',
      url: '/api/admin/decisions',
      headers: { cookie: kstthc },
      payload: { number: '02/QĐ-UBND', decisionDate: '2026-01-05', issuer: 'Chủ tịch UBND tỉnh', issuerLevel: 'central', effectiveDate: '2026-01-10', items: [{ procedureCode: '2.000488', action: 'amended' }] },
    });
    expect(d.statusCode, d.body).toBe(201);
    const pub = await t.app.inject({ method: 'POST', url: '/api/admin/decisions/02%2FQĐ-UBND/publish', headers: { cookie: kstthc } });
    expect(pub.statusCode, pub.body).toBe(200);
    // Duties from the calendar: 5/1/2026 (Mon) + 3 working days = Thu 8/1; + 10 working days counts
    // the make-up Saturday 10/1/2026 (CV 12729/VPCP-KGVX): 6,7,8,9,10,12,13,14,15,16 → Fri 16/1; + 5 → Fri 23/1.
    expect(pub.json().duties).toEqual([
      { kind: 'publish_list', basisDate: '2026-01-05', dueDate: '2026-01-08' },
      { kind: 'publicise_national', basisDate: '2026-01-08', dueDate: '2026-01-09' },
      { kind: 'approve_internal_process', basisDate: '2026-01-05', dueDate: '2026-01-16' },
      { kind: 'update_eprocess', basisDate: '2026-01-16', dueDate: '2026-01-23' },
    ]);

    const now = (await t.app.inject({ method: 'GET', url: '/api/procedures/2.000488' })).json();
    expect(now.version).toBe(2);
    expect(now.channels.find((c: { channel: string }) => c.channel === 'online').processingTime.amount).toBe(5);
    expect(now.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const old = (await t.app.inject({ method: 'GET', url: '/api/procedures/2.000488?date=2026-01-09' })).json();
    expect(old.version).toBe(1);
    const diff = (await t.app.inject({ method: 'GET', url: '/api/procedures/2.000488/diff?from=1&to=2' })).json();
    expect(diff.changes.length).toBeGreaterThan(0);
    expect(JSON.stringify(diff.changes)).toContain('online');
  });

  it('published versions are immutable, even to SQL', async () => {
    await expect(t.db.pool.query(`UPDATE procedure_versions SET record = '{}'::jsonb WHERE status = 'published'`)).rejects.toThrow(/immutable/);
  });

  it('publishing refuses a whole decision when one item is not ready, and changes nothing', async () => {
    await t.app.inject({ method: 'POST', url: '/api/admin/decisions', headers: { cookie: kstthc }, payload: { number: '03/QĐ-UBND', decisionDate: '2026-02-02', issuer: 'UBND tỉnh', issuerLevel: 'province', effectiveDate: '2026-02-03', items: [{ procedureCode: '1.001193', action: 'abolished' }, { procedureCode: '2.000815', action: 'amended' }] } });
    const res = await t.app.inject({ method: 'POST', url: '/api/admin/decisions/03%2FQĐ-UBND/publish', headers: { cookie: kstthc } });
    expect(res.statusCode).toBe(422);
    expect(res.json().problems).toEqual([{ procedureCode: '2.000815', message: 'Chưa có bản dự thảo nội dung thủ tục' }]);
    expect((await t.app.inject({ method: 'GET', url: '/api/procedures/1.001193' })).statusCode).toBe(200);
  });

  it('assignments say which agencies receive a procedure, and filter the search', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/admin/procedures/1.001193/assignments',
      headers: { cookie: kstthc },
      payload: [{ agencyCode: '000.01.31.H04', level: 'commune', channels: ['direct', 'online'] }, { agencyCode: '000.02.31.H04', level: 'commune', channels: ['direct'] }],
    });
    expect(res.statusCode, res.body).toBe(200);
    const detail = (await t.app.inject({ method: 'GET', url: '/api/procedures/1.001193' })).json();
    expect(detail.assignments).toEqual([
      { agencyCode: '000.01.31.H04', agencyName: 'Ủy ban nhân dân phường Long Xuyên', level: 'commune', channels: ['direct', 'online'] },
      { agencyCode: '000.02.31.H04', agencyName: 'Ủy ban nhân dân xã Mỹ Hòa Hưng', level: 'commune', channels: ['direct'] },
    ]);
    const byAgency = (await t.app.inject({ method: 'GET', url: '/api/procedures?agency=000.02.31.H04' })).json();
    expect(byAgency.items.map((i: { code: string }) => i.code)).toEqual(['1.001193']);
  });

  it('a one-stop officer can neither import nor publish nor assign', async () => {
    const reception = await loginAs(t.app, 'tiepnhan');
    expect((await importRecords([buildProcedure({ code: '1.000001' })], undefined, reception)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/admin/decisions/03%2FQĐ-UBND/publish', headers: { cookie: reception } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'PUT', url: '/api/admin/procedures/1.001193/assignments', headers: { cookie: reception }, payload: [] })).statusCode).toBe(403);
    expect((await t.db.pool.query(`SELECT 1 FROM procedures WHERE code = '1.000001'`)).rowCount).toBe(0);
  });

  it('tracks publication duties and re-plans the next one when one is done', async () => {
    const board = (await t.app.inject({ method: 'GET', url: '/api/admin/duties?open=true', headers: { cookie: kstthc } })).json();
    const list = board.find((d: { kind: string; decisionNumber: string }) => d.kind === 'publish_list' && d.decisionNumber === '02/QĐ-UBND');
    expect(list.state).toBe('overdue'); // due 8/1/2026, today is later
    const after = (await t.app.inject({ method: 'POST', url: `/api/admin/duties/${list.id}/done`, headers: { cookie: kstthc }, payload: { note: 'QĐ 15/QĐ-UBND' } })).json();
    const done = after.find((d: { id: string }) => d.id === list.id);
    expect(done.state).toBe('done_late');
    const next = after.find((d: { kind: string; decisionNumber: string }) => d.kind === 'publicise_national' && d.decisionNumber === '02/QĐ-UBND');
    expect(next.basisDate > '2026-01-08').toBe(true);
  });
});
