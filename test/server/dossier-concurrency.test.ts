import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, testApp, type TestApp } from '../support/app';
import { receive } from '../support/dossiers';

describe('two conflicting actions at once', () => {
  let t: TestApp;
  let reception: string;
  let head: string;
  beforeAll(async () => {
    t = await testApp({ catalogue: true });
    reception = await loginAs(t.app, 'tiepnhan');
    head = await loginAs(t.app, 'truongphong');
  });
  afterAll(() => t.close());

  it('exactly one of two conflicting actions wins, 200 times; history and projection agree', async () => {
    for (let trial = 0; trial < 200; trial++) {
      const d = (await receive(t.app, reception)).json();
      const [a, b] = await Promise.all([
        t.app.inject({ method: 'POST', url: `/api/dossiers/${d.code}/actions`, headers: { cookie: reception }, payload: { action: 'withdraw', version: 1, payload: { reason: 'Công dân rút hồ sơ' } } }),
        t.app.inject({ method: 'POST', url: `/api/dossiers/${d.code}/actions`, headers: { cookie: head }, payload: { action: 'stop', version: 1, payload: { reason: 'Dừng xử lý' } } }),
      ]);
      const statuses = [a.statusCode, b.statusCode].sort();
      expect(statuses, `trial ${trial}`).toEqual([200, 409]);
      const loser = a.statusCode === 409 ? a : b;
      expect([7, 8]).toContain(loser.json().currentStatus);
    }
    const rows = await t.db.pool.query(`
      SELECT d.status, d.version, count(a.*)::int AS n, max(a.seq) AS last_seq,
             (SELECT status_after FROM dossier_actions x WHERE x.dossier_id = d.id ORDER BY seq DESC LIMIT 1) AS last_status
      FROM dossiers d JOIN dossier_actions a ON a.dossier_id = d.id GROUP BY d.id`);
    for (const r of rows.rows) {
      expect(r.n).toBe(2);
      expect(r.version).toBe(r.last_seq);
      expect(r.status).toBe(r.last_status);
    }
  });
});
