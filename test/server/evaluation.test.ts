/**
 * Evaluation of dossier handling (TT 01/2018 art. 12–15, docs/adr/0021-evaluation.md) through the
 * HTTP API: three dossiers driven through the real engine by the demo officers of Sở Tư pháp, rated at
 * the counter, one with a substantiated complaint; their due times then set relative to when each
 * step really finished, so every indicator has a value computed by hand below.
 *
 *   step (closed by)           A            B            C
 *   receive   (tiepnhan, VP)   equal 1      shorter 2    shorter 2
 *   process   (chuyenvien)     shorter 2    longer 0     shorter 2
 *   approve   (truongphong)    shorter 2    equal 1      shorter 2
 *   sign      (giamdoc)        shorter 2    equal 1      shorter 2
 *   dossier (ind. 1)           shorter 2    equal 1      longer 0
 *   rating                     early,1,1,5  on time,2,2,4   none (3, 4 no data)
 *   complaint                  –            –            substantiated (7 = 0)
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDateOf } from '../../src/domain/calendar';
import { loginAs, testApp, type TestApp } from '../support/app';
import { act, buildReceipt, receive } from '../support/dossiers';

const FLOW: [string, string, Record<string, unknown>][] = [
  ['tiepnhan', 'forward', {}],
  ['chuyenvien', 'claim', {}],
  ['chuyenvien', 'forward', {}],
  ['truongphong', 'approve', {}],
  ['giamdoc', 'sign', {}],
  ['tiepnhan', 'return_result', { method: 'counter' }],
];
const SHORTER = "finished_at + interval '3 days'";
const EQUAL = 'finished_at';
const LONGER = "finished_at - interval '1 minute'";

describe('evaluation of dossier handling over HTTP', () => {
  let t: TestApp;
  const c: Record<string, string> = {};
  const codes: Record<'A' | 'B' | 'C', string> = { A: '', B: '', C: '' };
  const today = localDateOf(new Date());
  const period = `from=${addDays(today, -1)}&to=${addDays(today, 1)}`;
  const get = (who: string, url: string) => t.app.inject({ method: 'GET', url, headers: who ? { cookie: c[who]! } : {} });

  async function handled(): Promise<string> {
    const r = await receive(t.app, c.tiepnhan!, buildReceipt());
    expect(r.statusCode, r.body).toBe(201);
    const code = r.json().code as string;
    for (const [who, action, payload] of FLOW) {
      const a = await act(t.app, c[who]!, code, action, payload);
      expect(a.statusCode, `${action}: ${a.body}`).toBe(200);
    }
    return code;
  }

  /** Sets the dossier's and each step's due time relative to when it actually finished. */
  async function due(code: string, dossier: string, steps: [string, string, string, string]) {
    const id = (await t.db.pool.query(`SELECT id FROM dossiers WHERE code = $1`, [code])).rows[0].id;
    await t.db.pool.query(`UPDATE dossiers SET due_at = ${dossier} WHERE id = $1`, [id]);
    for (const [i, expr] of steps.entries()) await t.db.pool.query(`UPDATE dossier_steps SET due_at = ${expr} WHERE dossier_id = $1 AND step_index = $2`, [id, i]);
    return id as string;
  }

  beforeAll(async () => {
    t = await testApp({ catalogue: true });
    for (const u of ['tiepnhan', 'chuyenvien', 'truongphong', 'giamdoc', 'thanhtra', 'kiemsoat', 'motcua.longxuyen']) c[u] = await loginAs(t.app, u);
    for (const k of ['A', 'B', 'C'] as const) codes[k] = await handled();
    const rate = (code: string, body: Record<string, unknown>) => t.app.inject({ method: 'PUT', url: `/api/counter/ratings/${code}`, headers: { cookie: c.tiepnhan! }, payload: body });
    expect((await rate(codes.A, { time: 'early', contacts: 1, bodies: 1, attitude: 5 })).statusCode).toBe(200);
    expect((await rate(codes.B, { time: 'on_time', contacts: 2, bodies: 2, attitude: 4 })).statusCode).toBe(200);
    await due(codes.A, SHORTER, [EQUAL, SHORTER, SHORTER, SHORTER]);
    await due(codes.B, EQUAL, [SHORTER, LONGER, EQUAL, EQUAL]);
    const cId = await due(codes.C, LONGER, [SHORTER, SHORTER, SHORTER, SHORTER]);
    // A complaint about the officials' behaviour on C, found substantiated in an approved answer, on time (PAKN, ADR 0020).
    await t.db.pool.query(
      `INSERT INTO pakn_items (code, secret_hash, agency_id, channel, status, title, content, category, dossier_id, substantiated, rule_set_id,
         received_at, clock_start_at, due_at, processed_at, finished_at, finished_on_time, answer, published_at, search_text)
       SELECT 'PA261122-EVAL', 'x', receiving_agency_id, 'counter', 'published', 'Cán bộ thiếu tôn trọng', 'Nội dung', 'behaviour', id, true, 'dvcqg',
         now(), now(), now() + interval '5 days', now(), now(), true, 'Đã chấn chỉnh', now(), '' FROM dossiers WHERE id = $1`,
      [cId],
    );
  });
  afterAll(() => t.close());

  const row = (rows: { code: string | null }[], code: string) => rows.find((r) => r.code === code) as Record<string, unknown> | undefined;

  it("shows an official their own scores, computed by hand, and nobody else's", async () => {
    const r = await get('chuyenvien', `/api/evaluations?level=official&${period}`);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().rows).toHaveLength(1);
    // 1: (2+1+0)/3 = 1.0; 2 (process steps 2, 0, 2): 1.3; 3: (2+1)/2 = 1.5; 4: 1.5; 7: (2+1+0)/3 = 1.0 → 6.3.
    expect(r.json().rows[0]).toMatchObject({ code: 'chuyenvien', dossiers: 3, indicators: { 1: 1, 2: 1.3, 3: 1.5, 4: 1.5, 7: 1 }, total: 6.3, max: 10, converted: 6.3, band: 'full' });

    const other = await get('chuyenvien', `/api/evaluations?level=official&official=tiepnhan&${period}`);
    expect(other.statusCode).toBe(403);
    expect(other.headers['content-type']).toContain('application/problem+json');
    expect(other.json()).toMatchObject({ code: 'FORBIDDEN', status: 403 });
    expect(other.json().detail).toMatch(/cán bộ khác/);
    expect((await get('chuyenvien', `/api/evaluations?level=unit&${period}`)).statusCode).toBe(403);
    expect((await get('chuyenvien', `/api/evaluations?level=agency&${period}`)).statusCode).toBe(403);
    expect((await get('motcua.longxuyen', `/api/evaluations?level=official&official=tiepnhan&${period}`)).statusCode).toBe(403);
    expect((await get('', `/api/evaluations?${period}`)).statusCode).toBe(401);
  });

  it('shows a unit head their unit and its officials only', async () => {
    const units = await get('truongphong', `/api/evaluations?level=unit&${period}`);
    expect(units.statusCode, units.body).toBe(200);
    expect(units.json().rows.map((x: { code: string }) => x.code)).toEqual(['HCTP']);
    // HCTP's steps (process, approve) per dossier: min(2,2) = 2, min(0,1) = 0, 2 → 1.3; with 1, 3, 4, 7 = 6.3;
    // agency 5 = 1, 6 no data, 8 = 2, 9 = 0 → 9.3 of 16 → 9.3 × 18 / 16 = 10.4625 → 10.5: fair.
    expect(units.json().rows[0]).toMatchObject({ indicators: { 1: 1, 2: 1.3, 3: 1.5, 4: 1.5, 5: 1, 6: null, 7: 1, 8: 2, 9: 0 }, total: 9.3, max: 16, fullMax: 18, converted: 10.5, band: 'fair', bandName: 'Khá' });
    const officials = await get('truongphong', `/api/evaluations?level=official&${period}`);
    expect(officials.json().rows.map((x: { code: string }) => x.code).sort()).toEqual(['chuyenvien', 'truongphong']);
    expect(row(officials.json().rows, 'truongphong')).toMatchObject({ indicators: { 2: 1.7 }, total: 6.7 });
    expect((await get('truongphong', `/api/evaluations?level=official&official=chuyenvien&${period}`)).statusCode).toBe(200);
    expect((await get('truongphong', `/api/evaluations?level=official&official=tiepnhan&${period}`)).statusCode).toBe(403);
  });

  it('shows the agency head the units, officials and the agency; not another agency', async () => {
    const units = (await get('giamdoc', `/api/evaluations?level=unit&${period}`)).json().rows;
    expect(units.map((x: { code: string }) => x.code)).toEqual(['HCTP', 'VP']);
    // VP: the receive steps 1, 2, 2 → 1.7; 1.0 + 1.7 + 1.5 + 1.5 + 1.0 + 1 + 2 + 0 = 9.7 → × 18 / 16 = 10.9.
    expect(row(units, 'VP')).toMatchObject({ indicators: { 2: 1.7 }, total: 9.7, converted: 10.9, band: 'fair' });
    const officials = (await get('giamdoc', `/api/evaluations?level=official&${period}`)).json().rows;
    expect(officials.map((x: { code: string }) => x.code).sort()).toEqual(['chuyenvien', 'giamdoc', 'tiepnhan', 'truongphong']);
    expect(row(officials, 'tiepnhan')).toMatchObject({ indicators: { 1: 1, 2: 1.7, 3: 1.5, 4: 1.5, 7: 1 }, total: 6.7, unit: 'Văn phòng Sở' });
    const agency = await get('giamdoc', `/api/evaluations?level=agency&scope=000.00.17.H04&${period}`);
    expect(agency.statusCode).toBe(200);
    // Sở Tư pháp: 2 per dossier = min of all its steps: 1, 0, 2 → 1.0; 1.0 + 1.0 + 1.5 + 1.5 + 1.0 = 6.0; + 1 + 2 + 0 = 9.0 of 16 → 10.1.
    expect(agency.json().rows).toHaveLength(1);
    expect(agency.json().rows[0]).toMatchObject({ code: '000.00.17.H04', dossiers: 3, indicators: { 1: 1, 2: 1, 3: 1.5, 4: 1.5, 5: 1, 6: null, 7: 1, 8: 2, 9: 0 }, total: 9, max: 16, converted: 10.1, band: 'fair' });
    expect(agency.json().rows[0].notes['9']).toContain('0/3 hồ sơ nộp trực tuyến');
    expect((await get('giamdoc', `/api/evaluations?level=agency&scope=000.00.14.H04&${period}`)).statusCode).toBe(403);
  });

  it('lets the inspector and procedure control see every agency', async () => {
    for (const who of ['thanhtra', 'kiemsoat']) {
      const r = await get(who, `/api/evaluations?level=agency&${period}`);
      expect(r.statusCode, r.body).toBe(200);
      expect(r.json().rows.length).toBeGreaterThanOrEqual(7);
      expect(row(r.json().rows, '000.00.17.H04')).toMatchObject({ total: 9, converted: 10.1 });
      // No dossier resolved there in the period: listed, not graded (8 alone would scale to 18/18).
      expect(row(r.json().rows, '000.00.14.H04')).toMatchObject({ dossiers: 0, indicators: { 1: null, 2: null, 3: null, 8: 2 }, total: null, converted: null, band: null });
    }
  });

  it("explains one dossier's 9 indicators", async () => {
    const r = await get('tiepnhan', `/api/evaluations/dossiers/${codes.A}`);
    expect(r.statusCode, r.body).toBe(200);
    const points = Object.fromEntries(r.json().indicators.map((m: { id: number; points: number | null }) => [m.id, m.points]));
    expect(points).toEqual({ 1: 2, 2: 1, 3: 2, 4: 2, 5: 1, 6: null, 7: 2, 8: 2, 9: 0 });
    expect(r.json().score).toMatchObject({ total: 9, max: 10, band: 'full' });
    expect(r.json().indicators[1].reason).toMatch(/Văn phòng Sở — Tiếp nhận hồ sơ: đúng ngày hẹn/);
    const cView = (await get('tiepnhan', `/api/evaluations/dossiers/${codes.C}`)).json();
    expect(cView.indicators.find((m: { id: number }) => m.id === 7)).toMatchObject({ points: 0, reason: expect.stringMatching(/phản ánh/) });
    expect(cView.indicators.find((m: { id: number }) => m.id === 3)).toMatchObject({ points: null });
    expect((await get('motcua.longxuyen', `/api/evaluations/dossiers/${codes.A}`)).statusCode).toBe(403);
    expect((await get('tiepnhan', `/api/evaluations/dossiers/000.00.17.H04-991231-9999`)).statusCode).toBe(404);
  });

  it('publishes per-agency scores without officials', async () => {
    const r = await t.app.inject({ method: 'GET', url: `/api/public/evaluations?${period}` });
    expect(r.statusCode, r.body).toBe(200);
    expect(row(r.json().rows, '000.00.17.H04')).toMatchObject({ total: 9, band: 'fair' });
    expect(r.body).not.toContain('chuyenvien');
    expect(r.body).not.toContain('Phạm Minh Đức');
  });

  it('exports the Excel table with the numbers', async () => {
    const r = await get('giamdoc', `/api/evaluations?level=unit&format=xlsx&${period}`);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(String(ws.getCell(1, 1).value)).toContain('KẾT QUẢ ĐÁNH GIÁ VIỆC GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH');
    expect(String(ws.getCell(6, 5).value)).toBe('1. Tổng thời gian giải quyết so với quy định');
    const values = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
    const hctp = [7, 8].map(values).find((v) => v[1] === 'Phòng Hành chính tư pháp')!;
    // STT, name, agency, dossiers, 1–9, total, max, converted, band.
    expect(hctp.slice(3)).toEqual([3, 1, 1.3, 1.5, 1.5, 1, undefined, 1, 2, 0, 9.3, 16, 10.5, 'Khá']); // empty cell: no data
  });

  it('answers bad input with a problem in Vietnamese', async () => {
    const half = await get('giamdoc', `/api/evaluations?from=${today}`);
    expect(half.statusCode).toBe(400);
    expect(half.json().detail).toMatch(/ngày kết thúc/);
    expect((await get('giamdoc', `/api/evaluations?from=2026-03-31&to=2026-01-01`)).statusCode).toBe(400);
    expect((await get('giamdoc', `/api/evaluations?level=ward`)).statusCode).toBe(400);
    expect((await get('giamdoc', `/api/evaluations?from=2026-02-30&to=2026-03-01`)).statusCode).toBe(400);
    expect((await get('giamdoc', `/api/evaluations?level=agency&scope=999.99.99.Z99`)).statusCode).toBe(404);
  });
});
