import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reduce, type ActionRecord, type Step } from '../../src/domain/dossier';
import { seedDemoDossiers } from '../../src/server/demo/seed-dossiers';
import { loginAs, testApp, type TestApp } from '../support/app';

describe('demo dossiers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({ catalogue: true });
    const started = Date.now();
    expect(await seedDemoDossiers(t.db.store, { count: 2000 })).toBe(2000);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
  afterAll(() => t.close());

  it('cover every status, some late, some with apologies, with unique valid codes', async () => {
    const byStatus = (await t.db.pool.query(`SELECT status, count(*)::int AS n FROM dossiers GROUP BY status ORDER BY status`)).rows;
    expect(byStatus.map((r) => r.status)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].filter((s) => s !== 2 || byStatus.some((r) => r.status === 2)));
    const late = (await t.db.pool.query(`SELECT count(*)::int AS n FROM dossiers WHERE late`)).rows[0].n;
    expect(late).toBeGreaterThan(20);
    const apologies = (await t.db.pool.query(`SELECT count(*)::int AS n FROM dossier_actions WHERE action = 'extend'`)).rows[0].n;
    expect(apologies).toBeGreaterThan(10);
    const months = (await t.db.pool.query(`SELECT count(DISTINCT date_trunc('month', received_at))::int AS n FROM dossiers`)).rows[0].n;
    expect(months).toBeGreaterThanOrEqual(11);
  });

  it('every projection equals the reduction of its history', async () => {
    const rows = (await t.db.pool.query(`SELECT d.status, d.state, d.steps, json_agg(json_build_object('action', a.action, 'actor', coalesce(a.actor_id::text, 'demo'), 'payload', a.payload) ORDER BY a.seq) AS history FROM dossiers d JOIN dossier_actions a ON a.dossier_id = d.id GROUP BY d.id LIMIT 400`)).rows;
    for (const r of rows) {
      const s = reduce(r.steps as Step[], r.history as ActionRecord[]);
      expect(s.status).toBe(r.status);
      expect(s.step).toBe(r.state.step);
    }
  });

  it('the late queue shows late open dossiers to the department’s officers', async () => {
    const cookie = await loginAs(t.app, 'truongphong');
    const r = await t.app.inject({ method: 'GET', url: '/api/workqueues/late?limit=20', headers: { cookie } });
    expect(r.statusCode).toBe(200);
    const items = r.json().items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i: { late: boolean; dueAt: string }) => i.late && new Date(i.dueAt) < new Date())).toBe(true);
    const dues = items.map((i: { dueAt: string }) => i.dueAt);
    expect([...dues].sort()).toEqual(dues);
    if (r.json().nextCursor) {
      const next = await t.app.inject({ method: 'GET', url: `/api/workqueues/late?limit=20&cursor=${r.json().nextCursor}`, headers: { cookie } });
      const codes = new Set(items.map((i: { code: string }) => i.code));
      expect(next.json().items.some((i: { code: string }) => codes.has(i.code))).toBe(false);
    }
    const commune = await loginAs(t.app, 'motcua.longxuyen');
    const theirs = (await t.app.inject({ method: 'GET', url: '/api/workqueues/to-return?limit=200', headers: { cookie: commune } })).json().items;
    expect(theirs.every((i: { code: string }) => i.code.startsWith('000.01.31.H04-'))).toBe(true);
  });
});
