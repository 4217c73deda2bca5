import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/api/app';
import { createPool } from '../../src/server/db/connection';
import { createStore } from '../../src/server/storage/database';
import { testApp, type TestApp } from '../support/app';

describe('GET /api/health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({ demo: false });
  });
  afterAll(() => t.close());

  it('reports ok with the database kind and server version', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.status).toBe('ok');
    expect(body.database.kind).toBe('external');
    expect(body.database.version).toMatch(/^\d+\.\d+/);
    expect(body.version).toBe('test');
  });

  it('answers 503 problem+json when the database is unreachable', async () => {
    // Port 1 on loopback: nothing listens there, so every connection is refused.
    const pool = createPool('postgres://nobody:x@127.0.0.1:1/none', 1);
    const app = await buildApp({ store: createStore(pool), databaseKind: 'external', version: 'test', logLevel: 'silent' });
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(503);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
    await app.close();
    await pool.end();
  });
});
