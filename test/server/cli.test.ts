import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/api/app';
import { demoProcedures } from '../../src/server/demo/seed-catalogue';
import { createDemoCa, issueSigningCertificate } from '../../src/server/documents/signing/certificates';
import { freshDatabase, type TestDatabase } from '../support/db';

const run = promisify(execFile);
const motcua = (db: TestDatabase, ...args: string[]) =>
  run(process.execPath, ['bin/motcua.mjs', ...args], { env: { ...process.env, DATABASE_URL: db.url, LOG_LEVEL: 'silent' } });

describe('npx motcua (command line)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await freshDatabase();
  });
  afterAll(() => db.drop());

  it('seeds demo data, creates a user and a token that the API accepts', async () => {
    const seeded = await motcua(db, 'seed-demo');
    expect(seeded.stdout).toContain(`Đã nạp dữ liệu demo: 8 cơ quan, 8 tài khoản, ${demoProcedures().length} thủ tục, 2000 hồ sơ mới.`);
    const assigned = await db.pool.query(`SELECT count(DISTINCT procedure_id)::int AS n FROM procedure_assignments`);
    expect(assigned.rows[0].n).toBe(demoProcedures().length);
    await motcua(db, 'user', 'create', '--username', 'tich.hop', '--password', 'mat-khau-dai', '--role', 'inspector', '--agency', '000.00.17.H04');
    const out = await motcua(db, 'token', 'create', '--username', 'tich.hop');
    const token = out.stdout.trim().split(/\s+/).at(-1)!;
    expect(token).toMatch(/^mct_[A-Za-z0-9_-]{40,}$/);

    const app = await buildApp({ store: db.store, databaseKind: 'external', version: 't', logLevel: 'silent' });
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${token}` } });
    expect(me.json()).toMatchObject({ username: 'tich.hop', roles: [{ role: 'inspector', agencyCode: '000.00.17.H04' }] });
    await app.close();
  });

  it('refuses demo data once a real account exists, and exits non-zero on bad input', async () => {
    await expect(motcua(db, 'seed-demo')).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('không nạp dữ liệu demo') });
    await expect(motcua(db, 'user', 'create', '--username', 'x.y', '--password', 'mat-khau-dai', '--role', 'thu-truong')).rejects.toMatchObject({ code: 1 });
    await expect(motcua(db, 'khong-co-lenh')).rejects.toMatchObject({ code: 2 });
  });

  it('a non-admin role requires an agency', async () => {
    await expect(motcua(db, 'user', 'create', '--username', 'k.l', '--password', 'mat-khau-dai', '--role', 'reception')).rejects.toMatchObject({
      stderr: expect.stringContaining('phải gắn với một cơ quan'),
    });
  });

  it('installs an agency signing certificate whose password stays in the environment', async () => {
    const ca = createDemoCa({ name: 'Tổ chức chứng thực số Thử nghiệm', validDays: 30 });
    const cert = issueSigningCertificate(ca, { commonName: 'Sở Tư pháp tỉnh An Giang', organisation: 'Sở Tư pháp tỉnh An Giang', province: 'An Giang', validDays: 30 }, 'mat-khau-chung-thu');
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'motcua-p12-'));
    const file = path.join(dir, 'stp.p12');
    await fs.writeFile(file, cert.p12);
    try {
      const args = ['bin/motcua.mjs', 'signing-key', 'import', '--agency', '000.00.17.H04', '--p12', file, '--password-env', 'STP_P12_PASSWORD'];
      const env = { ...process.env, DATABASE_URL: db.url, LOG_LEVEL: 'silent' };
      await expect(run(process.execPath, args, { env })).rejects.toMatchObject({ stderr: expect.stringContaining('STP_P12_PASSWORD') });
      await expect(run(process.execPath, args, { env: { ...env, STP_P12_PASSWORD: 'sai' } })).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/^Lỗi: .*mật khẩu/im) });
      const ok = await run(process.execPath, args, { env: { ...env, STP_P12_PASSWORD: 'mat-khau-chung-thu' } });
      expect(ok.stdout).toContain('Sở Tư pháp tỉnh An Giang');
      const row = (await db.pool.query(`SELECT k.demo, k.password_env, k.certificate_sha256 FROM signing_keys k JOIN agencies a ON a.id = k.agency_id WHERE a.code = '000.00.17.H04'`)).rows[0];
      expect(row).toEqual({ demo: false, password_env: 'STP_P12_PASSWORD', certificate_sha256: cert.fingerprintSha256 });
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
