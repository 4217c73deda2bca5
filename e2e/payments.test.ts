import { randomUUID } from 'node:crypto';
import net from 'node:net';
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/server/config';
import { DEMO_PASSWORD } from '../src/server/demo/users';
import { startServer, type Running } from '../src/server/main';
import { citizenWithSession } from '../test/support/citizens';
import { freshDatabase, type TestDatabase } from '../test/support/db';
import { pdfText } from '../test/support/pdf-tools';
import { PEER_SECRET, PEER_TMN, startVnpayPeer, type VnpayPeer } from '../test/support/vnpay-peer';
import { hasChromium, launchBrowser, settled } from './browser';

const CCCD = '089195000321';
const shoot = (page: Page, name: string) => (process.env.SCREENSHOTS ? page.screenshot({ path: `/tmp/payments-${name}.png`, fullPage: true }).then(() => undefined) : Promise.resolve());

/** A free local port, so the public address (printed in the return URL sent to the gateway) is known before the server starts. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });

describe.skipIf(!hasChromium)('fees: a citizen pays online through the gateway peer and gets the receipt; an officer records cash', () => {
  let db: TestDatabase;
  let server: Running;
  let browser: Browser;
  let peer: VnpayPeer;
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];
  const env = { MOTCUA_VNPAY_TMN_CODE: PEER_TMN, MOTCUA_VNPAY_HASH_SECRET: PEER_SECRET, MOTCUA_VNPAY_URL: '', MOTCUA_VNPAY_API_URL: '' };
  let desk: APIRequestContext;

  /** A dossier of "Chứng thực văn bản từ chối nhận di sản" (50.000 đồng) received at the commune desk, and its obligation. */
  async function dossierWithFee(name: string, idNumber: string) {
    const r = await desk.post(`${server.url}/api/dossiers`, {
      headers: { 'idempotency-key': randomUUID() },
      data: { procedureCode: '2.001016', channel: 'direct', applicant: { kind: 'individual', name, idNumber, phone: '0912000321' }, documents: [{ name: 'Văn bản từ chối nhận di sản', copies: '1 bản chính', digitised: false }] },
    });
    expect(r.status(), await r.text()).toBe(201);
    const code = ((await r.json()) as { code: string }).code;
    const o = (await (await desk.get(`${server.url}/api/dossiers/${code}/obligations`)).json()) as { obligations: { id: string; amount: number }[] };
    expect(o.obligations[0]!.amount).toBe(50_000);
    return { code, obligationId: o.obligations[0]!.id };
  }

  async function newPage(): Promise<Page> {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(ctx);
    const page = await ctx.newPage();
    page.on('pageerror', (err) => errors.push(err.message));
    return page;
  }

  beforeAll(async () => {
    peer = await startVnpayPeer();
    env.MOTCUA_VNPAY_URL = peer.payUrl;
    env.MOTCUA_VNPAY_API_URL = peer.apiUrl;
    Object.assign(process.env, env);
    db = await freshDatabase();
    const port = await freePort();
    const config = { ...loadConfig({ LOG_LEVEL: 'warn', DEMO: 'on' }), port, host: '127.0.0.1', databaseUrl: db.url, publicUrl: `http://127.0.0.1:${port}` };
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
  });

  it('the citizen pays online on the gateway page, comes back to the result and opens the signed e-receipt', async () => {
    const { code, obligationId } = await dossierWithFee('Phan Thị Hoa', CCCD);
    const citizen = await citizenWithSession(db, { idNumber: CCCD, fullName: 'Phan Thị Hoa' });
    const page = await newPage();
    await page.context().addCookies([{ name: 'motcua_citizen', value: citizen.cookie.split('=')[1]!, url: server.url }]);
    await page.goto(`${server.url}/thanh-toan/${obligationId}`);
    await page.getByTestId('pay-page').getByText(code).waitFor();
    expect(await page.getByTestId('pay-total').textContent()).toContain('50.000');
    expect(await page.getByTestId('pay-status').textContent()).toBe('Chưa thanh toán');
    await shoot(page, 'pay');

    await page.getByTestId('pay-button').click();
    await page.waitForURL(`${peer.url}/**`);
    expect(await page.getByTestId('peer-amount').textContent()).toContain('50.000');
    expect(await page.getByTestId('peer-info').textContent()).toBe(`Nop phi, le phi ho so ${code}`);
    await shoot(page, 'gateway');
    await page.getByTestId('peer-pay').click();

    await page.waitForURL(`${server.url}/thanh-toan/ket-qua?**`);
    const result = page.getByTestId('pay-result');
    await result.getByText('Thanh toán thành công').waitFor();
    expect(await result.getAttribute('data-status')).toBe('paid');
    expect(await result.textContent()).toContain(`Đã nộp 50.000\u00a0₫ cho hồ sơ ${code}.`);
    expect(peer.ipnLog.at(-1)).toMatchObject({ rspCode: '00' });
    await shoot(page, 'result');

    const receiptButton = page.getByTestId('result-receipt');
    expect(await receiptButton.textContent()).toMatch(/Biên lai BL\d\dE số 0000001/);
    const pdf = page.waitForResponse((r) => /\/api\/payments\/[0-9a-f-]{36}\/receipt\.pdf/.test(r.url()));
    const popup = page.waitForEvent('popup');
    await receiptButton.click();
    const response = await pdf;
    expect(response.headers()['content-type']).toBe('application/pdf');
    // The same bytes, fetched again with the citizen's cookie (the page's copy went into a blob URL).
    const text = await pdfText(await (await page.request.get(response.url())).body());
    for (const s of ['BIÊN LAI THU PHÍ, LỆ PHÍ', code, 'Phan Thị Hoa', 'Năm mươi nghìn đồng', 'Trực tuyến qua VNPAY']) expect(text).toContain(s);
    const tab = await popup;
    await tab.waitForURL(/^blob:/);
    await tab.close();

    // Back on the payment page: paid, with the receipt listed.
    await page.goto(`${server.url}/thanh-toan/${obligationId}`);
    await page.getByTestId('pay-done').getByText('Nghĩa vụ tài chính này đã được thanh toán.').waitFor();
    expect(await page.getByTestId('pay-receipt').count()).toBe(1);
  });

  it('the desk officer records a cash payment on another dossier and the card shows the receipt', async () => {
    const { code } = await dossierWithFee('Đỗ Văn Hùng', '089195000654');
    const page = await newPage();
    await page.goto(`${server.url}/dang-nhap`);
    await page.fill('#username', 'motcua.longxuyen');
    await page.fill('#password', DEMO_PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForURL('**/can-bo');
    await page.goto(`${server.url}/can-bo/ho-so/${code}`);
    const card = page.getByTestId('obligation-card');
    await card.getByTestId('obligation-status').getByText('Chưa thanh toán').waitFor();
    expect(await card.getByTestId('obligation-amount').textContent()).toBe('50.000\u00a0₫');
    await card.getByTestId('record-payment').click();
    const dialog = page.getByRole('dialog');
    await settled(dialog);
    await dialog.getByText('Ghi nhận thu phí, lệ phí tại quầy').waitFor();
    expect(await page.getByTestId('payment-amount').inputValue()).toBe('50.000');
    await shoot(page, 'record');
    const posted = page.waitForResponse((r) => r.request().method() === 'POST' && /\/api\/obligations\/[0-9a-f-]{36}\/payments$/.test(r.url()));
    await dialog.getByRole('button', { name: 'Thu tiền và phát hành biên lai' }).click();
    expect((await posted).status()).toBe(201);
    await card.getByTestId('obligation-status').getByText('Đã thanh toán').waitFor();
    expect(await card.getByTestId('receipt-button').textContent()).toMatch(/Biên lai BL\d\dE số 000000\d/);
    expect(await card.getByTestId('payment-line').first().textContent()).toContain('Tiền mặt');
    // The signed receipt is also among the dossier's issued documents.
    const issued = page.getByTestId('issued-document').and(page.locator('[data-form=receipt_payment]'));
    await issued.getByText('Biên lai').first().waitFor();
    await issued.getByTestId('signed-tag').waitFor();
    await shoot(page, 'recorded');
    expect(errors).toEqual([]);
  });
});
