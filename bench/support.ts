import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createPool } from '../src/server/db/connection';
import { startEmbedded } from '../src/server/db/embedded';
import { migrateUp } from '../src/server/db/migrate';
import { createStore, type Store } from '../src/server/storage/database';

export type BenchDb = { url: string; pool: pg.Pool; store: Store; kind: 'embedded' | 'external'; close: () => Promise<void> };

/** A fresh, migrated database for one benchmark: on DATABASE_URL's server, else an embedded cluster. */
export async function benchDatabase(name: string, poolSize = 20): Promise<BenchDb> {
  let adminUrl: string;
  let stop: (() => Promise<void>) | undefined;
  let dir: string | undefined;
  if (process.env.DATABASE_URL) adminUrl = process.env.DATABASE_URL;
  else {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'motcua-bench-'));
    await fs.chmod(dir, 0o777);
    const cluster = await startEmbedded(dir);
    adminUrl = cluster.url('postgres');
    stop = cluster.stop;
  }
  const db = `motcua_bench_${name}_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${db}`);
  const u = new URL(adminUrl);
  u.pathname = `/${db}`;
  const url = u.toString();
  const pool = createPool(url, poolSize);
  await migrateUp(pool);
  const store = createStore(pool);
  return {
    url,
    pool,
    store,
    kind: process.env.DATABASE_URL ? 'external' : 'embedded',
    close: async () => {
      await store.destroy();
      await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
      await admin.end();
      await stop?.();
      if (dir) await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

/** Latency percentiles (ms) of `clients` concurrent loops each running `fn` until `total` calls are done. */
export async function loadTest(clients: number, total: number, fn: (i: number) => Promise<void>) {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < total) {
        const i = next++;
        const t0 = performance.now();
        await fn(i);
        times.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = performance.now() - started;
  times.sort((a, b) => a - b);
  const pct = (p: number) => Math.round(times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]! * 100) / 100;
  return { p50: pct(50), p95: pct(95), p99: pct(99), perSec: Math.round((total / elapsed) * 1000) };
}
