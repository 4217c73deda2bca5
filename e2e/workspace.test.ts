import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOSSIER_CODE_PATTERN } from '../src/domain/dossier';
import { DEMO_PASSWORD } from '../src/server/demo/users';
import { hasChromium, settled, startE2E, type E2E } from './browser';

/** Set SCREENSHOTS=1 to keep pictures of the pages in /tmp for a look at desktop and phone widths. */
const shoot = (page: Page, name: string) => (process.env.SCREENSHOTS ? page.screenshot({ path: `/tmp/workspace-${name}.png`, fullPage: true }).then(() => undefined) : Promise.resolve());

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

describe.skipIf(!hasChromium)('journey at the counter: receive → process → approve → sign → return', () => {
  let e: E2E;
  const errors: string[] = [];
  const contexts: BrowserContext[] = [];
  let counter: Page;
  let code = '';
  const started = new Date();
  const q = (sql: string, params: unknown[] = []) => e.db.pool.query(sql, params).then((r) => r.rows);
  const dossierRow = async () => (await q(`SELECT status, (state->>'step')::int AS step, applicant_name FROM dossiers WHERE code = $1`, [code]))[0];

  /** A separate browser context (own session cookie) per officer. */
  async function login(username: string, viewport = DESKTOP): Promise<Page> {
    const ctx = await e.browser.newContext({ viewport });
    contexts.push(ctx);
    const page = await ctx.newPage();
    page.on('pageerror', (err) => errors.push(`${username}: ${err.message}`));
    await page.goto(`${e.server.url}/dang-nhap`);
    await page.fill('#username', username);
    await page.fill('#password', DEMO_PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForURL('**/can-bo');
    await page.getByTestId('workspace-title').waitFor();
    return page;
  }


  /** Clicks an action button, confirms its form and waits for the status tag to say `status`. */
  async function act(page: Page, action: string, status: string) {
    await page.getByTestId('action-bar').getByRole('button', { name: action, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await settled(dialog);
    await dialog.getByRole('button', { name: action, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('dossier-summary').getByTestId('status-tag').getByText(status, { exact: true }).waitFor();
  }

  beforeAll(async () => {
    e = await startE2E();
    counter = await login('tiepnhan');
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await e?.close();
  });

  it('picks the procedure with the keyboard; an invalid CCCD is shown on its field and nothing is sent', async () => {
    const posts: string[] = [];
    counter.on('request', (r) => r.method() === 'POST' && r.url().endsWith('/api/dossiers') && posts.push(r.url()));
    // Counted by applicant and time: the demo data may hold other dossiers, even other Trần Văn Bình.
    const ours = async () => (await q(`SELECT count(*)::int AS n FROM dossiers WHERE applicant_name = 'Trần Văn Bình' AND received_at >= $1`, [started]))[0].n;
    const before = await ours();
    await counter.getByRole('link', { name: 'Tiếp nhận', exact: true }).click();
    await counter.getByTestId('counter-title').waitFor();
    // The procedure field has the focus: type without accents, arrows to 3.000334, Enter.
    expect(await counter.evaluate(() => document.activeElement?.id)).toBe('procedureCode');
    await counter.keyboard.type('ly lich');
    const dropdown = counter.locator('.ant-select-dropdown:visible');
    await dropdown.locator('.ant-select-item-option:not(.ant-select-item-option-disabled)', { hasText: '3.000334' }).waitFor();
    for (let i = 0; i < 10 && (await dropdown.locator('.ant-select-item-option-active', { hasText: '3.000334' }).count()) === 0; i++) await counter.keyboard.press('ArrowDown');
    await counter.keyboard.press('Enter');
    await counter.getByTestId('procedure-summary').getByText('Lý lịch tư pháp').waitFor();
    const checklist = counter.getByTestId('document-row');
    expect(await checklist.count()).toBe(2);
    expect(await checklist.first().getByRole('checkbox', { name: 'Đã nhận' }).isChecked()).toBe(true);

    await counter.getByLabel('Họ và tên').fill('Trần Văn Bình');
    await counter.getByLabel('Số CCCD / định danh cá nhân').fill('12345');
    await counter.getByTestId('receive-submit').click();
    await counter.locator('.ant-form-item-explain-error', { hasText: 'phải gồm đúng 12 chữ số' }).waitFor();
    await counter.getByTestId('receipt-error').waitFor();
    await shoot(counter, 'counter-invalid');
    expect(posts).toEqual([]);
    expect(await ours()).toBe(before);
  });

  it('receives the dossier with Ctrl+Enter: the code is shown, numbered and stored', async () => {
    await counter.getByLabel('Số CCCD / định danh cá nhân').fill('089195000123');
    await counter.keyboard.press('Control+Enter');
    const shown = counter.getByTestId('dossier-code');
    await shown.waitFor();
    code = ((await shown.textContent()) ?? '').trim();
    expect(code).toMatch(DOSSIER_CODE_PATTERN);
    expect(code.startsWith('000.00.17.H04-')).toBe(true);
    expect(await counter.getByTestId('dossier-due').textContent()).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    const sheet = counter.getByTestId('receipt-sheet');
    expect(await sheet.textContent()).toContain('Trần Văn Bình');
    expect(await sheet.textContent()).toContain(code);
    await shoot(counter, 'counter-done');
    expect(await dossierRow()).toEqual({ status: 2, step: 0, applicant_name: 'Trần Văn Bình' });
    await counter.emulateMedia({ media: 'print' });
    expect(await counter.getByTestId('print-receipt').isVisible()).toBe(false);
    expect(await sheet.isVisible()).toBe(true);
    await counter.emulateMedia({ media: 'screen' });
  });

  it('"Tiếp nhận hồ sơ mới" clears the form and puts the focus back on the procedure field', async () => {
    await counter.getByTestId('next-receipt').click();
    await counter.getByTestId('receipt-form').waitFor();
    expect(await counter.evaluate(() => document.activeElement?.id)).toBe('procedureCode');
    expect(await counter.getByLabel('Họ và tên').inputValue()).toBe('');
  });

  it('the one-stop officer forwards the dossier from its page', async () => {
    await counter.goto(`${e.server.url}/can-bo/ho-so/${code}`);
    await counter.getByTestId('dossier-title').getByText(code).waitFor();
    await shoot(counter, 'dossier-received');
    await act(counter, 'Chuyển bước tiếp', 'Đang xử lý');
    expect(await dossierRow()).toMatchObject({ status: 4, step: 1 });
  });

  it('the specialist finds it by code, takes it and forwards it', async () => {
    const page = await login('chuyenvien');
    await page.getByTestId('dossier-search').locator('input').fill(code);
    await page.getByTestId('dossier-search').locator('input').press('Enter');
    await page.waitForURL(`**/can-bo/ho-so/${code}`);
    await act(page, 'Nhận xử lý', 'Đang xử lý');
    await page.getByTestId('dossier-assignee').getByText('Phạm Minh Đức').waitFor();

    // The counter still shows the version before the claim: its withdrawal is refused (409), said and reloaded.
    await counter.getByTestId('action-withdraw').click();
    const dialog = counter.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Rút hồ sơ', exact: true }).click();
    await dialog.locator('.ant-form-item-explain-error', { hasText: 'Vui lòng nhập lý do' }).waitFor();
    await dialog.getByLabel('Lý do').fill('Công dân xin rút hồ sơ');
    await dialog.getByRole('button', { name: 'Rút hồ sơ', exact: true }).click();
    await counter.locator('.ant-message').getByText(/đã thay đổi.*Đã tải lại hồ sơ/).waitFor();
    await counter.getByTestId('dossier-assignee').getByText('Phạm Minh Đức').waitFor();
    expect(await dossierRow()).toMatchObject({ status: 4, step: 1 });

    await act(page, 'Chuyển bước tiếp', 'Đang xử lý');
    await page.getByTestId('steps-table').locator('[data-current]').getByText('Lãnh đạo phòng xem xét').waitFor();
    expect(await page.getByTestId('action-forward').count()).toBe(0);
    expect(await dossierRow()).toMatchObject({ status: 4, step: 2 });
  });

  it('the unit head approves', async () => {
    const page = await login('truongphong');
    await page.getByTestId('leader-view').waitFor();
    await page.goto(`${e.server.url}/can-bo/ho-so/${code}`);
    await act(page, 'Duyệt', 'Đang xử lý');
    expect(await dossierRow()).toMatchObject({ status: 4, step: 3 });
  });

  it('the director finds it in "Chờ ký" and signs', async () => {
    const page = await login('giamdoc');
    await page.getByTestId('queue-card-to-sign').click();
    await page.getByTestId('queue-title').getByText('Chờ ký').waitFor();
    const row = page.getByTestId('queue-row').filter({ hasText: code });
    await row.getByText('Trần Văn Bình').waitFor();
    // The text filter ignores accents and lives in the URL.
    await page.getByTestId('queue-search').locator('input').fill('tran van binh');
    await page.waitForURL((u) => u.searchParams.get('q') === 'tran van binh');
    await row.waitFor();
    await shoot(page, 'queue-to-sign');
    await page.getByTestId('queue-search').locator('input').fill('khong co ai ten nay');
    await page.getByTestId('queue-table').getByText('Không có hồ sơ nào.').waitFor();
    await page.getByTestId('queue-search').locator('input').fill('');
    await row.getByRole('link', { name: code }).click();
    await act(page, 'Ký duyệt', 'Đã xử lý xong');
    expect((await dossierRow()).status).toBe(9);
  });

  it('the one-stop officer returns the result at the counter; the timeline lists every action', async () => {
    await counter.goto(`${e.server.url}/can-bo/hang-doi/to-return`);
    await counter.getByTestId('queue-row').filter({ hasText: code }).getByRole('link', { name: code }).click();
    await counter.getByTestId('action-return_result').click();
    const dialog = counter.getByRole('dialog');
    await settled(dialog);
    expect(await dialog.getByRole('radio', { name: 'Tại bộ phận một cửa' }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Trả kết quả', exact: true }).click();
    await counter.getByTestId('dossier-summary').getByTestId('status-tag').getByText('Đã trả kết quả', { exact: true }).waitFor();
    expect((await dossierRow()).status).toBe(10);
    const timeline = counter.getByTestId('dossier-timeline');
    const actions = await timeline.getByTestId('timeline-entry').evaluateAll((els) => els.map((el) => el.getAttribute('data-action')));
    expect(actions).toEqual(['create', 'forward', 'claim', 'forward', 'approve', 'sign', 'return_result']);
    const text = (await timeline.textContent()) ?? '';
    for (const label of ['Tiếp nhận hồ sơ', 'Chuyển bước tiếp', 'Nhận xử lý', 'Duyệt', 'Ký duyệt', 'Trả kết quả', 'Huỳnh Văn Lực']) expect(text).toContain(label);
    expect(text).toContain('Tại bộ phận một cửa');
    await counter.getByTestId('action-bar').getByText('Bạn không có thao tác nào').waitFor();
    await shoot(counter, 'dossier-returned');
  });

  it('on a phone: the navigation is behind a menu button; queues and the dossier stay readable', async () => {
    const page = await login('tiepnhan', PHONE);
    await shoot(page, 'home-phone');
    await page.getByTestId('nav-toggle').click();
    await page.getByRole('link', { name: 'Tiếp nhận', exact: true }).click();
    await page.getByTestId('counter-title').waitFor();
    await shoot(page, 'counter-phone');
    await page.goto(`${e.server.url}/can-bo/hang-doi/to-return?q=${encodeURIComponent(code)}`);
    await page.getByTestId('queue-select').waitFor();
    await page.getByTestId('queue-table').getByText('Không có hồ sơ nào.').waitFor();
    await page.goto(`${e.server.url}/can-bo/ho-so/${code}`);
    await page.getByTestId('dossier-summary').getByTestId('status-tag').getByText('Đã trả kết quả').waitFor();
    await shoot(page, 'dossier-phone');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    expect(errors).toEqual([]);
  });
});
