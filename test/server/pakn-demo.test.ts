import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAKN_SECRET, seedDemoPakn } from '../../src/server/demo/seed-pakn';
import { DEMO_PAKN } from '../../src/server/demo/pakn-items';
import { testApp, type TestApp } from '../support/app';

/** The demo PAKN items: replayed through the server's effect function, in every state, followable with the demo secret. */
describe('demo PAKN data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({ catalogue: true });
  });
  afterAll(() => t.close());

  it('writes every item once, in many states, with a consistent history', async () => {
    const now = new Date('2026-11-20T10:00:00+07:00');
    expect(await seedDemoPakn(t.db.store, now)).toBe(DEMO_PAKN.length);
    expect(await seedDemoPakn(t.db.store, now)).toBe(0);
    const st = (await t.db.pool.query<{ status: string; n: number }>('SELECT status, count(*)::int AS n FROM pakn_items GROUP BY status')).rows;
    const by = Object.fromEntries(st.map((r) => [r.status, r.n]));
    for (const s of ['received', 'in_progress', 'awaiting_supplement', 'awaiting_approval', 'published', 'forwarded', 'merged', 'refused', 'not_accepted']) expect(by[s], s).toBeGreaterThan(0);
    // The last history entry of each item names its status.
    const mismatched = await t.db.pool.query(`
      SELECT i.code FROM pakn_items i
      JOIN LATERAL (SELECT to_status FROM pakn_history h WHERE h.item_id = i.id ORDER BY seq DESC LIMIT 1) h ON true
      WHERE h.to_status <> i.status`);
    expect(mismatched.rows).toEqual([]);
    const rated = await t.db.pool.query(`SELECT count(*)::int AS n FROM pakn_items WHERE rating IS NOT NULL`);
    expect(rated.rows[0].n).toBe(4);
    expect((await t.db.pool.query(`SELECT count(*)::int AS n FROM pakn_items WHERE previous_id IS NOT NULL`)).rows[0].n).toBe(1);
  });

  it('published answers are public and searchable; any item opens with the demo secret', async () => {
    const list = (await t.app.inject({ method: 'GET', url: '/api/public/pakn?q=ly%20lich%20tu%20phap' })).json();
    expect(list.total).toBeGreaterThan(0);
    const code = list.items[0].code as string;
    const f = await t.app.inject({ method: 'POST', url: `/api/public/pakn/${code}/follow`, payload: { secret: DEMO_PAKN_SECRET } });
    expect(f.statusCode, f.body).toBe(200);
    expect(f.json().status).toBe('published');
  });
});
