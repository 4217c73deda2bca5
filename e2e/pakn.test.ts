import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAKN_CODE_PATTERN } from '../src/domain/pakn';
import { DEMO_PASSWORD } from '../src/server/demo/users';
import { hasChromium, settled, startE2E, type E2E } from './browser';

/** Set SCREENSHOTS=1 to keep pictures of the pages in /tmp. */
const shoot = (page: Page, name: string) => (process.env.SCREENSHOTS ? page.screenshot({ path: `/tmp/pakn-${name}.png`, fullPage: true }).then(() => undefined) : Promise.resolve());

describe.skipIf(!hasChromium)('feedback on regulations: citizen sends → officer classifies, answers → leader approves → published → citizen rates', () => {
  let e: E2E;
  const errors: string[] = [];
  const contexts: BrowserContext[] = [];
  let citizen: Page;
  let officer: Page;
  let code = '';
  let secret = '';

  async function newPage(who: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
    const ctx = await e.browser.newContext({ viewport });
    contexts.push(ctx);
    const page = await ctx.newPage();
    page.on('pageerror', (err) => errors.push(`${who}: ${err.message}`));
    return page;
  }

  async function login(username: string): Promise<Page> {
    const page = await newPage(username);
    await page.goto(`${e.server.url}/dang-nhap`);
    await page.fill('#username', username);
    await page.fill('#password', DEMO_PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForURL('**/can-bo');
    return page;
  }

  /** Opens an action's form from the item page, lets `fill` complete it, confirms, and waits for the new status. */
  async function act(page: Page, action: string, status: string, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void> = async () => undefined) {
    await page.getByTestId('pakn-actions').getByRole('button', { name: action, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await settled(dialog);
    await fill(dialog);
    await dialog.getByRole('button', { name: action, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await shoot(page, `after-${action}`);
    await page.getByTestId('pakn-item-header').getByTestId('pakn-status').getByText(status, { exact: true }).waitFor();
  }

  beforeAll(async () => {
    e = await startE2E();
    citizen = await newPage('citizen', { width: 390, height: 844 });
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await e?.close();
  });

  it('the citizen, without an account, sends feedback on the phone; a missing phone number is named first', async () => {
    await citizen.goto(`${e.server.url}/phan-anh-kien-nghi`);
    await citizen.getByTestId('pakn-send-link').click();
    await citizen.getByTestId('pakn-send-form').waitFor();
    await citizen.getByLabel('Cơ quan nhận').fill('Sở Tư pháp');
    await citizen.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Sở Tư pháp tỉnh An Giang' }).click();
    // The agency's published address, phone and e-mail for feedback.
    await citizen.getByTestId('pakn-contacts').getByText('0296 3852 555').waitFor();
    await citizen.getByTestId('pakn-title').fill('Cấp bản sao trích lục khai sinh phải chờ quá lâu');
    await citizen.getByTestId('pakn-content').fill('Tôi đề nghị cấp bản sao trích lục khai sinh từ sổ gốc nhưng được hẹn 5 ngày, trong khi thủ tục quy định giải quyết trong 1 ngày làm việc. Đề nghị Sở kiểm tra.');
    await citizen.getByTestId('pakn-sender-name').fill('Lâm Thị Ngọc Trâm');
    await citizen.getByTestId('pakn-sender-address').fill('Số 18 Hà Hoàng Hổ, phường Long Xuyên, tỉnh An Giang');
    await citizen.getByTestId('pakn-submit').click();
    await citizen.getByTestId('pakn-problem').getByText(/Điều 7 Nghị định 20\/2008/).waitFor();
    await citizen.getByTestId('pakn-send-form').getByText('Thiếu số điện thoại của người phản ánh, kiến nghị').waitFor();
    await shoot(citizen, 'send-422');
    await citizen.getByTestId('pakn-sender-phone').fill('0939 456 789');
    await citizen.getByTestId('pakn-submit').click();
    await citizen.getByTestId('pakn-sent').waitFor();
    code = ((await citizen.getByTestId('pakn-sent-code').textContent()) ?? '').trim();
    secret = ((await citizen.getByTestId('pakn-sent-secret').textContent()) ?? '').trim();
    expect(code).toMatch(PAKN_CODE_PATTERN);
    expect(secret).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await shoot(citizen, 'sent');
  });

  it('the officer finds it in the inbox, accepts, classifies against the catalogue and drafts the answer', async () => {
    officer = await login('chuyenvien');
    await officer.goto(`${e.server.url}/can-bo/pakn`);
    await officer.getByTestId('pakn-inbox').getByRole('link', { name: code }).click();
    await officer.getByTestId('pakn-item-title').getByText('Cấp bản sao trích lục khai sinh phải chờ quá lâu').waitFor();
    // Deadlines come from the calendar: 15 working days to process.
    expect(await officer.getByTestId('pakn-process-due').textContent()).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    await act(officer, 'Tiếp nhận', 'Đang xử lý');
    await act(officer, 'Phân loại', 'Đang xử lý', async (d) => {
      await d.getByRole('radio', { name: 'Quy định, thủ tục hành chính' }).check();
      await d.getByLabel('Mã thủ tục hành chính liên quan').fill('2.000908');
    });
    await officer.getByTestId('pakn-classification').getByText('2.000908 · Thủ tục cấp bản sao từ sổ gốc').waitFor();
    // The officer cannot approve: only the buttons the server allows are shown.
    expect(await officer.getByTestId('pakn-actions').getByRole('button', { name: 'Duyệt trả lời' }).count()).toBe(0);
    await act(officer, 'Dự thảo trả lời', 'Chờ lãnh đạo duyệt', async (d) => {
      await d.getByLabel('Nội dung trả lời').fill('Thủ tục cấp bản sao từ sổ gốc được giải quyết ngay trong ngày tiếp nhận hoặc ngày làm việc tiếp theo. Sở Tư pháp đã chấn chỉnh đơn vị hẹn sai thời hạn và xin lỗi bà.');
    });
    await shoot(officer, 'drafted');
    expect(await officer.getByTestId('pakn-actions').getByRole('button').allTextContents()).toEqual(['Dự thảo trả lời']);
  });

  it('the leader approves; the officer publishes', async () => {
    const leader = await login('giamdoc');
    await leader.goto(`${e.server.url}/can-bo/pakn/${code}`);
    await act(leader, 'Duyệt trả lời', 'Chờ công khai');
    await officer.reload();
    await act(officer, 'Công khai kết quả', 'Đã công khai kết quả');
    await officer.getByTestId('pakn-answer').getByText('Công khai trên Cổng').waitFor();
    const row = (await e.db.pool.query(`SELECT status, is_public, finished_on_time FROM pakn_items WHERE code = $1`, [code])).rows[0];
    expect(row).toEqual({ status: 'published', is_public: true, finished_on_time: true });
  });

  it('the citizen finds the answer searching without diacritics and rates it', async () => {
    await citizen.goto(`${e.server.url}/phan-anh-kien-nghi`);
    await citizen.getByTestId('pakn-public-search').locator('input').fill('trich luc khai sinh qua lau');
    await citizen.getByTestId('pakn-public-search').locator('input').press('Enter');
    // Seven demo answers before the search; only ours after it.
    await citizen.getByTestId('pakn-public-list').getByText('1 kết quả', { exact: true }).waitFor();
    const item = citizen.getByTestId('pakn-public-item').filter({ hasText: code });
    expect(await citizen.getByTestId('pakn-public-item').count()).toBe(1);
    await item.getByRole('link', { name: 'Cấp bản sao trích lục khai sinh phải chờ quá lâu' }).click();
    await citizen.getByTestId('pakn-answer-text').getByText(/xin lỗi bà/).waitFor();
    await shoot(citizen, 'answer');
    await citizen.getByTestId('pakn-answer-secret').fill(secret.toLowerCase());
    await citizen.getByTestId('pakn-answer-open').click();
    await citizen.getByTestId('pakn-rating').getByText('Hài lòng', { exact: true }).click();
    await citizen.getByTestId('pakn-rate-send').click();
    await citizen.getByTestId('pakn-rated').getByText('Ông/Bà đã đánh giá: Hài lòng').waitFor();
    expect((await e.db.pool.query(`SELECT rating FROM pakn_items WHERE code = $1`, [code])).rows[0].rating).toBe('satisfied');
    // Following by code and secret shows the same, with the history.
    await citizen.goto(`${e.server.url}/phan-anh-kien-nghi/theo-doi?ma=${code}`);
    await citizen.getByTestId('pakn-open-secret').fill(secret);
    await citizen.getByTestId('pakn-open').click();
    await citizen.getByTestId('pakn-follow-view').getByText('Đã công khai kết quả').first().waitFor();
    await shoot(citizen, 'follow');
    expect(errors).toEqual([]);
  });
});
