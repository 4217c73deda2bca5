import { createHmac } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, testApp, type TestApp } from '../support/app';

type Otp = { id: string; channel: 'email' | 'sms'; to: string; code: string; purpose: string; expiresMinutes: number };

const AN = { kind: 'individual', idNumber: '079190000001', fullName: 'Nguyễn Văn An', phone: '0912 000 001', email: 'an@example.vn', password: 'mat-khau-cua-an' } as const;

describe('citizen accounts: sign-up, codes, login, recovery, counter-made accounts', () => {
  let t: TestApp;
  let anCookie: string;
  beforeAll(async () => {
    t = await testApp();
  });
  afterAll(() => t.close());

  const post = (url: string, payload: unknown, cookie?: string) => t.app.inject({ method: 'POST', url, payload: payload as object, headers: cookie ? { cookie } : {} });
  const get = (url: string, cookie?: string) => t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
  const citizenCookie = (res: LightMyRequestResponse) => {
    const c = res.cookies.find((x) => x.name === 'motcua_citizen');
    if (!c) throw new Error(`no citizen cookie: ${res.statusCode} ${res.body}`);
    return `motcua_citizen=${c.value}`;
  };
  /** The newest one-time code sent to an address, as the notification worker would deliver it. */
  const lastCode = async (to: string): Promise<Otp | undefined> =>
    (await t.db.pool.query(`SELECT payload FROM outbox WHERE topic = 'citizen.otp' AND payload->>'to' = $1 ORDER BY id DESC LIMIT 1`, [to])).rows[0]?.payload;
  const otpCount = async () => Number((await t.db.pool.query(`SELECT count(*) AS n FROM outbox WHERE topic = 'citizen.otp'`)).rows[0].n);
  const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

  it('signs up by CCCD, activates with the code sent by e-mail and reads /me', async () => {
    const res = await post('/api/citizen/signup', AN);
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json()).toEqual({ account: AN.idNumber, channel: 'email', sentTo: 'a**@example.vn', expiresMinutes: 10 });
    const otp = (await lastCode('an@example.vn'))!;
    expect(otp).toMatchObject({ channel: 'email', purpose: 'signup', expiresMinutes: 10 });
    expect(otp.code).toMatch(/^\d{6}$/);
    // Only an HMAC of the code under its own salt is kept.
    const stored = (await t.db.pool.query(`SELECT c.salt, c.code_hash, c.attempts FROM citizen_codes c JOIN citizens z ON z.id = c.citizen_id WHERE z.id_number = $1`, [AN.idNumber])).rows[0];
    expect(stored.code_hash).not.toContain(otp.code);
    expect(stored.code_hash).toBe(createHmac('sha256', stored.salt).update(otp.code).digest('hex'));

    // The right password before activation says so; nothing else does.
    const early = await post('/api/citizen/login', { account: AN.idNumber, password: AN.password });
    expect(early.statusCode).toBe(403);
    expect(early.json()).toMatchObject({ code: 'FORBIDDEN', reason: 'account_pending' });

    const act = await post('/api/citizen/activate', { account: AN.idNumber, code: otp.code });
    expect(act.statusCode, act.body).toBe(200);
    expect(act.json()).toMatchObject({ idNumber: AN.idNumber, fullName: AN.fullName, phone: '+84912000001', email: 'an@example.vn', status: 'active', hasPassword: true, eidLinked: false });
    const cookie = act.cookies.find((c) => c.name === 'motcua_citizen')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    anCookie = citizenCookie(act);
    const me = await get('/api/citizen/me', anCookie);
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ fullName: AN.fullName, kind: 'individual' });

    // A code works once; the account cannot be signed up again.
    const again = await post('/api/citizen/activate', { account: AN.idNumber, code: otp.code });
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({ code: 'VALIDATION', reason: 'code_invalid' });
    const dup = await post('/api/citizen/signup', { ...AN, phone: null, email: 'khac@example.vn' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ code: 'CONFLICT', reason: 'account_exists' });
  });

  it('spends a code after five wrong attempts, even for the right code; a new one can be asked for', async () => {
    const who = { kind: 'individual', idNumber: '001085000002', fullName: 'Trần Thị Bình', phone: '0912000002', password: 'mat-khau-cua-binh' };
    expect((await post('/api/citizen/signup', who)).json()).toMatchObject({ channel: 'sms', sentTo: '+84912***002' });
    const otp = (await lastCode('+84912000002'))!;
    for (const left of [4, 3, 2, 1]) {
      const r = await post('/api/citizen/activate', { account: '0912000002', code: wrong(otp.code) });
      expect(r.statusCode).toBe(400);
      expect(r.json()).toMatchObject({ reason: 'code_invalid', attemptsLeft: left, errors: [{ name: 'code' }] });
      expect(r.json().detail).toBe(`Mã xác thực không đúng. Còn ${left} lần thử.`);
    }
    const fifth = await post('/api/citizen/activate', { account: '0912000002', code: wrong(otp.code) });
    expect(fifth.json()).toMatchObject({ reason: 'code_locked' });
    const right = await post('/api/citizen/activate', { account: '0912000002', code: otp.code });
    expect(right.statusCode).toBe(400);
    expect(right.json()).toMatchObject({ code: 'VALIDATION', reason: 'code_locked' });

    // A new code to the same address waits a minute; then it replaces the spent one.
    const before = await otpCount();
    expect((await post('/api/citizen/activation-code', { account: who.idNumber })).statusCode).toBe(202);
    expect(await otpCount()).toBe(before);
    await t.db.pool.query(`UPDATE citizen_codes SET created_at = now() - interval '2 minutes'`);
    expect((await post('/api/citizen/activation-code', { account: who.idNumber })).statusCode).toBe(202);
    const fresh = (await lastCode('+84912000002'))!;
    expect(fresh.id).not.toBe(otp.id);
    const ok = await post('/api/citizen/activate', { account: who.idNumber, code: fresh.code });
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it('refuses an expired code', async () => {
    const who = { kind: 'individual', idNumber: '001085000003', fullName: 'Lê Văn Cường', email: 'cuong@example.vn', password: 'mat-khau-cua-cuong' };
    expect((await post('/api/citizen/signup', who)).statusCode).toBe(202);
    const otp = (await lastCode('cuong@example.vn'))!;
    await t.db.pool.query(`UPDATE citizen_codes SET expires_at = now() - interval '1 second' WHERE target = 'cuong@example.vn'`);
    const r = await post('/api/citizen/activate', { account: 'cuong@example.vn', code: otp.code });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ code: 'VALIDATION', reason: 'code_expired' });
    expect(r.json().detail).toContain('hết hiệu lực');
  });

  it('logs in by CCCD, phone in any spelling or e-mail; unknown account and wrong password get the same 401', async () => {
    for (const account of [AN.idNumber, '0912000001', '+84 912 000 001', 'AN@Example.vn']) {
      const r = await post('/api/citizen/login', { account, password: AN.password });
      expect(r.statusCode, `${account}: ${r.body}`).toBe(200);
      expect(r.json().idNumber).toBe(AN.idNumber);
      citizenCookie(r);
    }
    const refusals = await Promise.all([
      post('/api/citizen/login', { account: AN.idNumber, password: 'sai-mat-khau-roi' }),
      post('/api/citizen/login', { account: '079190009999', password: AN.password }),
      post('/api/citizen/login', { account: 'khongco@example.vn', password: AN.password }),
      post('/api/citizen/login', { account: 'không phải tài khoản', password: AN.password }),
    ]);
    for (const r of refusals) {
      expect(r.statusCode).toBe(401);
      expect(r.headers['content-type']).toContain('application/problem+json');
      expect(r.json()).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'bad_credentials', detail: 'Tài khoản hoặc mật khẩu không đúng.' });
      expect(r.json()).toEqual(refusals[0]!.json());
    }
  });

  it('answers 202 to every recovery request and resets the password with the code', async () => {
    const before = await otpCount();
    const unknown = await post('/api/citizen/recovery', { account: '079190009999' });
    const known = await post('/api/citizen/recovery', { account: '0912000001' });
    expect(unknown.statusCode).toBe(202);
    expect(known.statusCode).toBe(202);
    expect(unknown.body).toBe(known.body);
    expect(await otpCount()).toBe(before + 1);
    const otp = (await lastCode('+84912000001'))!;
    expect(otp).toMatchObject({ channel: 'sms', purpose: 'recovery' });

    const bad = await post('/api/citizen/recovery/reset', { account: '0912000001', code: wrong(otp.code), password: 'mat-khau-moi-cua-an' });
    expect(bad.json()).toMatchObject({ reason: 'code_invalid', attemptsLeft: 4 });
    const short = await post('/api/citizen/recovery/reset', { account: '0912000001', code: otp.code, password: 'ngan' });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors).toEqual([{ name: 'password', reason: 'Mật khẩu phải có ít nhất 10 ký tự' }]);
    const reset = await post('/api/citizen/recovery/reset', { account: '0912000001', code: otp.code, password: 'mat-khau-moi-cua-an' });
    expect(reset.statusCode, reset.body).toBe(200);
    anCookie = citizenCookie(reset);
    expect((await post('/api/citizen/login', { account: AN.idNumber, password: AN.password })).statusCode).toBe(401);
    expect((await post('/api/citizen/login', { account: AN.idNumber, password: 'mat-khau-moi-cua-an' })).statusCode).toBe(200);
    // Sessions opened before the reset are over.
    const older = await t.db.pool.query(`SELECT count(*)::int AS n FROM citizen_sessions s JOIN citizens c ON c.id = s.citizen_id WHERE c.id_number = $1`, [AN.idNumber]);
    expect(older.rows[0].n).toBe(2);
  });

  it('lets a one-stop officer open an account; the citizen activates it with the code and sets a password', async () => {
    const officer = await loginAs(t.app, 'tiepnhan');
    const body = { kind: 'individual', idNumber: '089190000004', fullName: 'Phạm Thị Dung', phone: '0912000004' };
    const created = await post('/api/citizen-accounts', body, officer);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ idNumber: body.idNumber, status: 'pending', channel: 'sms', sentTo: '+84912***004', expiresMinutes: 10 });
    const row = (await t.db.pool.query(`SELECT c.password_hash, c.status, u.username FROM citizens c JOIN users u ON u.id = c.created_by WHERE c.id_number = $1`, [body.idNumber])).rows[0];
    expect(row).toEqual({ password_hash: null, status: 'pending', username: 'tiepnhan' });
    const audit = await t.db.pool.query(`SELECT action FROM audit_log WHERE entity = 'citizen' AND entity_id = $1`, [created.json().id]);
    expect(audit.rows.map((r) => r.action)).toEqual(['citizen.assist_signup']);
    const otp = (await lastCode('+84912000004'))!;
    expect(otp.purpose).toBe('activation');

    // Self sign-up cannot take a counter-made account over.
    const self = await post('/api/citizen/signup', { ...body, phone: '0912000044', password: 'mot-mat-khau-khac' });
    expect(self.statusCode).toBe(409);
    expect(self.json()).toMatchObject({ reason: 'account_pending_activation' });

    // The right code without a password asks for one and stays valid.
    const noPassword = await post('/api/citizen/activate', { account: body.idNumber, code: otp.code });
    expect(noPassword.statusCode).toBe(400);
    expect(noPassword.json().errors.map((e: { name: string }) => e.name)).toEqual(['password']);
    const act = await post('/api/citizen/activate', { account: body.idNumber, code: otp.code, password: 'mat-khau-cua-dung' });
    expect(act.statusCode, act.body).toBe(200);
    expect(act.json()).toMatchObject({ status: 'active', hasPassword: true });
    expect((await post('/api/citizen/login', { account: '0912000004', password: 'mat-khau-cua-dung' })).statusCode).toBe(200);

    const again = await post('/api/citizen-accounts', body, officer);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ reason: 'account_exists', errors: [{ name: 'idNumber' }] });
  });

  it('refuses counter accounts to officers without the reception role, to citizens and to anonymous callers', async () => {
    const body = { kind: 'individual', idNumber: '089190000005', fullName: 'Võ Văn Em', phone: '0912000005' };
    const specialist = await post('/api/citizen-accounts', body, await loginAs(t.app, 'chuyenvien'));
    expect(specialist.statusCode).toBe(403);
    expect(specialist.json()).toMatchObject({ code: 'FORBIDDEN', action: 'citizen.assist_signup' });
    expect((await post('/api/citizen-accounts', body, anCookie)).statusCode).toBe(401);
    expect((await post('/api/citizen-accounts', body)).statusCode).toBe(401);
    expect((await t.db.pool.query(`SELECT 1 FROM citizens WHERE id_number = $1`, [body.idNumber])).rowCount).toBe(0);
  });

  it('checks CCCD and tax codes and names the fields it refuses', async () => {
    const bad = await post('/api/citizen/signup', { kind: 'individual', idNumber: '999190000001', fullName: ' ', email: 'khong-phai-email', password: 'ngan' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('VALIDATION');
    expect(bad.json().errors.map((e: { name: string }) => e.name).sort()).toEqual(['email', 'fullName', 'idNumber', 'password']);
    expect(bad.json().detail).toContain('Ba chữ số đầu của CCCD');

    const short = await post('/api/citizen/signup', { kind: 'individual', idNumber: '12345', fullName: 'A', password: 'mat-khau-du-dai' });
    expect(short.json().errors.map((e: { name: string }) => e.name)).toEqual(['idNumber', 'phone']);

    const taxBad = await post('/api/citizen/signup', { kind: 'organisation', idNumber: '0100109107', fullName: 'Công ty TNHH Sai Số', email: 'ketoan@saiso.vn', password: 'mat-khau-du-dai' });
    expect(taxBad.statusCode).toBe(400);
    expect(taxBad.json().errors).toEqual([{ name: 'idNumber', reason: 'Mã số thuế không đúng (sai chữ số kiểm tra)' }]);
    const taxOk = await post('/api/citizen/signup', { kind: 'organisation', idNumber: '0100109106', fullName: 'Công ty TNHH Đúng Số', email: 'ketoan@dungso.vn', password: 'mat-khau-du-dai' });
    expect(taxOk.statusCode, taxOk.body).toBe(202);

    const officer = await loginAs(t.app, 'motcua.longxuyen');
    const counter = await post('/api/citizen-accounts', { kind: 'individual', idNumber: '07919000000', fullName: 'Thiếu Số', phone: '0912000006' }, officer);
    expect(counter.statusCode).toBe(400);
    expect(counter.json().errors).toEqual([{ name: 'idNumber', reason: 'Số CCCD/định danh cá nhân phải gồm đúng 12 chữ số' }]);
  });

  it('keeps citizen and officer sessions apart', async () => {
    const officer = await loginAs(t.app, 'tiepnhan');
    expect((await get('/api/citizen/me', anCookie)).statusCode).toBe(200);
    expect((await get('/api/auth/me', anCookie)).statusCode).toBe(401);
    expect((await get('/api/workqueues/mine', anCookie)).statusCode).toBe(401);
    expect((await get('/api/citizen/me', officer)).statusCode).toBe(401);
    // The same secret under the other cookie's name is nobody.
    const citizenToken = anCookie.split('=')[1];
    const officerToken = officer.split('=')[1];
    expect((await get('/api/auth/me', `motcua_session=${citizenToken}`)).statusCode).toBe(401);
    expect((await get('/api/citizen/me', `motcua_citizen=${officerToken}`)).statusCode).toBe(401);
  });

  it('changes name and address; a new phone or e-mail needs the code sent to it', async () => {
    const patched = await t.app.inject({ method: 'PATCH', url: '/api/citizen/me', headers: { cookie: anCookie }, payload: { fullName: 'Nguyễn Văn An (Bình)', address: 'Long Xuyên, An Giang' } });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ fullName: 'Nguyễn Văn An (Bình)', address: 'Long Xuyên, An Giang' });

    const taken = await post('/api/citizen/me/contact', { channel: 'email', value: 'cuong@example.vn' }, anCookie);
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ reason: 'contact_taken' });
    const asked = await post('/api/citizen/me/contact', { channel: 'sms', value: '0987 000 111' }, anCookie);
    expect(asked.statusCode, asked.body).toBe(202);
    expect(asked.json()).toEqual({ channel: 'sms', sentTo: '+84987***111', expiresMinutes: 10 });
    const otp = (await lastCode('+84987000111'))!;
    expect(otp.purpose).toBe('contact');
    expect((await post('/api/citizen/me/contact/confirm', { code: wrong(otp.code) }, anCookie)).json()).toMatchObject({ reason: 'code_invalid' });
    const done = await post('/api/citizen/me/contact/confirm', { code: otp.code }, anCookie);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().phone).toBe('+84987000111');
    expect((await post('/api/citizen/me/contact/confirm', { code: otp.code })).statusCode).toBe(401);
  });

  it('logs out', async () => {
    const out = await post('/api/citizen/logout', undefined, anCookie);
    expect(out.statusCode).toBe(204);
    expect((await get('/api/citizen/me', anCookie)).statusCode).toBe(401);
  });
});
