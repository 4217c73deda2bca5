import fs from 'node:fs';
import net from 'node:net';
import { chromium, type Browser, type Locator } from 'playwright-core';
import { loadConfig } from '../src/server/config';
import { startServer, type Running } from '../src/server/main';
import { freshDatabase, type TestDatabase } from '../test/support/db';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = fs.existsSync(CHROMIUM);
if (!hasChromium) console.log('skipped: install chromium (apt-get install -y chromium)');

/** Debian's Chromium, headless, with the flags this machine's closed network needs. */
export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });

export type E2E = { server: Running; db: TestDatabase; browser: Browser; close: () => Promise<void> };

/** A free local port, so the public address (printed in QR codes and e-mails) is known before the server starts. */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });

/**
 * The whole system as `npm start` runs it (built web app, jobs, demo data) on a fresh database;
 * `env` adds configuration settings (e.g. `MOTCUA_OIDC_*`); `processEnv` sets variables the server reads
 * from the process at start (e.g. `MOTCUA_SMTP_URL`), removed again on close; `publicUrl: true` serves on
 * a fixed free port whose address is the public URL (links in QR codes and e-mails then open in the tests).
 */
export async function startE2E(opts: { env?: Record<string, string>; processEnv?: Record<string, string>; publicUrl?: boolean } = {}): Promise<E2E> {
  const db = await freshDatabase();
  const port = opts.publicUrl ? await freePort() : 0;
  const config = {
    ...loadConfig({ LOG_LEVEL: 'warn', DEMO: 'on', ...opts.env }),
    port,
    host: '127.0.0.1',
    databaseUrl: db.url,
    ...(opts.publicUrl && { publicUrl: `http://127.0.0.1:${port}` }),
  };
  Object.assign(process.env, opts.processEnv);
  const server = await startServer(config, { awaitDemo: true });
  const browser = await launchBrowser();
  return {
    server,
    db,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
      await db.drop();
      for (const k of Object.keys(opts.processEnv ?? {})) delete process.env[k];
    },
  };
}

/**
 * Waits for a modal's or a dropdown's opening animation to end (antd's zoom, slide and move motions):
 * on a loaded machine a click during it can be lost.
 */
export async function settled(dialog: Locator): Promise<void> {
  await dialog.waitFor();
  for (let i = 0; i < 100 && /ant-zoom|ant-(slide|move)-[a-z]+-(appear|enter)/.test((await dialog.getAttribute('class')) ?? ''); i++) await new Promise((r) => setTimeout(r, 50));
}
