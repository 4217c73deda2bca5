import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/server/config';
import { DEMO_PASSWORD } from '../src/server/demo/users';
import { startServer, type Running } from '../src/server/main';
import { citizenWithSession } from '../test/support/citizens';
import { freshDatabase, type TestDatabase } from '../test/support/db';
import { PEER_SECRET, PEER_TMN, startVnpayPeer, type VnpayPeer } from '../test/support/vnpay-peer';
import { hasChromium, launchBrowser, settled } from './browser';

const CCCD = '089195000963';
const shoot = (page: Page, name: string) => (process.env.SCREENSHOTS ? page.screenshot({ path: `/tmp/payments-admin-${name}.png`, fullPage: true }).then(() => undefined) : Promise.resolve());
/** Today on the Vietnamese wall clock. */
const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

describe.skipIf(!hasChromium)('fee administration: an administrator edits a fee schedule; a leader reconciles a statement', () => {
  let db: TestDatabase;
  let server: Running;
  let browser: Browser;
  let peer: VnpayPeer;
  let desk: APIRequestContext;
  const contexts: BrowserContext[] = [];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-e2e-'));
  const errors: string[] = [];
  const env = { MOTCUA_VNPAY_TMN_CODE: PEER_TMN, MOTCUA_VNPAY_HASH_SECRET: PEER_SECRET, MOTCUA_VNPAY_URL: '', MOTCUA_VNPAY_API_URL: '' };

  async function loggedIn(username: string, home: string): Promise<Page> {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(ctx);
    const page = await ctx.newPage();
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(`${server.url}/dang-nhap`);
    await page.fill('#username', username);
    await page.fill('#password', DEMO_PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForURL(`**${home}`);
    return page;
  }

  beforeAll(async () => {
    peer = await startVnpayPeer();
    env.MOTCUA_VNPAY_URL = peer.payUrl;
    env.MOTCUA_VNPAY_API_URL = peer.apiUrl;
    Object.assign(process.env, env);
    db = await freshDatabase();
    const config = { ...loadConfig({ LOG_LEVEL: 'warn', DEMO: 'on' }), port: 0, host: '127.0.0.1', databaseUrl: db.url };
    server = await startServer(config, { awaitDemo: true });
    peer.ipnUrl = `${server.url}/api/payments/vnpay/ipn`;
    browser = await launchBrowser();
    const ctx = await browser.newContext();
    contexts.push(ctx);
    desk = ctx.request;
    expect((await desk.post(`${server.url}/api/auth/login`, { data: { username: 'motcua.longxuyen', password: DEMO_PASSWORD } })).status()).toBe(200);
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
    await db?.drop();
    await peer?.close();
    for (const k of Object.keys(env)) delete process.env[k];
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('the administrator sees the server refuse a negative amount next to the field, then saves the schedule', async () => {
    const page = await loggedIn('quantri', '/quan-tri');
    await page.getByRole('menuitem', { name: 'Biểu phí, lệ phí' }).click();
    await page.waitForURL('**/quan-tri/bieu-phi');
    await page.getByTestId('fee-search').locator('input').fill('2.001016');
    await page.getByTestId('fee-search').locator('input').press('Enter');
    const row = page.getByTestId('fee-row-2.001016');
    await row.getByText('Theo danh mục').waitFor();
    expect(await row.getByTestId('fee-amount-direct').textContent()).toBe('Trực tiếp: 50.000\u00a0₫');
    await row.getByTestId('fee-edit-2.001016').click();

    await page.getByTestId('fee-admin-title').getByText('Chứng thực văn bản từ chối nhận di sản').waitFor();
    const item = page.getByTestId('fee-item-0');
    expect(await page.getByTestId('fee-item-amount-0').inputValue()).toBe('50.000');
    // The catalogue says "Phí, lệ phí"; this item is a state fee.
    await page.getByTestId('fee-item-kind-0').click();
    const options = page.locator('.ant-select-dropdown:visible');
    await settled(options);
    await options.getByText('Lệ phí', { exact: true }).click();
    await page.getByTestId('fee-item-amount-0').fill('-1000');
    const refused = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith('/api/procedures/2.001016/fee-schedule'));
    await page.getByTestId('fee-save').click();
    expect((await refused).status()).toBe(400);
    await item.locator('.ant-form-item-explain-error').getByText('Số tiền không được âm').waitFor();
    await page.getByTestId('fee-problems').getByText('Biểu phí chưa hợp lệ; xem các ô được đánh dấu.').waitFor();
    await shoot(page, 'refused');

    await page.getByTestId('fee-item-amount-0').fill('60000');
    const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith('/api/procedures/2.001016/fee-schedule'));
    await page.getByTestId('fee-save').click();
    expect((await saved).status()).toBe(200);
    await page.getByText('Đã lưu biểu phí').waitFor();
    await page.getByTestId('fee-configured').getByText('Đã cấu hình (lần sửa 1)').waitFor();
    // The message leaves with an animation; it must go.
    await item.locator('.ant-form-item-explain-error').waitFor({ state: 'detached' });
    expect(await page.getByTestId('fee-preview-online').textContent()).toBe('Trực tuyến: 60.000\u00a0₫');
    await shoot(page, 'saved');
    // The schedule now applies: a new dossier owes the new amount, and the item is a "Lệ phí".
    const schedule = (await (await page.request.get(`${server.url}/api/procedures/2.001016/fee-schedule`)).json()) as { schedule: { items: { kind: string; amount: number }[] } };
    expect(schedule.schedule.items[0]).toMatchObject({ kind: 'le_phi', amount: 60_000 });
  });

  it('the leader uploads the gateway statement and sees one payment matched and one mismatch', async () => {
    // A citizen pays one dossier online through the gateway peer.
    const r = await desk.post(`${server.url}/api/dossiers`, {
      headers: { 'idempotency-key': randomUUID() },
      data: { procedureCode: '2.001016', channel: 'direct', applicant: { kind: 'individual', name: 'Đinh Văn Nam', idNumber: CCCD, phone: '0912000963' }, documents: [{ name: 'Văn bản từ chối nhận di sản', copies: '1 bản chính', digitised: false }] },
    });
    expect(r.status(), await r.text()).toBe(201);
    const code = ((await r.json()) as { code: string }).code;
    const o = ((await (await desk.get(`${server.url}/api/dossiers/${code}/obligations`)).json()) as { obligations: { id: string; amount: number }[] }).obligations[0]!;
    expect(o.amount).toBe(60_000);
    const citizen = await citizenWithSession(db, { idNumber: CCCD, fullName: 'Đinh Văn Nam' });
    const started = await fetch(`${server.url}/api/payments/${o.id}/start`, { method: 'POST', headers: { cookie: citizen.cookie, 'content-type': 'application/json' }, body: JSON.stringify({ method: 'vnpay' }) });
    expect(started.status).toBe(200);
    await peer.pay(((await started.json()) as { redirectUrl: string }).redirectUrl);
    const file = path.join(tmp, `vnpay-${today()}.csv`);
    fs.writeFileSync(file, peer.statement({ extra: [{ txnRef: 'MC261122KHONGRO', amount: 45_000 }] }));

    const page = await loggedIn('giamdoc', '/can-bo');
    await page.getByRole('menuitem', { name: 'Đối soát thanh toán' }).click();
    await page.waitForURL('**/can-bo/doi-soat');
    await page.getByTestId('reconcile-provider').click();
    const options = page.locator('.ant-select-dropdown:visible');
    await settled(options);
    await options.getByText('Cổng thanh toán VNPAY').click();
    const date = page.getByTestId('reconcile-page').locator('.ant-picker input');
    await date.click();
    await date.press('ControlOrMeta+a');
    await date.pressSequentially(today().split('-').reverse().join('/'));
    await date.press('Enter');
    await page.getByTestId('reconcile-page').locator('input[type=file]').setInputFiles(file);
    const posted = page.waitForResponse((x) => x.request().method() === 'POST' && x.url().endsWith('/api/payments/statements'));
    await page.getByTestId('reconcile-submit').click();
    const answer = await posted;
    expect(answer.status(), await answer.text()).toBe(200);
    expect(((await answer.json()) as { date: string }).date).toBe(today());

    const result = page.getByTestId('reconcile-result');
    await result.waitFor();
    expect(await result.getByTestId('reconcile-matched').locator('.ant-statistic-content-value').textContent()).toBe('1');
    expect(await result.getByTestId('reconcile-mismatched').locator('.ant-statistic-content-value').textContent()).toBe('1');
    const rows = result.getByTestId('mismatch-row');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-kind')).toBe('missing_ours');
    expect(await rows.first().textContent()).toContain('MC261122KHONGRO');
    expect(await rows.first().textContent()).toContain('Nhà cung cấp đã thu, hệ thống chưa ghi nhận');
    await shoot(page, 'reconciled');

    const xlsx = page.waitForResponse((x) => x.url().includes('/mismatches.xlsx'));
    const download = page.waitForEvent('download');
    await result.getByTestId('reconcile-excel').click();
    expect((await xlsx).status()).toBe(200);
    expect((await download).suggestedFilename()).toBe(`chenh-lech-doi-soat-vnpay-${today()}.xlsx`);
    expect(errors).toEqual([]);
  });
});
