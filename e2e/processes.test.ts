import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/server/demo/users';
import { hasChromium, startE2E, type E2E } from './browser';

/** Set SCREENSHOTS=1 to keep pictures of the pages in /tmp for a look at desktop and phone widths. */
const shoot = (page: Page, name: string) => (process.env.SCREENSHOTS ? page.screenshot({ path: `/tmp/processes-${name}.png`, fullPage: true }).then(() => undefined) : Promise.resolve());

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date()); // YYYY-MM-DD
const LLTP = '3.000334';
const SO_TU_PHAP = '000.00.17.H04';
const EDITOR = `/quan-tri/quy-trinh/${LLTP}/${SO_TU_PHAP}`;

describe.skipIf(!hasChromium)('journey: the KSTTHC officer drafts and approves an internal process', () => {
  let e: E2E;
  let admin: Page;
  const errors: string[] = [];
  const q = (sql: string, params: unknown[] = []) => e.db.pool.query(sql, params).then((r) => r.rows);
  const option = (text: string) => admin.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).last();
  /**
   * Opens a select, clicks an option and waits until the select shows it; retried because on a loaded
   * machine a click can land on a dropdown that is still animating in or out.
   */
  async function choose(open: () => Promise<void>, text: string, shown: Locator) {
    for (let attempt = 0; attempt < 4; attempt++) {
      await open();
      await option(text).click({ timeout: 5000 }).catch(() => undefined);
      if (await shown.waitFor({ timeout: 4000 }).then(() => true, () => false)) return;
      await admin.keyboard.press('Escape');
      await admin.waitForTimeout(300);
    }
    await shown.waitFor();
  }
  const processRow = () =>
    q(
      `SELECT p.status, p.version_no, p.steps, p.decision_number, to_char(p.effective_from, 'YYYY-MM-DD') AS "from" FROM processes p JOIN agencies g ON g.id = p.agency_id WHERE p.procedure_code = $1 AND g.code = $2 ORDER BY p.version_no DESC`,
      [LLTP, SO_TU_PHAP],
    );

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

  it('lists the receiving agencies in the procedure page and opens the editor of one', async () => {
    await admin.goto(`${e.server.url}/quan-tri/thu-tuc/${LLTP}`);
    await admin.getByRole('tab', { name: 'Quy trình nội bộ' }).click();
    const row = admin.getByTestId('process-agencies').locator('tbody tr', { hasText: SO_TU_PHAP });
    await row.getByText('Mặc định (chưa phê duyệt)').waitFor();
    await shoot(admin, 'agencies');
    await row.getByTestId('open-process').click();
    await admin.waitForURL(`**${EDITOR}`);
    expect(await admin.getByTestId('statutory-time').first().textContent()).toMatch(/10 ngày.*56 giờ làm việc/);
    await admin.getByTestId('process-state').getByText('Mặc định (chưa phê duyệt)').waitFor();
  });

  it('starts from the default, assigns a unit, sees the over-limit message as it types, then saves the draft', async () => {
    await admin.getByTestId('from-default').click();
    await admin.locator('.ant-popover').getByRole('button', { name: 'Thay thế' }).click();
    const rows = admin.getByTestId('step-row');
    expect(await rows.count()).toBe(5);
    const processing = rows.nth(1);
    await choose(() => processing.getByLabel('Đơn vị', { exact: true }).click(), 'HCTP', processing.locator('.ant-select-content', { hasText: 'HCTP' }));

    await processing.getByLabel('Thời gian', { exact: true }).fill('48');
    const problems = admin.getByTestId('process-problems');
    await problems.getByText('Tổng thời gian các bước (64 giờ làm việc) vượt thời hạn giải quyết theo quy định (56 giờ làm việc)').waitFor();
    expect(await admin.getByTestId('process-total').textContent()).toBe('Tổng: 64 giờ làm việc / Thời hạn: 56 giờ');
    expect(await admin.getByTestId('process-total').getAttribute('class')).toContain('danger');
    await shoot(admin, 'over-limit');

    // A transfer needs a receiving agency; the role follows the kind; the diagram shows the target.
    await admin.getByTestId('add-step').click();
    const added = rows.nth(4);
    await choose(() => added.getByLabel('Loại bước').click(), 'Liên thông', added.locator('.ant-select-content', { hasText: /^Liên thông$/ }));
    await problems.getByText('Bước 5: Bước liên thông phải chỉ rõ cơ quan nhận').waitFor();
    await choose(() => added.getByLabel('Cơ quan nhận (liên thông)').fill('Công Thương'), 'Sở Công Thương', added.locator('.ant-select-content', { hasText: 'Sở Công Thương' }));
    await admin.getByTestId('flow-target').getByText(/Sở Công Thương/).waitFor();
    await choose(() => added.getByLabel('Loại bước').click(), 'Ký', added.locator('.ant-select-content', { hasText: /^Ký$/ }));
    await added.getByText('Lãnh đạo cơ quan').waitFor();
    await added.getByRole('button', { name: 'Xóa bước' }).click();
    expect(await rows.count()).toBe(5);

    await processing.getByLabel('Thời gian', { exact: true }).fill('40');
    await admin.getByTestId('process-valid').waitFor();
    expect(await admin.getByTestId('process-total').textContent()).toBe('Tổng: 56 giờ làm việc / Thời hạn: 56 giờ');
    // The server's refusals are listed and shown on the field they name.
    const url = `**/api/admin/processes/${LLTP}/${SO_TU_PHAP}/draft`;
    const refusal = { type: 'about:blank', title: 'Bad Request', status: 400, code: 'INVALID', detail: 'Quy trình chưa hợp lệ', errors: [{ name: 'steps.1.unitCode', reason: 'Đơn vị không thuộc cơ quan' }] };
    await admin.route(url, (route) => route.fulfill({ status: 400, contentType: 'application/problem+json', body: JSON.stringify(refusal) }));
    await admin.getByTestId('save-process').click();
    await admin.getByTestId('process-errors').getByText('Bước 2: Đơn vị không thuộc cơ quan').waitFor();
    await processing.locator('.ant-form-item-explain-error', { hasText: 'Đơn vị không thuộc cơ quan' }).waitFor();
    await admin.unroute(url);

    await admin.getByTestId('save-process').click();
    await admin.getByText('Đã lưu dự thảo quy trình').waitFor();
    expect(await admin.getByTestId('process-errors').count()).toBe(0);
    await processing.locator('.ant-form-item-explain-error').waitFor({ state: 'detached', timeout: 5000 });
    await admin.getByTestId('process-state').getByText('Có dự thảo (phiên bản 1)').waitFor();
    const [row] = await processRow();
    expect(row).toMatchObject({ status: 'draft', version_no: 1, decision_number: null });
    expect(row.steps[1]).toMatchObject({ key: 'xu-ly', kind: 'process', unitCode: 'HCTP', share: { amount: 40, unit: 'working_hours' } });
  });

  it('approves the draft by a decision effective today', async () => {
    await admin.getByTestId('approve-process').click();
    const form = admin.getByTestId('approve-form');
    await form.getByLabel('Số quyết định').fill('12/QĐ-STP');
    await form.getByLabel('Người phê duyệt').fill('Giám đốc Sở Tư pháp');
    await shoot(admin, 'approve');
    await admin.locator('.ant-modal').getByRole('button', { name: 'Phê duyệt' }).click();
    await admin.getByText('Đã phê duyệt quy trình').waitFor();
    await admin.getByTestId('process-state').getByText('Đang áp dụng phiên bản 1').waitFor();
    expect(await admin.getByTestId('process-state').textContent()).toContain('12/QĐ-STP');
    const [row] = await processRow();
    expect(row).toMatchObject({ status: 'approved', decision_number: '12/QĐ-STP', from: today });
    expect(await admin.getByTestId('process-versions').locator('tr.ant-table-row').count()).toBe(1);
  });

  it('draws one box per step, on a desktop and on a phone', async () => {
    const diagram = admin.getByTestId('flow-diagram');
    expect(await diagram.getByTestId('flow-step').count()).toBe(5);
    expect(await diagram.getByTestId('flow-step').nth(1).textContent()).toMatch(/Thẩm định.*HCTP.*40 giờ làm việc/);
    await shoot(admin, 'approved');

    const ctx = await e.browser.newContext({ viewport: { width: 390, height: 844 }, storageState: await admin.context().storageState() });
    const phone = await ctx.newPage();
    phone.on('pageerror', (err) => errors.push(err.message));
    await phone.goto(`${e.server.url}${EDITOR}`);
    const small = phone.getByTestId('flow-diagram');
    await small.waitFor();
    expect(await small.getByTestId('flow-step').count()).toBe(5);
    expect(await phone.getByTestId('step-row').count()).toBe(5);
    const box = await small.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    await shoot(phone, 'phone');
    if (process.env.SCREENSHOTS) {
      await phone.screenshot({ path: '/tmp/processes-phone-top.png' });
      await small.screenshot({ path: '/tmp/processes-phone-diagram.png' });
    }
    await ctx.close();
    expect(errors).toEqual([]);
  });
});
