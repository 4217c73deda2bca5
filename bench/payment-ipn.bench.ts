/**
 * Benchmark: VNPAY IPN handling over HTTP (GET /api/payments/vnpay/ipn, signed HMAC-SHA512, first
 * notice of each payment: verify, lock dossier/obligation/payment, settle, number the e-receipt,
 * record the event, queue the receipt PDF) from 200 concurrent connections in a worker thread,
 * against the same settlement done straight through pg (one transaction each, 200 concurrent
 * callers) in the same run. Payments are spread over the demo agencies. Budget: p95 ≤ 20 ms.
 * BENCH_IPN_CLIENTS overrides the concurrency (e.g. 1 for the service time without queueing).
 *   node --import tsx bench/payment-ipn.bench.ts [--quick]
 */
import { createHmac } from 'node:crypto';
import type { Pool } from 'pg';
import { buildApp } from '../src/server/api/app';
import { seedDemo } from '../src/server/demo/seed-demo';
import { signedQuery, toVnpAmount, vnpDate } from '../src/domain/payments';
import { vnpayProvider } from '../src/server/payments/vnpay';
import { loadFromWorker } from './http-load';
import { runIfMain } from './main';
import { benchDatabase, loadTest } from './support';

const CLIENTS = Number(process.env.BENCH_IPN_CLIENTS ?? 200);
const TMN = 'BENCH001';
const SECRET = 'KHOABIMATBENCHMARKMOTCUA20261122';
const hmac = (secret: string, data: string) => createHmac('sha512', secret).update(data, 'utf8').digest('hex');

/** `n` received dossiers with an open 50.000 đồng obligation and a pending VNPAY payment each (one statement); returns the references. */
async function generate(pool: Pool, n: number, batch: string): Promise<string[]> {
  const r = await pool.query<{ txn_ref: string }>(
    `WITH ag AS (SELECT row_number() OVER (ORDER BY code) - 1 AS k, id, code FROM agencies WHERE code <> '000.00.00.H04'),
          nag AS (SELECT count(*) AS c FROM ag),
          ver AS (SELECT v.id FROM procedure_versions v WHERE v.status = 'published' LIMIT 1),
          g AS (SELECT i, i % (SELECT c FROM nag) AS k FROM generate_series(0, $1::int - 1) AS i),
          d AS (
            INSERT INTO dossiers (code, procedure_code, procedure_version_id, steps, channel, receiving_agency_id, handling_agency_id, status, state,
              applicant, applicant_name, applicant_id_number, documents, rule_set, received_at, search_text)
            SELECT ag.code || '-' || to_char(date '2026-01-01' + ($2::int * 1000 + g.i / 9000), 'YYMMDD') || '-' || lpad((g.i % 9000 + 1)::text, 4, '0'),
              '2.001016', (SELECT id FROM ver), '[{"key":"tn","kind":"receive","name":"Tiếp nhận","share":{"amount":0,"unit":"working_days"},"unitCode":null}]',
              'direct', ag.id, ag.id, 2, '{"status":2,"step":0,"assignee":null,"extensions":0,"supplementRequests":0,"openConsultations":0,"transferredTo":null,"decision":null,"statusBeforeHold":null}',
              '{"kind":"individual","name":"Nguyễn Văn Thử","idNumber":"089195000123"}', 'Nguyễn Văn Thử', '089195000123', '[]', 'nd118-2025', now(), 'bench'
            FROM g JOIN ag ON ag.k = g.k
            RETURNING id, receiving_agency_id
          ),
          o AS (
            INSERT INTO payment_obligations (dossier_id, agency_id, basis, amount, lines)
            SELECT d.id, d.receiving_agency_id, 'schedule', 50000, '[{"key":"khoan-1","kind":"phi_le_phi","label":"Phí, lệ phí","quantity":"1 văn bản","gross":50000,"discount":0,"exempt":0,"amount":50000}]' FROM d
            RETURNING id
          )
     INSERT INTO payments (obligation_id, method, status, amount, txn_ref, expires_at)
     SELECT o.id, 'vnpay', 'pending', 50000, 'MCB' || $3::text || lpad(row_number() OVER ()::text, 12, '0'), now() + interval '1 hour' FROM o
     RETURNING txn_ref`,
    [n, Number(batch.charCodeAt(0)) - 64, batch],
  );
  return r.rows.map((x) => x.txn_ref);
}

const ipnQuery = (txnRef: string, i: number) =>
  signedQuery(
    { vnp_Amount: toVnpAmount(50_000), vnp_BankCode: 'NCB', vnp_CardType: 'ATM', vnp_OrderInfo: 'Nop phi, le phi ho so', vnp_PayDate: vnpDate(new Date()), vnp_ResponseCode: '00', vnp_TmnCode: TMN, vnp_TransactionNo: String(14_000_000 + i), vnp_TransactionStatus: '00', vnp_TxnRef: txnRef },
    SECRET,
    hmac,
  );

/** The same settlement through pg: lock the chain, then the one statement recordOnlinePaid sends; one transaction each. */
async function settleRaw(pool: Pool, txnRef: string) {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    const r = await c.query(
      `SELECT d.id AS d, d.state, d.steps, o.id AS o, o.agency_id AS agency, o.status, o.amount, p.id AS p, p.status AS p_status, p.amount AS p_amount
       FROM dossiers d JOIN payment_obligations o ON o.dossier_id = d.id JOIN payments p ON p.obligation_id = o.id
       WHERE p.txn_ref = $1 FOR UPDATE OF d, o, p`,
      [txnRef],
    );
    const x = r.rows[0];
    await c.query(
      `WITH ev AS (INSERT INTO payment_events (payment_id, provider, kind, params, verified, response_code, at) VALUES ($1, 'vnpay', 'ipn', '{}', true, '00', now())),
            p AS (UPDATE payments SET status = 'paid', paid_at = now(), finished_at = now(), provider_txn_no = '1' WHERE id = $1 AND status = 'pending' RETURNING id),
            o AS (UPDATE payment_obligations SET status = 'paid', paid_payment_id = $1, paid_at = now(), version = version + 1 WHERE id = $2 AND status = 'open' AND EXISTS (SELECT 1 FROM p) RETURNING id),
            ob AS (INSERT INTO outbox (topic, payload, dedupe_key) SELECT 'payment.receipt', '{}', 'bench:' || $1 FROM p ON CONFLICT (dedupe_key) DO NOTHING),
            seq AS (INSERT INTO receipt_sequences (agency_id, year, last) SELECT $3, 2099, 1 FROM p ON CONFLICT (agency_id, year) DO UPDATE SET last = receipt_sequences.last + 1 RETURNING last)
       INSERT INTO payment_receipts (payment_id, agency_id, series, number, issued_at) SELECT $1, $3, 'BL99E', last, now() FROM seq`,
      [x.p, x.o, x.agency],
    );
    await c.query('COMMIT');
  } catch (err) {
    await c.query('ROLLBACK');
    throw err;
  } finally {
    c.release();
  }
}

export async function run(opts: { quick: boolean } = { quick: false }) {
  const n = opts.quick ? 2000 : 10_000;
  const db = await benchDatabase('ipn', 20);
  try {
    await seedDemo(db.store, { catalogue: true, dossiers: 0 });
    const [warm, measured, raw, solo] = [await generate(db.pool, 400, 'A'), await generate(db.pool, n, 'B'), await generate(db.pool, n, 'C'), await generate(db.pool, 300, 'D')];
    await db.pool.query('ANALYZE');
    const providers = { vnpay: vnpayProvider({ tmnCode: TMN, hashSecret: SECRET, payUrl: 'http://127.0.0.1:9/paymentv2/vpcpay.html', apiUrl: null }), national: null, expiryMinutes: 15 };
    const app = await buildApp({ store: db.store, databaseKind: db.kind, version: 'bench', logLevel: 'silent', payments: providers });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as { port: number }).port;
    const paths = (refs: string[], offset: number) => refs.map((ref, i) => `/api/payments/vnpay/ipn?${ipnQuery(ref, offset + i)}`);
    await loadFromWorker({ port, paths: paths(warm, 0), clients: CLIENTS, total: warm.length });
    const http = await loadFromWorker({ port, paths: paths(measured, 1000), clients: CLIENTS, total: measured.length });
    // For context: the service time of one notification with nothing queued ahead of it.
    const sequential = await loadFromWorker({ port, paths: paths(solo, 900_000), clients: 1, total: solo.length });
    await app.close();
    const baseline = await loadTest(CLIENTS, raw.length, (i) => settleRaw(db.pool, raw[i]!));
    // What was measured did the work: every measured payment is paid once, with its receipt number.
    const check = await db.pool.query(
      `SELECT count(*) FILTER (WHERE p.status = 'paid')::int AS paid, count(r.payment_id)::int AS receipts, count(*) FILTER (WHERE o.status = 'paid')::int AS settled
       FROM payments p JOIN payment_obligations o ON o.id = p.obligation_id LEFT JOIN payment_receipts r ON r.payment_id = p.id WHERE p.txn_ref LIKE 'MCBB%'`,
    );
    const c = check.rows[0];
    if (c.paid !== n || c.receipts !== n || c.settled !== n || http.errors > 0) throw new Error(`benchmark IPNs did not all settle: ${JSON.stringify({ ...c, errors: http.errors })}`);
    return {
      name: 'payments.ipn.http',
      clients: CLIENTS,
      notifications: n,
      p50Ms: http.p50,
      p95Ms: http.p95,
      p99Ms: http.p99,
      perSec: http.perSec,
      sequential: { clients: 1, p50Ms: sequential.p50, p95Ms: sequential.p95 },
      baseline: { name: `same settlement via pg, one transaction each, ${CLIENTS} concurrent`, p50Ms: baseline.p50, p95Ms: baseline.p95, perSec: baseline.perSec },
      ratio: Math.round((http.p95 / Math.max(baseline.p95, 0.01)) * 100) / 100,
      budget: { maxP95Ms: 20 },
    };
  } finally {
    await db.close();
  }
}

runIfMain(import.meta.url, run);
