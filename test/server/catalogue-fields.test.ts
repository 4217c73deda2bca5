/**
 * The fields added to the procedure model after the first catalogue (issue 4): the location-
 * independent flag, form templates per document and the reusable-document kind. They travel
 * through import, export, the public page and search, and the version diff; records stored before
 * they existed read with their defaults.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalRecord, validateRecord, type ProcedureRecord } from '../../src/domain/procedure';
import { loginAs, testApp, type TestApp } from '../support/app';
import { buildProcedure, CAN_CUOC } from '../support/procedures';

const valid = (input: unknown): ProcedureRecord => {
  const v = validateRecord(input);
  if (!v.ok) throw new Error(JSON.stringify(v.problems));
  return v.record;
};

describe('catalogue: location independence, form templates, reusable documents', () => {
  let t: TestApp;
  let kstthc: string;
  beforeAll(async () => {
    t = await testApp();
    kstthc = await loginAs(t.app, 'kiemsoat');
  });
  afterAll(() => t.close());

  const get = async (url: string, cookie?: string) => {
    const res = await t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const importRecords = async (procedures: unknown[], publishAs?: string) => {
    const res = await t.app.inject({ method: 'POST', url: `/api/admin/catalogue/import${publishAs ? `?publishAs=${encodeURIComponent(publishAs)}` : ''}`, headers: { cookie: kstthc }, payload: { procedures } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const decide = async (number: string, effectiveDate: string, items: { procedureCode: string; action: string }[]) => {
    const d = await t.app.inject({ method: 'POST', url: '/api/admin/decisions', headers: { cookie: kstthc }, payload: { number, decisionDate: effectiveDate, issuer: 'Chủ tịch UBND tỉnh', issuerLevel: 'province', effectiveDate, items } });
    expect(d.statusCode, d.body).toBe(201);
    if (items.length === 0) return;
    const p = await t.app.inject({ method: 'POST', url: `/api/admin/decisions/${encodeURIComponent(number)}/publish`, headers: { cookie: kstthc } });
    expect(p.statusCode, p.body).toBe(200);
  };
  const exported = async () => (await get('/api/admin/catalogue/export?drafts=true', kstthc)).procedures as ProcedureRecord[];

  it('imports the fields and exports them as imported; the export imports back unchanged', async () => {
    await decide('11/QĐ-UBND', '2025-06-10', []);
    expect(await importRecords([CAN_CUOC, buildProcedure()], '11/QĐ-UBND')).toMatchObject({ created: 2, errors: [] });
    const out = await exported();
    expect(canonicalRecord(out.find((r) => r.code === '1.014061')!)).toEqual(canonicalRecord(valid(CAN_CUOC)));
    // A record imported without the fields exports them with their defaults.
    const plain = out.find((r) => r.code === '2.000488')!;
    expect(plain.locationIndependent).toBe(false);
    expect(plain.documents.map((d) => [d.forms, d.reuse])).toEqual([
      [[], null],
      [[], null],
    ]);
    expect(await importRecords(JSON.parse(JSON.stringify(out)))).toMatchObject({ created: 0, updated: 0, unchanged: 2, errors: [] });
  });

  it('the public page shows them, the search says which procedures are location-independent and filters on it', async () => {
    const page = await get('/api/procedures/1.014061');
    expect(page.locationIndependent).toBe(true);
    expect(page.documents[1].forms).toEqual([{ name: 'Mẫu DC02 Phiếu đề nghị giải quyết thủ tục về căn cước.doc', url: 'https://dichvucong.gov.vn/mau/DC02.doc' }]);
    expect(page.documents[2].reuse).toBe('cccd');
    const only = await get('/api/procedures?locationIndependent=true');
    expect(only.items.map((i: { code: string; locationIndependent: boolean }) => [i.code, i.locationIndependent])).toEqual([['1.014061', true]]);
    expect((await get('/api/procedures?q=can cuoc&locationIndependent=true')).total).toBe(1);
    expect((await get('/api/procedures?q=ly lich tu phap&locationIndependent=true')).total).toBe(0);
    expect((await get('/api/procedures?locationIndependent=false')).total).toBe(2);
    expect((await get('/api/procedures')).items.find((i: { code: string }) => i.code === '2.000488').locationIndependent).toBe(false);
    const bad = await t.app.inject({ method: 'GET', url: '/api/procedures?locationIndependent=maybe' });
    expect(bad.statusCode).toBe(400);
  });

  it('a new version that drops the flag and changes a reusable kind: the diff names both in Vietnamese', async () => {
    const next = { ...CAN_CUOC, locationIndependent: false, documents: CAN_CUOC.documents.map((d, i) => (i === 2 ? { ...d, reuse: 'residence' as const } : d)) };
    expect(await importRecords([next])).toMatchObject({ updated: 1 });
    await decide('12/QĐ-UBND', '2026-01-10', [{ procedureCode: '1.014061', action: 'amended' }]);
    const diff = await get('/api/procedures/1.014061/diff?from=1&to=2');
    expect(diff.changes).toEqual([
      { path: 'locationIndependent', label: 'Không phụ thuộc địa giới hành chính', before: true, after: false },
      {
        path: `documents[${CAN_CUOC.documents[2]!.name}].reuse`,
        label: `Thành phần hồ sơ «${CAN_CUOC.documents[2]!.name}»: loại giấy tờ tái sử dụng`,
        before: 'cccd',
        after: 'residence',
      },
    ]);
    expect((await get('/api/procedures?locationIndependent=true')).total).toBe(0);
    // The version in force before keeps its flag.
    expect((await get('/api/procedures/1.014061?date=2026-01-09')).locationIndependent).toBe(true);
  });

  it('a version stored before the fields existed reads with their defaults everywhere', async () => {
    const khaiSinh = buildProcedure({ code: '1.001193', name: 'Thủ tục đăng ký khai sinh', field: 'Hộ tịch', levels: ['commune'], implementingAgency: 'Ủy ban nhân dân cấp xã' });
    expect(await importRecords([khaiSinh])).toMatchObject({ created: 1 });
    // Make the draft look like a record written by the first version of the catalogue, then publish it.
    await t.db.pool.query(`
      UPDATE procedure_versions v
      SET record = (v.record - 'locationIndependent') || jsonb_build_object('documents', (SELECT jsonb_agg(d - 'forms' - 'reuse') FROM jsonb_array_elements(v.record -> 'documents') d))
      FROM procedures p WHERE p.id = v.procedure_id AND p.code = '1.001193' AND v.status = 'draft'`);
    await decide('13/QĐ-UBND', '2025-06-10', [{ procedureCode: '1.001193', action: 'new' }]);
    const raw = await t.db.pool.query(`SELECT v.record FROM procedure_versions v JOIN procedures p ON p.id = v.procedure_id WHERE p.code = '1.001193' AND v.status = 'published'`);
    expect(raw.rows[0].record).not.toHaveProperty('locationIndependent');
    expect(raw.rows[0].record.documents[0]).not.toHaveProperty('forms');

    const page = await get('/api/procedures/1.001193');
    expect(page.locationIndependent).toBe(false);
    expect(page.documents.map((d: { forms: unknown; reuse: unknown }) => [d.forms, d.reuse])).toEqual([
      [[], null],
      [[], null],
    ]);
    const fromExport = (await exported()).find((r) => r.code === '1.001193')!;
    expect(fromExport).toEqual(valid(khaiSinh));
    expect((await get('/api/procedures?q=khai sinh')).items[0]).toMatchObject({ code: '1.001193', locationIndependent: false });
    // Importing the same content again is no change, and a real change shows alone in the diff.
    expect(await importRecords([khaiSinh])).toMatchObject({ unchanged: 1, updated: 0 });
    expect(await importRecords([{ ...khaiSinh, locationIndependent: true }])).toMatchObject({ updated: 1 });
    const diff = await get('/api/procedures/1.001193/diff?from=1&to=2', kstthc);
    expect(diff.changes).toEqual([{ path: 'locationIndependent', label: 'Không phụ thuộc địa giới hành chính', before: false, after: true }]);
  });

  it('reports bad values with the Vietnamese field names and writes nothing', async () => {
    const bad = { ...CAN_CUOC, code: '1.999998', documents: [{ ...CAN_CUOC.documents[0]!, reuse: 'passport', forms: [{ name: 'Mau.docx', url: 'javascript:alert(1)' }] }] };
    const body = await importRecords([bad]);
    expect(body.errors).toEqual([
      {
        index: 0,
        code: '1.999998',
        problems: [
          { path: 'documents.0.forms.0.url', message: 'Đường dẫn tệp mẫu sai định dạng' },
          { path: 'documents.0.reuse', message: expect.stringMatching(/^Loại giấy tờ tái sử dụng không hợp lệ/u) },
        ],
      },
    ]);
    expect((await t.db.pool.query(`SELECT 1 FROM procedures WHERE code = '1.999998'`)).rowCount).toBe(0);
  });
});
