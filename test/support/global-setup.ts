import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbedded } from '../../src/server/db/embedded';
import { migrateUp } from '../../src/server/db/migrate';
import { withDatabase } from './urls';

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
    templateDb: string;
    databaseKind: 'embedded' | 'external';
  }
}

/**
 * One PostgreSQL for the whole run: the server at DATABASE_URL when set, otherwise an
 * embedded cluster in a temporary directory. A template database is built by the real
 * migrations; each test file clones it (test/support/db.ts).
 */
export default async function setup(project: TestProject) {
  let adminUrl: string;
  let stopCluster: (() => Promise<void>) | undefined;
  let dir: string | undefined;
  const external = process.env.DATABASE_URL;
  if (external) {
    adminUrl = external;
  } else {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'motcua-test-'));
    await fs.chmod(dir, 0o777);
    const cluster = await startEmbedded(dir);
    adminUrl = cluster.url('postgres');
    stopCluster = cluster.stop;
  }
  const templateDb = `motcua_tpl_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${templateDb}`);
  const pool = new pg.Pool({ connectionString: withDatabase(adminUrl, templateDb), max: 1 });
  await migrateUp(pool);
  await pool.end();

  project.provide('adminUrl', adminUrl);
  project.provide('templateDb', templateDb);
  project.provide('databaseKind', external ? 'external' : 'embedded');

  return async () => {
    // Drop every database this run created (template and per-file clones).
    const dbs = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2`,
      [templateDb, `${templateDb.replace('tpl', 't')}_%`],
    );
    for (const { datname } of dbs.rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`).catch(() => {});
    await admin.end();
    await stopCluster?.();
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  };
}
