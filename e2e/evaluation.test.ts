import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDateOf } from '../src/domain/calendar';
import { yearPeriod } from '../src/domain/evaluation';
import { DEMO_PASSWORD } from '../src/server/demo/users';
import { hasChromium, startE2E, type E2E } from './browser';

// After the loading fade (antd's 0.3 s transition), so the picture shows the settled page.
const shoot = (page: Page, name: string) => (process.env.SCREENSHOTS ? page.waitForTimeout(500).then(() => page.screenshot({ path: `/tmp/evaluation-${name}.png`, fullPage: true })).then(() => undefined) : Promise.resolve());

/**
 * Evaluation of dossier handling (docs/adr/0021-evaluation.md) on the demo data (a year of dossiers,
 * with the applicants' ratings): a unit head opens the evaluation page and sees the unit table with
 * the numbers the API computes, downloads the Excel table and reads a dossier's 9 indicators; a
 * visitor reads the agencies' published scores on the portal, on a phone.
 */
describe.skipIf(!hasChromium)('evaluation: the unit table for a leader, the published scores for everyone', () => {
  let e: E2E;
  const errors: string[] = [];
  const contexts: BrowserContext[] = [];
  const year = Number(localDateOf(new Date()).slice(0, 4));

  async function page(viewport = { width: 1280, height: 900 }): Promise<Page> {
    const ctx = await e.browser.newContext({ viewport, acceptDownloads: true });
    contexts.push(ctx);
    const p = await ctx.newPage();
    p.on('pageerror', (err) => errors.push(err.message));
    return p;
  }

  beforeAll(async () => {
    e = await startE2E();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await e?.close();
  });

  it('a unit head sees their unit’s scores for the year, as the API computes them, and downloads the table', async () => {
    const p = await page();
    await p.goto(`${e.server.url}/dang-nhap`);
    await p.fill('#username', 'truongphong');
    await p.fill('#password', DEMO_PASSWORD);
    await p.click('button[type=submit]');
    await p.getByTestId('workspace-title').waitFor();
    await p.getByRole('link', { name: 'Đánh giá', exact: true }).click();
    await p.getByTestId('evaluation-page').waitFor();
    await p.getByTestId('period-mode').getByText('Năm', { exact: true }).click();
    const table = p.getByTestId('evaluation-units');
    const hctp = table.locator('tr', { hasText: 'Phòng Hành chính tư pháp' });
    await hctp.waitFor();
    const { from, to } = yearPeriod(year);
    const api = await (await p.request.get(`${e.server.url}/api/evaluations?level=unit&from=${from}&to=${to}`)).json();
    expect(api.rows.map((r: { code: string }) => r.code)).toEqual(['HCTP']);
    const row = api.rows[0];
    expect(row.dossiers).toBeGreaterThan(10);
    expect(row.converted).not.toBeNull();
    // The table shows the same dossier count, converted score (decimal comma) and grade — once the year's
    // figures replaced the quarter's (the row is already there from the quarter view).
    const shows = async () => {
      const t = await hctp.innerText();
      return t.includes(`\t${row.dossiers}\t`) && t.includes(`${row.converted.toFixed(1).replace('.', ',')}/18`);
    };
    await expect.poll(shows, { timeout: 15_000 }).toBe(true);
    const text = await hctp.innerText();
    expect(text).toContain(String(row.dossiers));
    expect(text).toContain(`${row.converted.toFixed(1).replace('.', ',')}/18`);
    expect(text).toContain(row.bandName);
    expect(await table.locator('tbody tr.ant-table-row').count()).toBe(1);
    await shoot(p, 'units');

    // Their own result, indicators 1, 2, 3, 4, 7 by name.
    await p.getByRole('tab', { name: 'Của tôi' }).click();
    await p.getByTestId('my-scores').getByText('2. Thời gian của từng đơn vị so với phần được giao').waitFor();
    await shoot(p, 'mine');
    await p.getByRole('tab', { name: 'Đơn vị' }).click();
    await hctp.waitFor();

    const download = p.waitForEvent('download');
    await p.getByTestId('evaluation-excel').click();
    expect((await download).suggestedFilename()).toBe(`danh-gia-giai-quyet-tthc-unit-${from}-${to}.xlsx`);

    // A returned dossier of the unit: its page explains the 9 indicators.
    const [d] = (await e.db.pool.query(`SELECT code FROM dossiers WHERE status = 10 AND receiving_agency_id = (SELECT id FROM agencies WHERE code = '000.00.17.H04') ORDER BY finished_at DESC LIMIT 1`)).rows;
    await p.goto(`${e.server.url}/can-bo/ho-so/${d.code}`);
    const card = p.getByTestId('dossier-evaluation');
    await card.getByTestId('indicator-9').waitFor();
    expect(await card.locator('[data-testid^="indicator-"]').count()).toBe(9);
    expect(await card.getByTestId('indicator-1').innerText()).toMatch(/Tổng thời gian giải quyết/);
    await shoot(p, 'dossier');
  });

  it('the portal lists the agencies with their scores and grades, on a phone', async () => {
    const p = await page({ width: 390, height: 844 });
    await p.goto(`${e.server.url}/danh-gia-chat-luong`);
    await p.getByTestId('public-evaluations').waitFor();
    await p.getByTestId('period-mode').getByText('Năm', { exact: true }).click();
    const table = p.getByTestId('public-evaluation-table');
    // On a phone the table becomes a list: name, grade and converted score first.
    const justice = table.getByTestId('score-item').filter({ hasText: 'Sở Tư pháp tỉnh An Giang' });
    await justice.getByTestId('band').waitFor();
    const { from, to } = yearPeriod(year);
    const api = await (await p.request.get(`${e.server.url}/api/public/evaluations?from=${from}&to=${to}`)).json();
    const row = api.rows.find((r: { code: string }) => r.code === '000.00.17.H04');
    expect(await justice.getByTestId('band').innerText()).toBe(row.bandName);
    expect(await justice.innerText()).toContain(`${row.converted.toFixed(1).replace('.', ',')}/18`);
    expect(await table.getByTestId('score-item').count()).toBe(api.rows.length);
    expect(await p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await shoot(p, 'public-phone');
    expect(errors).toEqual([]);
  });
});
