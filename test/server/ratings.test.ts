import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lookupToken } from '../../src/server/services/lookup-token';
import { loginAs, testApp, type TestApp } from '../support/app';
import { citizenWithSession } from '../support/citizens';
import { act } from '../support/dossiers';
import { applyOnline } from '../support/online';

const RATING = { time: 'on_time', contacts: 1, bodies: 1, attitude: 5, comment: 'Cán bộ hướng dẫn tận tình' };

describe('ratings of returned dossiers (TT 01/2018 art. 13): portal, notice link, counter tablet', () => {
  let t: TestApp;
  const c: Record<string, string> = {};
  let mai: Awaited<ReturnType<typeof citizenWithSession>>;
  let binh: Awaited<ReturnType<typeof citizenWithSession>>;
  let code = '';
  let other = '';
  const rate = (cookie: string, body: Record<string, unknown> = RATING, dossier = code) => t.app.inject({ method: 'PUT', url: `/api/citizen/dossiers/${dossier}/rating`, headers: { cookie }, payload: body });

  async function returned(): Promise<string> {
    const d = await applyOnline(t.app, mai.cookie);
    const steps: [string, string, Record<string, unknown>][] = [
      ['tiepnhan', 'receive', {}],
      ['tiepnhan', 'forward', {}],
      ['chuyenvien', 'claim', {}],
      ['chuyenvien', 'forward', {}],
      ['truongphong', 'approve', {}],
      ['giamdoc', 'sign', {}],
      ['tiepnhan', 'return_result', { method: 'counter' }],
    ];
    for (const [who, action, payload] of steps) {
      const r = await act(t.app, c[who]!, d.code, action, payload);
      expect(r.statusCode, `${action}: ${r.body}`).toBe(200);
    }
    return d.code;
  }

  beforeAll(async () => {
    t = await testApp({ catalogue: true });
    for (const u of ['tiepnhan', 'chuyenvien', 'truongphong', 'giamdoc', 'motcua.longxuyen']) c[u] = await loginAs(t.app, u);
    mai = await citizenWithSession(t.db);
    binh = await citizenWithSession(t.db);
    code = await returned();
    other = await returned();
  });
  afterAll(() => t.close());

  it('is refused before the result is returned, and to anyone but the applicant', async () => {
    const pending = await applyOnline(t.app, mai.cookie);
    const r = await rate(mai.cookie, RATING, pending.code);
    expect(r.statusCode).toBe(409);
    expect(r.json().currentStatus).toBe(1);
    expect((await rate(binh.cookie)).statusCode).toBe(404);
    expect((await rate('')).statusCode).toBe(401);
    const bad = await rate(mai.cookie, { ...RATING, attitude: 6, contacts: 0, time: 'soon' });
    expect(bad.statusCode).toBe(400);
  });

  it('rates once from the account, edits within 7 days, and is closed after (409)', async () => {
    const first = await rate(mai.cookie);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ ...RATING, channel: 'portal', editable: true });
    const edit = await rate(mai.cookie, { ...RATING, attitude: 4, comment: undefined });
    expect(edit.statusCode).toBe(200);
    expect(edit.json()).toMatchObject({ attitude: 4, comment: null });
    const rows = (await t.db.pool.query(`SELECT r.timeliness, r.attitude, r.version, r.channel, r.citizen_id FROM dossier_ratings r JOIN dossiers d ON d.id = r.dossier_id WHERE d.code = $1`, [code])).rows;
    expect(rows).toEqual([{ timeliness: 'on_time', attitude: 4, version: 2, channel: 'portal', citizen_id: mai.id }]);
    const view = (await t.app.inject({ method: 'GET', url: `/api/citizen/dossiers/${code}`, headers: { cookie: mai.cookie } })).json();
    expect(view).toMatchObject({ canRate: true, rating: { attitude: 4, editable: true } });

    await t.db.pool.query(`UPDATE dossier_ratings SET created_at = now() - interval '8 days' WHERE dossier_id = (SELECT id FROM dossiers WHERE code = $1)`, [code]);
    const late = await rate(mai.cookie, { ...RATING, attitude: 1 });
    expect(late.statusCode).toBe(409);
    expect(late.json().reason).toBe('rating_closed');
    expect((await t.db.pool.query(`SELECT attitude FROM dossier_ratings WHERE dossier_id = (SELECT id FROM dossiers WHERE code = $1)`, [code])).rows[0].attitude).toBe(4);
    const closed = (await t.app.inject({ method: 'GET', url: `/api/citizen/dossiers/${code}`, headers: { cookie: mai.cookie } })).json();
    expect(closed).toMatchObject({ canRate: false, rating: { editable: false } });
  });

  it('the link in the notice works without login; a wrong token is 404', async () => {
    const token = await lookupToken(t.db.store, other);
    const page = await t.app.inject({ method: 'GET', url: `/api/public/dossiers/${other}/rating?t=${token}` });
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json()).toMatchObject({ code: other, status: 10, canRate: true, rating: null, procedure: { code: '3.000334' }, agency: 'Sở Tư pháp tỉnh An Giang' });
    expect(page.body).not.toContain('Trần Thị Mai');
    const r = await t.app.inject({ method: 'PUT', url: `/api/public/dossiers/${other}/rating?t=${token}`, payload: { ...RATING, time: 'early' } });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ time: 'early', channel: 'link' });
    for (const url of [`/api/public/dossiers/${other}/rating?t=${token.slice(0, -1)}x`, `/api/public/dossiers/${other}/rating`, `/api/public/dossiers/${code}/rating?t=${token}`]) {
      expect((await t.app.inject({ method: 'GET', url })).statusCode, url).toBe(404);
      expect((await t.app.inject({ method: 'PUT', url, payload: RATING })).statusCode, url).toBe(404);
    }
  });

  it('the counter tablet: a reception officer of the receiving agency opens it, the applicant rates', async () => {
    const third = await returned();
    const open = await t.app.inject({ method: 'GET', url: `/api/counter/ratings/${third}`, headers: { cookie: c.tiepnhan! } });
    expect(open.statusCode, open.body).toBe(200);
    expect(open.json()).toMatchObject({ code: third, canRate: true, rating: null });
    const r = await t.app.inject({ method: 'PUT', url: `/api/counter/ratings/${third}`, headers: { cookie: c.tiepnhan! }, payload: { ...RATING, contacts: 2, bodies: 2 } });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ channel: 'counter', contacts: 2 });
    const [row] = (await t.db.pool.query(`SELECT recorded_by IS NOT NULL AS officer FROM dossier_ratings WHERE dossier_id = (SELECT id FROM dossiers WHERE code = $1)`, [third])).rows;
    expect(row.officer).toBe(true);
    expect((await t.app.inject({ method: 'GET', url: `/api/counter/ratings/${third}`, headers: { cookie: c['motcua.longxuyen']! } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/counter/ratings/${third}`, headers: { cookie: c.chuyenvien! } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `/api/counter/ratings/${third}`, headers: { cookie: mai.cookie } })).statusCode).toBe(401);
  });
});
