import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AGENCIES } from '../../src/server/demo/agencies';
import { loginAs, testApp, type TestApp } from '../support/app';

type Node = { code: string; level: string; units: { code: string }[]; children: Node[] };
const flat = (ns: Node[]): Node[] => ns.flatMap((n) => [n, ...flat(n.children)]);

describe('agencies and units', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await testApp();
    admin = await loginAs(t.app, 'quantri');
  });
  afterAll(() => t.close());

  it('publishes the agency tree without login, with codes, levels and units', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/agencies' });
    expect(res.statusCode).toBe(200);
    const tree = res.json().items as Node[];
    expect(tree.map((n) => n.code)).toEqual(['000.00.00.H04']);
    const all = flat(tree);
    expect(all.map((n) => n.code).sort()).toEqual(DEMO_AGENCIES.map((a) => a.code).sort());
    const justice = all.find((n) => n.code === '000.00.17.H04')!;
    expect(justice.units.map((u) => u.code)).toEqual(['BTTP', 'HCTP', 'TGPL', 'VP']);
    expect(all.filter((n) => n.level === 'commune')).toHaveLength(2);
  });

  it('lets the administrator add an agency and a unit, and records both in the audit log', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/admin/agencies',
      headers: { cookie: admin },
      payload: { code: '000.03.31.H04', name: 'Ủy ban nhân dân xã Phú Tân', level: 'commune', parentCode: '000.00.00.H04' },
    });
    expect(created.statusCode).toBe(201);
    const unit = await t.app.inject({
      method: 'POST',
      url: '/api/admin/agencies/000.03.31.H04/units',
      headers: { cookie: admin },
      payload: { code: 'MC', name: 'Bộ phận Một cửa' },
    });
    expect(unit.statusCode).toBe(201);
    const audit = await t.db.pool.query(`SELECT action FROM audit_log WHERE action IN ('agency.create','unit.create')`);
    expect(audit.rows.map((r) => r.action).sort()).toEqual(['agency.create', 'unit.create']);
  });

  it('refuses a duplicate code (409), a malformed code (400) and an unknown parent (400)', async () => {
    const dup = await t.app.inject({ method: 'POST', url: '/api/admin/agencies', headers: { cookie: admin }, payload: { code: '000.00.17.H04', name: 'X', level: 'province' } });
    expect(dup.statusCode).toBe(409);
    const bad = await t.app.inject({ method: 'POST', url: '/api/admin/agencies', headers: { cookie: admin }, payload: { code: 'H04-17', name: 'X', level: 'province' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].name).toBe('body.code');
    const orphan = await t.app.inject({ method: 'POST', url: '/api/admin/agencies', headers: { cookie: admin }, payload: { code: '000.09.31.H04', name: 'X', level: 'commune', parentCode: '000.99.99.H99' } });
    expect(orphan.statusCode).toBe(400);
  });

  it('refuses a stale version with 409 and keeps the newer edit', async () => {
    const first = await t.app.inject({ method: 'PATCH', url: '/api/admin/agencies/000.00.14.H04', headers: { cookie: admin }, payload: { version: 1, phone: '0296 3000 001' } });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(2);
    const stale = await t.app.inject({ method: 'PATCH', url: '/api/admin/agencies/000.00.14.H04', headers: { cookie: admin }, payload: { version: 1, phone: '0296 3000 002' } });
    expect(stale.statusCode).toBe(409);
    const row = await t.db.pool.query(`SELECT phone FROM agencies WHERE code = '000.00.14.H04'`);
    expect(row.rows[0].phone).toBe('0296 3000 001');
  });

  it('refuses a cycle in the agency tree', async () => {
    const res = await t.app.inject({ method: 'PATCH', url: '/api/admin/agencies/000.00.01.H04', headers: { cookie: admin }, payload: { version: 1, parentCode: '000.00.02.H04' } });
    expect(res.statusCode).toBe(400);
  });

  it('forbids non-administrators (403) and anonymous users (401)', async () => {
    for (const user of ['tiepnhan', 'kiemsoat', 'giamdoc', 'thanhtra']) {
      const cookie = await loginAs(t.app, user);
      const res = await t.app.inject({ method: 'POST', url: '/api/admin/agencies/000.00.17.H04/units', headers: { cookie }, payload: { code: 'NEW', name: 'Phòng mới' } });
      expect(res.statusCode, user).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN');
    }
    const anon = await t.app.inject({ method: 'POST', url: '/api/admin/agencies/000.00.17.H04/units', payload: { code: 'NEW', name: 'Phòng mới' } });
    expect(anon.statusCode).toBe(401);
    const units = await t.db.pool.query(`SELECT 1 FROM units WHERE code = 'NEW'`);
    expect(units.rowCount).toBe(0);
  });
});
