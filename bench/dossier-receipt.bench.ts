/**
 * Benchmark: dossier receipt over HTTP (POST /api/dossiers with Idempotency-Key) by 16 concurrent
 * clients, against the same inserts done straight through `pg` in one transaction each (same run).
 *   node --import tsx bench/dossier-receipt.bench.ts [--quick]
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../src/server/api/app';
import { seedDemo } from '../src/server/demo/seed-demo';
import { DEMO_PASSWORD } from '../src/server/demo/users';
import { benchDatabase, loadTest } from './support';

const CLIENTS = 16;
const body = (i: number) =>
  JSON.stringify({
    procedureCode: '3.000334',
    channel: 'direct',
    applicant: { kind: 'individual', name: `Nguyễn Văn Thử ${i}`, idNumber: '089195000123', phone: '0912345678' },
    documents: [{ name: 'Văn bản yêu cầu', copies: '1 bản chính', digitised: false }],
  });

function post(port: number, agent: http.Agent, path: string, headers: Record<string, string>, payload: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers } }, (res) => {
      let data = '';
      res.on('data', (c) => (data += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

export async function run(opts: { quick: boolean } = { quick: false }) {
  const db = await benchDatabase('receipt', 24);
  try {
    await seedDemo(db.store, { dossiers: 0 });
    const app = await buildApp({ store: db.store, databaseKind: db.kind, version: 'bench', logLevel: 'silent' });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as { port: number }).port;
    const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });
    // Log in once and reuse the session cookie, as a counter officer does.
    const session = await new Promise<string>((resolve, reject) => {
      const payload = JSON.stringify({ username: 'tiepnhan', password: DEMO_PASSWORD });
      const req = http.request({ host: '127.0.0.1', port, path: '/api/auth/login', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } }, (res) => {
        res.resume();
        resolve(String(res.headers['set-cookie']?.[0] ?? '').split(';')[0]!);
      });
      req.on('error', reject);
      req.end(payload);
    });
    const total = opts.quick ? 600 : 3000;
    const rounds = opts.quick ? 3 : 5;
    await loadTest(CLIENTS, 50, async (i) => void (await post(port, agent, '/api/dossiers', { cookie: session, 'idempotency-key': randomUUID() }, body(-i))));
    const httpBatch = () =>
      loadTest(CLIENTS, total / rounds, async (i) => {
        const r = await post(port, agent, '/api/dossiers', { cookie: session, 'idempotency-key': randomUUID() }, body(i));
        if (r.status !== 201) throw new Error(`receipt ${r.status} ${r.body.slice(0, 200)}`);
      });

    // Baseline: the same rows written straight through pg, one transaction per dossier.
    const { rows: [ctx] } = await db.pool.query(`SELECT a.id AS agency, v.id AS version, (SELECT id FROM users WHERE username = 'tiepnhan') AS actor FROM agencies a, procedure_versions v JOIN procedures p ON p.id = v.procedure_id WHERE a.code = '000.00.17.H04' AND p.code = '3.000334' AND v.status = 'published' LIMIT 1`);
    const rawBatch = () => loadTest(CLIENTS, total / rounds, async (i) => {
      const c = await db.pool.connect();
      try {
        await c.query('BEGIN');
        await c.query(`INSERT INTO idempotency_keys (actor_id, key, request_hash) VALUES ($1, $2, 'h')`, [ctx.actor, randomUUID()]);
        const seq = (await c.query(`INSERT INTO dossier_sequences (agency_id, day, last) VALUES ($1, '2099-01-01', 1) ON CONFLICT (agency_id, day) DO UPDATE SET last = dossier_sequences.last + 1 RETURNING last`, [ctx.agency])).rows[0].last;
        const code = `000.00.17.H04-990101-${String(seq % 10000).padStart(4, '0')}`;
        const id = (await c.query(
          `INSERT INTO dossiers (code, procedure_code, procedure_version_id, steps, channel, receiving_agency_id, handling_agency_id, status, state, applicant, applicant_name, applicant_id_number, documents, rule_set, received_at, due_at, search_text)
           VALUES ($1, '3.000334', $2, '[]', 'direct', $3, $3, 2, '{}', $4, $5, '089195000123', '[]', 'nd118-2025', now(), now(), $1) RETURNING id`,
          [`${code}`, ctx.version, ctx.agency, body(i), `Nguyễn Văn Thử ${i}`],
        )).rows[0].id;
        await c.query(`INSERT INTO dossier_actions (dossier_id, seq, action, actor_id, actor_name, status_after, payload) VALUES ($1, 1, 'create', $2, 'x', 2, '{}')`, [id, ctx.actor]);
        await c.query(`INSERT INTO dossier_steps (dossier_id, seq, step_index, step_key, step_name, agency_id, started_at) VALUES ($1, 1, 0, 'tn', 'Tiếp nhận', $2, now())`, [id, ctx.agency]);
        await c.query(`INSERT INTO outbox (topic, payload) VALUES ('bench', '{}')`);
        await c.query('COMMIT');
      } catch (err) {
        await c.query('ROLLBACK');
        throw err;
      } finally {
        c.release();
      }
    });
    // Alternate rounds so that machine noise hits both sides alike; report medians.
    const h: Awaited<ReturnType<typeof httpBatch>>[] = [];
    const b: Awaited<ReturnType<typeof rawBatch>>[] = [];
    for (let r = 0; r < rounds; r++) {
      h.push(await httpBatch());
      b.push(await rawBatch());
    }
    await app.close();
    agent.destroy();
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
    const ratios = h.map((x, i) => x.perSec / b[i]!.perSec);
    return {
      name: 'dossier.receipt.http',
      clients: CLIENTS,
      dossiers: total,
      rounds,
      perSec: median(h.map((x) => x.perSec)),
      p50Ms: median(h.map((x) => x.p50)),
      p95Ms: median(h.map((x) => x.p95)),
      baseline: { name: 'same inserts via pg, one transaction each', perSec: median(b.map((x) => x.perSec)), p95Ms: median(b.map((x) => x.p95)) },
      ratio: Math.round(median(ratios) * 100) / 100,
      roundRatios: ratios.map((x) => Math.round(x * 100) / 100),
      budget: { minRatio: 0.5 },
    };
  } finally {
    await db.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await run({ quick: process.argv.includes('--quick') }), null, 2));
}
