import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

/**
 * Timestamped plain-SQL migrations: `migrations/<yyyymmddhhmmss>_<verb_noun>.sql`, each with a
 * `-- migrate:up` and a `-- migrate:down` section. Applied in order inside one transaction each,
 * under an advisory lock so several app instances can start at once.
 */
export type Migration = { version: string; name: string; up: string; down: string };

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
const LOCK_KEY = 727_001; // arbitrary, constant: "motcua migrations"

export async function loadMigrations(dir = DIR): Promise<Migration[]> {
  const files = (await fs.readdir(dir)).filter((f) => /^\d{14}_[a-z0-9_]+\.sql$/.test(f)).sort();
  return Promise.all(
    files.map(async (file) => {
      const text = await fs.readFile(path.join(dir, file), 'utf8');
      const m = /--\s*migrate:up\s*\n([\s\S]*?)--\s*migrate:down\s*\n([\s\S]*)$/.exec(text);
      if (!m) throw new Error(`Migration ${file} lacks '-- migrate:up' / '-- migrate:down' sections`);
      return { version: file.slice(0, 14), name: file.slice(15, -4), up: m[1] ?? '', down: m[2] ?? '' };
    }),
  );
}

async function withLock<T>(pool: pg.Pool, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version text PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    return await fn(client);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => {});
    client.release();
  }
}

/** Applies every pending migration; returns the names applied. */
export async function migrateUp(pool: pg.Pool): Promise<string[]> {
  const all = await loadMigrations();
  return withLock(pool, async (client) => {
    const done = new Set((await client.query('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    const applied: string[] = [];
    for (const m of all) {
      if (done.has(m.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.up);
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw new Error(`Migration ${m.version}_${m.name} failed: ${(err as Error).message}`, { cause: err });
      }
      applied.push(`${m.version}_${m.name}`);
    }
    return applied;
  });
}

/** Reverts the last `steps` applied migrations. */
export async function migrateDown(pool: pg.Pool, steps = 1): Promise<string[]> {
  const all = await loadMigrations();
  return withLock(pool, async (client) => {
    const rows = (await client.query('SELECT version FROM schema_migrations ORDER BY version DESC LIMIT $1', [steps]))
      .rows as { version: string }[];
    const reverted: string[] = [];
    for (const { version } of rows) {
      const m = all.find((x) => x.version === version);
      if (!m) throw new Error(`Migration ${version} is applied but its file is missing`);
      await client.query('BEGIN');
      try {
        await client.query(m.down);
        await client.query('DELETE FROM schema_migrations WHERE version = $1', [version]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw new Error(`Reverting ${m.version}_${m.name} failed: ${(err as Error).message}`, { cause: err });
      }
      reverted.push(`${m.version}_${m.name}`);
    }
    return reverted;
  });
}
