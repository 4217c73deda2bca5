/**
 * Benchmark: import of past dossiers through the command line's import path (`npx motcua dossiers
 * import FILE`: streamed JSON lines → parse and check → rows → batched writes), against the same
 * rows written straight through `pg` as plain multi-row INSERTs in the same run (the ratio), and
 * the database's own ceiling for those rows (INSERT … SELECT server-side).
 * Budget (issue 10): ≥ 20,000 dossiers/s.
 *   node --import tsx bench/dossier-import.bench.ts [--quick]
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { runDossierImport } from '../src/server/cli-dossier-import';
import { seedDemo } from '../src/server/demo/seed-demo';
import { writeSyncRecords, type Assignment } from '../src/server/demo/sync-records';
import { runIfMain } from './main';
import { benchDatabase, type BenchDb } from './support';

const TABLES = ['dossiers', 'dossier_actions', 'dossier_steps'] as const;

/**
 * Plain multi-row INSERT … VALUES through pg of the rows kept in `staging_<table>`, read back in
 * pages as PostgreSQL's own text (reading is not timed), as many rows per statement as the
 * parameter limit allows. Returns the seconds spent inserting.
 */
async function insertPlain(db: BenchDb): Promise<number> {
  const raw = new pg.Client({ connectionString: db.url, types: { getTypeParser: () => (v: string) => v } });
  await raw.connect();
  let spent = 0;
  try {
    for (const t of TABLES) {
      const probe = await raw.query({ text: `SELECT * FROM staging_${t} LIMIT 0`, rowMode: 'array' });
      const keep = probe.fields.map((f, i) => [f.name, i] as const).filter(([c]) => c !== 'id' || t === 'dossiers');
      const columns = keep.map(([c]) => c);
      const per = Math.floor(60_000 / columns.length);
      for (let offset = 0; ; offset += per) {
        const page = await raw.query({ text: `SELECT * FROM staging_${t} ORDER BY ctid LIMIT ${per} OFFSET ${offset}`, rowMode: 'array' });
        if (page.rows.length === 0) break;
        const rows = (page.rows as unknown[][]).map((row) => keep.map(([, i]) => row[i]));
        const values = rows.map((_, r) => `(${columns.map((__, k) => `$${r * columns.length + k + 1}`).join(',')})`).join(',');
        const t0 = performance.now();
        await raw.query(`INSERT INTO ${t} (${columns.join(',')}) OVERRIDING SYSTEM VALUE VALUES ${values}`, rows.flat());
        spent += performance.now() - t0;
      }
    }
    return spent / 1000;
  } finally {
    await raw.end();
  }
}

const emptyTables = async (db: BenchDb) => {
  await db.pool.query(`TRUNCATE dossier_sequences, dossiers CASCADE`);
  await db.pool.query(`VACUUM ANALYZE dossiers, dossier_actions, dossier_steps`);
};

export async function run(opts: { quick: boolean } = { quick: false }) {
  const db = await benchDatabase('import', 8);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'motcua-import-bench-'));
  try {
    await seedDemo(db.store, { dossiers: 0 });
    const { rows: assignments } = await db.pool.query<Assignment>(
      `SELECT p.code AS procedure, a.code AS agency FROM procedure_assignments pa JOIN procedures p ON p.id = pa.procedure_id JOIN agencies a ON a.id = pa.agency_id ORDER BY 1, 2`,
    );
    const file = path.join(dir, 'ho-so.jsonl');
    const records = await writeSyncRecords(file, opts.quick ? 20_000 : 200_000, assignments);
    const bytes = (await fs.stat(file)).size;

    const lines: string[] = [];
    const t0 = performance.now();
    const code = await runDossierImport(db.store, file, { out: (s) => lines.push(s), err: (s) => lines.push(s) });
    const seconds = (performance.now() - t0) / 1000;
    if (code !== 0) throw new Error(`import failed:\n${lines.slice(0, 20).join('\n')}`);
    const counts = Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, Number((await db.pool.query(`SELECT count(*) FROM ${t}`)).rows[0].count)] as const)));
    if (counts.dossiers !== records) throw new Error(`imported ${counts.dossiers} of ${records}`);

    // Baseline: the very rows the import wrote, kept aside and written again with plain multi-row INSERTs.
    for (const t of TABLES) await db.pool.query(`CREATE TABLE staging_${t} AS SELECT * FROM ${t}`);
    await emptyTables(db);
    const baseSeconds = await insertPlain(db);
    // For reference, the database's own ceiling: the same rows by INSERT … SELECT, no client at all.
    await emptyTables(db);
    const c0 = performance.now();
    for (const t of TABLES) await db.pool.query(`INSERT INTO ${t} ${t === 'dossier_actions' ? 'OVERRIDING SYSTEM VALUE ' : ''}SELECT * FROM staging_${t}`);
    const ceilingSeconds = (performance.now() - c0) / 1000;

    const perSec = Math.round(records / seconds);
    const basePerSec = Math.round(records / baseSeconds);
    return {
      name: 'dossier.import.cli',
      dossiers: records,
      actions: counts.dossier_actions,
      steps: counts.dossier_steps,
      fileMiB: Math.round((bytes / 2 ** 20) * 10) / 10,
      seconds: Math.round(seconds * 100) / 100,
      perSec,
      baseline: { name: 'the same rows via pg, plain multi-row INSERT … VALUES (no parsing, checks or mapping)', seconds: Math.round(baseSeconds * 100) / 100, perSec: basePerSec },
      ratio: Math.round((perSec / basePerSec) * 100) / 100,
      ceiling: { name: 'the same rows by INSERT … SELECT inside the database (no client at all)', perSec: Math.round(records / ceilingSeconds) },
      ratioToCeiling: Math.round((perSec / (records / ceilingSeconds)) * 100) / 100,
      summary: lines[lines.length - 1],
      budget: { minPerSec: 20_000 },
    };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
    await db.close();
  }
}

runIfMain(import.meta.url, run);
