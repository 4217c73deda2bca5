import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/server/demo/users';
import { hasChromium, settled, startE2E, type E2E } from './browser';

/** Set SCREENSHOTS=1 to keep pictures of the pages in /tmp. */
const shoot = (page: Page, name: string) => (process.env.SCREENSHOTS ? page.screenshot({ path: `/tmp/plans-${name}.png`, fullPage: true }).then(() => undefined) : Promise.resolve());

const REVIEW = 'Rà soát quy trình nội bộ lĩnh vực chứng thực (kiểm thử E2E)';
const QUARTER = 'Báo cáo kết quả kiểm soát TTHC quý III năm 2026 (kiểm thử E2E)';
/** A 2026 plan of Sở Tư pháp shaped like the seeds, with one row the importer cannot read. */
const PLAN = [
  'Số: 88/KH-STP',
  '',
  'An Giang, ngày 05 tháng 01 năm 2026',
  '',
  'KẾ HOẠCH',
  '',
  'Kiểm soát thủ tục hành chính năm 2026 (kiểm thử E2E)',
  '',
  'PHỤ LỤC',
  '(Kèm theo Kế hoạch số 88/KH-STP ngày 05/01/2026 của Sở Tư pháp)',
  '',
  'STT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\tKết quả',
  `1\t${REVIEW}\tVăn phòng Sở\tPhòng Bổ trợ tư pháp\tTrước ngày 15/12/2026\tBáo cáo kết quả rà soát`,
  `2\t${QUARTER}\tPhòng Hành chính tư pháp\tVăn phòng Sở\tTrước ngày 15/10/2026\tBáo cáo`,
  'ghi chú lạc\t\t\t\t\t',
].join('\n');

describe.skipIf(!hasChromium)('journey: a control officer imports a plan, assigns tasks, a unit reports progress, the leader sees the board', () => {
  let e: E2E;
  const errors: string[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-plans-'));

  async function login(username: string, home: string): Promise<Page> {
    const ctx = await e.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(`${e.server.url}/dang-nhap`);
    await page.fill('#username', username);
    await page.fill('#password', DEMO_PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForURL(`**${home}`);
    return page;
  }
  const rowWith = (table: Locator, text: string) => table.locator('tr', { hasText: text });
  async function chooseYear(page: Page) {
    await page.locator('[data-testid=board-year] input, input[data-testid=board-year]').fill('2026');
    await page.keyboard.press('Tab');
  }

  beforeAll(async () => {
    e = await startE2E();
  });
  afterAll(() => e?.close());

  it('the control officer imports the plan and sees the row it could not read', async () => {
    const officer = await login('kiemsoat', '/quan-tri');
    await officer.goto(`${e.server.url}/quan-tri/ke-hoach`);
    // The five seed plans of the demo are listed.
    await officer.getByTestId('plan-list').locator('tr', { hasText: '19/KH-STP' }).waitFor();
    await officer.getByTestId('plan-import-open-modal').click();
    const modal = officer.locator('.ant-modal');
    await settled(modal);
    await modal.getByTestId('plan-import-agency').click();
    await officer.keyboard.type('Sở Tư pháp');
    await officer.keyboard.press('Enter');
    const file = path.join(dir, 'ke-hoach-2026.txt');
    fs.writeFileSync(file, PLAN);
    await modal.locator('input[type=file]').setInputFiles(file);
    await modal.getByTestId('plan-import-result').waitFor();
    expect(await modal.getByTestId('plan-import-tasks').textContent()).toContain('2');
    expect(await modal.getByTestId('plan-import-unrecognised').textContent()).toContain('ghi chú lạc');
    await shoot(officer, 'import');
    await modal.getByTestId('plan-import-open').click();
    await officer.getByTestId('plan-title').waitFor();
    expect(await officer.getByTestId('plan-title').textContent()).toContain('kiểm thử E2E');

    // Assign the review to the Hành chính tư pháp unit as well (the file named the office).
    const tasks = officer.getByTestId('plan-tasks');
    await rowWith(tasks, REVIEW).getByTestId('task-assign').click();
    const assign = officer.locator('.ant-modal', { hasText: REVIEW });
    await settled(assign);
    const lead = assign.getByTestId('assign-lead');
    for (let attempt = 0; attempt < 4 && !((await lead.textContent()) ?? '').includes('Phòng Hành chính tư pháp'); attempt++) {
      await lead.click();
      await officer.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Phòng Hành chính tư pháp' }).first().click({ timeout: 5000 }).catch(() => undefined);
      await officer.waitForTimeout(300);
    }
    expect(await lead.textContent()).toContain('Phòng Hành chính tư pháp');
    await assign.locator('.ant-modal-title').click();
    await assign.getByTestId('assign-save').click();
    await expect.poll(async () => rowWith(tasks, REVIEW).getByTestId('task-lead').textContent(), { timeout: 10_000 }).toContain('Phòng Hành chính tư pháp');

    const [download] = await Promise.all([officer.waitForEvent('download'), officer.getByTestId('plan-export').click()]);
    expect(download.suggestedFilename()).toBe('ke-hoach-88-kh-stp.docx');
    await shoot(officer, 'plan');
    const rows = await e.db.pool.query(`SELECT u.code FROM plan_task_units tu JOIN units u ON u.id = tu.unit_id JOIN plan_tasks t ON t.id = tu.task_id WHERE t.content = $1 AND tu.role = 'lead' ORDER BY u.code`, [REVIEW]);
    expect(rows.rows.map((r) => r.code)).toEqual(['HCTP', 'VP']);
  });

  it('the unit head reports progress with a percentage and evidence', async () => {
    const head = await login('truongphong', '/can-bo');
    await head.goto(`${e.server.url}/can-bo/ke-hoach`);
    await chooseYear(head);
    const unit = head.locator('[data-testid=board-unit][data-unit=HCTP]');
    await rowWith(unit.getByTestId('board-lead'), REVIEW).getByTestId('board-open').click();
    const modal = head.locator('.ant-modal', { hasText: REVIEW });
    await settled(modal);
    await modal.locator('[data-testid=progress-percent] input, input[data-testid=progress-percent]').fill('50');
    await modal.getByTestId('progress-note').fill('Đã rà soát 6/12 quy trình');
    const evidence = path.join(dir, 'bien-ban.pdf');
    fs.writeFileSync(evidence, '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    await modal.locator('input[type=file]').setInputFiles(evidence);
    await modal.getByTestId('progress-file').waitFor();
    await modal.getByTestId('progress-submit').click();
    await modal.waitFor({ state: 'hidden' });
    await expect.poll(async () => rowWith(unit.getByTestId('board-lead'), REVIEW).textContent(), { timeout: 10_000 }).toContain('50%');
    await shoot(head, 'report');
    const r = await e.db.pool.query(`SELECT r.percent, r.status, (SELECT count(*)::int FROM plan_report_files f WHERE f.report_id = r.id) AS files FROM plan_progress_reports r JOIN plan_task_instances i ON i.id = r.instance_id JOIN plan_tasks t ON t.id = i.task_id WHERE t.content = $1`, [REVIEW]);
    expect(r.rows).toEqual([{ percent: 50, status: 'in_progress', files: 1 }]);
  });

  it('the agency head sees every unit on the board and the overdue list', async () => {
    const director = await login('giamdoc', '/can-bo');
    await director.goto(`${e.server.url}/can-bo/ke-hoach`);
    await chooseYear(director);
    const hctp = director.locator('[data-testid=board-unit][data-unit=HCTP]');
    await expect.poll(async () => rowWith(hctp.getByTestId('board-lead'), REVIEW).textContent(), { timeout: 10_000 }).toContain('50%');
    expect(await director.locator('[data-testid=board-unit]').count()).toBeGreaterThanOrEqual(2);
    // The leader reads, the unit reports: the button opens the details.
    expect(await rowWith(hctp.getByTestId('board-lead'), REVIEW).getByTestId('board-open').textContent()).toBe('Chi tiết');
    await director.getByTestId('tab-overdue').click();
    const overdue = director.getByTestId('overdue-list');
    await rowWith(overdue, QUARTER).waitFor();
    expect(await rowWith(overdue, QUARTER).textContent()).toContain('Trễ');
    await shoot(director, 'overdue');
    expect(errors).toEqual([]);
  });
});
