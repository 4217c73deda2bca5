import AxeBuilder from '@axe-core/playwright';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import jsQR from 'jsqr';
import type { APIRequestContext, BrowserContext, Locator, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOSSIER_CODE_PATTERN } from '../src/domain/dossier';
import { DEMO_PASSWORD } from '../src/server/demo/users';
import { startMailbox, type Mailbox } from '../test/support/mailbox';
import { pdfBytes } from '../test/support/online';
import { hasChromium, settled, startE2E, type E2E } from './browser';

const run = promisify(execFile);

/**
 * Issue 7's browser journey, start to end, with nothing written to the database by the test: a citizen signs
 * up by CCCD with the code e-mailed to them (a real SMTP server receives what the notification worker
 * sends), edits their profile, applies online reusing a scan the one-stop desk accepted earlier, supplies a
 * missing document when the officer asks, receives the result notice by e-mail, downloads the signed result,
 * verifies it from the QR code printed on it, and rates the handling from the e-mail's link. An administrator
 * then locks and unlocks the account.
 */
const HANH = { idNumber: '079195000777', fullName: 'Trịnh Thị Hạnh', email: 'hanh@example.vn', newEmail: 'hanh.moi@example.vn', password: 'mat-khau-cua-hanh' };
const ADDRESS = 'Số 8 Nguyễn Huệ, phường Long Xuyên, An Giang';
const SCAN = 'Bản chụp Căn cước công dân';

/** Set SCREENSHOTS=1 to keep pictures of the pages in /tmp. */
const shoot = (page: Page, name: string) => (process.env.SCREENSHOTS ? page.screenshot({ path: `/tmp/journey-${name}.png`, fullPage: true }).then(() => undefined) : Promise.resolve());

/** No serious or critical accessibility violation on the page as it is now. */
async function expectAccessible(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
}

/** The first QR code on page 1 of a PDF, rendered at 150 dpi as a phone camera would see a print. */
async function qrOf(pdf: Buffer): Promise<string | null> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'motcua-qr-'));
  try {
    await fs.writeFile(path.join(dir, 'result.pdf'), pdf);
    await run('pdftoppm', ['-r', '150', '-png', '-singlefile', '-f', '1', '-l', '1', path.join(dir, 'result.pdf'), path.join(dir, 'page')]);
    const png = PNG.sync.read(await fs.readFile(path.join(dir, 'page.png')));
    return jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)?.data ?? null;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

describe.skipIf(!hasChromium)('citizen journey: sign up → profile → apply with a reused and an uploaded document → supplement → result by e-mail → verify by QR → rate', () => {
  let mailbox: Mailbox;
  let e: E2E;
  const errors: string[] = [];
  const contexts: BrowserContext[] = [];
  let citizen: Page;
  let officer: Page;
  let counterCode = '';
  let counterFileId = '';
  let code = '';
  let ratingUrl = '';
  const q = (sql: string, params: unknown[] = []) => e.db.pool.query(sql, params).then((r) => r.rows);

  async function newContext(viewport = { width: 1280, height: 900 }) {
    const ctx = await e.browser.newContext({ viewport });
    contexts.push(ctx);
    return ctx;
  }

  /** An officer's page, logged in through the login page. */
  async function login(username: string, landing = '/can-bo'): Promise<Page> {
    const page = await (await newContext()).newPage();
    page.on('pageerror', (err) => errors.push(`${username}: ${err.message}`));
    await page.goto(`${e.server.url}/dang-nhap`);
    await page.fill('#username', username);
    await page.fill('#password', DEMO_PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForURL(`**${landing}`);
    return page;
  }

  /** An officer's session for API calls only, for the steps of other officers that this journey does not watch. */
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

  /** Opens a select and picks an option, retried (a click can land on a dropdown still animating); checks the choice shows. */
  async function choose(page: Page, select: Locator, option: string) {
    const root = select.locator('xpath=ancestor-or-self::*[contains(concat(" ", @class, " "), " ant-select ")][1]');
    for (let attempt = 0; attempt < 4; attempt++) {
      await select.click();
      const dropdown = page.locator('.ant-select-dropdown:visible');
      await settled(dropdown);
      await dropdown.locator('.ant-select-item-option', { hasText: option }).first().click({ timeout: 5000 }).catch(() => undefined);
      if ((await root.textContent())?.includes(option)) return;
      await page.keyboard.press('Escape');
    }
    throw new Error(`could not choose ${option}`);
  }

  /** The 6-digit code of the newest one-time-code e-mail to an address. */
  async function codeMailedTo(to: string, purpose: RegExp): Promise<string> {
    const mail = await mailbox.waitFor(to, purpose);
    const found = /là: (\d{6})/.exec(mail.text);
    expect(found, mail.text).not.toBeNull();
    return found![1]!;
  }

  beforeAll(async () => {
    mailbox = await startMailbox();
    e = await startE2E({ publicUrl: true, processEnv: { MOTCUA_SMTP_URL: mailbox.url, MOTCUA_MAIL_FROM: 'Một cửa điện tử <motcua@angiang.test>' } });
    citizen = await (await newContext({ width: 390, height: 844 })).newPage();
    citizen.on('pageerror', (err) => errors.push(`citizen: ${err.message}`));
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await e?.close();
    await mailbox?.close();
  });

  it('signs up by CCCD and activates the account with the code from the e-mail', async () => {
    await citizen.goto(`${e.server.url}/tai-khoan/dang-ky`);
    await citizen.getByTestId('signup-form').waitFor();
    await citizen.fill('#idNumber', HANH.idNumber);
    await citizen.fill('#fullName', HANH.fullName);
    await citizen.fill('#email', HANH.email);
    await citizen.fill('#password', HANH.password);
    await citizen.fill('#passwordAgain', HANH.password);
    await citizen.getByTestId('signup-submit').click();
    await citizen.getByTestId('code-sent').getByText('@example.vn', { exact: false }).waitFor();
    // The code as the citizen reads it: in the e-mail the notification worker sent through SMTP.
    await citizen.fill('#code', await codeMailedTo(HANH.email, /^Mã xác thực để đăng ký tài khoản/));
    await citizen.getByTestId('code-submit').click();
    await citizen.waitForURL('**/tai-khoan');
    expect(await citizen.getByTestId('citizen-name').textContent()).toBe(HANH.fullName);
    await citizen.getByTestId('account-details').getByText(HANH.idNumber).waitFor();
  });

  it('edits the profile on /tai-khoan: an address, and a new e-mail confirmed by the code sent to it', async () => {
    await citizen.fill('#profile-address', ADDRESS);
    await citizen.locator('form').filter({ has: citizen.locator('#profile-address') }).getByRole('button', { name: 'Lưu' }).click();
    await citizen.getByText('Đã lưu thông tin').waitFor();
    await citizen.getByTestId('account-details').getByText(ADDRESS).waitFor();

    await choose(citizen, citizen.locator('#contact-channel'), 'Thư điện tử');
    await citizen.fill('#contact-value', HANH.newEmail);
    await citizen.getByRole('button', { name: 'Gửi mã' }).click();
    await citizen.getByText('Mã xác thực đã được gửi', { exact: false }).or(citizen.locator('#code')).first().waitFor();
    await citizen.fill('#code', await codeMailedTo(HANH.newEmail, /^Mã xác thực để xác nhận thông tin liên lạc mới/));
    await citizen.getByRole('button', { name: 'Xác nhận' }).click();
    await citizen.getByText('Đã cập nhật thông tin liên lạc').waitFor();
    // Saved on the server: a fresh load shows both.
    await citizen.reload();
    const details = citizen.getByTestId('account-details');
    await details.getByText(HANH.newEmail).waitFor();
    expect(await details.textContent()).toContain(ADDRESS);
    await shoot(citizen, 'profile');
  });

  it('a scan the one-stop desk accepted at the counter appears in "Giấy tờ của tôi"', async () => {
    // The citizen went to the counter earlier: the officer received a paper dossier and scanned the ID card.
    const desk = await apiAs('tiepnhan');
    const file = await desk.post(`${e.server.url}/api/files`, { multipart: { file: { name: 'cccd-ban-chup.pdf', mimeType: 'application/pdf', buffer: pdfBytes('cccd') } } });
    expect(file.status(), await file.text()).toBe(201);
    counterFileId = ((await file.json()) as { id: string }).id;
    const received = await desk.post(`${e.server.url}/api/dossiers`, {
      headers: { 'idempotency-key': randomUUID() },
      data: {
        procedureCode: '3.000334',
        channel: 'direct',
        applicant: { kind: 'individual', name: HANH.fullName, idNumber: HANH.idNumber, email: HANH.newEmail },
        documents: [{ name: SCAN, copies: '1 bản chụp', digitised: true, fileId: counterFileId }],
      },
    });
    expect(received.status(), await received.text()).toBe(201);
    counterCode = ((await received.json()) as { code: string }).code;

    await citizen.goto(`${e.server.url}/giay-to-cua-toi`);
    const entry = citizen.getByTestId('store-uploads').getByTestId('store-entry').filter({ hasText: SCAN });
    await entry.waitFor();
    expect(await entry.textContent()).toContain(counterCode);
  });

  it('applies online for a criminal record certificate: one document uploaded, the scan reused from the store', async () => {
    await citizen.goto(`${e.server.url}/thu-tuc/3.000334`);
    await citizen.getByTestId('apply-online').click();
    await citizen.waitForURL('**/nop-ho-so/3.000334');
    await citizen.getByTestId('agency-choice').getByRole('radio', { checked: true }).waitFor();
    await citizen.getByTestId('apply-next').click();
    await citizen.waitForURL(/ban-nhap=[0-9a-f-]{36}/);
    // Pre-filled from the account, including the e-mail confirmed a moment ago.
    const applicant = citizen.getByTestId('applicant');
    await applicant.getByText(HANH.fullName).waitFor();
    expect(await applicant.textContent()).toContain(HANH.newEmail);
    await citizen.getByTestId('apply-next').click();

    await citizen.getByTestId('procedure-fields').waitFor();
    await citizen.getByText('Bổ sung hồ sơ xin việc', { exact: true }).click();
    await citizen.getByLabel('Số lượng Phiếu yêu cầu cấp').fill('1');
    await citizen.getByTestId('field-includeErased').getByText('Không', { exact: true }).click();
    await choose(citizen, citizen.getByRole('combobox', { name: 'Nơi thường trú: Tỉnh, thành phố' }), 'Tỉnh An Giang');
    await choose(citizen, citizen.getByRole('combobox', { name: 'Nơi thường trú: Xã, phường, đặc khu' }), 'Phường Long Xuyên');
    await citizen.getByLabel('Nơi thường trú: Số nhà, đường, thôn, ấp').fill('Số 8 Nguyễn Huệ');
    await citizen.getByTestId('apply-next').click();

    const rows = citizen.getByTestId('slot-row');
    await rows.first().waitFor();
    await rows.first().locator('input[type=file]').setInputFiles({ name: 'van-ban-yeu-cau.pdf', mimeType: 'application/pdf', buffer: pdfBytes('yeu cau') });
    await rows.first().getByTestId('file-name').getByText('van-ban-yeu-cau.pdf').waitFor();
    await rows.nth(1).getByTestId('choose-store').click();
    const picker = citizen.getByRole('dialog');
    await settled(picker);
    await picker.getByTestId('store-item').filter({ hasText: SCAN }).getByRole('button').click();
    await picker.waitFor({ state: 'detached' });
    await rows.nth(1).getByTestId('store-choice').getByText(SCAN, { exact: false }).waitFor();
    await citizen.getByTestId('apply-next').click();

    await citizen.getByTestId('review').getByText('Bổ sung hồ sơ xin việc').waitFor();
    await citizen.getByTestId('apply-submit').click();
    await citizen.waitForURL(/\/ho-so-cua-toi\/.+/);
    code = ((await citizen.getByTestId('my-dossier-code').textContent()) ?? '').trim();
    expect(code).toMatch(DOSSIER_CODE_PATTERN);
    await citizen.getByTestId('milestones').getByText('Đã nộp').waitFor();
    await shoot(citizen, 'submitted');
    const [row] = await q(`SELECT status, documents, applicant->>'email' AS email FROM dossiers WHERE code = $1`, [code]);
    expect(row.status).toBe(1);
    const docs = row.documents as { source: string; fileId: string }[];
    expect(docs.map((d) => d.source)).toEqual(['upload', 'personal_store']);
    expect(docs[1]!.fileId).toBe(counterFileId);
    expect(row.email).toBe(HANH.newEmail);
  });

  it('the officer receives it in the workspace and asks for a supplement; the citizen supplies it online', async () => {
    officer = await login('tiepnhan');
    await officer.goto(`${e.server.url}/can-bo/ho-so/${code}`);
    await officer.getByTestId('form-answers').getByText('Bổ sung hồ sơ xin việc').waitFor();
    const bar = officer.getByTestId('action-bar');
    await bar.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
    let dialog = officer.getByRole('dialog');
    await settled(dialog);
    await dialog.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await officer.getByTestId('dossier-summary').getByTestId('status-tag').getByText('Được tiếp nhận', { exact: true }).waitFor();
    await bar.getByRole('button', { name: 'Yêu cầu bổ sung', exact: true }).click();
    dialog = officer.getByRole('dialog');
    await settled(dialog);
    await dialog.getByLabel('Giấy tờ cần bổ sung').fill('Văn bản yêu cầu có chữ ký');
    await dialog.getByLabel('Giấy tờ cần bổ sung').press('Enter');
    await dialog.getByLabel('Lý do').fill('Văn bản yêu cầu chưa ký tên');
    await dialog.getByRole('button', { name: 'Yêu cầu bổ sung', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await officer.getByTestId('dossier-summary').getByTestId('status-tag').getByText('Yêu cầu bổ sung giấy tờ', { exact: true }).waitFor();

    // The request reaches the citizen by e-mail too.
    await mailbox.waitFor(HANH.newEmail, new RegExp(`^Hồ sơ ${code.replace(/\./g, '\\.')}: cần bổ sung giấy tờ`));
    await citizen.reload();
    const supplement = citizen.getByTestId('supplement');
    await supplement.getByTestId('supplement-reason').getByText('Văn bản yêu cầu chưa ký tên', { exact: false }).waitFor();
    const sup = supplement.getByTestId('supplement-row').first();
    await sup.locator('input[type=file]').setInputFiles({ name: 'co-chu-ky.pdf', mimeType: 'application/pdf', buffer: pdfBytes('ky') });
    await sup.getByTestId('file-name').getByText('co-chu-ky.pdf').waitFor();
    await supplement.getByTestId('supplement-submit').click();
    await supplement.waitFor({ state: 'detached' });
    await citizen.getByTestId('my-dossier').getByTestId('status-tag').getByText('Được tiếp nhận', { exact: true }).waitFor();
  });

  it('the officer completes and returns the result; the citizen gets the e-mail, downloads the signed PDF and verifies it from its QR code', async () => {
    // The specialist, the unit head and the director do their steps (the officers' own journeys test these pages).
    const [tiepnhan, chuyenvien, truongphong, giamdoc] = await Promise.all(['tiepnhan', 'chuyenvien', 'truongphong', 'giamdoc'].map(apiAs));
    await act(tiepnhan!, 'forward');
    await act(chuyenvien!, 'claim');
    await act(chuyenvien!, 'forward');
    await act(truongphong!, 'approve', { comment: 'Đồng ý cấp phiếu' });
    await act(giamdoc!, 'sign');

    // The one-stop officer returns the result electronically, in the workspace.
    await officer.reload();
    await officer.getByTestId('action-bar').getByRole('button', { name: 'Trả kết quả', exact: true }).click();
    const dialog = officer.getByRole('dialog');
    await settled(dialog);
    const electronic = dialog.getByRole('radio', { name: 'Bản điện tử, trực tuyến' });
    await dialog.getByText('Bản điện tử, trực tuyến', { exact: true }).click();
    expect(await electronic.isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Trả kết quả', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await officer.getByTestId('dossier-summary').getByTestId('status-tag').getByText('Đã trả kết quả', { exact: true }).waitFor();

    // The e-mails: the result is ready, then returned with the link to rate it.
    const escaped = code.replace(/\./g, '\\.');
    const ready = await mailbox.waitFor(HANH.newEmail, new RegExp(`^Hồ sơ ${escaped} đã có kết quả`));
    expect(ready.text).toContain('Bản điện tử của kết quả (có chữ ký số) có thể tải về tại:');
    const returned = await mailbox.waitFor(HANH.newEmail, new RegExp(`^Hồ sơ ${escaped} đã trả kết quả`));
    ratingUrl = new RegExp(`${e.server.url}/danh-gia/\\S+`).exec(returned.text)?.[0] ?? '';
    expect(ratingUrl).not.toBe('');

    await citizen.goto(`${e.server.url}/ho-so-cua-toi/${code}`);
    await citizen.getByTestId('my-dossier').getByTestId('status-tag').getByText('Đã trả kết quả', { exact: true }).waitFor();
    const result = citizen.getByTestId('issued-item').and(citizen.locator('[data-form=final]'));
    await result.getByText('Có chữ ký số').waitFor();
    const download = citizen.waitForEvent('download');
    await result.getByTestId('issued-download').click();
    const bytes = await fs.readFile((await (await download).path())!);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.includes(Buffer.from('/ByteRange'))).toBe(true);

    // The QR printed on the result opens the verification page.
    const url = await qrOf(bytes);
    expect(url).toMatch(new RegExp(`^${e.server.url}/xac-thuc/[0-9A-Z]{12}$`));
    await citizen.goto(url!);
    await citizen.getByTestId('verdict').getByText('Văn bản xác thực', { exact: true }).waitFor();
    const verification = (await citizen.getByTestId('verification').textContent()) ?? '';
    expect(verification).toContain(code);
    expect(verification).toContain('Sở Tư pháp tỉnh An Giang');
    expect(verification).not.toContain(HANH.fullName);
    await shoot(citizen, 'verified');
  });

  it('rates the handling from the link in the e-mail', async () => {
    await citizen.goto(ratingUrl);
    await citizen.getByTestId('rating-summary').getByText(code).waitFor();
    const form = citizen.getByTestId('rating-form');
    await form.getByText('Đúng hẹn', { exact: true }).click();
    await form.getByText('Rất hài lòng', { exact: true }).click();
    await form.getByRole('textbox').fill('Nộp trực tuyến, bổ sung trực tuyến, rất thuận tiện');
    await form.getByTestId('rating-submit').click();
    await citizen.getByTestId('rating-thanks').waitFor();
    const [rating] = await q(`SELECT r.timeliness, r.attitude, r.channel, r.comment FROM dossier_ratings r JOIN dossiers d ON d.id = r.dossier_id WHERE d.code = $1`, [code]);
    expect(rating).toEqual({ timeliness: 'on_time', attitude: 5, channel: 'link', comment: 'Nộp trực tuyến, bổ sung trực tuyến, rất thuận tiện' });
  });

  it('an administrator finds the account by e-mail and locks it: the citizen is signed out and told why at login; unlocked, they sign in again', async () => {
    const admin = await login('quantri', '/quan-tri');
    await admin.goto(`${e.server.url}/quan-tri/cong-dan`);
    await admin.getByTestId('citizens-title').waitFor();
    await expectAccessible(admin);
    const search = admin.getByTestId('citizen-search').locator('input');
    await search.fill(HANH.newEmail.toUpperCase());
    await search.press('Enter');
    const card = admin.getByTestId('citizen-card');
    await card.getByText(HANH.idNumber, { exact: false }).waitFor();
    expect(await card.getByTestId('citizen-status').textContent()).toBe('Đang hoạt động');
    expect(Number(await card.getByTestId('citizen-sessions').textContent())).toBeGreaterThan(0);
    await card.getByTestId('citizen-lock').click();
    let dialog = admin.getByRole('dialog');
    await settled(dialog);
    await dialog.getByTestId('lock-confirm').click();
    await dialog.getByText('Cần nêu lý do khóa tài khoản').waitFor();
    await dialog.locator('#lock-text').fill('Nghi vấn mạo danh, chờ xác minh tại quầy');
    await dialog.getByTestId('lock-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await card.getByTestId('citizen-lock-notice').getByText('Nghi vấn mạo danh, chờ xác minh tại quầy', { exact: false }).waitFor();
    expect(await card.getByTestId('citizen-status').textContent()).toBe('Đã khóa');
    expect(await card.getByTestId('citizen-sessions').textContent()).toBe('0');
    await shoot(admin, 'locked');

    // The citizen's open session has ended; the right password is told the account is locked.
    await citizen.goto(`${e.server.url}/tai-khoan`);
    await citizen.waitForURL('**/tai-khoan/dang-nhap**');
    await citizen.fill('#account', HANH.idNumber);
    await citizen.fill('#password', HANH.password);
    await citizen.getByTestId('citizen-login-submit').click();
    await citizen.getByRole('alert').getByText('Tài khoản đã bị khóa. Vui lòng liên hệ bộ phận một cửa.').waitFor();

    await card.getByTestId('citizen-unlock').click();
    dialog = admin.getByRole('dialog');
    await settled(dialog);
    await dialog.locator('#lock-text').fill('Đã xác minh tại quầy');
    await dialog.getByTestId('lock-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await card.getByTestId('citizen-history').getByText('Đã xác minh tại quầy', { exact: false }).waitFor();
    expect(await card.getByTestId('citizen-status').textContent()).toBe('Đang hoạt động');

    await citizen.getByTestId('citizen-login-submit').click();
    await citizen.getByTestId('citizen-name').waitFor();
    expect(await citizen.getByTestId('citizen-name').textContent()).toBe(HANH.fullName);
    expect(errors).toEqual([]);
  });
});
