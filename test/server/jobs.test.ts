import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDeadlineSweep } from '../../src/server/jobs/deadline-sweep';
import { startJobs } from '../../src/server/jobs/queue';
import { inTransaction } from '../../src/server/storage/database';
import { enqueue } from '../../src/server/storage/outbox';
import { loginAs, testApp, type TestApp } from '../support/app';
import { act, receive } from '../support/dossiers';
import { workingCalendar } from '../../src/server/services/calendar-provider';

describe('background jobs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({ catalogue: true });
  });
  afterAll(() => t.close());

  it('the sweep marks an overdue dossier late once, records where it was, and queues one notice', async () => {
    const cookie = await loginAs(t.app, 'tiepnhan');
    const code = (await receive(t.app, cookie)).json().code;
    await t.db.pool.query(`UPDATE dossiers SET due_at = now() - interval '2 hours' WHERE code = $1`, [code]);
    expect(await runDeadlineSweep(t.db.store)).toBe(1);
    expect(await runDeadlineSweep(t.db.store)).toBe(0);
    const d = (await t.db.pool.query(`SELECT late, due_soon FROM dossiers WHERE code = $1`, [code])).rows[0];
    expect(d).toEqual({ late: true, due_soon: false });
    const l = (await t.db.pool.query(`SELECT l.step_key, a.code FROM dossier_lateness l JOIN agencies a ON a.id = l.agency_id`)).rows;
    expect(l).toEqual([{ step_key: 'tiep-nhan', code: '000.00.17.H04' }]);
    const notices = (await t.db.pool.query(`SELECT payload FROM outbox WHERE topic = 'dossier.late'`)).rows;
    expect(notices.map((n) => n.payload.code)).toEqual([code]);
    const view = await t.app.inject({ method: 'GET', url: `/api/dossiers/${code}`, headers: { cookie } });
    expect(view.json().late).toBe(true);
  });

  it('an opinion asked (consult) has its own deadline: the sweep flags it late once and queues a notice', async () => {
    const c = { tiepnhan: await loginAs(t.app, 'tiepnhan'), chuyenvien: await loginAs(t.app, 'chuyenvien') };
    const code = (await receive(t.app, c.tiepnhan)).json().code;
    await act(t.app, c.tiepnhan, code, 'forward');
    await act(t.app, c.chuyenvien, code, 'claim');
    const cal = await workingCalendar(t.db.store);
    let day = new Date(Date.now() + 7 * 3_600_000);
    do day = new Date(day.getTime() + 86_400_000);
    while (!cal.isWorkingDay(day.toISOString().slice(0, 10)));
    const dueDate = day.toISOString().slice(0, 10);
    const weekend = ['2026-11-28', '2026-11-29', '2027-01-02'].find((x) => !cal.isWorkingDay(x))!;
    expect((await act(t.app, c.chuyenvien, code, 'consult', { with: ['Công an tỉnh'], question: 'Xác minh nhân thân', dueDate: weekend })).statusCode).toBe(400);
    expect((await act(t.app, c.chuyenvien, code, 'consult', { with: ['Công an tỉnh'], question: 'Xác minh nhân thân', dueDate: '2020-01-02' })).statusCode).toBe(400);
    const r = await act(t.app, c.chuyenvien, code, 'consult', { with: ['Công an tỉnh', 'Phòng Bổ trợ tư pháp'], question: 'Xác minh nhân thân', dueDate });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().consultations).toMatchObject([{ parties: ['Công an tỉnh', 'Phòng Bổ trợ tư pháp'], answeredAt: null, late: false }]);
    expect(r.json().consultations[0].dueAt.slice(0, 10)).toBe(dueDate);
    await t.db.pool.query(`UPDATE dossier_consultations SET due_at = now() - interval '1 hour' FROM dossiers d WHERE d.id = dossier_id AND d.code = $1`, [code]);
    expect(await runDeadlineSweep(t.db.store)).toBe(1);
    expect(await runDeadlineSweep(t.db.store)).toBe(0);
    const notices = (await t.db.pool.query(`SELECT payload FROM outbox WHERE topic = 'dossier.consultation_late'`)).rows;
    expect(notices.map((n) => n.payload.code)).toEqual([code]);
    expect((await act(t.app, c.chuyenvien, code, 'forward')).statusCode).toBe(409); // an opinion is still open
    const replied = await act(t.app, c.chuyenvien, code, 'consult_reply', { from: 'Công an tỉnh', answer: 'Không có tiền án' });
    expect(replied.json().consultations[0]).toMatchObject({ late: true });
    expect(replied.json().consultations[0].answeredAt).not.toBeNull();
    expect((await act(t.app, c.chuyenvien, code, 'forward')).statusCode).toBe(200);
  });

  it('a dossier due before the end of the next working day is flagged due soon', async () => {
    const cookie = await loginAs(t.app, 'tiepnhan');
    const code = (await receive(t.app, cookie)).json().code;
    await t.db.pool.query(`UPDATE dossiers SET due_at = now() + interval '30 minutes' WHERE code = $1`, [code]);
    await runDeadlineSweep(t.db.store);
    expect((await t.db.pool.query(`SELECT due_soon FROM dossiers WHERE code = $1`, [code])).rows[0].due_soon).toBe(true);
    const q = (await t.app.inject({ method: 'GET', url: '/api/workqueues/due-soon', headers: { cookie: await loginAs(t.app, 'truongphong') } })).json();
    expect(q.items.map((i: { code: string }) => i.code)).toContain(code);
  });

  it('side effects recorded in a transaction reach their worker exactly once through pg-boss', async () => {
    const seen: unknown[] = [];
    const jobs = await startJobs({ url: t.db.url, store: t.db.store, log: pino({ level: 'silent' }), handlers: { 'test.topic': async (p) => void seen.push(p) } });
    try {
      await inTransaction(t.db.store, async (tx) => {
        await enqueue(tx, 'test.topic', { n: 1 }, 'k1');
        await enqueue(tx, 'test.topic', { n: 1 }, 'k1'); // same dedupe key: ignored
        await enqueue(tx, 'test.topic', { n: 2 }, 'k2');
      });
      for (let i = 0; i < 100 && seen.length < 2; i++) await new Promise((r) => setTimeout(r, 200));
      await new Promise((r) => setTimeout(r, 1500));
      expect(seen).toEqual(expect.arrayContaining([{ n: 1 }, { n: 2 }]));
      expect(seen).toHaveLength(2);
      const pending = (await t.db.pool.query(`SELECT count(*)::int AS n FROM outbox WHERE dispatched_at IS NULL`)).rows[0].n;
      expect(pending).toBe(0);
    } finally {
      await jobs.stop();
    }
  });
});
