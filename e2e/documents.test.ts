import type { APIRequestContext, BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOSSIER_CODE_PATTERN } from '../src/domain/dossier';
import { DEMO_PASSWORD } from '../src/server/demo/users';
import { hasChromium, settled, startE2E, type E2E } from './browser';

const CCCD = '089195000123';

/** Set SCREENSHOTS=1 to keep pictures of the pages in /tmp. */
const shoot = (page: Page, name: string) => (process.env.SCREENSHOTS ? page.screenshot({ path: `/tmp/documents-${name}.png`, fullPage: true }).then(() => undefined) : Promise.resolve());

/** A small white PNG with a dark band: enough for the server to take it as a scan. */
function scanPng(): Buffer {
  const png = new PNG({ width: 120, height: 80 });
  for (let i = 0; i < png.data.length; i += 4) {
    const row = Math.floor(i / 4 / png.width);
    const v = row > 30 && row < 50 ? 20 : 250;
    png.data[i] = png.data[i + 1] = png.data[i + 2] = v;
    png.data[i + 3] = 255;
  }
  return PNG.sync.write(png);
}

describe.skipIf(!hasChromium)('issued documents: scans at the counter, forms on the dossier page, public verification and lookup', () => {
  let e: E2E;
  const errors: string[] = [];
  const contexts: BrowserContext[] = [];
  let counter: Page;
  let code = '';
  let resultCode = '';

  async function newContext() {
    const ctx = await e.browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(ctx);
    return ctx;
  }

  async function login(username: string, landing = '/can-bo'): Promise<Page> {
    const page = await (await newContext()).newPage();
    page.on('pageerror', (err) => errors.push(`${username}: ${err.message}`));
    await page.goto(`${e.server.url}/dang-nhap`);
    await page.fill('#username', username);
    await page.fill('#password', DEMO_PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForURL(`**${landing}`);
    if (landing === '/can-bo') await page.getByTestId('workspace-title').waitFor();
    return page;
  }

  /** An officer's session for API calls only (no page), with its own cookie jar. */
  async function apiAs(username: string): Promise<APIRequestContext> {
    const { request } = await newContext();
    const r = await request.post(`${e.server.url}/api/auth/login`, { data: { username, password: DEMO_PASSWORD } });
    expect(r.status(), await r.text()).toBe(200);
    return request;
  }

  async function act(request: APIRequestContext, action: string, payload: Record<string, unknown> = {}) {
    const { version } = (await (await request.get(`${e.server.url}/api/dossiers/${code}`)).json()) as { version: number };
    const r = await request.post(`${e.server.url}/api/dossiers/${code}/actions`, { data: { action, version, payload } });
    expect(r.status(), `${action}: ${await r.text()}`).toBe(200);
  }


  beforeAll(async () => {
    e = await startE2E();
    counter = await login('tiepnhan');
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await e?.close();
  });

  it('receives a dossier with an uploaded scan marked digitised; the OCR suggestion fills the CCCD', async () => {
    // OCR runs in a background job whose speed depends on the machine: its answer is given here.
    await counter.route('**/api/files/*/text', (route) => route.fulfill({ json: { status: 'done', text: `Số định danh cá nhân: ${CCCD}`, confidence: 90, idNumbers: [CCCD] } }));
    await counter.getByRole('link', { name: 'Tiếp nhận', exact: true }).click();
    await counter.getByTestId('counter-title').waitFor();
    // The options of the whole typed text: a click on the list of an earlier answer can land on an option being replaced.
    const searched = counter.waitForResponse((r) => /\/api\/procedures\?q=ly(%20|\+)lich/.test(r.url()));
    await counter.keyboard.type('ly lich');
    await searched;
    const dropdown = counter.locator('.ant-select-dropdown:visible');
    await settled(dropdown);
    await dropdown.locator('.ant-select-item-option', { hasText: '3.000334' }).click();
    await counter.getByTestId('procedure-summary').getByText('Lý lịch tư pháp').waitFor();
    await counter.getByLabel('Họ và tên').fill('Lê Văn Số');

    const row = counter.getByTestId('document-row').first();
    const digitised = row.getByRole('checkbox', { name: 'Đã số hóa' });
    expect(await digitised.isDisabled()).toBe(true);
    // A file that is not what its name says is refused by content, and the server's reason is shown.
    await row.locator('input[type=file]').setInputFiles({ name: 'ghi-chu.png', mimeType: 'image/png', buffer: Buffer.from('chỉ là chữ, không phải ảnh') });
    await row.getByTestId('scan-error').getByText('Chỉ nhận tệp PDF, JPEG, PNG', { exact: false }).waitFor();
    expect(await digitised.isDisabled()).toBe(true);
    await row.locator('input[type=file]').setInputFiles({ name: 'cccd-scan.png', mimeType: 'image/png', buffer: scanPng() });
    await row.getByTestId('scan-name').getByText('cccd-scan.png').waitFor();
    expect(await digitised.isChecked()).toBe(true);
    expect(await digitised.isDisabled()).toBe(false);

    const suggestion = row.getByTestId('id-suggestion');
    await suggestion.getByText(`Số CCCD nhận dạng được: ${CCCD}`).waitFor();
    await shoot(counter, 'counter-scan');
    await suggestion.getByRole('button', { name: 'Điền vào' }).click();
    expect(await counter.getByTestId('applicant-id').inputValue()).toBe(CCCD);
    await suggestion.waitFor({ state: 'detached' });

    const posted = counter.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/api/dossiers'));
    await counter.getByTestId('receive-submit').click();
    const body = (await posted).postDataJSON() as { documents: { fileId?: string; digitised: boolean }[] };
    expect(body.documents[0]).toMatchObject({ digitised: true, fileId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    const shown = counter.getByTestId('dossier-code');
    await shown.waitFor();
    code = ((await shown.textContent()) ?? '').trim();
    expect(code).toMatch(DOSSIER_CODE_PATTERN);
    const stored = (await (await counter.request.get(`${e.server.url}/api/dossiers/${code}`)).json()) as { documents: { fileId?: string; digitised: boolean }[]; applicant: { idNumber: string } };
    expect(stored.documents[0]).toMatchObject({ digitised: true, fileId: body.documents[0]!.fileId });
    expect(stored.applicant.idNumber).toBe(CCCD);
    await counter.unroute('**/api/files/*/text');
  });

  it('the dossier page lists Form 01 as signed; "Xem/In" opens the PDF in a new tab', async () => {
    await counter.goto(`${e.server.url}/can-bo/ho-so/${code}`);
    const receipt = counter.getByTestId('issued-document').and(counter.locator('[data-form=receipt]'));
    await receipt.getByText('Mẫu 01').waitFor();
    await receipt.getByTestId('signed-tag').getByText('Đã ký số').waitFor();
    expect(await receipt.textContent()).toMatch(/Ký bởi .+ lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    await shoot(counter, 'dossier');

    const file = counter.waitForResponse((r) => /\/api\/files\/[0-9a-f-]{36}$/.test(r.url()));
    const popup = counter.waitForEvent('popup');
    await receipt.getByTestId('view-document').click();
    const response = await file;
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    const tab = await popup;
    await tab.waitForURL(/^blob:/);
    // The tab shows the fetched bytes in the browser's PDF viewer (print from there).
    expect(await tab.evaluate(() => document.contentType)).toBe('application/pdf');
    await tab.close();

    const sheet = counter.waitForResponse((r) => r.url().endsWith(`/api/dossiers/${code}/control-sheet.pdf`));
    const sheetPopup = counter.waitForEvent('popup');
    await counter.getByTestId('control-sheet').click();
    expect((await sheet).headers()['content-type']).toBe('application/pdf');
    await (await sheetPopup).waitForURL(/^blob:/);
    await (await sheetPopup).close();
  });

  it('after signing, the result is listed with its verification code, and the public sees "Văn bản xác thực"', async () => {
    await act(counter.request, 'forward');
    const specialist = await apiAs('chuyenvien');
    await act(specialist, 'claim');
    await act(specialist, 'forward');
    await act(await apiAs('truongphong'), 'approve', { comment: 'Đồng ý cấp phiếu' });
    await act(await apiAs('giamdoc'), 'sign');

    await counter.reload();
    const result = counter.getByTestId('issued-document').and(counter.locator('[data-form=final]'));
    const link = result.getByTestId('verification-link');
    await link.waitFor();
    resultCode = ((await link.textContent()) ?? '').trim();
    expect(resultCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    // Only agency heads may revoke.
    expect(await result.getByTestId('revoke-document').count()).toBe(0);

    const page = await (await newContext()).newPage();
    page.on('pageerror', (err) => errors.push(`public: ${err.message}`));
    await page.goto(`${e.server.url}/xac-thuc/${resultCode.toLowerCase()}`);
    await page.getByTestId('verdict').getByText('Văn bản xác thực', { exact: true }).waitFor();
    await shoot(page, 'verify-valid');
    const text = (await page.getByTestId('verification').textContent()) ?? '';
    for (const s of ['Sở Tư pháp tỉnh An Giang', 'Huỳnh Văn Lực', code, 'L.V.S.', resultCode]) expect(text).toContain(s);
    expect(text).not.toContain('Lê Văn Số');
    expect(text).toMatch(/[0-9a-f]{64}/);
  });

  it('a wrong code says not found; the dossier lookup shows its status', async () => {
    const page = await (await newContext()).newPage();
    page.on('pageerror', (err) => errors.push(`public: ${err.message}`));
    await page.goto(`${e.server.url}/xac-thuc`);
    await page.getByTestId('verify-code-input').fill('khong hop le');
    await page.getByTestId('verify-code-submit').click();
    await page.locator('.ant-form-item-explain-error', { hasText: 'Mã xác thực gồm 12 ký tự' }).waitFor();
    await page.getByTestId('verify-code-input').fill('ABCD-EFGH-JKMN');
    await page.getByTestId('verify-code-submit').click();
    await page.getByTestId('verify-error').getByText('Không tìm thấy văn bản có mã xác thực này.').waitFor();

    // From the home page's card: the code opens the lookup, which asks for 4 digits of the phone or CCCD.
    await page.goto(`${e.server.url}/`);
    await page.getByTestId('home-track-card').getByTestId('track-input').locator('input').fill(code.toLowerCase());
    await page.getByTestId('home-track-card').getByTestId('track-input').locator('input').press('Enter');
    await page.waitForURL(`**/tra-cuu/${code}`);
    await page.getByTestId('lookup-check').fill('9999');
    await page.getByTestId('lookup-submit').click();
    await page.getByTestId('track-error').getByText('Không tìm thấy hồ sơ, hoặc 4 số kiểm tra không khớp.').waitFor();
    await page.getByTestId('lookup-check').fill(CCCD.slice(-4));
    await page.getByTestId('lookup-submit').click();
    await page.getByTestId('track-status').getByText('Đã xử lý xong', { exact: true }).waitFor();
    await shoot(page, 'track');
    expect(await page.getByTestId('track-result').textContent()).toContain('Lý lịch tư pháp');
  });

  it('the director revokes the result with a replacement; verification of the old code points to the new one', async () => {
    const page = await login('giamdoc');
    await page.goto(`${e.server.url}/can-bo/ho-so/${code}`);
    const result = page.getByTestId('issued-document').and(page.locator('[data-form=final]'));
    await result.getByTestId('revoke-document').click();
    const dialog = page.getByRole('dialog');
    await settled(dialog);
    await dialog.getByLabel('Lý do thu hồi').fill('Sai ngày sinh của người được cấp');
    await dialog.getByRole('checkbox').check();
    await dialog.getByRole('button', { name: 'Thu hồi', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await result.getByText('Đã thay thế').waitFor();
    await page.getByTestId('issued-document').and(page.locator('[data-form^="replacement:"]')).getByTestId('verification-link').waitFor();

    const pub = await (await newContext()).newPage();
    await pub.goto(`${e.server.url}/xac-thuc/${resultCode}`);
    await pub.getByTestId('verdict').getByText('Văn bản đã được thay thế').waitFor();
    await shoot(pub, 'verify-replaced');
    await pub.getByTestId('replacement-link').click();
    await pub.getByTestId('verdict').getByText('Văn bản xác thực', { exact: true }).waitFor();
  });

  it('the tracking book of the month downloads as Excel from the workspace home', async () => {
    await counter.goto(`${e.server.url}/can-bo`);
    const download = counter.waitForEvent('download');
    await counter.getByTestId('tracking-book').getByTestId('tracking-book-xlsx').click();
    expect((await download).suggestedFilename()).toMatch(/^so-theo-doi-000\.00\.17\.H04-\d{4}-\d{2}-01-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(errors).toEqual([]);
  });

  it('a control officer edits the result template: a misspelt field is refused, the fixed one saved', async () => {
    const page = await login('kiemsoat', '/quan-tri');
    await page.goto(`${e.server.url}/quan-tri/thu-tuc/3.000334?tab=result-template`);
    const editor = page.getByTestId('result-template');
    await editor.getByText('Đang dùng mẫu mặc định').waitFor();
    await editor.getByLabel('Tiêu đề').fill('Phiếu lý lịch tư pháp số 1');
    await editor.getByLabel('Nội dung').fill('Cấp cho {{nguoi_nop.ten}}');
    await editor.getByRole('button', { name: 'Lưu mẫu' }).click();
    await editor.getByTestId('result-template-error').getByText('nguoi_nop.ten', { exact: false }).waitFor();
    await editor.getByLabel('Nội dung').fill('Cấp cho ông/bà ');
    await editor.getByText('{{nguoi_nop.ho_ten}}', { exact: false }).click();
    await editor.getByRole('button', { name: 'Lưu mẫu' }).click();
    await editor.getByText('Đã lưu lúc', { exact: false }).waitFor();
    const saved = await page.evaluate(async () => (await fetch('/api/procedures/3.000334/result-template')).json());
    expect(saved).toMatchObject({ isDefault: false, title: 'Phiếu lý lịch tư pháp số 1', body: 'Cấp cho ông/bà {{nguoi_nop.ho_ten}}' });
  });
});
