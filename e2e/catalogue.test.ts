import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/server/demo/users';
import { hasChromium, startE2E, type E2E } from './browser';

/** Set SCREENSHOTS=1 to keep pictures of the pages in /tmp for a look at desktop and phone widths. */
const shoot = (page: Page, name: string) => (process.env.SCREENSHOTS ? page.screenshot({ path: `/tmp/catalogue-${name}.png`, fullPage: true }).then(() => undefined) : Promise.resolve());

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date()); // YYYY-MM-DD
const todayVn = today.split('-').reverse().join('/'); // dd/MM/yyyy
const SO_TU_PHAP = '000.00.17.H04';

const lltp = {
  code: '3.000901',
  name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam (kiểm thử E2E)',
  field: 'Lý lịch tư pháp',
  levels: ['province'],
  implementingAgency: 'Sở Tư pháp',
  decisionRef: '999/QĐ-BTP',
  channels: [
    { channel: 'direct', processingTime: { amount: 10, unit: 'working_days', asWritten: 'Không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ' }, fees: [{ label: 'Phí', amount: 200000, asWritten: '200.000 đồng/lần/người' }] },
    { channel: 'online', processingTime: { amount: 10, unit: 'working_days', asWritten: '10 ngày làm việc' }, fees: [{ label: 'Phí', amount: 0, asWritten: 'Miễn phí cho người có công với cách mạng' }] },
  ],
  documents: [
    { name: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', copies: '1 bản chính', required: true, forms: [{ name: 'Mau so 03-LLTP.docx', url: null }] },
    { name: 'Bản chụp giấy tờ tùy thân', copies: '1 bản sao', required: true },
  ],
  onlineLevel: 'full',
  locationIndependent: true,
  legalBases: ['Luật Lý lịch tư pháp 2009', 'Thông tư 244/2016/TT-BTC'],
  subjects: 'Công dân Việt Nam',
  result: 'Phiếu lý lịch tư pháp',
  conditions: '',
};
const khaiSinh = {
  ...lltp,
  locationIndependent: false,
  code: '3.000902',
  name: 'Đăng ký khai sinh (kiểm thử E2E)',
  field: 'Hộ tịch',
  levels: ['commune'],
  channels: [{ channel: 'direct', processingTime: { amount: null, unit: 'same_day', asWritten: 'Ngay trong ngày' }, fees: [] }],
  onlineLevel: 'none',
};

describe.skipIf(!hasChromium)('journey: the KSTTHC officer publishes procedures, a citizen finds them', () => {
  let e: E2E;
  let admin: Page;
  const errors: string[] = [];
  const q = (sql: string, params: unknown[] = []) => e.db.pool.query(sql, params).then((r) => r.rows);

  beforeAll(async () => {
    e = await startE2E();
    admin = await e.browser.newPage({ viewport: { width: 1280, height: 900 } });
    admin.on('pageerror', (err) => errors.push(err.message));
    await admin.goto(`${e.server.url}/dang-nhap`);
    await admin.fill('#username', 'kiemsoat');
    await admin.fill('#password', DEMO_PASSWORD);
    await admin.click('button[type=submit]');
    await admin.waitForURL('**/quan-tri');
  });
  afterAll(() => e?.close());

  it('imports a JSON file through the upload: two drafts created, the bad record listed', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-e2e-')), 'danh-muc.json');
    fs.writeFileSync(file, JSON.stringify({ procedures: [lltp, khaiSinh, { code: '3.12', name: '' }] }));
    await admin.goto(`${e.server.url}/quan-tri/thu-tuc`);
    await admin.getByTestId('open-import').click();
    await admin.locator('.ant-modal input[type=file]').setInputFiles(file);
    const result = admin.getByTestId('import-result');
    await result.waitFor();
    expect(await admin.getByTestId('import-created').textContent()).toContain('2');
    expect(await result.getByTestId('import-errors').textContent()).toContain('3.12');
    await shoot(admin, 'import');
    const drafts = await q(`SELECT p.code FROM procedure_versions v JOIN procedures p ON p.id = v.procedure_id WHERE v.status = 'draft' AND p.code IN ('3.000901','3.000902') ORDER BY p.code`);
    expect(drafts.map((r) => r.code)).toEqual(['3.000901', '3.000902']);
    await admin.keyboard.press('Escape');
  });

  it('edits a draft: the server rejects a duplicated channel on its field, then saves the fix', async () => {
    await admin.goto(`${e.server.url}/quan-tri/thu-tuc/3.000902`);
    const editor = admin.getByTestId('draft-editor');
    await editor.waitFor();
    await editor.getByLabel('Tên thủ tục').fill('Đăng ký khai sinh cho trẻ em (kiểm thử E2E)');
    await editor.getByRole('button', { name: 'Thêm hình thức nộp' }).click();
    const second = admin.getByTestId('channel-editor').nth(1);
    await choose(admin, () => second.getByLabel('Hình thức nộp').click(), 'Trực tiếp', second.locator('.ant-select-content', { hasText: 'Trực tiếp' }));
    await editor.getByTestId('save-draft').click();
    await admin.getByTestId('draft-errors').getByText(/bị lặp/).waitFor();
    await second.locator('.ant-form-item-explain-error', { hasText: /bị lặp/ }).waitFor();
    await shoot(admin, 'draft-error');
    await second.getByRole('button', { name: 'Xóa' }).first().click();
    await editor.getByTestId('save-draft').click();
    await admin.getByText('Đã lưu bản dự thảo').waitFor();
    const [row] = await q(`SELECT v.record->>'name' AS name, v.lock_version FROM procedure_versions v JOIN procedures p ON p.id = v.procedure_id WHERE p.code = '3.000902' AND v.status = 'draft'`);
    expect(row).toMatchObject({ name: 'Đăng ký khai sinh cho trẻ em (kiểm thử E2E)', lock_version: 2 });
  });

  it('assigns the receiving agency with its channels', async () => {
    await admin.goto(`${e.server.url}/quan-tri/thu-tuc/3.000901`);
    await admin.getByRole('tab', { name: 'Nơi tiếp nhận' }).click();
    const editor = admin.getByTestId('assignments-editor');
    await editor.getByRole('button', { name: 'Thêm cơ quan' }).click();
    const row = editor.getByTestId('assignment-row').first();
    await choose(admin, () => row.getByLabel('Cơ quan').fill(SO_TU_PHAP), 'Sở Tư pháp tỉnh An Giang', row.locator('.ant-select-content', { hasText: 'Sở Tư pháp tỉnh An Giang' }));
    await choose(admin, () => row.getByLabel('Cấp thực hiện').click(), 'Cấp tỉnh', row.locator('.ant-select-content', { hasText: 'Cấp tỉnh' }));
    await row.getByLabel('Trực tuyến').check();
    await shoot(admin, 'assignments');
    await editor.getByTestId('save-assignments').click();
    await admin.getByText('Đã lưu nơi tiếp nhận').waitFor();
    const rows = await q(
      `SELECT a.level, a.channels FROM procedure_assignments a JOIN procedures p ON p.id = a.procedure_id JOIN agencies g ON g.id = a.agency_id WHERE p.code = '3.000901' AND g.code = $1`,
      [SO_TU_PHAP],
    );
    expect(rows).toEqual([{ level: 'province', channels: ['direct', 'online'] }]);
  });

  it('enters a decision with one procedure and publishes it: the duties appear', async () => {
    await admin.goto(`${e.server.url}/quan-tri/quyet-dinh`);
    await admin.getByTestId('add-decision').click();
    const form = admin.getByTestId('decision-form');
    await form.getByLabel('Số quyết định').fill('901/QĐ-UBND');
    await form.getByLabel('Cơ quan ban hành').fill('Chủ tịch Ủy ban nhân dân tỉnh An Giang');
    for (const label of ['Ngày ký', 'Ngày có hiệu lực']) {
      await form.getByLabel(label).fill(todayVn);
      await form.getByLabel(label).press('Enter');
    }
    await form.getByLabel('Mã thủ tục').fill('3.000901');
    await form.getByLabel('Mã thủ tục').press('Escape');
    await shoot(admin, 'decision-form');
    await admin.locator('.ant-modal').getByRole('button', { name: 'Lưu' }).click();
    const view = admin.getByTestId('decision-view');
    await view.getByTestId('decision-status').getByText('Chưa công bố').waitFor();
    expect(decodeURIComponent(new URL(admin.url()).search)).toBe('?so=901/QĐ-UBND');
    await view.getByTestId('publish-decision').click();
    await admin.locator('.ant-popover').getByRole('button', { name: 'Công bố' }).click();
    await view.getByTestId('decision-status').getByText('Đã công bố').waitFor();
    const duties = view.getByTestId('publish-duties');
    await duties.getByText('Phê duyệt quy trình nội bộ', { exact: false }).waitFor();
    await shoot(admin, 'decision-published');
    const [decision] = await q(`SELECT status, (SELECT count(*)::int FROM publication_duties WHERE decision_id = d.id) AS duties FROM publication_decisions d WHERE number = '901/QĐ-UBND'`);
    expect(decision).toEqual({ status: 'published', duties: 3 });
    const [version] = await q(`SELECT v.status, to_char(v.effective_from, 'YYYY-MM-DD') AS "from" FROM procedure_versions v JOIN procedures p ON p.id = v.procedure_id WHERE p.code = '3.000901'`);
    expect(version).toEqual({ status: 'published', from: today });
  });

  it('a new draft of the published procedure is compared with the version in force', async () => {
    await admin.goto(`${e.server.url}/quan-tri/thu-tuc/3.000901`);
    const editor = admin.getByTestId('draft-editor');
    await editor.getByTestId('channel-editor').first().getByLabel('Số tiền (đồng)').fill('250000');
    await editor.getByTestId('location-independent-switch').click();
    const idCopy = editor.getByTestId('document-editor').nth(1);
    await choose(admin, () => idCopy.getByLabel('Tái sử dụng được').click(), 'Thẻ căn cước, căn cước công dân', idCopy.locator('.ant-select-content', { hasText: 'Thẻ căn cước' }));
    await editor.getByTestId('save-draft').click();
    await admin.getByText('Đã lưu bản dự thảo').waitFor();
    const [draft] = await q(`SELECT v.record FROM procedure_versions v JOIN procedures p ON p.id = v.procedure_id WHERE p.code = '3.000901' AND v.status = 'draft'`);
    expect(draft.record).toMatchObject({ locationIndependent: false, documents: [{ forms: [{ name: 'Mau so 03-LLTP.docx', url: null }], reuse: null }, { reuse: 'cccd' }] });
    await admin.getByRole('tab', { name: 'Lịch sử phiên bản' }).click();
    const diff = admin.getByTestId('diff-table');
    await diff.getByText('channels.direct.fees[Phí]').waitFor();
    expect(await diff.textContent()).toMatch(/200000[\s\S]*250000/);
    const labels = await diff.getByTestId('diff-label').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['Không phụ thuộc địa giới hành chính', 'Thành phần hồ sơ «Bản chụp giấy tờ tùy thân»: loại giấy tờ tái sử dụng']));
    expect(await diff.locator('tr', { hasText: 'Không phụ thuộc địa giới hành chính' }).textContent()).toMatch(/Có[\s\S]*Không/);
    await shoot(admin, 'diff');
  });

  it('shows why a decision cannot be published (422 problems)', async () => {
    const res = await admin.request.post(`${e.server.url}/api/admin/decisions`, {
      data: { number: '902/QĐ-UBND', decisionDate: today, issuer: 'UBND tỉnh', issuerLevel: 'province', effectiveDate: today, items: [{ procedureCode: '3.000902', action: 'amended' }] },
    });
    expect(res.status()).toBe(201);
    await admin.goto(`${e.server.url}/quan-tri/quyet-dinh?so=${encodeURIComponent('902/QĐ-UBND')}`);
    await admin.getByTestId('publish-decision').click();
    await admin.locator('.ant-popover').getByRole('button', { name: 'Công bố' }).click();
    await admin.getByTestId('publish-problems').getByText(/3\.000902.*chưa từng công bố/).waitFor();
    const [decision] = await q(`SELECT status FROM publication_decisions WHERE number = '902/QĐ-UBND'`);
    expect(decision.status).toBe('draft');
  });

  it('the duty board lists the duties; one is marked done with a note', async () => {
    await admin.goto(`${e.server.url}/quan-tri`);
    await admin.getByTestId('duty-summary').getByText(/sắp đến hạn/).waitFor();
    await admin.goto(`${e.server.url}/quan-tri/nhiem-vu`);
    const table = admin.getByTestId('duty-table');
    const row = table.locator('tbody tr', { hasText: '901/QĐ-UBND' }).filter({ hasText: 'Phê duyệt quy trình nội bộ' });
    await row.waitFor();
    expect(await table.locator('tbody tr', { hasText: '901/QĐ-UBND' }).count()).toBe(3);
    await row.getByTestId('duty-done').click();
    await admin.getByRole('dialog').getByRole('textbox').fill('Quyết định 77/QĐ-UBND phê duyệt quy trình');
    await admin.getByRole('dialog').getByRole('button', { name: 'Hoàn thành' }).click();
    await row.getByTestId('duty-state').getByText('Đã hoàn thành').waitFor();
    await shoot(admin, 'duties');
    const [duty] = await q(`SELECT u.done_at IS NOT NULL AS done, u.note FROM publication_duties u JOIN publication_decisions d ON d.id = u.decision_id WHERE d.number = '901/QĐ-UBND' AND u.kind = 'approve_internal_process'`);
    expect(duty).toEqual({ done: true, note: 'Quyết định 77/QĐ-UBND phê duyệt quy trình' });
  });

  it('a citizen on a phone searches without accents, reads the procedure and its posting sheet', async () => {
    const ctx = await e.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await ctx.newPage();
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(`${e.server.url}/`);
    await page.getByTestId('home-search-card').locator('input').fill('ly lich tu phap');
    await page.getByTestId('home-search-card').locator('input').press('Enter');
    await page.waitForURL((u) => u.pathname === '/thu-tuc' && u.searchParams.get('q') === 'ly lich tu phap');
    const item = page.getByTestId('procedure-item').filter({ hasText: '3.000901' });
    await item.getByText('Toàn trình').waitFor();
    await item.getByTestId('location-independent-tag').waitFor();
    await shoot(page, 'search-phone');
    const onlyAnyArea = page.getByTestId('location-independent-filter');
    await onlyAnyArea.click();
    await page.waitForURL((u) => u.searchParams.get('locationIndependent') === 'true');
    await page.getByTestId('procedure-results').getByText('Tìm thấy 1 thủ tục').waitFor();
    expect(await onlyAnyArea.isChecked()).toBe(true);
    await onlyAnyArea.click();
    await page.waitForURL((u) => !u.searchParams.has('locationIndependent'));

    // Only the published procedure is public: the draft 3.000902 is not found.
    await page.getByTestId('procedure-search').locator('input').fill('kiem thu e2e');
    await page.waitForURL((u) => u.searchParams.get('q') === 'kiem thu e2e');
    await page.getByTestId('procedure-results').getByText('Tìm thấy 1 thủ tục').waitFor();

    await page.getByTestId('procedure-item').getByRole('link').click();
    await page.waitForURL('**/thu-tuc/3.000901');
    const channels = page.getByTestId('channel-table');
    await channels.getByText('10 ngày làm việc').first().waitFor();
    const text = (await channels.textContent()) ?? '';
    expect(text).toMatch(/Trực tiếp.*Trực tuyến/);
    expect(text).toMatch(/Phí: 200\.000\s₫/);
    expect(text).toContain('Miễn phí');
    expect(await page.getByTestId('where-to-apply').textContent()).toContain('Sở Tư pháp tỉnh An Giang');
    expect(await page.getByTestId('apply-online').isEnabled()).toBe(true);
    expect(await page.getByTestId('location-independent-tag').textContent()).toBe('Không phụ thuộc địa giới hành chính');
    expect(await page.getByTestId('document-forms').textContent()).toContain('Mau so 03-LLTP.docx');
    await shoot(page, 'procedure-phone');

    await page.getByTestId('print-link').click();
    await page.waitForURL('**/thu-tuc/3.000901/niem-yet');
    const sheet = page.getByTestId('posting-sheet');
    await sheet.getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').waitFor();
    expect(await sheet.textContent()).toContain(lltp.name);
    expect(await sheet.textContent()).toMatch(/200\.000\s₫/);
    await shoot(page, 'sheet-phone');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.ant-layout-header').isVisible()).toBe(false);
    expect(await page.getByTestId('print-button').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    await page.goto(`${e.server.url}/thu-tuc/niem-yet?agency=${SO_TU_PHAP}`);
    const list = page.getByTestId('posting-list');
    await list.getByText('3.000901').waitFor();
    expect(await list.textContent()).toMatch(/10 ngày làm việc/);
    await shoot(page, 'agency-list-phone');
    await ctx.close();
    expect(errors).toEqual([]);
  });
});

/**
 * Opens a select, clicks an option and waits until the select shows it; retried because on a loaded
 * machine a click can land on a dropdown that is still animating in or out.
 */
async function choose(page: Page, open: () => Promise<void>, text: string, shown: Locator) {
  for (let attempt = 0; attempt < 4; attempt++) {
    await open();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).last().click({ timeout: 5000 }).catch(() => undefined);
    if (await shown.waitFor({ timeout: 4000 }).then(() => true, () => false)) return;
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
  }
  await shown.waitFor();
}
