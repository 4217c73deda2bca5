import pg from 'pg';
import { startEmbedded, type EmbeddedCluster } from './embedded';

/**
 * One PostgreSQL connection pool for the process: the server at DATABASE_URL when set,
 * otherwise the embedded cluster in DATA_DIR (database `motcua`, created on first start).
 */
export type DatabaseKind = 'embedded' | 'external';

export type Database = {
  kind: DatabaseKind;
  pool: pg.Pool;
  url: string;
  close: () => Promise<void>;
};

// timestamptz and date come back as strings we control, not JS Dates with local offsets.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

export function createPool(url: string, max = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, idleTimeoutMillis: 30_000 });
  // An idle client losing its server (restart, network) must not crash the process.
  pool.on('error', () => {});
  return pool;
}

export async function openDatabase(opts: {
  databaseUrl: string | undefined;
  dataDir: string;
  log?: (msg: string) => void;
  poolSize?: number;
}): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = createPool(opts.databaseUrl, opts.poolSize);
    return { kind: 'external', pool, url: opts.databaseUrl, close: () => pool.end() };
  }
  const cluster: EmbeddedCluster = await startEmbedded(opts.dataDir, opts.log);
  await ensureDatabase(cluster.url('postgres'), 'motcua');
  const url = cluster.url('motcua');
  const pool = createPool(url, opts.poolSize);
  return {
    kind: 'embedded',
    pool,
    url,
    close: async () => {
      await pool.end();
      await cluster.stop();
    },
  };
}
