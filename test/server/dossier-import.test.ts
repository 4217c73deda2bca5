import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoring766InputOf, scoring766OnTime } from '../../src/domain/rules';
import { importDossiers } from '../../src/server/services/import-dossiers';
import { cliActor } from '../../src/server/services/save-user';
import { loginAs, testApp, type TestApp } from '../support/app';
import { act } from '../support/dossiers';
import { buildSyncRecord, openSyncRecord } from '../support/sync-records';

const run = promisify(execFile);

describe('import of past dossiers', () => {
  let t: TestApp;
  let admin: string;
  let reception: string;
  const importing = (dossiers: unknown[], cookie = admin) => t.app.inject({ method: 'POST', url: '/api/admin/dossiers/import', headers: { cookie }, payload: { dossiers } });
  const rowsOf = async (code: string) => {
    const d = await t.db.pool.query(`SELECT id, status, imported_at IS NOT NULL AS imported, version FROM dossiers WHERE code = $1`, [code]);
    const id = d.rows[0]?.id ?? '00000000-0000-0000-0000-000000000000';
    const a = await t.db.pool.query(`SELECT action, status_after FROM dossier_actions WHERE dossier_id = $1 ORDER BY seq`, [id]);
    const s = await t.db.pool.query(`SELECT step_key, finished_at IS NOT NULL AS closed FROM dossier_steps WHERE dossier_id = $1 ORDER BY seq`, [id]);
    return { dossier: d.rows[0] as { id: string; status: number; imported: boolean; version: number } | undefined, actions: a.rows, steps: s.rows };
  };

  beforeAll(async () => {
    t = await testApp({ catalogue: true });
    admin = await loginAs(t.app, 'quantri');
    reception = await loginAs(t.app, 'tiepnhan');
  });
  afterAll(() => t.close());

  it('imports the good records and reports the bad ones with their index, code and Vietnamese problems', async () => {
    const res = await importing([
      buildSyncRecord(),
      buildSyncRecord({ MaHoSo: '000.00.17.H04-240312-0002', MaDonViTiepNhan: '000.00.99.H04' }),
      buildSyncRecord({ MaHoSo: '000.00.17.H04-240312-0003', TienTrinh: [{ TrangThai: 2, ThoiDiem: '20240312080000' }, { TrangThai: 10, ThoiDiem: '20240311080000' }] }),
      buildSyncRecord({ MaHoSo: '000.00.17.H04-240312-0004', MaTTHC: '9.999999' }),
      openSyncRecord(),
      { MaHoSo: 'HS-01', KenhThucHien: 4 },
    ]);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.imported).toBe(2);
    expect(body.skipped).toBe(0);
    expect(body.errors.map((e: { index: number; MaHoSo: string }) => [e.index, e.MaHoSo])).toEqual([
      [1, '000.00.17.H04-240312-0002'],
      [2, '000.00.17.H04-240312-0003'],
      [3, '000.00.17.H04-240312-0004'],
      [5, 'HS-01'],
    ]);
    expect(body.errors[0].problems).toEqual([{ path: 'MaDonViTiepNhan', message: 'Không có cơ quan mã "000.00.99.H04" trong hệ thống' }]);
    expect(body.errors[1].problems[0]).toEqual({ path: 'TienTrinh.1.ThoiDiem', message: 'Tiến trình phải theo thứ tự thời gian (mục này sớm hơn mục trước)' });
    expect(body.errors[2].problems[0].message).toContain('chưa có trong danh mục');
    expect(body.errors[3].problems.map((p: { path: string }) => p.path)).toEqual(expect.arrayContaining(['MaHoSo', 'KenhThucHien', 'MaTTHC', 'TrangThaiHoSo', 'TienTrinh']));

    const good = await rowsOf('000.00.17.H04-240312-0001');
    expect(good.dossier).toMatchObject({ status: 10, imported: true, version: 4 });
    expect(good.actions).toEqual([
      { action: 'create', status_after: 2 },
      { action: 'forward', status_after: 4 },
      { action: 'sign', status_after: 9 },
      { action: 'return_result', status_after: 10 },
    ]);
    expect(good.steps).toEqual([
      { step_key: 'tiep-nhan', closed: true },
      { step_key: 'xu-ly', closed: true },
      { step_key: 'tra-kq', closed: true },
    ]);
    for (const code of ['000.00.17.H04-240312-0002', '000.00.17.H04-240312-0003', '000.00.17.H04-240312-0004']) expect((await rowsOf(code)).dossier).toBeUndefined();
  });

  it('keeps the original code and the sync facts, and shows the dossier like any other', async () => {
    const r = await t.db.pool.query(
      `SELECT channel, received_at, due_at, finished_at, returned_at, sync_online_payment, sync_result_code, sync_vneid, sync_digitised_components, documents
       FROM dossiers WHERE code = '000.00.17.H04-240312-0001'`,
    );
    expect(r.rows[0]).toMatchObject({
      channel: 'direct',
      received_at: new Date('2024-03-12T01:00:00Z'),
      due_at: new Date('2024-03-22T10:00:00Z'),
      finished_at: new Date('2024-03-20T03:00:00Z'),
      returned_at: new Date('2024-03-21T02:00:00Z'),
      sync_online_payment: 1,
      sync_result_code: 'KQ-2024-0001',
      sync_vneid: true,
      sync_digitised_components: true,
    });
    expect(r.rows[0].documents.map((d: { source: string; digitised: boolean }) => [d.source, d.digitised])).toEqual([
      ['reused', true],
      ['personal_store', true],
    ]);
    const page = await t.app.inject({ method: 'GET', url: '/api/dossiers/000.00.17.H04-240312-0001', headers: { cookie: reception } });
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({ code: '000.00.17.H04-240312-0001', status: 10, importedAt: expect.any(String), availableActions: [] });
    const queue = await t.app.inject({ method: 'GET', url: '/api/workqueues/unit', headers: { cookie: await loginAs(t.app, 'truongphong') } });
    expect(queue.json().items.map((i: { code: string }) => i.code)).toContain('000.00.17.H04-261110-0007');
  });

  it('re-importing the same record skips it; a changed record replaces its history under the same id', async () => {
    const before = await rowsOf('000.00.17.H04-240312-0001');
    const again = await importing([buildSyncRecord(), openSyncRecord()]);
    expect(again.json()).toEqual({ imported: 0, skipped: 2, errors: [] });

    const changed = buildSyncRecord({
      TrangThaiHoSo: 10,
      TienTrinh: [
        { TrangThai: 2, ThoiDiem: '20240312080000' },
        { TrangThai: 4, ThoiDiem: '20240312100000' },
        { TrangThai: 5, ThoiDiem: '20240313090000', NoiDungXuLy: 'Thiếu bản sao giấy khai sinh' },
        { TrangThai: 4, ThoiDiem: '20240315090000' },
        { TrangThai: 9, ThoiDiem: '20240320100000' },
        { TrangThai: 10, ThoiDiem: '20240321090000' },
      ],
    });
    expect((await importing([changed])).json()).toEqual({ imported: 1, skipped: 0, errors: [] });
    const after = await rowsOf('000.00.17.H04-240312-0001');
    expect(after.dossier!.id).toBe(before.dossier!.id);
    expect(after.dossier!.version).toBe(6);
    expect(after.actions.map((a) => a.action)).toEqual(['create', 'forward', 'request_supplement', 'supplement_received', 'sign', 'return_result']);
    expect(after.steps).toHaveLength(3);
  });

  it('a closed imported dossier refuses every action with 409; an open one goes on through the normal engine', async () => {
    const closed = await act(t.app, reception, '000.00.17.H04-240312-0001', 'return_result', { method: 'counter' });
    expect(closed.statusCode).toBe(409);
    expect(closed.json()).toMatchObject({ code: 'CONFLICT', reason: 'imported_closed', detail: expect.stringContaining('chỉ được xem') });

    const specialist = await loginAs(t.app, 'chuyenvien');
    const claimed = await act(t.app, specialist, '000.00.17.H04-261110-0007', 'claim');
    expect(claimed.statusCode).toBe(200);
    expect(claimed.json()).toMatchObject({ status: 4, assignee: { username: 'chuyenvien' }, version: 3 });
    // Moved here since the import: the old system's copy no longer overwrites it.
    const stale = (await importing([openSyncRecord({ TienTrinh: [{ TrangThai: 2, ThoiDiem: '20261110080000' }, { TrangThai: 4, ThoiDiem: '20261110093000' }] })])).json();
    expect(stale.imported).toBe(0);
    expect(stale.errors[0].problems[0].message).toContain('đã được xử lý tiếp');
  });

  it('never overwrites a dossier received here', async () => {
    await t.db.pool.query(`UPDATE dossiers SET imported_at = NULL, import_hash = NULL WHERE code = '000.00.17.H04-240312-0001'`);
    const r = (await importing([buildSyncRecord({ NgayHenTra: '20240325170000' })])).json();
    expect(r.errors[0]).toMatchObject({ index: 0, MaHoSo: '000.00.17.H04-240312-0001', problems: [{ path: 'MaHoSo', message: expect.stringContaining('không ghi đè') }] });
  });

  it('a record the database refuses mid-batch is rolled back whole; the rest of the batch is written', async () => {
    await t.db.pool.query(`
      CREATE FUNCTION refuse_marked_action() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.comment = 'HỎNG' THEN RAISE EXCEPTION 'từ chối để kiểm thử'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER refuse_marked_action BEFORE INSERT ON dossier_actions FOR EACH ROW EXECUTE FUNCTION refuse_marked_action();`);
    try {
      const records = [1, 2, 3].map((n) =>
        buildSyncRecord({
          MaHoSo: `000.00.17.H04-240401-000${n}`,
          TienTrinh: [
            { TrangThai: 2, ThoiDiem: '20240401080000' },
            { TrangThai: 4, ThoiDiem: '20240401090000', NoiDungXuLy: n === 2 ? 'HỎNG' : 'Chuyển xử lý' },
            { TrangThai: 9, ThoiDiem: '20240405090000' },
            { TrangThai: 10, ThoiDiem: '20240405100000' },
          ],
        }),
      );
      const r = (await importing(records)).json();
      expect(r.imported).toBe(2);
      expect(r.errors).toEqual([{ index: 1, MaHoSo: '000.00.17.H04-240401-0002', problems: [{ path: '', message: expect.stringContaining('từ chối để kiểm thử') }] }]);
      expect((await rowsOf('000.00.17.H04-240401-0002')).dossier).toBeUndefined();
      expect((await rowsOf('000.00.17.H04-240401-0003')).actions).toHaveLength(4);
    } finally {
      await t.db.pool.query(`DROP TRIGGER refuse_marked_action ON dossier_actions; DROP FUNCTION refuse_marked_action();`);
    }
  });

  it('batches written at once keep the order of a code that comes twice: the later record wins', async () => {
    const first = buildSyncRecord({ MaHoSo: '000.00.17.H04-240601-0001', TrangThaiHoSo: 9, TienTrinh: [{ TrangThai: 2, ThoiDiem: '20240601080000' }, { TrangThai: 9, ThoiDiem: '20240603080000' }] });
    const later = { ...first, TrangThaiHoSo: 10, TienTrinh: [...(first.TienTrinh as object[]), { TrangThai: 10, ThoiDiem: '20240604080000' }] };
    const others = [2, 3, 4].map((n) => buildSyncRecord({ MaHoSo: `000.00.17.H04-240601-000${n}` }));
    const r = await importDossiers({ store: t.db.store, actor: cliActor() }, [first, ...others, later, first], { batchSize: 1, concurrency: 2 });
    expect(r).toMatchObject({ imported: 6, skipped: 0, failed: 0 });
    // …and the very last record (the first one again) is what the dossier now holds.
    expect((await rowsOf('000.00.17.H04-240601-0001')).dossier).toMatchObject({ status: 9, version: 2 });
  });

  it('only administrators import', async () => {
    const res = await importing([buildSyncRecord({ MaHoSo: '000.00.17.H04-240312-0009' })], reception);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN');
    expect((await t.app.inject({ method: 'POST', url: '/api/admin/dossiers/import', payload: { dossiers: [] } })).statusCode).toBe(401);
  });

  it('the imported history gives the 766 on-time result (supplement pause, two supplements, one minute late, exactly on time)', async () => {
    // Received 12/3 08:00, due 22/3 17:00 (UTC+7).
    const at = (...entries: [number, string][]) => entries.map(([TrangThai, ThoiDiem]) => ({ TrangThai, ThoiDiem }));
    const cases: { code: string; history: { TrangThai: number; ThoiDiem: string }[]; onTime: boolean; basis: string }[] = [
      // Processed 25/3 10:00, 2 days 17 h after the due time, but the supplement paused it 5 days (13/3 09:00 → 18/3 09:00): effective end 20/3 10:00.
      { code: '000.00.17.H04-240312-0011', history: at([2, '20240312080000'], [4, '20240312090000'], [5, '20240313090000'], [4, '20240318090000'], [9, '20240325100000'], [10, '20240325110000']), onTime: true, basis: 'due_at' },
      // Two supplement requests: late whatever the times.
      { code: '000.00.17.H04-240312-0012', history: at([2, '20240312080000'], [5, '20240312090000'], [4, '20240312100000'], [5, '20240313090000'], [4, '20240313100000'], [9, '20240314100000']), onTime: false, basis: 'multiple_supplements' },
      // Processed one minute after the appointment.
      { code: '000.00.17.H04-240312-0013', history: at([2, '20240312080000'], [4, '20240312090000'], [9, '20240322170100']), onTime: false, basis: 'due_at' },
      // Processed exactly at the appointment instant.
      { code: '000.00.17.H04-240312-0014', history: at([2, '20240312080000'], [4, '20240312090000'], [9, '20240322170000']), onTime: true, basis: 'due_at' },
    ];
    const body = (await importing(cases.map((c) => buildSyncRecord({ MaHoSo: c.code, TrangThaiHoSo: c.history[c.history.length - 1]!.TrangThai, TienTrinh: c.history })))).json();
    expect(body).toEqual({ imported: 4, skipped: 0, errors: [] });
    for (const c of cases) {
      const d = (await t.app.inject({ method: 'GET', url: `/api/dossiers/${c.code}`, headers: { cookie: admin } })).json();
      const input = scoring766InputOf({ receivedAt: d.receivedAt, dueAt: d.dueAt, history: d.history });
      expect(scoring766OnTime(input!), c.code).toMatchObject({ onTime: c.onTime, basis: c.basis });
    }
  });

  it('npx motcua dossiers import reads a JSON-lines file and a JSON array, streaming, and reports bad lines', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'motcua-import-'));
    try {
      const jsonl = path.join(dir, 'ho-so.jsonl');
      const lines = [JSON.stringify(buildSyncRecord({ MaHoSo: '000.00.17.H04-240501-0001' })), '{"MaHoSo": "000.00.17.H04-240501-0002", hỏng', '', JSON.stringify(buildSyncRecord({ MaHoSo: '000.00.17.H04-240501-0003' }))];
      await fs.writeFile(jsonl, `${lines.join('\n')}\n`);
      const env = { ...process.env, DATABASE_URL: t.db.url, LOG_LEVEL: 'silent' };
      const failed = await run(process.execPath, ['bin/motcua.mjs', 'dossiers', 'import', jsonl], { env }).catch((e: { code: number; stdout: string; stderr: string }) => e);
      expect(failed).toMatchObject({ code: 3 });
      expect((failed as { stdout: string }).stdout).toMatch(/Đã nhập 2 hồ sơ, bỏ qua 0 \(không thay đổi\), 1 lỗi trong [\d.]+ giây \([\d.]+ hồ sơ\/giây\)/);
      expect((failed as { stderr: string }).stderr).toContain('#1 ?: Dòng 2 không phải JSON hợp lệ');
      expect((await rowsOf('000.00.17.H04-240501-0003')).actions).toHaveLength(4);

      const array = path.join(dir, 'ho-so.json');
      await fs.writeFile(array, JSON.stringify([buildSyncRecord({ MaHoSo: '000.00.17.H04-240501-0001' }), buildSyncRecord({ MaHoSo: '000.00.17.H04-240501-0004', ChuHoSo: 'Ngô "Ba" ]}' })], null, 2));
      const ok = await run(process.execPath, ['bin/motcua.mjs', 'dossiers', 'import', array], { env });
      expect(ok.stdout).toMatch(/Đã nhập 1 hồ sơ, bỏ qua 1 \(không thay đổi\), 0 lỗi/);
      const owner = await t.db.pool.query(`SELECT owner->>'name' AS name FROM dossiers WHERE code = '000.00.17.H04-240501-0004'`);
      expect(owner.rows[0].name).toBe('Ngô "Ba" ]}');
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
