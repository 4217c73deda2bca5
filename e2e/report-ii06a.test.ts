import ExcelJS from 'exceljs';
import fs from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/server/demo/users';
import { hasChromium, startE2E, type E2E } from './browser';

type Totals = { received: { total: number }; resolved: { total: number; late: number }; pending: { total: number; overdue: number } };

describe.skipIf(!hasChromium)('periodic report II.06a: a leader opens the report page, sees the totals and downloads Excel', () => {
  let e: E2E;
  let ctx: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    e = await startE2E();
    ctx = await e.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page = await ctx.newPage();
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(`${e.server.url}/dang-nhap`);
    await page.fill('#username', 'giamdoc');
    await page.fill('#password', DEMO_PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForURL('**/can-bo');
  }, 240_000);
  afterAll(async () => {
    await ctx?.close();
    await e?.close();
  });

  it('shows the year report with the totals of the API and downloads the same numbers in Excel', async () => {
    await page.goto(`${e.server.url}/can-bo/bao-cao`);
    const card = page.getByTestId('reports-page');
    await card.waitFor();
    // Period kind: year (the default cut-off gives 15/12 of the previous year – 14/12).
    await card.locator('.ant-select').nth(1).click();
    await page.locator('.ant-select-item-option[title="Năm"]').click();
    const year = new Date().getFullYear();
    await expect.poll(() => page.getByTestId('report-period').textContent()).toContain(`Từ ngày 15/12/${year - 1} đến ngày 14/12/${year}`);
    await page.getByTestId('report-show').click();
    const totalCell = page.getByTestId('ii06a-total-3');
    await totalCell.waitFor();

    const api = await ctx.request.get(`${e.server.url}/api/reports/ii06a?from=${year - 1}-12-15&to=${year}-12-14`);
    expect(api.status()).toBe(200);
    const totals = ((await api.json()) as { totals: Totals }).totals;
    expect(totals.received.total).toBeGreaterThan(0);
    expect(totals.received.total).toBe(totals.resolved.total + totals.pending.total);
    expect(Number(await totalCell.textContent())).toBe(totals.received.total);
    expect(Number(await page.getByTestId('ii06a-total-7').textContent())).toBe(totals.resolved.total);
    expect(Number(await page.getByTestId('ii06a-total-13').textContent())).toBe(totals.pending.overdue);

    const download = page.waitForEvent('download');
    await page.getByTestId('report-excel').click();
    const file = await (await download).path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await fs.readFile(file)) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    let totalsRow: ExcelJS.Row | undefined;
    ws.eachRow((row) => {
      if (row.getCell(2).value === 'Tổng cộng') totalsRow = row;
    });
    expect(totalsRow?.getCell(3).value).toBe(totals.received.total);
    expect(totalsRow?.getCell(10).value).toBe(totals.resolved.late);

    // The late-dossier tab lists what the API lists.
    const late = (await (await ctx.request.get(`${e.server.url}/api/reports/late-dossiers?from=${year - 1}-12-15&to=${year}-12-14`)).json()) as { rows: { code: string }[] };
    await page.getByRole('tab', { name: 'Hồ sơ trễ hạn' }).click();
    if (late.rows.length > 0) await page.getByRole('cell', { name: late.rows[0]!.code, exact: true }).waitFor();
    expect(errors).toEqual([]);
  }, 120_000);
});
