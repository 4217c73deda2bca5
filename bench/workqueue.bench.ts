/**
 * Benchmark: the `due-soon` and `late` work queues over HTTP with 1,000,000 dossiers loaded
 * (100,000 with --quick), 10 concurrent clients; baseline: `SELECT 1` through pg in the same run.
 * Writes EXPLAIN (ANALYZE, BUFFERS) snapshots of both queue queries to bench/explain/.
 *   node --import tsx bench/workqueue.bench.ts [--quick]
 */
import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Pool } from 'pg';
import { buildApp } from '../src/server/api/app';
import { seedDemo } from '../src/server/demo/seed-demo';
import { DEMO_PASSWORD } from '../src/server/demo/users';
import { explainWorkqueue } from '../src/server/storage/dossiers';
import { benchDatabase, loadTest } from './support';

const DIR = path.dirname(fileURLToPath(import.meta.url));

/** Inserts `n` projection rows with realistic status mix and deadlines, spread over 8 agencies and a year (one statement). */
async function generate(pool: Pool, n: number) {
  await pool.query(`
    WITH ag AS (SELECT row_number() OVER (ORDER BY code) - 1 AS k, id, code FROM agencies WHERE code <> '000.00.00.H04'),
         ver AS (SELECT v.id FROM procedure_versions v WHERE v.status = 'published' LIMIT 1),
         nag AS (SELECT count(*) AS c FROM ag),
         g AS (SELECT i, (i % (SELECT c FROM nag)) AS k, ((i / (SELECT c FROM nag)) % 365) AS dayk, (i / ((SELECT c FROM nag) * 365)) + 1 AS seq,
                      ((i::bigint * 7919) % 100)::int AS r FROM generate_series(0, $1::int - 1) AS i)
    INSERT INTO dossiers (code, procedure_code, procedure_version_id, steps, channel, receiving_agency_id, handling_agency_id,
      current_step_kind, status, state, applicant, applicant_name, applicant_id_number, documents, rule_set, received_at, due_at,
      late, search_text, created_at, updated_at)
    SELECT ag.code || '-' || to_char(now() - (g.dayk || ' days')::interval, 'YYMMDD') || '-' || lpad(g.seq::text, 4, '0'),
      '3.000334', (SELECT id FROM ver), '[]', CASE WHEN g.r % 3 = 0 THEN 'online' ELSE 'direct' END, ag.id, ag.id,
      CASE WHEN g.r < 10 THEN 'process' WHEN g.r < 12 THEN 'sign' ELSE NULL END,
      s.status, '{"step": 1}', '{}', 'Nguyễn Văn ' || g.i, '089195' || lpad((g.i % 1000000)::text, 6, '0'), '[]', 'nd118-2025',
      now() - (g.dayk || ' days')::interval - ((g.i % 480) || ' minutes')::interval,
      now() - (g.dayk || ' days')::interval + interval '14 days' - ((g.i % 480) || ' minutes')::interval,
      s.status IN (2, 4, 5, 6) AND now() - (g.dayk || ' days')::interval + interval '14 days' < now(),
      lower(ag.code) || ' nguyen van ' || g.i, now(), now()
    FROM g JOIN ag ON ag.k = g.k
    CROSS JOIN LATERAL (SELECT CASE WHEN g.r < 12 THEN 4 WHEN g.r < 16 THEN 2 WHEN g.r < 20 THEN 5 WHEN g.r < 22 THEN 6 WHEN g.r < 24 THEN 3
      WHEN g.r < 26 THEN 7 WHEN g.r < 28 THEN 8 WHEN g.r < 34 THEN 9 WHEN g.r < 38 THEN 1 ELSE 10 END AS status) s`, [n]);
  await pool.query('ANALYZE dossiers');
}

export async function run(opts: { quick: boolean } = { quick: false }) {
  const n = opts.quick ? 100_000 : 1_000_000;
  const db = await benchDatabase('queue', 20);
  try {
    await seedDemo(db.store, { dossiers: 0 });
    const t0 = performance.now();
    await generate(db.pool, n);
    const loadSeconds = Math.round((performance.now() - t0) / 100) / 10;
    const app = await buildApp({ store: db.store, databaseKind: db.kind, version: 'bench', logLevel: 'silent' });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as { port: number }).port;
    const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
    const cookie = await new Promise<string>((resolve, reject) => {
      const payload = JSON.stringify({ username: 'truongphong', password: DEMO_PASSWORD });
      const req = http.request({ host: '127.0.0.1', port, path: '/api/auth/login', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } }, (res) => {
        res.resume();
        resolve(String(res.headers['set-cookie']?.[0] ?? '').split(';')[0]!);
      });
      req.on('error', reject);
      req.end(payload);
    });
    const get = (p: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        http.get({ host: '127.0.0.1', port, path: p, agent, headers: { cookie } }, (res) => {
          let data = '';
          res.on('data', (c) => (data += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
        }).on('error', reject);
      });
    const total = opts.quick ? 300 : 1000;
    const results: Record<string, { p50: number; p95: number; perSec: number; items: number }> = {};
    for (const queue of ['due-soon', 'late']) {
      const first = await get(`/api/workqueues/${queue}?limit=50`);
      if (first.status !== 200) throw new Error(`${queue}: ${first.status} ${first.body.slice(0, 200)}`);
      await loadTest(10, 50, () => get(`/api/workqueues/${queue}?limit=50`).then(() => undefined));
      const r = await loadTest(10, total, () => get(`/api/workqueues/${queue}?limit=50`).then((x) => void (x.status === 200 || Promise.reject(new Error(String(x.status))))));
      results[queue] = { ...r, items: (JSON.parse(first.body) as { items: unknown[] }).items.length };
    }
    const select1 = await loadTest(10, total, () => db.pool.query('SELECT 1').then(() => undefined));
    // Plan snapshots for review (STYLE.md 11).
    const agencyId = (await db.pool.query(`SELECT id FROM agencies WHERE code = '000.00.17.H04'`)).rows[0].id as string;
    const now = new Date();
    for (const queue of ['due-soon', 'late'] as const) {
      const plan = await explainWorkqueue(db.store, { queue, userId: '00000000-0000-0000-0000-000000000000', agencyIds: [agencyId], unitCodes: null, now, dueSoonUntil: new Date(now.getTime() + 2 * 86_400_000), limit: 50 });
      await fs.mkdir(path.join(DIR, 'explain'), { recursive: true });
      await fs.writeFile(path.join(DIR, 'explain', `workqueue-${queue}${opts.quick ? '-quick' : ''}.txt`), `-- ${n} dossiers, ${new Date().toISOString()}\n${plan}\n`);
    }
    await app.close();
    agent.destroy();
    const worst = Math.max(results['due-soon']!.p95, results.late!.p95);
    return {
      name: 'dossier.workqueue.http',
      dossiers: n,
      loadSeconds,
      clients: 10,
      dueSoon: results['due-soon'],
      late: results.late,
      p95Ms: worst,
      baseline: { name: 'SELECT 1 via pg, 10 clients', p50Ms: select1.p50, p95Ms: select1.p95 },
      ratio: Math.round((worst / Math.max(select1.p95, 0.01)) * 100) / 100,
      budget: { maxP95Ms: 50 },
    };
  } finally {
    await db.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await run({ quick: process.argv.includes('--quick') }), null, 2));
}
