import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/api/app';
import { testApp } from '../support/app';
import { citizenWithSession } from '../support/citizens';
import { freshDatabase, type TestDatabase } from '../support/db';
import { authorizeAt, startLocalEid, type LocalEid } from '../support/local-eid';

const BASE = 'http://motcua.test';
const CALLBACK = `${BASE}/api/citizen/oidc/callback`;
const HOA = { sub: 'vneid-0001', name: 'Nguyễn Thị Hoa', cccd: '079190000123', email: 'hoa@example.vn', phone_number: '0912333444' };
const MOI = { sub: 'vneid-0002', name: 'Trần Văn Mới', cccd: '001090000777', email: 'hoa.cu@example.vn' };
const NO_ID = { sub: 'vneid-0003', name: 'Người Không Số' };

describe('e-ID login over OpenID Connect against a real local provider', () => {
  let eid: LocalEid;
  let db: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    eid = await startLocalEid([HOA, MOI, NO_ID]);
    eid.configure([CALLBACK]);
    db = await freshDatabase();
    app = await buildApp({
      store: db.store,
      databaseKind: 'external',
      version: 'test',
      logLevel: 'silent',
      oidc: { issuer: eid.issuer, clientId: eid.clientId, clientSecret: eid.clientSecret, name: 'VNeID', idClaim: 'cccd', scope: 'openid profile email phone cccd' },
      oidcRedirectBase: BASE,
    });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
    await eid?.close();
  });

  const cookieValue = (res: LightMyRequestResponse, name: string) => res.cookies.find((c) => c.name === name)?.value;

  /** Starts a login at the portal; returns the provider's authorization URL and the browser's state cookie. */
  async function start(next?: string) {
    const res = await app.inject({ method: 'GET', url: `/api/citizen/oidc/start${next ? `?next=${encodeURIComponent(next)}` : ''}` });
    expect(res.statusCode, res.body).toBe(302);
    const state = cookieValue(res, 'motcua_oidc');
    expect(state).toBeTruthy();
    return { location: res.headers.location as string, state: state!, cookie: res.cookies.find((c) => c.name === 'motcua_oidc')! };
  }

  const callback = (url: URL, state: string | undefined) =>
    app.inject({ method: 'GET', url: `${url.pathname}${url.search}`, headers: state ? { cookie: `motcua_oidc=${state}` } : {} });

  /** The whole round trip for one person; returns the portal's final answer. */
  async function loginAs(person: { sub: string }, next?: string) {
    const s = await start(next);
    const back = await authorizeAt(eid, s.location, person.sub);
    return callback(back, s.state);
  }

  it('offers the e-ID button', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/citizen/auth-options' });
    expect(res.json()).toEqual({ password: true, eid: { name: 'VNeID', startUrl: '/api/citizen/oidc/start' } });
  });

  it('sends the browser to the provider with PKCE, state and nonce, and links the account holding the CCCD', async () => {
    const existing = await citizenWithSession(db, { idNumber: HOA.cccd, fullName: 'Nguyễn Thị Hoa', email: 'hoa.cu@example.vn', phone: '0912333000' });
    const s = await start('/thu-tuc/1.001193');
    const auth = new URL(s.location);
    expect(`${auth.origin}`).toBe(eid.issuer);
    expect(Object.fromEntries(auth.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: eid.clientId,
      redirect_uri: CALLBACK,
      scope: 'openid profile email phone cccd',
      code_challenge_method: 'S256',
      state: s.state,
    });
    expect(auth.searchParams.get('nonce')).toBeTruthy();
    expect(auth.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(s.cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/citizen/oidc' });

    const back = await authorizeAt(eid, s.location, HOA.sub);
    expect(`${back.origin}${back.pathname}`).toBe(CALLBACK);
    expect(back.searchParams.get('state')).toBe(s.state);
    const res = await callback(back, s.state);
    expect(res.statusCode, res.body).toBe(302);
    expect(res.headers.location).toBe('/thu-tuc/1.001193');
    const session = cookieValue(res, 'motcua_citizen')!;
    const me = await app.inject({ method: 'GET', url: '/api/citizen/me', headers: { cookie: `motcua_citizen=${session}` } });
    expect(me.json()).toMatchObject({ id: existing.id, idNumber: HOA.cccd, eidLinked: true, status: 'active' });
    const row = (await db.pool.query(`SELECT oidc_issuer, oidc_subject FROM citizens WHERE id = $1`, [existing.id])).rows[0];
    expect(row).toEqual({ oidc_issuer: eid.issuer, oidc_subject: HOA.sub });
    expect((await db.pool.query(`SELECT via FROM citizen_sessions WHERE citizen_id = $1 AND via = 'oidc'`, [existing.id])).rowCount).toBe(1);
    // The login under way is used once: replaying the callback is refused.
    expect((await db.pool.query(`SELECT 1 FROM citizen_oidc_requests`)).rowCount).toBe(0);
    const replay = await callback(back, s.state);
    expect(replay.headers.location).toBe('/tai-khoan/dang-nhap?loi=eid_state');
    expect(cookieValue(replay, 'motcua_citizen')).toBeUndefined();
  });

  it('finds the same account by subject on the next login, whatever its CCCD', async () => {
    const before = (await db.pool.query(`SELECT id FROM citizens WHERE oidc_subject = $1`, [HOA.sub])).rows[0].id;
    await db.pool.query(`UPDATE citizens SET id_number = '079190000124' WHERE id = $1`, [before]);
    const res = await loginAs(HOA);
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/');
    const me = await app.inject({ method: 'GET', url: '/api/citizen/me', headers: { cookie: `motcua_citizen=${cookieValue(res, 'motcua_citizen')}` } });
    expect(me.json()).toMatchObject({ id: before, idNumber: '079190000124' });
    expect((await db.pool.query(`SELECT count(*)::int AS n FROM citizens`)).rows[0].n).toBe(1);
  });

  it('opens a new active account from the claims when no account has the CCCD', async () => {
    const res = await loginAs(MOI);
    expect(res.statusCode).toBe(302);
    expect(cookieValue(res, 'motcua_citizen')).toBeTruthy();
    const row = (await db.pool.query(`SELECT full_name, kind, status, email, password_hash, created_by, oidc_subject FROM citizens WHERE id_number = $1`, [MOI.cccd])).rows[0];
    // The e-mail belongs to another account already: it is left out rather than failing the login.
    expect(row).toEqual({ full_name: MOI.name, kind: 'individual', status: 'active', email: null, password_hash: null, created_by: null, oidc_subject: MOI.sub });
  });

  it('refuses a tampered or missing state, without spoiling the login under way', async () => {
    const s = await start('/tra-cuu');
    const back = await authorizeAt(eid, s.location, HOA.sub);
    const tampered = new URL(back);
    tampered.searchParams.set('state', `${s.state.slice(0, -2)}xy`);
    for (const res of [await callback(tampered, s.state), await callback(tampered, tampered.searchParams.get('state')!), await callback(back, undefined)]) {
      expect(res.statusCode).toBe(302);
      expect(res.headers.location).toBe('/tai-khoan/dang-nhap?loi=eid_state');
      expect(cookieValue(res, 'motcua_citizen')).toBeUndefined();
    }
    const genuine = await callback(back, s.state);
    expect(genuine.headers.location).toBe('/tra-cuu');
    expect(cookieValue(genuine, 'motcua_citizen')).toBeTruthy();
  });

  it('refuses a person the provider gives no CCCD for', async () => {
    const res = await loginAs(NO_ID, '/tra-cuu');
    expect(res.headers.location).toBe('/tai-khoan/dang-nhap?loi=eid_no_id&next=%2Ftra-cuu');
    expect(cookieValue(res, 'motcua_citizen')).toBeUndefined();
    expect((await db.pool.query(`SELECT 1 FROM citizens WHERE oidc_subject = $1`, [NO_ID.sub])).rowCount).toBe(0);
  });

  it('hides the button and answers 404 without configuration', async () => {
    const t = await testApp({ demo: false });
    try {
      expect((await t.app.inject({ method: 'GET', url: '/api/citizen/auth-options' })).json()).toEqual({ password: true, eid: null });
      for (const url of ['/api/citizen/oidc/start', '/api/citizen/oidc/callback?code=x&state=y']) {
        const res = await t.app.inject({ method: 'GET', url });
        expect(res.statusCode).toBe(404);
        expect(res.json()).toMatchObject({ code: 'NOT_FOUND' });
      }
    } finally {
      await t.close();
    }
  });
});
