import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/api/app';
import { demoProcedures } from '../../src/server/demo/seed-catalogue';
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
});
