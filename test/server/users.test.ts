import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, testApp, type TestApp } from '../support/app';

describe('officer accounts', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await testApp();
    admin = await loginAs(t.app, 'quantri');
  });
  afterAll(() => t.close());

  it('creates a scoped account that can log in, with an argon2id hash', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: { cookie: admin },
      payload: { username: 'nguyen.an', password: 'mat-khau-dai', fullName: 'Nguyễn An', grants: [{ role: 'specialist', agencyCode: '000.00.16.H04', unitCode: 'DD' }] },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().grants).toEqual([{ role: 'specialist', agencyCode: '000.00.16.H04', unitCode: 'DD' }]);
    const hash = await t.db.pool.query(`SELECT password_hash FROM users WHERE username = 'nguyen.an'`);
    expect(hash.rows[0].password_hash).toMatch(/^\$argon2id\$/);
    const cookie = await loginAs(t.app, 'nguyen.an', 'mat-khau-dai');
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.json().home).toBe('workspace');
  });

  it('rejects an unknown unit, a short password and a duplicate username without writing', async () => {
    const before = (await t.db.pool.query('SELECT count(*)::int AS n FROM users')).rows[0].n;
    const cases = [
      { username: 'a.b', password: 'mat-khau-dai', fullName: 'A', grants: [{ role: 'reception', agencyCode: '000.00.17.H04', unitCode: 'KHONG' }] },
      { username: 'c.d', password: 'ngan', fullName: 'C', grants: [{ role: 'reception', agencyCode: '000.00.17.H04' }] },
      { username: 'tiepnhan', password: 'mat-khau-dai', fullName: 'T', grants: [{ role: 'reception', agencyCode: '000.00.17.H04' }] },
      { username: 'e.f', password: 'mat-khau-dai', fullName: 'E', grants: [{ role: 'reception' }] },
    ];
    const statuses = [];
    for (const payload of cases) statuses.push((await t.app.inject({ method: 'POST', url: '/api/admin/users', headers: { cookie: admin }, payload })).statusCode);
    expect(statuses).toEqual([400, 400, 409, 400]);
    expect((await t.db.pool.query('SELECT count(*)::int AS n FROM users')).rows[0].n).toBe(before);
  });

  it('locks an account with optimistic concurrency', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/api/admin/users', headers: { cookie: admin } });
    const u = list.json().items.find((x: { username: string }) => x.username === 'motcua.longxuyen');
    const res = await t.app.inject({ method: 'PATCH', url: '/api/admin/users/motcua.longxuyen', headers: { cookie: admin }, payload: { version: u.version, active: false } });
    expect(res.statusCode).toBe(200);
    expect(res.json().active).toBe(false);
    const again = await t.app.inject({ method: 'PATCH', url: '/api/admin/users/motcua.longxuyen', headers: { cookie: admin }, payload: { version: u.version, active: true } });
    expect(again.statusCode).toBe(409);
  });

  it('an inspector sees only accounts in its scope and cannot create any', async () => {
    const cookie = await loginAs(t.app, 'thanhtra');
    const list = await t.app.inject({ method: 'GET', url: '/api/admin/users', headers: { cookie } });
    expect(list.statusCode).toBe(200);
    const names = list.json().items.map((x: { username: string }) => x.username);
    expect(names).toContain('tiepnhan');
    expect(names).not.toContain('quantri'); // global admin has no agency in the inspector's province
    const res = await t.app.inject({ method: 'POST', url: '/api/admin/users', headers: { cookie }, payload: { username: 'x.y', password: 'mat-khau-dai', fullName: 'X', grants: [{ role: 'reception', agencyCode: '000.00.17.H04' }] } });
    expect(res.statusCode).toBe(403);
  });

  it('a specialist cannot list accounts', async () => {
    const cookie = await loginAs(t.app, 'chuyenvien');
    expect((await t.app.inject({ method: 'GET', url: '/api/admin/users', headers: { cookie } })).statusCode).toBe(403);
  });
});
