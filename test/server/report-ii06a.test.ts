import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assembleII06a, checkII06a, classifyII06a } from '../../src/domain/indicators/ii06a';
import { importDossiers } from '../../src/server/services/import-dossiers';
import { queryOf, reportOf } from '../../src/server/services/report-ii06a';
import { cliActor } from '../../src/server/services/save-user';
import { ii06aCounts, ii06aFacts } from '../../src/server/storage/report-ii06a';
import { loginAs, testApp, type TestApp } from '../support/app';
import { pdfText } from '../support/pdf-tools';
import { act, receive } from '../support/dossiers';
import { buildSyncRecord } from '../support/sync-records';

/** "20240320080000" (local wall clock, the sync format) from an instant. */
const syncTime = (ms: number) => new Date(ms + 7 * 3_600_000).toISOString().replace(/[-T:]/g, '').slice(0, 14);
/** Instant of a local wall-clock "2024-03-20 08:00". */
const local = (s: string) => Date.parse(`${s.replace(' ', 'T')}:00+07:00`);

type Spec = { code: string; channel: 1 | 2 | 3; receivedAt: number; dueAt: number; endAt: number | null };

/** A sync record received, due and processed (status 9, then 10 a minute later) at the given instants. */
function record(s: Spec) {
  const progress = [
    { TrangThai: 2, ThoiDiem: syncTime(s.receivedAt) },
    { TrangThai: 4, ThoiDiem: syncTime(s.receivedAt) },
    ...(s.endAt === null ? [] : [{ TrangThai: 9, ThoiDiem: syncTime(s.endAt) }, { TrangThai: 10, ThoiDiem: syncTime(s.endAt + 60_000) }]),
  ];
  const open = s.endAt === null;
  return buildSyncRecord({
    MaHoSo: s.code,
    KenhThucHien: s.channel,
    NgayNop: syncTime(s.receivedAt),
    NgayTiepNhan: syncTime(s.receivedAt),
    NgayHenTra: syncTime(s.dueAt),
    TrangThaiHoSo: open ? 4 : 10,
    ...(open && { MaKetQua: null, DuongDanTepTinKetQua: null }),
    TienTrinh: progress,
  });
}

describe('periodic report II.06a', () => {
  let t: TestApp;
  let leader: string;
  let field: string;
  /** Every dossier imported so far: a dossier still open stays pending (carried over) in every later period. */
  const loaded: Spec[] = [];
  const get = (url: string, cookie = leader) => t.app.inject({ method: 'GET', url, headers: { cookie } });
  const load = async (specs: Spec[]) => {
    const r = await importDossiers({ store: t.db.store, actor: cliActor() }, specs.map(record));
    expect(r.errors).toEqual([]);
    expect(r.imported).toBe(specs.length);
    loaded.push(...specs);
  };

  beforeAll(async () => {
    t = await testApp({ catalogue: true });
    leader = await loginAs(t.app, 'giamdoc');
    const f = await t.db.pool.query(`SELECT v.field FROM procedure_versions v JOIN procedures p ON p.id = v.procedure_id WHERE p.code = '3.000334' AND v.status = 'published'`);
    field = f.rows[0].field;
    // Period of April 2024 with the 15th–14th cut-off: 15/3/2024 – 14/4/2024.
    const c = (n: number) => `000.00.17.H04-240320-${String(n).padStart(4, '0')}`;
    await load([
      { code: c(1), channel: 2, receivedAt: local('2024-03-20 08:00'), dueAt: local('2024-03-29 17:00'), endAt: local('2024-03-28 16:00') }, // online, early (the day before)
      { code: c(2), channel: 1, receivedAt: local('2024-03-20 09:00'), dueAt: local('2024-03-29 17:00'), endAt: local('2024-03-29 17:00') }, // direct, on time (at the instant)
      { code: c(3), channel: 3, receivedAt: local('2024-03-20 10:00'), dueAt: local('2024-03-29 17:00'), endAt: local('2024-03-29 17:01') }, // postal, late by a minute
      { code: c(4), channel: 1, receivedAt: local('2024-03-10 08:00'), dueAt: local('2024-03-20 17:00'), endAt: local('2024-03-18 10:00') }, // carried over, early
      { code: c(5), channel: 1, receivedAt: local('2024-04-01 08:00'), dueAt: local('2024-04-10 17:00'), endAt: local('2024-04-20 10:00') }, // pending, overdue at the end
      { code: c(6), channel: 2, receivedAt: local('2024-04-12 08:00'), dueAt: local('2024-04-22 17:00'), endAt: local('2024-04-19 10:00') }, // online, pending within the deadline
      { code: c(7), channel: 1, receivedAt: local('2024-03-01 08:00'), dueAt: local('2024-03-11 17:00'), endAt: local('2024-03-14 23:59') }, // resolved before the period: out
      { code: c(8), channel: 2, receivedAt: local('2024-04-15 00:00'), dueAt: local('2024-04-25 17:00'), endAt: null }, // received after the period: out
    ]);
  });
  afterAll(() => t.close());

  it('gives the hand-computed row and totals for the period', async () => {
    const periods = await get('/api/reports/periods?kind=month&year=2024&part=4');
    expect(periods.json()).toEqual({ kind: 'month', year: 2024, part: 4, from: '2024-03-15', to: '2024-04-14' });
    const res = await get('/api/reports/ii06a?scope=000.00.17.H04&from=2024-03-15&to=2024-04-14');
    expect(res.statusCode).toBe(200);
    const expected = {
      received: { total: 6, online: 2, directOrPostal: 3, carriedOver: 1 },
      resolved: { total: 4, early: 2, onTime: 1, late: 1 },
      pending: { total: 2, withinDeadline: 1, overdue: 1 },
    };
    expect(res.json()).toEqual({ scope: expect.any(String), from: '2024-03-15', to: '2024-04-14', rows: [{ field, ...expected }], totals: expected });
  });

  it('exports the form to Excel and PDF with the same numbers', async () => {
    const x = await get('/api/reports/ii06a?scope=000.00.17.H04&from=2024-03-15&to=2024-04-14&format=xlsx');
    expect(x.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const numbers = (row: number) => Array.from({ length: 13 }, (_, i) => ws.getRow(row).getCell(i + 1).value);
    expect(numbers(12)).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)', '(12)', '(13)']);
    expect(numbers(13)).toEqual([1, field, 6, 2, 3, 1, 4, 2, 1, 1, 2, 1, 1]);
    expect(numbers(14)).toEqual(['', 'Tổng cộng', 6, 2, 3, 1, 4, 2, 1, 1, 2, 1, 1]);
    expect(ws.getCell(11, 8).value).toBe('Trả trước hạn');

    const p = await get('/api/reports/ii06a?scope=000.00.17.H04&from=2024-03-15&to=2024-04-14&format=pdf');
    expect(p.headers['content-type']).toBe('application/pdf');
    const text = (await pdfText(p.rawPayload)).replace(/\s+/g, ' ');
    expect(text).toContain('Biểu số II.06a/VPCP/KSTT');
    expect(text).toContain('từ ngày 15/03/2024 đến ngày 14/04/2024');
    expect(text).toMatch(/Tổng cộng 6 2 3 1 4 2 1 1 2 1 1/);
  });

  it('lists the late dossiers of the period', async () => {
    const res = await get('/api/reports/late-dossiers?scope=000.00.17.H04&from=2024-03-15&to=2024-04-14');
    expect(res.json().rows.map((r: { code: string }) => r.code)).toEqual(['000.00.17.H04-240320-0003', '000.00.17.H04-240320-0005']);
  });

  it('shows the apology reason and the recorded explanation of a late live dossier', async () => {
    const d = (await receive(t.app, await loginAs(t.app, 'tiepnhan'))).json();
    const later = new Date(new Date(d.dueAt).getTime() + 7 * 86_400_000);
    while ([0, 6].includes(later.getUTCDay())) later.setTime(later.getTime() + 86_400_000);
    const ext = await act(t.app, await loginAs(t.app, 'truongphong'), d.code, 'extend', { reason: 'Cần xác minh thêm tại cơ quan công an', newDueDate: later.toISOString().slice(0, 10) });
    expect(ext.statusCode, ext.body).toBe(200);
    // The clock moves on past the new appointment; the sweep records the lateness with an explanation.
    await t.db.pool.query(`UPDATE dossiers SET due_at = now() - interval '1 hour' WHERE code = $1`, [d.code]);
    await t.db.pool.query(`INSERT INTO dossier_lateness (dossier_id, became_late_at, due_at, agency_id, unit_code, explanation) SELECT id, now(), due_at, handling_agency_id, 'HCTP', 'Chờ văn bản trả lời của cơ quan công an' FROM dossiers WHERE code = $1`, [d.code]);
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const res = await get(`/api/reports/late-dossiers?from=${today}&to=${today}`);
    // The imported dossier still open since 2024 is late in every later period too (carried over, overdue).
    expect(res.json().rows.map((r: { code: string }) => r.code)).toEqual(['000.00.17.H04-240320-0008', d.code]);
    expect(res.json().rows[1]).toEqual(expect.objectContaining({ code: d.code, unitCode: 'HCTP', explanation: 'Chờ văn bản trả lời của cơ quan công an', apologyReason: 'Cần xác minh thêm tại cơ quan công an', apologised: true, finishedAt: null }));
    const x = await get(`/api/reports/late-dossiers?from=${today}&to=${today}&format=xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.getRow(6).getCell(2).value).toBe(d.code);
    expect(wb.worksheets[0]!.getRow(6).getCell(13).value).toBe('Cần xác minh thêm tại cơ quan công an');
  });

  it('refuses a specialist (403) and a bad period (400)', async () => {
    const specialist = await loginAs(t.app, 'chuyenvien');
    expect((await get('/api/reports/ii06a?from=2024-03-15&to=2024-04-14', specialist)).statusCode).toBe(403);
    const bad = await get('/api/reports/ii06a?from=2024-04-15&to=2024-04-14');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toContain('Ngày kết thúc');
    expect((await get('/api/reports/periods?kind=quarter&year=2024&part=5')).statusCode).toBe(400);
  });

  it('refuses a report whose columns do not add up (422), never sends it', () => {
    const broken = [{ field: 'X', online: 1, directOrPostal: 0, carriedOver: 0, early: 0, onTime: 0, late: 0, withinDeadline: 0, overdue: 0 }];
    expect(() => reportOf(broken)).toThrow(expect.objectContaining({ status: 422, extensions: expect.objectContaining({ reason: 'II06A_INVARIANT' }) }));
  });

  it('SQL counts equal the domain rules on random dossiers', async () => {
    let run = 0;
    const dossier = fc.record({
      channel: fc.constantFrom(1 as const, 2 as const, 3 as const),
      receivedMin: fc.integer({ min: 0, max: 85 * 24 * 60 }),
      dueMin: fc.oneof(fc.integer({ min: 60, max: 20 * 24 * 60 }), fc.constant(-1)),
      endMin: fc.option(fc.integer({ min: 0, max: 30 * 24 * 60 }), { nil: null }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(dossier, { minLength: 20, maxLength: 40 }), async (items) => {
        // Each run has its own year, so runs never see each other's dossiers (no shrinking: endOnFailure).
        const year = 2010 + run++;
        const base = local(`${year}-02-01 00:00`);
        const specs: Spec[] = items.map((d, i) => {
          const receivedAt = base + d.receivedMin * 60_000;
          // "Due on the very day it ends": -1 puts the appointment a minute before, at or after the end.
          const endAt = d.endMin === null ? null : receivedAt + d.endMin * 60_000;
          const dueAt = d.dueMin === -1 && endAt !== null ? endAt + ((i % 3) - 1) * 60_000 : receivedAt + Math.max(60, d.dueMin) * 60_000;
          return { code: `000.00.17.H04-${String(year).slice(2)}0201-${String(i + 1).padStart(4, '0')}`, channel: d.channel, receivedAt, dueAt: Math.max(dueAt, receivedAt + 60_000), endAt };
        });
        await load(specs);
        const period = { from: `${year}-03-15`, to: `${year}-04-14` };
        const q = queryOf('all', period);
        const sql = reportOf(await ii06aCounts(t.db.store, q));
        const channelOf = { 1: 'direct', 2: 'online', 3: 'postal' } as const;
        const domain = assembleII06a(loaded.map((s) => ({ field, classification: classifyII06a({ receivedAt: new Date(s.receivedAt), channel: channelOf[s.channel], dueAt: new Date(s.dueAt), endAt: s.endAt === null ? null : new Date(s.endAt) }, period) })));
        expect(sql).toEqual(domain);
        expect(checkII06a(sql)).toEqual([]);
        // The per-dossier facts the storage returns classify to the same report.
        const facts = await ii06aFacts(t.db.store, q);
        const fromFacts = assembleII06a(facts.map((f) => ({ field: f.field, classification: classifyII06a({ receivedAt: f.receivedAt, channel: f.channel, dueAt: f.dueAt, endAt: f.finishedAt }, period) })));
        expect(fromFacts).toEqual(domain);
      }),
      { seed: 20261122, numRuns: 6, endOnFailure: true },
    );
  }, 120_000);
});
