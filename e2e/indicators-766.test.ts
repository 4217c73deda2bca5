import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDateOf } from '../src/domain/calendar';
import { DEMO_PASSWORD } from '../src/server/demo/users';
import { buildSyncRecord } from '../test/support/sync-records';
import { hasChromium, startE2E, type E2E } from './browser';

const DAY = 86_400_000;
const stamp = (d: Date, time: string) => `${localDateOf(d).replaceAll('-', '')}${time}`;

/**
 * The QĐ 766 dashboard (ADR 0026) on the demo data plus one imported late dossier of Sở Tư pháp
 * (received 20 days ago, due 5 days later, processed a day after that): the province inspector opens
 * /quan-tri/chi-so-766, picks the year, clicks indicator 2.1 and follows a dossier that lost points
 * to its page; a visitor reads the public scorecard.
 */
describe.skipIf(!hasChromium)('indicators 766: a leader drills into a lost point', () => {
  let e: E2E;
  const errors: string[] = [];
  const contexts: BrowserContext[] = [];
  const received = new Date(Date.now() - 20 * DAY);
  const year = Number(localDateOf(received).slice(0, 4));
  const code = `000.00.17.H04-${localDateOf(received).slice(2).replaceAll('-', '')}-9001`;

  async function page(viewport = { width: 1366, height: 900 }): Promise<Page> {
    const ctx = await e.browser.newContext({ viewport });
    contexts.push(ctx);
    const p = await ctx.newPage();
    p.on('pageerror', (err) => errors.push(err.message));
    return p;
  }
  async function login(p: Page, username: string) {
    await p.goto(`${e.server.url}/dang-nhap`);
    await p.fill('#username', username);
    await p.fill('#password', DEMO_PASSWORD);
    await p.click('button[type=submit]');
    await p.waitForURL((u) => !u.pathname.startsWith('/dang-nhap'));
  }

  beforeAll(async () => {
    e = await startE2E();
    const admin = await page();
    await login(admin, 'quantri');
    const late = buildSyncRecord({
      MaHoSo: code,
      NgayNop: stamp(received, '080000'),
      NgayTiepNhan: stamp(received, '080000'),
      NgayHenTra: stamp(new Date(received.getTime() + 5 * DAY), '170000'),
      TienTrinh: [
        { TrangThai: 2, ThoiDiem: stamp(received, '080000') },
        { TrangThai: 4, ThoiDiem: stamp(received, '090000') },
        { TrangThai: 9, ThoiDiem: stamp(new Date(received.getTime() + 6 * DAY), '090000') },
        { TrangThai: 10, ThoiDiem: stamp(new Date(received.getTime() + 6 * DAY), '100000') },
      ],
    });
    const r = await admin.request.post(`${e.server.url}/api/admin/dossiers/import`, { data: { dossiers: [late] } });
    expect(r.status(), await r.text()).toBe(200);
    expect((await r.json()).imported).toBe(1);
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await e?.close();
  });

  it('the inspector sees the scorecard the API computes, drills into 2.1 and opens a late dossier', async () => {
    const p = await page();
    await login(p, 'thanhtra');
    await p.goto(`${e.server.url}/quan-tri/chi-so-766`);
    await p.getByTestId('indicators-title').waitFor();
    await p.getByTestId('period-mode').getByText('Năm', { exact: true }).click();
    await p.getByTestId('indicator-2.1').waitFor();
    const api = await (await p.request.get(`${e.server.url}/api/indicators/766?scope=000.00.00.H04&from=${year}-01-01&to=${year}-12-31`)).json();
    const i21 = api.groups[1].indicators.find((i: { id: string }) => i.id === '2.1');
    expect(i21.denominator).toBeGreaterThan(i21.numerator);
    await expect.poll(() => p.getByTestId('indicator-2.1').innerText()).toContain(`${i21.numerator} / ${i21.denominator}`);
    // Groups without data show the tag with the reason rather than a number.
    expect(await p.getByTestId('no-data').count()).toBeGreaterThan(0);

    await p.getByTestId('indicator-2.1').click();
    const drill = p.getByTestId('drill-down');
    await drill.locator('tbody a').first().waitFor();
    const items = await (await p.request.get(`${e.server.url}/api/indicators/766/2.1/items?scope=000.00.00.H04&from=${year}-01-01&to=${year}-12-31&size=100`)).json();
    expect(items.total).toBe(i21.denominator - i21.numerator);
    const all = [...items.items];
    for (let n = 2; all.length < items.total; n++) all.push(...(await (await p.request.get(`${e.server.url}/api/indicators/766/2.1/items?scope=000.00.00.H04&from=${year}-01-01&to=${year}-12-31&size=100&page=${n}`)).json()).items);
    expect(all.map((x: { code: string }) => x.code)).toContain(code);

    const first = drill.locator('tbody a').first();
    const firstCode = await first.innerText();
    await first.click();
    await p.waitForURL(`**/can-bo/ho-so/${firstCode}`);
    await p.getByText(firstCode).first().waitFor();
    expect(errors).toEqual([]);
  });

  it('an agency head opens the same dashboard in the workspace, scoped to their agency', async () => {
    const p = await page();
    await login(p, 'giamdoc');
    await p.getByRole('link', { name: 'Chỉ số QĐ 766' }).first().click();
    await p.getByTestId('indicators-title').waitFor();
    await p.getByTestId('period-mode').getByText('Năm', { exact: true }).click();
    const api = await (await p.request.get(`${e.server.url}/api/indicators/766?scope=000.00.17.H04&from=${year}-01-01&to=${year}-12-31`)).json();
    const i21 = api.groups[1].indicators.find((i: { id: string }) => i.id === '2.1');
    await expect.poll(() => p.getByTestId('indicator-2.1').innerText()).toContain(`${i21.numerator} / ${i21.denominator}`);
    await p.getByTestId('indicator-2.1').click();
    await p.getByTestId('drill-down').locator('tbody a').first().waitFor();
    // Another agency's figures are not theirs to read.
    expect((await p.request.get(`${e.server.url}/api/indicators/766?scope=000.00.14.H04&from=${year}-01-01&to=${year}-12-31`)).status()).toBe(403);
    expect(errors).toEqual([]);
  });

  it('a visitor reads the public scorecard without drill-down', async () => {
    const p = await page({ width: 390, height: 844 });
    await p.goto(`${e.server.url}/chi-so-766`);
    await p.getByTestId('indicator-2.1').waitFor();
    expect(await p.getByTestId('drill-down').count()).toBe(0);
    const denied = await p.request.get(`${e.server.url}/api/indicators/766/2.1/items?scope=000.00.00.H04&from=${year}-01-01&to=${year}-12-31`);
    expect(denied.status()).toBe(401);
    expect(errors).toEqual([]);
  });
});
