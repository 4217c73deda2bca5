import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/api/app';
import { seedDemo } from '../../src/server/demo/seed-demo';
import { DEMO_PASSWORD } from '../../src/server/demo/users';
import { noProviders, type PaymentProviders } from '../../src/server/payments/provider';
import { freshDatabase, type TestDatabase } from './db';

export type TestApp = { app: FastifyInstance; db: TestDatabase; close: () => Promise<void> };

/** An API instance on a fresh database with the demo organisation loaded. */
/** `demo`: the demo organisation and accounts (default on); `catalogue`: also the demo procedures (default off). */
export async function testApp(opts: { demo?: boolean; catalogue?: boolean; dossiers?: number; payments?: PaymentProviders } = {}): Promise<TestApp> {
  const db = await freshDatabase();
  if (opts.demo ?? true) await seedDemo(db.store, { catalogue: opts.catalogue ?? false, dossiers: opts.dossiers ?? 0 });
  const app = await buildApp({ store: db.store, databaseKind: 'external', version: 'test', logLevel: 'silent', payments: opts.payments ?? noProviders });
  await app.ready();
  return {
    app,
    db,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}

/** Logs in through the API and returns the session cookie header value. */
export async function loginAs(app: FastifyInstance, username: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'motcua_session');
  if (!cookie) throw new Error('no session cookie');
  return `motcua_session=${cookie.value}`;
}
