import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paknTimelinessByAgency, substantiatedComplaintDossiers } from '../../src/server/storage/pakn-stats';
import { loginAs, testApp, type TestApp } from '../support/app';
import { receive } from '../support/dossiers';

/**
 * The contract used by the evaluation of dossier handling (TT 01/2018 art. 13 indicators 7 and 8):
 * hand-built items at Sở Tư pháp and phường Long Xuyên, each with a known outcome.
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const STP = '000.00.17.H04';
const LX = '000.01.31.H04';

let t: TestApp;
const ids: Record<string, string> = {};
const c: Record<string, string> = {};
const dossiers: string[] = [];
const dossierIds: string[] = [];

const body = (agency: string, over: Json = {}) => ({
  agencyId: ids[agency],
  channel: 'post',
  title: 'Phản ánh về thủ tục lý lịch tư pháp',
  content: 'Thời gian cấp Phiếu lý lịch tư pháp dài hơn quy định, đề nghị kiểm tra và trả lời.',
  sender: { name: 'Lê Văn Bình', address: 'Số 1 Ngô Gia Tự, phường Long Xuyên', phone: '0912000222' },
  ...over,
});

async function record(who: string, agency: string, over: Json = {}): Promise<string> {
  const r = await t.app.inject({ method: 'POST', url: '/api/pakn', headers: { cookie: c[who]! }, payload: body(agency, over) });
  expect(r.statusCode, r.body).toBe(201);
  return r.json().code;
}
async function act(who: string, code: string, action: string, payload: Json = {}) {
  const v = (await t.app.inject({ method: 'GET', url: `/api/pakn/${code}`, headers: { cookie: c[who]! } })).json().version;
  const r = await t.app.inject({ method: 'POST', url: `/api/pakn/${code}/actions`, headers: { cookie: c[who]! }, payload: { action, version: v, payload } });
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
}
const answer = 'Sở đã kiểm tra, xác minh nội dung phản ánh và trả lời như sau.';

beforeAll(async () => {
  t = await testApp({ catalogue: true });
  for (const a of (await t.db.pool.query<{ id: string; code: string }>('SELECT id, code FROM agencies')).rows) ids[a.code] = a.id;
  for (const u of ['chuyenvien', 'giamdoc', 'tiepnhan', 'motcua.longxuyen']) c[u] = await loginAs(t.app, u);
  for (let i = 0; i < 3; i++) {
    const r = await receive(t.app, c.tiepnhan!);
    expect(r.statusCode, r.body).toBe(201);
    dossiers.push(r.json().code);
  }
  for (const code of dossiers) dossierIds.push((await t.db.pool.query('SELECT id FROM dossiers WHERE code = $1', [code])).rows[0].id);

  // A: received now, answered, approved and published at once: on time.
  const a = await record('chuyenvien', STP, { receivedAt: null });
  await act('chuyenvien', a, 'classify', { category: 'regulation', withinCompetence: true });
  await act('chuyenvien', a, 'acknowledge');
  await act('chuyenvien', a, 'draft_answer', { answer });
  await act('giamdoc', a, 'approve');
  await act('chuyenvien', a, 'publish', { publicly: true });
  // B: received 12/2/2026, forwarded now, long after its 5-day limit (26/2): finished late, not prolonged.
  const b = await record('chuyenvien', STP, { receivedAt: '2026-02-12T09:00:00+07:00' });
  await act('chuyenvien', b, 'forward', { to: 'Bộ Tư pháp', reason: 'Không thuộc thẩm quyền của Sở.' });
  // C: received 12/2/2026, still open past 12/3/2026: prolonged.
  const cc = await record('chuyenvien', STP, { receivedAt: '2026-02-12T10:00:00+07:00' });
  await act('chuyenvien', cc, 'acknowledge');
  // D: received now, extended by the leader: prolonged.
  const d = await record('chuyenvien', STP);
  await act('chuyenvien', d, 'acknowledge');
  await act('giamdoc', d, 'extend', { days: 2, reason: 'Cần xác minh.' });
  // E: not accepted (no phone), F: merged into A — neither counts.
  await record('chuyenvien', STP, { sender: { name: 'Lê Văn Bình', address: 'Số 1 Ngô Gia Tự, phường Long Xuyên' } });
  const f = await record('chuyenvien', STP);
  await act('chuyenvien', f, 'merge', { originalCode: a });
  // G: at phường Long Xuyên, refused at once: on time.
  const g = await record('motcua.longxuyen', LX);
  await act('motcua.longxuyen', g, 'refuse', { reason: 'Không phải phản ánh về quy định hành chính.' });

  // Behaviour complaints linked to dossiers: substantiated and approved (counts), substantiated but only
  // drafted (not yet), unfounded (ignored), and a regulation item naming a dossier (not about behaviour).
  const behaviour = async (dossier: string, substantiated: boolean, approve: boolean) => {
    const code = await record('chuyenvien', STP);
    await act('chuyenvien', code, 'classify', { category: 'behaviour', withinCompetence: true, dossierCode: dossier });
    await act('chuyenvien', code, 'acknowledge');
    await act('chuyenvien', code, 'draft_answer', { answer, substantiated });
    if (approve) await act('giamdoc', code, 'approve');
  };
  await behaviour(dossiers[0]!, true, true);
  await behaviour(dossiers[1]!, true, false);
  await behaviour(dossiers[2]!, false, true);
  const reg = await record('chuyenvien', STP);
  await act('chuyenvien', reg, 'classify', { category: 'regulation', withinCompetence: true, dossierCode: dossiers[2] });
});
afterAll(() => t.close());

describe('paknTimelinessByAgency', () => {
  it('counts handled items received in [from, to): on time, prolonged', async () => {
    const m = await paknTimelinessByAgency(t.db.store, [ids[STP]!, ids[LX]!, ids['000.00.14.H04']!], new Date('2026-01-01T00:00:00+07:00'), new Date('2027-01-01T00:00:00+07:00'));
    // STP: A, B, C, D and the four classified items (3 behaviour + 1 regulation, all open and within their deadline).
    expect(m.get(ids[STP]!)).toEqual({ total: 8, onTime: 1, prolonged: 2 });
    expect(m.get(ids[LX]!)).toEqual({ total: 1, onTime: 1, prolonged: 0 });
    expect(m.has(ids['000.00.14.H04']!)).toBe(false);
  });

  it('the period bounds are on the reception instant, `to` excluded', async () => {
    // Only B and C were received in February.
    const feb = await paknTimelinessByAgency(t.db.store, [ids[STP]!], new Date('2026-02-12T09:00:00+07:00'), new Date('2026-02-12T10:00:00+07:00'));
    expect(feb.get(ids[STP]!)).toEqual({ total: 1, onTime: 0, prolonged: 0 });
    const both = await paknTimelinessByAgency(t.db.store, [ids[STP]!], new Date('2026-02-01T00:00:00+07:00'), new Date('2026-03-01T00:00:00+07:00'));
    expect(both.get(ids[STP]!)).toEqual({ total: 2, onTime: 0, prolonged: 1 });
    expect((await paknTimelinessByAgency(t.db.store, [], new Date(0), new Date())).size).toBe(0);
  });
});

describe('substantiatedComplaintDossiers', () => {
  it('only dossiers with an approved finding that a complaint about behaviour has grounds', async () => {
    const s = await substantiatedComplaintDossiers(t.db.store, dossierIds);
    expect([...s]).toEqual([dossierIds[0]]);
    expect((await substantiatedComplaintDossiers(t.db.store, [dossierIds[1]!, dossierIds[2]!])).size).toBe(0);
    expect((await substantiatedComplaintDossiers(t.db.store, [])).size).toBe(0);
  });
});
