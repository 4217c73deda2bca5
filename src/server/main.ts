import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './api/app';
import type { Config } from './config';
import { openDatabase, type Database } from './db/connection';
import { migrateUp } from './db/migrate';
import { seedDemo } from './demo/seed-demo';
import { seedDemoDossiers } from './demo/seed-dossiers';
import { seedDemoPakn } from './demo/seed-pakn';
import { countDossiers } from './storage/dossier-bulk';
import { DEMO_PASSWORD, DEMO_USERS } from './demo/users';
import { startJobs, type Jobs } from './jobs/queue';
import { documentHandlers } from './jobs/document-workers';
import { paymentHandlers } from './jobs/payment-workers';
import { PLAN_QUEUES, planHandlers } from './jobs/plan-workers';
import { PAKN_QUEUES, paknHandlers } from './jobs/pakn-workers';
import { paymentsFromEnv } from './payments/from-env';
import { NOTIFICATION_QUEUES, notificationHandlers } from './jobs/notification-workers';
import { notificationsFromEnv } from './notifications/from-env';
import { blobStoreFromEnv } from './documents/blob-store-from-env';
import { createOcr, type Ocr } from './documents/ocr';
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
export async function startServer(config: Config, opts: { webDir?: string; awaitDemo?: boolean } = {}): Promise<Running> {
  const started = Date.now();
  const phases: Record<string, number> = {};
  const mark = (name: string) => (phases[name] = Date.now() - started);
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  mark('database');
  const store = createStore(db.pool);
  let jobs: Jobs | undefined;
  let ocr: Ocr | null = null;
  try {
    await migrateUp(db.pool);
    mark('migrations');
    const mode = await getSetting<string>(store, 'mode');
    const seed = config.demo === 'on' || (config.demo === 'auto' && mode === undefined);
    if (seed) await seedDemo(store, { dossiers: 0 });
    mark('demo');
    const demo = (await getSetting<string>(store, 'mode')) === 'demo';

    const blobs = blobStoreFromEnv(process.env, path.join(config.dataDir, 'files'));
    const channels = notificationsFromEnv(process.env);
    const publicUrl = config.publicUrl ?? `http://localhost:${config.port}`;
    const payments = paymentsFromEnv(process.env);
    const app = await buildApp({
      blobs,
      publicUrl,
      store,
      databaseKind: db.kind,
      version: PACKAGE_VERSION,
      logLevel: config.logLevel,
      bodyLimitBytes: config.bodyLimitBytes,
      sessionTtlHours: config.sessionTtlHours,
      secureCookies: config.publicUrl?.startsWith('https://') ?? false,
      webDir: opts.webDir ?? WEB_DIST_DIR,
      filesDir: path.join(config.dataDir, 'files'),
      chatbotSecret: process.env.MOTCUA_CHATBOT_SECRET?.trim() || undefined,
      payments,
      oidc: config.oidc,
      oidcRedirectBase: config.publicUrl,
    });
    mark('app');
    if (config.jobs) {
      ocr = createOcr();
      if (!ocr) app.log.warn('OCR: không tìm thấy dữ liệu tiếng Việt (tesseract-ocr-vie); bản quét sẽ không được nhận dạng chữ');
      if (!channels.email) app.log.info('Thư điện tử: chưa cấu hình MOTCUA_SMTP_URL; thông báo chỉ được ghi nhật ký');
      if (!channels.sms) app.log.info('SMS: chưa cấu hình MOTCUA_SMS_URL; thông báo chỉ được ghi nhật ký');
      jobs = await startJobs({
        url: db.url,
        store,
        log: app.log,
        handlers: { ...documentHandlers({ store, blobs, publicUrl, ocr }), ...notificationHandlers({ store, publicUrl, ...channels, log: app.log }), ...paymentHandlers({ store, blobs, publicUrl, providers: payments, log: app.log }), ...paknHandlers({ store, publicUrl, ...channels, log: app.log }), ...planHandlers({ store, publicUrl, ...channels, log: app.log }) },
        queues: { ...NOTIFICATION_QUEUES, ...PAKN_QUEUES, ...PLAN_QUEUES },
      });
    }
    mark('jobs');
    await app.listen({ port: config.port, host: config.host });
    const addr = app.server.address();
    const port = typeof addr === 'object' && addr ? addr.port : config.port;
    const url = config.publicUrl ?? `http://localhost:${port}`;
    app.log.info({ ms: Date.now() - started, phases, database: db.kind }, 'motcua ready');
    // Demo dossiers (a year of history) are written after the server is up, so the first start stays
    // quick; a start interrupted before they land writes them on the next start.
    const demoDossiers = (demo && (await countDossiers(store)) === 0 ? seedDemoDossiers(store, { count: 2000 }) : Promise.resolve(0)).then(async (n) => {
      // Demo feedback (PAKN) after the dossiers, so complaints about behaviour can name one of them.
      if (demo) await seedDemoPakn(store);
      return n;
    });
    demoDossiers.then(
      (n) => n > 0 && app.log.info({ dossiers: n }, 'demo dossiers loaded'),
      (err: unknown) => app.log.error({ err }, 'demo dossiers failed'),
    );
    if (opts.awaitDemo) await demoDossiers.catch(() => 0);

    let closing: Promise<void> | undefined;
    const close = () =>
      (closing ??= (async () => {
        await app.close();
        await demoDossiers.catch(() => 0);
        await jobs?.stop();
        channels.email?.close();
        await ocr?.close();
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
