import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDateOf } from '../../src/domain/calendar';
import { smsSegments } from '../../src/domain/notifications';
import { buildApp } from '../../src/server/api/app';
import { seedDemo } from '../../src/server/demo/seed-demo';
import { NOTIFICATION_QUEUES, notificationHandlers } from '../../src/server/jobs/notification-workers';
import { startJobs } from '../../src/server/jobs/queue';
import { smtpEmailSender } from '../../src/server/notifications/email';
import { notificationsFromEnv } from '../../src/server/notifications/from-env';
import { httpSmsSender } from '../../src/server/notifications/sms';
import { workingCalendar } from '../../src/server/services/calendar-provider';
import { lookupToken } from '../../src/server/services/lookup-token';
import { loginAs, type TestApp } from '../support/app';
import { freshDatabase } from '../support/db';
import { act, buildReceipt, receive } from '../support/dossiers';
import { readMail, type Mail } from '../support/mailbox';

const PUBLIC_URL = 'https://motcua.angiang.test';
const SECRET = 'chatbot-test-secret';
const silent = pino({ level: 'silent' });

// ---- A local SMS provider speaking the generic protocol (docs/notifications.md).
type SmsRequest = { headers: http.IncomingHttpHeaders; body: { to: string; text: string; brandname: string; requestId: string } };

describe('notifications to applicants', () => {
  let t: TestApp;
  let smtp: SMTPServer;
  let peer: http.Server;
  const mails: Mail[] = [];
  const smsLog: SmsRequest[] = [];
  const smsAccepted: SmsRequest[] = [];
  const smsMode = { failNext: 0, failAlways: false };
  let email: ReturnType<typeof smtpEmailSender>;
  let sms: ReturnType<typeof httpSmsSender>;
  let tiepnhan: string;

  const handlers = (over: { sms?: typeof sms | null } = {}) => notificationHandlers({ store: t.db.store, publicUrl: PUBLIC_URL, email, sms: over.sms === undefined ? sms : over.sms, log: silent });
  const rowsOf = async (code: string) =>
    (await t.db.pool.query(`SELECT topic, channel, template, recipient, recipient_masked, subject, body, status, attempts, last_error, provider_id, sent_at FROM notifications WHERE dossier_code = $1 ORDER BY created_at, channel`, [code])).rows;
  const outbox = async (topic: string, code: string) => (await t.db.pool.query(`SELECT payload FROM outbox WHERE topic = $1 AND payload->>'code' = $2 ORDER BY id`, [topic, code])).rows.map((r) => r.payload);
  const mailsFor = (code: string) => mails.filter((m) => m.subject.includes(code));
  const smsFor = (code: string) => smsAccepted.filter((s) => s.body.text.includes(code));
  const newDossier = async (over: Record<string, unknown> = {}) => {
    const res = await receive(t.app, tiepnhan, over.applicant ? buildReceipt({ applicant: { ...buildReceipt().applicant, ...over.applicant } }) : buildReceipt());
    expect(res.statusCode, res.body).toBe(201);
    return res.json().code as string;
  };
  const until = async (done: () => Promise<boolean>, ms = 60_000) => {
    for (const end = Date.now() + ms; Date.now() < end; ) {
      if (await done()) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('timed out');
  };

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      allowInsecureAuth: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onAuth: (auth, _session, cb) => cb(null, { user: auth.username }),
      onData: (stream, session, cb) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          mails.push(readMail(Buffer.concat(chunks).toString('utf8'), session.envelope.rcptTo.map((r) => r.address)));
          cb();
        });
      },
    });
    await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
    peer = http.createServer((req, res) => {
      let data = '';
      req.on('data', (c) => (data += c));
      req.on('end', () => {
        const entry = { headers: req.headers, body: JSON.parse(data) };
        smsLog.push(entry);
        if (smsMode.failAlways || smsMode.failNext > 0) {
          smsMode.failNext = Math.max(0, smsMode.failNext - 1);
          res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"provider down"}');
          return;
        }
        smsAccepted.push(entry);
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `sms-${smsAccepted.length}` }));
      });
    });
    await new Promise<void>((r) => peer.listen(0, '127.0.0.1', r));
    email = smtpEmailSender({ url: `smtp://motcua:secret@127.0.0.1:${(smtp.server.address() as AddressInfo).port}`, from: '"Một cửa Sở Tư pháp" <motcua@angiang.gov.vn>' });
    sms = httpSmsSender({ url: `http://127.0.0.1:${(peer.address() as AddressInfo).port}/sms`, apiKey: 'sms-key', brandname: 'SOTUPHAP-AG' });

    const db = await freshDatabase();
    await seedDemo(db.store, { catalogue: true, dossiers: 0 });
    const app = await buildApp({ store: db.store, databaseKind: 'external', version: 'test', logLevel: 'silent', publicUrl: PUBLIC_URL, chatbotSecret: SECRET });
    await app.ready();
    t = { app, db, close: async () => (await app.close(), await db.drop()) };
    tiepnhan = await loginAs(t.app, 'tiepnhan');
  });

  afterAll(async () => {
    email?.close();
    await new Promise((r) => smtp?.close(() => r(undefined)));
    await new Promise((r) => peer?.close(() => r(undefined)));
    await t?.close();
  });

  it('a counter receipt reaches the applicant by e-mail and SMS through the outbox and pg-boss; a refused SMS is retried', async () => {
    smsMode.failNext = 1;
    const fast = Object.fromEntries(Object.keys(NOTIFICATION_QUEUES).map((k) => [k, { retryLimit: 4, retryDelay: 1, retryBackoff: false }]));
    const jobs = await startJobs({ url: t.db.url, store: t.db.store, log: silent, handlers: handlers(), queues: fast });
    let code: string;
    try {
      code = await newDossier();
      await until(async () => {
        const rows = await rowsOf(code);
        return rows.length === 2 && rows.every((r) => r.status === 'sent');
      });
    } finally {
      await jobs.stop();
    }
    const token = await lookupToken(t.db.store, code);
    const link = `${PUBLIC_URL}/tra-cuu/${code}?t=${token}`;

    const [mail, ...more] = mailsFor(code);
    expect(more).toEqual([]); // the SMS retry did not send the e-mail again
    expect(mail!.to).toEqual(['lan@example.vn']);
    expect(mail!.subject).toBe(`Hồ sơ ${code} đã được tiếp nhận`);
    expect(mail!.headers['content-type']).toMatch(/text\/plain; charset=utf-8/i);
    expect(mail!.text).toContain('Kính gửi Ông/Bà Nguyễn Thị Lan');
    expect(mail!.text).toContain('Sở Tư pháp');
    expect(mail!.text).toContain(link);
    expect(mail!.headers.from).toContain('motcua@angiang.gov.vn');

    const attempts = smsLog.filter((s) => s.body.text.includes(code));
    expect(attempts).toHaveLength(2);
    expect(attempts[0]!.body.requestId).toBe(attempts[1]!.body.requestId); // the provider can drop a repeat
    const [text] = smsFor(code);
    expect(text!.headers['x-api-key']).toBe('sms-key');
    expect(text!.body).toMatchObject({ to: '+84912345678', brandname: 'SOTUPHAP-AG' });
    expect(text!.body.text).toMatch(/^[\x20-\x7e]+$/);
    expect(text!.body.text).toContain('da duoc tiep nhan');
    expect(text!.body.text).toContain(link);
    expect(smsSegments(text!.body.text)).toBeLessThanOrEqual(2);

    const rows = await rowsOf(code);
    expect(rows.map((r) => [r.channel, r.template, r.status, r.attempts])).toEqual([
      ['email', 'dossier.received', 'sent', 1],
      ['sms', 'dossier.received', 'sent', 2],
    ]);
    expect(rows[0].provider_id).toMatch(/^<.+@.+>$/);
    expect(rows[1].provider_id).toMatch(/^sms-\d+$/);
    expect(rows[1].recipient).toBe('+84912345678');
    expect(rows[1].recipient_masked).toBe('+84912***678');
  });

  it('a supplement request sends the supplement notice with the reason and documents, once however often it is handled', async () => {
    const code = await newDossier();
    const r = await act(t.app, tiepnhan, code, 'request_supplement', { reason: 'Văn bản yêu cầu chưa có chữ ký', documents: ['Văn bản yêu cầu có chữ ký của người đứng đầu', 'Bản sao Căn cước công dân'] });
    expect(r.statusCode, r.body).toBe(200);
    const [payload, ...others] = await outbox('dossier.status_changed', code);
    expect(others).toEqual([]);
    expect(payload).toMatchObject({ code, status: 5, seq: 2 });
    const h = handlers();
    await h['dossier.status_changed']!(payload);
    await h['dossier.status_changed']!(payload); // a repeated delivery of the same message
    await h['dossier.status_changed']!({ ...payload, applicant: undefined });

    const [mail, ...more] = mailsFor(code);
    expect(more).toEqual([]);
    expect(mail!.subject).toBe(`Hồ sơ ${code}: cần bổ sung giấy tờ`);
    expect(mail!.text).toContain('Lý do: Văn bản yêu cầu chưa có chữ ký');
    expect(mail!.text).toContain('1. Văn bản yêu cầu có chữ ký của người đứng đầu');
    expect(mail!.text).toContain('2. Bản sao Căn cước công dân');
    const texts = smsFor(code);
    expect(texts).toHaveLength(1);
    expect(texts[0]!.body.text).toContain('can bo sung: Van ban yeu cau co chu ky');
    expect(smsSegments(texts[0]!.body.text)).toBeLessThanOrEqual(2);
    const rows = await rowsOf(code);
    expect(rows.map((x) => [x.channel, x.template, x.status, x.attempts])).toEqual([
      ['email', 'dossier.supplement_requested', 'sent', 1],
      ['sms', 'dossier.supplement_requested', 'sent', 1],
    ]);
  });

  it('records SMS as skipped when no provider is configured, or when the number is not a mobile', async () => {
    const code = await newDossier();
    const [payload] = await outbox('dossier.received', code);
    await handlers({ sms: null })['dossier.received']!(payload);
    const rows = await rowsOf(code);
    expect(rows.map((x) => [x.channel, x.status])).toEqual([
      ['email', 'sent'],
      ['sms', 'skipped'],
    ]);
    expect(rows[1].last_error).toContain('MOTCUA_SMS_URL');
    expect(smsFor(code)).toEqual([]);

    const landline = await newDossier({ applicant: { phone: '0296 3852 555', email: null } });
    await handlers()['dossier.received']!((await outbox('dossier.received', landline))[0]);
    const only = await rowsOf(landline);
    expect(only.map((x) => [x.channel, x.status, x.recipient_masked])).toEqual([['sms', 'skipped', '029638**555']]);
    expect(only[0].last_error).toContain('di động');
  });

  it('a refused SMS is retried by a later run of the job and given up after the last attempt', async () => {
    const code = await newDossier();
    const [payload] = await outbox('dossier.received', code);
    const h = handlers();
    smsMode.failAlways = true;
    await expect(h['dossier.received']!(payload)).rejects.toThrow(/HTTP 500/);
    let rows = await rowsOf(code);
    expect(rows.map((x) => [x.channel, x.status, x.attempts])).toEqual([
      ['email', 'sent', 1],
      ['sms', 'queued', 1],
    ]);
    expect(rows[1].last_error).toContain('HTTP 500');
    smsMode.failAlways = false;
    await h['dossier.received']!(payload);
    rows = await rowsOf(code);
    expect(rows.map((x) => [x.channel, x.status, x.attempts, x.last_error])).toEqual([
      ['email', 'sent', 1, null],
      ['sms', 'sent', 2, null],
    ]);
    expect(mailsFor(code)).toHaveLength(1);
    expect(smsFor(code)).toHaveLength(1);

    const doomed = await newDossier();
    const [p2] = await outbox('dossier.received', doomed);
    smsMode.failAlways = true;
    try {
      for (let i = 1; i < 5; i++) await expect(h['dossier.received']!(p2)).rejects.toThrow(/HTTP 500/);
      await h['dossier.received']!(p2); // the fifth failure gives up instead of asking for another retry
      await h['dossier.received']!(p2); // and nothing is tried after that
    } finally {
      smsMode.failAlways = false;
    }
    const sms = (await rowsOf(doomed)).find((x) => x.channel === 'sms');
    expect(sms).toMatchObject({ status: 'failed', attempts: 5 });
    expect(smsLog.filter((s) => s.body.text.includes(doomed))).toHaveLength(5);
  });

  it('an extension sends the apology with the new date once, also when the dossier later becomes late', async () => {
    const code = await newDossier();
    const due = (await t.db.pool.query(`SELECT due_at FROM dossiers WHERE code = $1`, [code])).rows[0].due_at as Date;
    const cal = await workingCalendar(t.db.store);
    const newDueDate = cal.addWorkingDays(localDateOf(due), 3);
    const r = await act(t.app, tiepnhan, code, 'extend', { reason: 'Cần xác minh thêm tại Công an tỉnh', newDueDate });
    expect(r.statusCode, r.body).toBe(200);
    expect(await outbox('dossier.status_changed', code)).toEqual([]);
    const [extended] = await outbox('dossier.extended', code);
    const h = handlers();
    await h['dossier.extended']!(extended);
    await h['dossier.late']!({ code, agencyId: 'x' });
    const [mail, ...more] = mailsFor(code).filter((m) => m.subject.includes('Xin lỗi'));
    expect(more).toEqual([]);
    const [y, m, d] = newDueDate.split('-');
    expect(mail!.text).toContain(`Ngày hẹn trả kết quả mới: ${d}/${m}/${y}`);
    expect(mail!.text).toContain('Lý do: Cần xác minh thêm tại Công an tỉnh');
    expect((await rowsOf(code)).filter((x) => x.template === 'dossier.apology').map((x) => [x.topic, x.channel, x.status])).toEqual([
      ['dossier.extended', 'email', 'sent'],
      ['dossier.extended', 'sms', 'sent'],
    ]);

    // Late without an extension: a notice for the agency only (logged), nothing to the applicant.
    const plain = await newDossier();
    await h['dossier.late']!({ code: plain, agencyId: 'x' });
    expect(await rowsOf(plain)).toEqual([]);
  });

  it('delivers one-time codes and stores them masked', async () => {
    const h = handlers();
    const signup = { channel: 'email', to: 'an.nguyen@example.vn', code: '482913', purpose: 'signup', expiresMinutes: 10, id: 'signup-7' };
    await h['citizen.otp']!(signup);
    await h['citizen.otp']!(signup); // the same request twice: one e-mail
    const recovery = { channel: 'sms', to: '0987 654 321', code: '551177', purpose: 'recovery', expiresMinutes: 5 };
    await h['citizen.otp']!(recovery, { id: 'job-1' });
    await h['citizen.otp']!(recovery, { id: 'job-1' }); // a retried job without a request id: one SMS
    await h['citizen.otp']!({ channel: 'sms', to: '0987654321', code: 'bad code!', purpose: 'recovery', expiresMinutes: 5 }); // dropped, not retried
    const mail = mails.filter((m) => m.to.includes('an.nguyen@example.vn'));
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe('Mã xác thực để đăng ký tài khoản dịch vụ công');
    expect(mail[0]!.text).toContain('là: 482913');
    const texts = smsAccepted.filter((s) => s.body.to === '+84987654321');
    expect(texts).toHaveLength(1);
    expect(texts[0]!.body.text).toContain('551177');
    expect(smsSegments(texts[0]!.body.text)).toBe(1);
    const rows = (await t.db.pool.query(`SELECT channel, template, status, body, recipient_masked FROM notifications WHERE topic = 'citizen.otp' ORDER BY channel`)).rows;
    expect(rows.map((r) => [r.channel, r.template, r.status, r.recipient_masked])).toEqual([
      ['email', 'otp.signup', 'sent', 'a********@example.vn'],
      ['sms', 'otp.recovery', 'sent', '+84987***321'],
    ]);
    for (const r of rows) expect(r.body).not.toMatch(/482913|551177/);
    const keys = (await t.db.pool.query(`SELECT dedupe_key FROM notifications WHERE topic = 'citizen.otp'`)).rows.map((r) => r.dedupe_key);
    expect(keys.sort()).toEqual(['citizen.otp:recovery:job-job-1:sms', 'citizen.otp:signup:signup-7:email']);
  });

  it('shows a dossier’s notices to its officers, recipients masked', async () => {
    const code = await newDossier();
    await handlers()['dossier.received']!((await outbox('dossier.received', code))[0]);
    const res = await t.app.inject({ method: 'GET', url: `/api/dossiers/${code}/notifications`, headers: { cookie: tiepnhan } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject([
      { channel: 'email', recipient: 'l**@example.vn', status: 'sent', template: 'dossier.received', attempts: 1, subject: `Hồ sơ ${code} đã được tiếp nhận` },
      { channel: 'sms', recipient: '+84912***678', status: 'sent', template: 'dossier.received', subject: null },
    ]);
    expect(res.body).not.toContain('lan@example.vn');
    expect(res.body).not.toContain('912345678');
    const other = await t.app.inject({ method: 'GET', url: `/api/dossiers/${code}/notifications`, headers: { cookie: await loginAs(t.app, 'motcua.longxuyen') } });
    expect(other.statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `/api/dossiers/${code}/notifications` })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: `/api/dossiers/000.00.17.H04-991231-9999/notifications`, headers: { cookie: tiepnhan } })).statusCode).toBe(404);
  });

  describe('chat-bot webhook', () => {
    const sign = (body: string, secret = SECRET) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
    const post = (body: string, signature?: string, app = t.app) =>
      app.inject({ method: 'POST', url: '/api/chatbot/webhook', headers: { 'content-type': 'application/json', ...(signature ? { 'x-motcua-signature': signature } : {}) }, payload: body });

    it('answers a signed message with the status when the check digits match, and "not found" otherwise', async () => {
      const code = await newDossier();
      // Spacing and accents as the platform sent them: the signature covers these exact bytes.
      const good = `{"sender": "zalo:1001",   "text": "tra cứu ${code} 5678"}`;
      const res = await post(good, sign(good));
      expect(res.statusCode, res.body).toBe(200);
      const reply = res.json().reply as string;
      expect(reply).toContain(`Hồ sơ ${code}`);
      expect(reply).toContain('được tiếp nhận');
      expect(reply).toMatch(/Ngày hẹn trả kết quả: \d{2}\/\d{2}\/\d{4}/);

      const byId = JSON.stringify({ sender: 'zalo:1001', text: `${code} 0123` }); // last digits of the CCCD 089195000123
      expect((await post(byId, sign(byId))).json().reply).toContain(`Hồ sơ ${code}`);

      const wrong = JSON.stringify({ sender: 'zalo:1001', text: `tra cuu ${code} 1111` });
      const unknownCode = code.replace(/\d{4}$/, '9999');
      const unknown = JSON.stringify({ sender: 'zalo:1001', text: `tra cuu ${unknownCode} 5678` });
      const a = (await post(wrong, sign(wrong))).json().reply as string;
      const b = (await post(unknown, sign(unknown))).json().reply as string;
      expect(a).toContain('Không tìm thấy hồ sơ');
      expect(a.replace(code, 'X')).toBe(b.replace(unknownCode, 'X'));

      const noCheck = JSON.stringify({ sender: 'zalo:1001', text: `tra cuu ${code}` });
      expect((await post(noCheck, sign(noCheck))).json().reply).toContain('4 số cuối');
      const hello = JSON.stringify({ sender: 'zalo:1001', text: 'xin chào' });
      expect((await post(hello, sign(hello))).json().reply).toContain('Để tra cứu hồ sơ');
    });

    it('refuses a missing or wrong signature with 401, and is off without a secret', async () => {
      const body = JSON.stringify({ sender: 'zalo:1002', text: 'tra cuu' });
      for (const signature of [undefined, sign(body, 'another-secret'), sign(`${body} `), 'sha256=zz', sign(body).replace('sha256=', 'sha1=')]) {
        const res = await post(body, signature);
        expect(res.statusCode).toBe(401);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.json().code).toBe('UNAUTHENTICATED');
      }
      const invalidJson = '{"sender": ';
      expect((await post(invalidJson, sign(invalidJson))).statusCode).toBe(400);
      const incomplete = JSON.stringify({ text: 'tra cuu' });
      expect((await post(incomplete, sign(incomplete))).json().code).toBe('VALIDATION');

      const off = await buildApp({ store: t.db.store, databaseKind: 'external', version: 'test', logLevel: 'silent' });
      try {
        const res = await post(body, sign(body), off);
        expect(res.statusCode).toBe(404);
        expect(res.json().code).toBe('NOT_FOUND');
      } finally {
        await off.close();
      }
    });

    it('limits each sender to 20 lookups a minute', async () => {
      const msg = (sender: string) => JSON.stringify({ sender, text: 'xin chào' });
      const statuses: number[] = [];
      for (let i = 0; i < 21; i++) statuses.push((await post(msg('zalo:flood'), sign(msg('zalo:flood')))).statusCode);
      expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
      expect(statuses[20]).toBe(429);
      expect((await post(msg('zalo:calm'), sign(msg('zalo:calm')))).statusCode).toBe(200);
    });
  });

  it('builds the channels from the environment', () => {
    expect(notificationsFromEnv({})).toEqual({ email: null, sms: null });
    const both = notificationsFromEnv({ MOTCUA_SMTP_URL: 'smtp://u:p@mail.example.vn:587', MOTCUA_MAIL_FROM: 'motcua@example.vn', MOTCUA_SMS_URL: 'https://sms.example.vn/send', MOTCUA_SMS_API_KEY: 'k', MOTCUA_SMS_BRANDNAME: 'UBND' });
    expect(both.email).not.toBeNull();
    expect(both.sms).not.toBeNull();
    both.email?.close();
    expect(() => notificationsFromEnv({ MOTCUA_SMTP_URL: 'smtp://mail.example.vn' })).toThrow(/MOTCUA_MAIL_FROM/);
    expect(() => notificationsFromEnv({ MOTCUA_SMTP_URL: 'http://mail.example.vn', MOTCUA_MAIL_FROM: 'a@b.vn' })).toThrow(/smtp:/);
    expect(() => notificationsFromEnv({ MOTCUA_SMS_URL: 'https://sms.example.vn', MOTCUA_SMS_BRANDNAME: 'X' })).toThrow(/MOTCUA_SMS_API_KEY/);
  });
});
