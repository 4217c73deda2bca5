import type { FastifyInstance } from 'fastify';
import { buildApp } from './api/app';
import type { Config } from './config';
import { openDatabase, type Database } from './db/connection';
import { migrateUp } from './db/migrate';
import { seedDemo } from './demo/seed-demo';
import { DEMO_PASSWORD, DEMO_USERS } from './demo/users';
import { startJobs, type Jobs } from './jobs/queue';
import { createStore } from './storage/database';
import { getSetting } from './storage/settings';
import { PACKAGE_VERSION, WEB_DIST_DIR } from './version';

export type Running = {
  app: FastifyInstance;
  db: Database;
  url: string;
  demo: boolean;
  close: () => Promise<void>;
};

/** Starts everything: database (embedded or external), migrations, demo data, jobs, HTTP. */
export async function startServer(config: Config, opts: { webDir?: string } = {}): Promise<Running> {
  const started = Date.now();
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const store = createStore(db.pool);
  let jobs: Jobs | undefined;
  try {
    await migrateUp(db.pool);
    const mode = await getSetting<string>(store, 'mode');
    const seed = config.demo === 'on' || (config.demo === 'auto' && mode === undefined);
    if (seed) await seedDemo(store);
    const demo = (await getSetting<string>(store, 'mode')) === 'demo';

    const app = await buildApp({
      store,
      databaseKind: db.kind,
      version: PACKAGE_VERSION,
      logLevel: config.logLevel,
      bodyLimitBytes: config.bodyLimitBytes,
      sessionTtlHours: config.sessionTtlHours,
      secureCookies: config.publicUrl?.startsWith('https://') ?? false,
      webDir: opts.webDir ?? WEB_DIST_DIR,
    });
    if (config.jobs) jobs = await startJobs({ url: db.url, store, log: app.log });
    await app.listen({ port: config.port, host: config.host });
    const addr = app.server.address();
    const port = typeof addr === 'object' && addr ? addr.port : config.port;
    const url = config.publicUrl ?? `http://localhost:${port}`;
    app.log.info({ ms: Date.now() - started, database: db.kind }, 'motcua ready');

    let closing: Promise<void> | undefined;
    const close = () =>
      (closing ??= (async () => {
        await app.close();
        await jobs?.stop();
        await db.close();
      })());
    return { app, db, url, demo, close };
  } catch (err) {
    await jobs?.stop().catch(() => {});
    await db.close().catch(() => {});
    throw err;
  }
}

export function demoBanner(url: string): string {
  const rows = DEMO_USERS.map((u) => `  ${u.username.padEnd(18)} ${u.role.padEnd(12)} ${u.description}`);
  return [
    `motcua đang chạy tại ${url}`,
    '',
    `Tài khoản demo (mật khẩu chung: ${DEMO_PASSWORD}) — chỉ có trong cơ sở dữ liệu demo:`,
    ...rows,
    '',
    `Cổng công dân: ${url}/   Cán bộ: ${url}/can-bo   Quản trị: ${url}/quan-tri   API: ${url}/api/docs`,
  ].join('\n');
}
