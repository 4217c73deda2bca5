import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../src/server/demo/users';
import { loginAs, testApp, type TestApp } from '../support/app';

describe('authentication: sessions and API tokens', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp();
  });
  afterAll(() => t.close());

  it('logs in every demo role and reports its roles and home area', async () => {
    for (const u of DEMO_USERS) {
      const cookie = await loginAs(t.app, u.username);
      const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
      expect(me.statusCode).toBe(200);
      expect(me.json()).toMatchObject({ username: u.username, roles: [{ role: u.role, agencyCode: u.agencyCode }] });
      expect(me.json().home).toBe(['admin', 'kstthc'].includes(u.role) ? 'admin' : 'workspace');
    }
  });

  it('sets an httpOnly SameSite cookie and stores only its hash', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'tiepnhan', password: 'motcua@2026' } });
    const c = res.cookies.find((x) => x.name === 'motcua_session')!;
    expect(c.httpOnly).toBe(true);
    expect(c.sameSite).toBe('Lax');
    const stored = await t.db.pool.query('SELECT token_hash FROM sessions');
    expect(stored.rows.map((r) => r.token_hash)).not.toContain(c.value);
    expect(stored.rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
  });

  it('refuses a wrong password and an unknown user with the same Vietnamese problem', async () => {
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'tiepnhan', password: 'sai-mat-khau' } });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'khongco', password: 'sai-mat-khau' } });
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ code: 'UNAUTHENTICATED', detail: 'Tên đăng nhập hoặc mật khẩu không đúng.' });
    }
  });

  it('answers 401 to /me without a session and after logout', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    const cookie = await loginAs(t.app, 'chuyenvien');
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(200);
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('issues a bearer token that acts as its user; a bad token is refused', async () => {
    const cookie = await loginAs(t.app, 'kiemsoat');
    const created = await t.app.inject({ method: 'POST', url: '/api/auth/tokens', headers: { cookie }, payload: { name: 'tich hop' } });
    expect(created.statusCode).toBe(201);
    const token = created.json().token as string;
    expect(token).toMatch(/^mct_/);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${token}` } });
    expect(me.json()).toMatchObject({ username: 'kiemsoat', via: 'token' });
    const bad = await t.app.inject({ method: 'GET', url: '/api/agencies', headers: { authorization: `Bearer ${token}x` } });
    expect(bad.statusCode).toBe(401);
    await t.db.pool.query('UPDATE api_tokens SET revoked_at = now()');
    const revoked = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${token}` } });
    expect(revoked.statusCode).toBe(401);
  });

  it('refuses login to a locked account and ends its open sessions', async () => {
    const cookie = await loginAs(t.app, 'thanhtra');
    await t.db.pool.query(`UPDATE users SET active = false WHERE username = 'thanhtra'`);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'thanhtra', password: 'motcua@2026' } });
    expect(res.statusCode).toBe(401);
  });
});
