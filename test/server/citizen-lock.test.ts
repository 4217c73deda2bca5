import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/api/app';
import { seedDemo } from '../../src/server/demo/seed-demo';
import { loginAs } from '../support/app';
import { citizenWithSession } from '../support/citizens';
import { freshDatabase, type TestDatabase } from '../support/db';
import { authorizeAt, startLocalEid, type LocalEid } from '../support/local-eid';

const BASE = 'http://motcua.test';
const BINH = { kind: 'individual', idNumber: '079190000551', fullName: 'Lý Thị Bình', phone: '0912 555 001', email: 'Binh@Example.vn', password: 'mat-khau-cua-binh' } as const;
const EID_PERSON = { sub: 'vneid-lock-01', name: 'Tạ Văn Khoá', cccd: '001090000661', email: 'khoa@example.vn' };
const REASON = 'Nghi vấn mạo danh, theo đề nghị của Công an phường Long Xuyên';

type View = { id: string; status: string; version: number; lockReason: string | null; lockedBy: string | null; openSessions: number; history: { action: string; by: string | null; reason: string | null }[] };

describe('administrators lock and unlock citizen accounts', () => {
  let eid: LocalEid;
  let db: TestDatabase;
  let app: FastifyInstance;
  let admin: string;
  let binh: { id: string; cookie: string };

  beforeAll(async () => {
    eid = await startLocalEid([EID_PERSON]);
    eid.configure([`${BASE}/api/citizen/oidc/callback`]);
    db = await freshDatabase();
    await seedDemo(db.store, { catalogue: false, dossiers: 0 });
    app = await buildApp({
      store: db.store,
      databaseKind: 'external',
      version: 'test',
      logLevel: 'silent',
      oidc: { issuer: eid.issuer, clientId: eid.clientId, clientSecret: eid.clientSecret, name: 'VNeID', idClaim: 'cccd', scope: 'openid profile email cccd' },
      oidcRedirectBase: BASE,
    });
    await app.ready();
    admin = await loginAs(app, 'quantri');
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
    await eid?.close();
  });

  const inject = (method: 'GET' | 'POST', url: string, cookie?: string, payload?: object) => app.inject({ method, url, payload, headers: cookie ? { cookie } : {} });
  const citizenCookie = (res: LightMyRequestResponse) => {
    const c = res.cookies.find((x) => x.name === 'motcua_citizen');
    return c ? `motcua_citizen=${c.value}` : undefined;
  };
  const search = async (q: string, cookie = admin) => inject('GET', `/api/admin/citizens?q=${encodeURIComponent(q)}`, cookie);
  const found = async (q: string) => {
    const res = await search(q);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { items: View[] }).items;
  };
  const login = (account: string, password: string = BINH.password) => inject('POST', '/api/citizen/login', undefined, { account, password });
  const otps = async () => Number((await db.pool.query(`SELECT count(*) AS n FROM outbox WHERE topic = 'citizen.otp'`)).rows[0].n);

  /** The e-ID round trip through the local provider; the portal's final answer. */
  async function eidLogin() {
    const start = await inject('GET', '/api/citizen/oidc/start');
    const state = start.cookies.find((c) => c.name === 'motcua_oidc')!.value;
    const back = await authorizeAt(eid, start.headers.location as string, EID_PERSON.sub);
    return inject('GET', `${back.pathname}${back.search}`, `motcua_oidc=${state}`);
  }

  it('a citizen signs up and activates through the portal (the account to be locked)', async () => {
    expect((await inject('POST', '/api/citizen/signup', undefined, BINH)).statusCode).toBe(202);
    const code = (await db.pool.query(`SELECT payload->>'code' AS code FROM outbox WHERE topic = 'citizen.otp' ORDER BY id DESC LIMIT 1`)).rows[0].code as string;
    const act = await inject('POST', '/api/citizen/activate', undefined, { account: BINH.idNumber, code });
    expect(act.statusCode, act.body).toBe(200);
    binh = { id: (act.json() as { id: string }).id, cookie: citizenCookie(act)! };
  });

  it('only the instance administrator may look accounts up or lock them', async () => {
    expect((await search(BINH.idNumber, '')).statusCode).toBe(401);
    for (const who of ['kiemsoat', 'tiepnhan', 'thanhtra', 'giamdoc']) {
      const cookie = await loginAs(app, who);
      const res = await search(BINH.idNumber, cookie);
      expect(res.statusCode, who).toBe(403);
      expect(res.json()).toMatchObject({ code: 'FORBIDDEN', action: 'citizen.lock' });
      expect((await inject('POST', `/api/admin/citizens/${binh.id}/lock`, cookie, { version: 1, reason: REASON })).statusCode, who).toBe(403);
    }
  });

  it('finds the account by its whole CCCD, mobile (any spelling) or e-mail (any case), never by a part', async () => {
    for (const q of [BINH.idNumber, '0912555001', '+84912555001', 'binh@example.VN']) {
      const items = await found(q);
      expect(items.map((i) => i.id), q).toEqual([binh.id]);
    }
    const [item] = await found(BINH.idNumber);
    expect(item).toMatchObject({ idNumber: BINH.idNumber, fullName: BINH.fullName, phone: '+84912555001', email: 'Binh@Example.vn', status: 'active', hasPassword: true, eidLinked: false, lockedAt: null, lockReason: null, openSessions: 1, history: [] });
    expect(await found('079190000552')).toEqual([]);
    const part = await search('0791900');
    expect(part.statusCode).toBe(400);
    expect(part.json()).toMatchObject({ code: 'VALIDATION', reason: 'query_invalid' });
    expect(part.json().detail).toContain('Nhập đầy đủ số CCCD');
    // Each lookup of personal data is in the audit log, with what it found.
    const audit = (await db.pool.query(`SELECT detail FROM audit_log WHERE action = 'citizen.admin_lookup' ORDER BY id`)).rows.map((r) => r.detail);
    expect(audit).toHaveLength(6);
    expect(audit[0]).toEqual({ by: ['idNumber'], found: [binh.id] });
    // Ten digits may be a tax code or a mobile number: both are tried.
    expect(audit[1]).toEqual({ by: ['idNumber', 'phone'], found: [binh.id] });
    expect(audit[2]).toEqual({ by: ['phone'], found: [binh.id] });
    expect(audit[3]).toEqual({ by: ['email'], found: [binh.id] });
    expect(audit[5]).toEqual({ by: ['idNumber'], found: [] });
  });

  it('refuses a lock without a reason, or from a stale version', async () => {
    const blank = await inject('POST', `/api/admin/citizens/${binh.id}/lock`, admin, { version: 2, reason: '   ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json()).toMatchObject({ code: 'VALIDATION', errors: [{ name: 'reason', reason: 'Cần nêu lý do khóa tài khoản' }] });
    const stale = await inject('POST', `/api/admin/citizens/${binh.id}/lock`, admin, { version: 1, reason: REASON });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'CONFLICT', reason: 'version_stale' });
    expect((await inject('POST', `/api/admin/citizens/00000000-0000-4000-8000-000000000000/lock`, admin, { version: 1, reason: REASON })).statusCode).toBe(404);
    expect((await inject('POST', `/api/admin/citizens/khong-phai-uuid/lock`, admin, { version: 1, reason: REASON })).statusCode).toBe(400);
    expect((await found(BINH.idNumber))[0]!.status).toBe('active');
  });

  it('locks with a reason: the open session ends, codes stop working, and login says the account is locked', async () => {
    // A recovery code sent before the lock must not work after it.
    expect((await inject('POST', '/api/citizen/recovery', undefined, { account: BINH.idNumber })).statusCode).toBe(202);
    const recovery = (await db.pool.query(`SELECT payload->>'code' AS code FROM outbox WHERE topic = 'citizen.otp' ORDER BY id DESC LIMIT 1`)).rows[0].code as string;
    const { version } = (await found(BINH.idNumber))[0]!;
    expect(version).toBe(2); // sign-up wrote 1, activation 2

    const res = await inject('POST', `/api/admin/citizens/${binh.id}/lock`, admin, { version, reason: `  ${REASON}  ` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'locked', version: 3, lockReason: REASON, lockedBy: 'Nguyễn Văn Quản', openSessions: 0, history: [{ action: 'lock', by: 'Nguyễn Văn Quản', reason: REASON }] });
    expect(new Date(res.json().lockedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);

    const me = await inject('GET', '/api/citizen/me', binh.cookie);
    expect(me.statusCode).toBe(401);
    expect((await db.pool.query(`SELECT 1 FROM citizen_sessions WHERE citizen_id = $1`, [binh.id])).rowCount).toBe(0);
    expect((await db.pool.query(`SELECT 1 FROM citizen_codes WHERE citizen_id = $1`, [binh.id])).rowCount).toBe(0);
    const reset = await inject('POST', '/api/citizen/recovery/reset', undefined, { account: BINH.idNumber, code: recovery, password: 'mat-khau-moi-cua-binh' });
    expect(reset.statusCode).toBe(400);
    expect(reset.json()).toMatchObject({ reason: 'code_invalid' });

    // Only the right password learns that the account is locked; a wrong one is the usual 401.
    const right = await login(BINH.email);
    expect(right.statusCode).toBe(403);
    expect(right.headers['content-type']).toContain('application/problem+json');
    expect(right.json()).toMatchObject({ code: 'FORBIDDEN', reason: 'account_locked', detail: 'Tài khoản đã bị khóa. Vui lòng liên hệ bộ phận một cửa.' });
    expect(right.json().detail).not.toContain('mạo danh');
    expect(citizenCookie(right)).toBeUndefined();
    const wrong = await login(BINH.idNumber, 'sai-mat-khau-roi');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ reason: 'bad_credentials' });

    // Recovery and sign-up cannot reopen it.
    const before = await otps();
    expect((await inject('POST', '/api/citizen/recovery', undefined, { account: BINH.idNumber })).statusCode).toBe(202);
    expect(await otps()).toBe(before);
    const again = await inject('POST', '/api/citizen/signup', undefined, { ...BINH, email: 'binh.moi@example.vn', phone: null });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ reason: 'account_exists' });

    const audit = (await db.pool.query(`SELECT a.detail, u.username FROM audit_log a JOIN users u ON u.id = a.actor_id WHERE a.action = 'citizen.lock' AND a.entity_id = $1`, [binh.id])).rows;
    expect(audit).toEqual([{ username: 'quantri', detail: { reason: REASON, previousStatus: 'active', sessionsEnded: 1 } }]);
    const twice = await inject('POST', `/api/admin/citizens/${binh.id}/lock`, admin, { version: 3, reason: REASON });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'CONFLICT', reason: 'already_locked' });
  });

  it('unlocks: the account is active again, logs in, and the page shows both events newest first', async () => {
    const res = await inject('POST', `/api/admin/citizens/${binh.id}/unlock`, admin, { version: 3, note: 'Đã xác minh trực tiếp tại quầy' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'active', version: 4, lockedAt: null, lockedBy: null, lockReason: null });
    expect(res.json().history.map((h: View['history'][number]) => [h.action, h.reason])).toEqual([
      ['unlock', 'Đã xác minh trực tiếp tại quầy'],
      ['lock', REASON],
    ]);
    const ok = await login(BINH.idNumber);
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await inject('GET', '/api/citizen/me', citizenCookie(ok))).statusCode).toBe(200);
    const twice = await inject('POST', `/api/admin/citizens/${binh.id}/unlock`, admin, { version: 4 });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ reason: 'not_locked' });
  });

  it('an account never activated goes back to pending when unlocked', async () => {
    const pending = (await db.pool.query(`INSERT INTO citizens (kind, id_number, full_name, phone, status) VALUES ('individual', '079190000553', 'Chưa Kích Hoạt', '+84912555003', 'pending') RETURNING id`)).rows[0].id as string;
    const locked = await inject('POST', `/api/admin/citizens/${pending}/lock`, admin, { version: 1, reason: 'Đăng ký hộ không có ủy quyền' });
    expect(locked.json()).toMatchObject({ status: 'locked' });
    expect((await db.pool.query(`SELECT detail->>'previousStatus' AS s FROM audit_log WHERE action = 'citizen.lock' AND entity_id = $1`, [pending])).rows[0].s).toBe('pending');
    const unlocked = await inject('POST', `/api/admin/citizens/${pending}/unlock`, admin, { version: 2 });
    expect(unlocked.json()).toMatchObject({ status: 'pending', lockReason: null });
  });

  it('an account locked after an e-ID login cannot log in with e-ID again', async () => {
    const first = await eidLogin();
    expect(first.statusCode).toBe(302);
    const cookie = citizenCookie(first)!;
    expect((await inject('GET', '/api/citizen/me', cookie)).statusCode).toBe(200);
    const [account] = await found(EID_PERSON.cccd);
    expect(account).toMatchObject({ eidLinked: true, hasPassword: false, openSessions: 1 });
    expect((await inject('POST', `/api/admin/citizens/${account!.id}/lock`, admin, { version: account!.version, reason: REASON })).statusCode).toBe(200);
    expect((await inject('GET', '/api/citizen/me', cookie)).statusCode).toBe(401);

    const refused = await eidLogin();
    expect(refused.statusCode).toBe(302);
    expect(refused.headers.location).toBe('/tai-khoan/dang-nhap?loi=eid_locked');
    expect(citizenCookie(refused)).toBeUndefined();
    // Another citizen's sessions were never touched.
    const other = await citizenWithSession(db, { idNumber: '079190000554' });
    expect((await inject('GET', '/api/citizen/me', other.cookie)).statusCode).toBe(200);
  });
});
