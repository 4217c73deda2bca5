/**
 * Benchmark: the QĐ 766 scorecard of the province for 2024 over N imported dossiers (the service path:
 * SQL counts + per-dossier `classify766` for 2.1/5.4 + `scorecard()`), against one raw SQL computing
 * the same received counts and a 2.1 approximation (finished ≤ due, no pause rule) in the same run.
 * Budget (issue 10): ≤ 1 s for the full scorecard (stated for 5 M dossiers; measured here at N).
 *   node --import tsx bench/indicators-766.bench.ts [--quick]
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { scorecard } from '../src/domain/indicators';
import { runDossierImport } from '../src/server/cli-dossier-import';
import { seedDemo } from '../src/server/demo/seed-demo';
import { writeSyncRecords, type Assignment } from '../src/server/demo/sync-records';
import { classifiedDossiers, counts766, scopeOfPeriod } from '../src/server/services/indicators-766-counts';
import { receivedCounts, timelinessRows } from '../src/server/storage/indicators-766';
import { runIfMain } from './main';
import { benchDatabase } from './support';

const PERIOD = { from: '2024-01-01', to: '2024-12-31' };
const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const RAW = `
  SELECT count(*) FILTER (WHERE received_at >= $1 AND received_at < $2)::int AS received,
         count(*) FILTER (WHERE received_at >= $1 AND received_at < $2 AND channel = 'online')::int AS online,
         count(*) FILTER (WHERE received_at < $2 AND (finished_at IS NULL OR finished_at >= $1))::int AS handled,
         count(*) FILTER (WHERE received_at < $2 AND (finished_at IS NULL OR finished_at >= $1) AND (due_at IS NULL OR coalesce(finished_at, $2) <= due_at))::int AS on_time
  FROM dossiers WHERE receiving_agency_id = ANY($3::uuid[]) AND received_at IS NOT NULL`;

export async function run(opts: { quick: boolean } = { quick: false }) {
  const db = await benchDatabase('indicators766', 8);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'motcua-766-bench-'));
  try {
    await seedDemo(db.store, { dossiers: 0 });
    const { rows: assignments } = await db.pool.query<Assignment>(
      `SELECT p.code AS procedure, a.code AS agency FROM procedure_assignments pa JOIN procedures p ON p.id = pa.procedure_id JOIN agencies a ON a.id = pa.agency_id ORDER BY 1, 2`,
    );
    const file = path.join(dir, 'ho-so.jsonl');
    const n = await writeSyncRecords(file, opts.quick ? 20_000 : 100_000, assignments);
    const code = await runDossierImport(db.store, file, { out: () => undefined, err: () => undefined });
    if (code !== 0) throw new Error('import failed');
    await db.pool.query('VACUUM ANALYZE dossiers, dossier_actions');
    const ids = (await db.pool.query<{ id: string }>('SELECT id FROM agencies')).rows.map((r) => r.id);
    const start = new Date('2024-01-01T00:00:00+07:00');
    const end = new Date('2025-01-01T00:00:00+07:00');

    const service: number[] = [];
    let counts = {} as Awaited<ReturnType<typeof counts766>>['counts'];
    let total = 0;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      counts = (await counts766(db.store, ids, PERIOD)).counts;
      total = scorecard(counts).total;
      service.push(performance.now() - t0);
    }
    // Where the time goes (one run each): the received-dossier SQL, the timeliness candidates' SQL, and the whole 2.1/5.4 path.
    const scope = scopeOfPeriod(ids, PERIOD);
    const lap = async (f: () => Promise<unknown>) => {
      const t0 = performance.now();
      await f();
      return Math.round(performance.now() - t0);
    };
    const parts = { receivedSqlMs: await lap(() => receivedCounts(db.store, scope)), timelinessSqlMs: await lap(() => timelinessRows(db.store, scope)), timelinessTotalMs: await lap(() => classifiedDossiers(db.store, scope)) };
    const raw: number[] = [];
    let rawRow: Record<string, number> = {};
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      rawRow = (await db.pool.query(RAW, [start, end, ids])).rows[0];
      raw.push(performance.now() - t0);
    }
    if (rawRow.received !== counts.dossiersReceived || rawRow.online !== counts.dossiersOnline) throw new Error(`received counts differ: raw ${JSON.stringify(rawRow)} vs ${JSON.stringify(counts)}`);
    const ms = median(service);
    const baseMs = median(raw);
    return {
      name: 'indicators.766.scorecard',
      dossiers: n,
      receivedInPeriod: counts.dossiersReceived,
      handledInPeriod: counts.dossiersHandled,
      total,
      medianMs: Math.round(ms),
      ...parts,
      baseline: { name: 'one raw SQL: received/online counts and a 2.1 approximation (finished ≤ due, no pause rule)', medianMs: Math.round(baseMs), handled: rawRow.handled, onTime: rawRow.on_time },
      ratio: Math.round((ms / baseMs) * 100) / 100,
      budget: { maxMedianMs: 1000 },
    };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
    await db.close();
  }
}

runIfMain(import.meta.url, run);
