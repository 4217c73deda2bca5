import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs/promises';
import type { APIRequestContext, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOSSIER_CODE_PATTERN } from '../src/domain/dossier';
import { DEMO_PASSWORD } from '../src/server/demo/users';
import { lookupToken } from '../src/server/services/lookup-token';
import { citizenWithSession } from '../test/support/citizens';
import { LLTP_VALUES, pdfBytes, SO_TU_PHAP } from '../test/support/online';
import { hasChromium, settled, startE2E, type E2E } from './browser';

/** Set SCREENSHOTS=1 to keep pictures of the pages in /tmp. */
const shoot = (page: Page, name: string) => (process.env.SCREENSHOTS ? page.screenshot({ path: `/tmp/online-${name}.png`, fullPage: true }).then(() => undefined) : Promise.resolve());

/** No serious or critical accessibility violation on the page as it is now. */
async function expectAccessible(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
}

describe.skipIf(!hasChromium)('journey online: apply with an upload and a reused result → receive → supplement → result → download → rate', () => {
  let e: E2E;
  const errors: string[] = [];
  const contexts: BrowserContext[] = [];
  let citizen: Page;
  let cookie = '';
  let code = '';
  let priorResult = '';
  const q = (sql: string, params: unknown[] = []) => e.db.pool.query(sql, params).then((r) => r.rows);

  async function newContext(viewport = { width: 1280, height: 900 }) {
    const ctx = await e.browser.newContext({ viewport });
    contexts.push(ctx);
    return ctx;
  }

  /** An officer's page, logged in through the login page. */
  async function login(username: string): Promise<Page> {
    const page = await (await newContext()).newPage();
    page.on('pageerror', (err) => errors.push(`${username}: ${err.message}`));
    await page.goto(`${e.server.url}/dang-nhap`);
    await page.fill('#username', username);
    await page.fill('#password', DEMO_PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForURL('**/can-bo');
    return page;
  }

  async function apiAs(username: string): Promise<APIRequestContext> {
    const { request } = await newContext();
    const r = await request.post(`${e.server.url}/api/auth/login`, { data: { username, password: DEMO_PASSWORD } });
    expect(r.status(), await r.text()).toBe(200);
    return request;
  }

  async function act(request: APIRequestContext, dossier: string, action: string, payload: Record<string, unknown> = {}) {
    const { version } = (await (await request.get(`${e.server.url}/api/dossiers/${dossier}`)).json()) as { version: number };
    const r = await request.post(`${e.server.url}/api/dossiers/${dossier}/actions`, { data: { action, version, payload } });
    expect(r.status(), `${action}: ${await r.text()}`).toBe(200);
  }

  async function complete(dossier: string, from: 'received' | 'submitted') {
    const [tiepnhan, chuyenvien, truongphong, giamdoc] = await Promise.all(['tiepnhan', 'chuyenvien', 'truongphong', 'giamdoc'].map(apiAs));
    if (from === 'submitted') await act(tiepnhan!, dossier, 'receive');
    await act(tiepnhan!, dossier, 'forward');
    await act(chuyenvien!, dossier, 'claim');
    await act(chuyenvien!, dossier, 'forward');
    await act(truongphong!, dossier, 'approve', { comment: 'Đồng ý cấp phiếu' });
    await act(giamdoc!, dossier, 'sign');
    await act(tiepnhan!, dossier, 'return_result', { method: 'electronic' });
  }

  /** Opens a select and picks an option, retried: a click can land on a dropdown still animating. */
  async function choose(page: Page, select: Locator, option: string) {
    for (let attempt = 0; attempt < 4; attempt++) {
      await select.click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click({ timeout: 5000 }).catch(() => undefined);
      const root = select.locator('xpath=ancestor::*[contains(concat(" ", @class, " "), " ant-select ")][1]');
      if ((await root.textContent())?.includes(option)) return;
      await page.keyboard.press('Escape');
    }
    throw new Error(`could not choose ${option}`);
  }

  beforeAll(async () => {
    e = await startE2E();
    const account = await citizenWithSession(e.db, { fullName: 'Phan Thị Thu', email: 'thu@example.vn' });
    cookie = account.cookie.split('=')[1]!;
    // A prior result for this citizen: an earlier application, processed to a signed result, through the API.
    const ctx = await newContext();
    await ctx.addCookies([{ name: 'motcua_citizen', value: cookie, url: e.server.url }]);
    const files = await Promise.all(['cu-1.pdf', 'cu-2.pdf'].map(async (name) => {
      const r = await ctx.request.post(`${e.server.url}/api/files`, { multipart: { file: { name, mimeType: 'application/pdf', buffer: pdfBytes(name) } } });
      expect(r.status(), await r.text()).toBe(201);
      return ((await r.json()) as { id: string }).id;
    }));
    const draft = await ctx.request.post(`${e.server.url}/api/citizen/drafts`, { data: { procedureCode: '3.000334', content: { agencyCode: SO_TU_PHAP, values: LLTP_VALUES, documents: files.map((fileId, index) => ({ index, fileId })) } } });
    expect(draft.status(), await draft.text()).toBe(201);
    const submitted = await ctx.request.post(`${e.server.url}/api/citizen/drafts/${((await draft.json()) as { id: string }).id}/submit`, { headers: { 'idempotency-key': 'e2e-prior' } });
    expect(submitted.status(), await submitted.text()).toBe(201);
    priorResult = ((await submitted.json()) as { code: string }).code;
    await complete(priorResult, 'submitted');

    const phone = await newContext({ width: 390, height: 844 });
    await phone.addCookies([{ name: 'motcua_citizen', value: cookie, url: e.server.url }]);
    citizen = await phone.newPage();
    citizen.on('pageerror', (err) => errors.push(`citizen: ${err.message}`));
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await e?.close();
  });

  it('applies on a phone: fields checked in the browser, one upload, one result from "Giấy tờ của tôi", the draft saved as it goes', async () => {
    await citizen.goto(`${e.server.url}/thu-tuc/3.000334`);
    await citizen.getByTestId('apply-online').click();
    await citizen.waitForURL('**/nop-ho-so/3.000334');
    // The only agency receiving it online is chosen; its online fees are shown.
    await citizen.getByTestId('agency-choice').getByRole('radio', { checked: true }).waitFor();
    await citizen.getByTestId('online-fees').getByText('Miễn phí').waitFor();
    await citizen.getByTestId('apply-next').click();
    await citizen.waitForURL(/ban-nhap=[0-9a-f-]{36}/);
    await citizen.getByTestId('applicant').getByText('Phan Thị Thu').waitFor();
    await citizen.getByTestId('apply-next').click();

    // The same schema as the server's: nothing filled → each required field says so.
    const fields = citizen.getByTestId('procedure-fields');
    await fields.waitFor();
    await expectAccessible(citizen);
    await citizen.getByTestId('apply-next').click();
    await fields.getByText('Cần chọn "Mục đích sử dụng Phiếu lý lịch tư pháp"').waitFor();
    await fields.getByText('Cần nhập "Nơi thường trú"').waitFor();
    await citizen.getByText('Mục đích khác', { exact: true }).click();
    await fields.getByText('Cần nhập "Mục đích khác (ghi rõ)"').waitFor();
    await citizen.getByText('Bổ sung hồ sơ xin việc', { exact: true }).click();
    expect(await fields.getByText('Mục đích khác (ghi rõ)').count()).toBe(0);
    await citizen.getByLabel('Số lượng Phiếu yêu cầu cấp').fill('2');
    await citizen.getByTestId('field-includeErased').getByText('Không', { exact: true }).click();
    await choose(citizen, citizen.getByRole('combobox', { name: 'Nơi thường trú: Tỉnh, thành phố' }), 'Tỉnh An Giang');
    await choose(citizen, citizen.getByRole('combobox', { name: 'Nơi thường trú: Xã, phường, đặc khu' }), 'Phường Long Xuyên');
    await citizen.getByLabel('Nơi thường trú: Số nhà, đường, thôn, ấp').fill('15 Lê Lợi');
    await shoot(citizen, 'fields');
    await citizen.getByTestId('apply-next').click();

    const rows = citizen.getByTestId('slot-row');
    await rows.first().waitFor();
    await expectAccessible(citizen);
    await citizen.getByTestId('apply-next').click();
    await rows.first().getByRole('alert').waitFor();
    await rows.first().locator('input[type=file]').setInputFiles({ name: 'van-ban-yeu-cau.pdf', mimeType: 'application/pdf', buffer: pdfBytes('moi') });
    await rows.first().getByTestId('file-name').getByText('van-ban-yeu-cau.pdf').waitFor();
    await rows.nth(1).getByTestId('choose-store').click();
    const picker = citizen.getByRole('dialog');
    await settled(picker);
    await picker.getByTestId('store-item').filter({ hasText: priorResult }).filter({ hasText: 'Kết quả' }).getByRole('button').click();
    await rows.nth(1).getByTestId('store-choice').waitFor();
    // Saved as it goes: the draft on the server soon holds both documents.
    const stored = async () => ((await q(`SELECT content FROM citizen_drafts`))[0]?.content ?? { values: {}, documents: [] }) as { values: Record<string, unknown>; documents: unknown[] };
    await expect.poll(async () => (await stored()).documents.length, { timeout: 15_000 }).toBe(2);
    const saved = await stored();
    expect(saved.values).toMatchObject({ purpose: 'employment', copies: 2, includeErased: 'no', residence: { province: 'an-giang', commune: 'long-xuyen', street: '15 Lê Lợi' } });
    await citizen.getByTestId('apply-next').click();

    const review = citizen.getByTestId('review');
    await review.getByText('Bổ sung hồ sơ xin việc').waitFor();
    expect(await review.textContent()).toContain('15 Lê Lợi, Phường Long Xuyên, Tỉnh An Giang');
    await shoot(citizen, 'review');
    await citizen.getByTestId('apply-submit').click();
    await citizen.waitForURL(/\/ho-so-cua-toi\/.+/);
    code = ((await citizen.getByTestId('my-dossier-code').textContent()) ?? '').trim();
    expect(code).toMatch(DOSSIER_CODE_PATTERN);
    await citizen.getByTestId('milestones').getByText('Đã nộp').waitFor();
    await expectAccessible(citizen);
    const [row] = await q(`SELECT status, documents FROM dossiers WHERE code = $1`, [code]);
    expect(row.status).toBe(1);
    expect((row.documents as { source: string }[]).map((d) => d.source)).toEqual(['upload', 'personal_store']);
    await shoot(citizen, 'submitted');
  });

  it('the officer receives it at the counter and asks for a supplement; the citizen sees why and supplies it', async () => {
    const officer = await login('tiepnhan');
    await officer.goto(`${e.server.url}/can-bo/ho-so/${code}`);
    // The officer reads the citizen's answers beside the documents.
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

    await citizen.reload();
    const supplement = citizen.getByTestId('supplement');
    await supplement.getByTestId('supplement-reason').getByText('Văn bản yêu cầu chưa ký tên', { exact: false }).waitFor();
    await supplement.getByText('Văn bản yêu cầu có chữ ký').waitFor();
    await shoot(citizen, 'supplement');
    const sup = supplement.getByTestId('supplement-row').first();
    await sup.locator('input[type=file]').setInputFiles({ name: 'co-chu-ky.pdf', mimeType: 'application/pdf', buffer: pdfBytes('ky') });
    await sup.getByTestId('file-name').getByText('co-chu-ky.pdf').waitFor();
    await supplement.getByTestId('supplement-submit').click();
    await supplement.waitFor({ state: 'detached' });
    await citizen.getByTestId('my-dossier').getByTestId('status-tag').getByText('Được tiếp nhận', { exact: true }).waitFor();
    const [last] = await q(`SELECT a.action, a.actor_role FROM dossier_actions a JOIN dossiers d ON d.id = a.dossier_id WHERE d.code = $1 ORDER BY a.seq DESC LIMIT 1`, [code]);
    expect(last).toEqual({ action: 'supplement_received', actor_role: 'applicant' });
  });

  it('once the signed result is returned the citizen downloads it and rates the handling', async () => {
    await complete(code, 'received');
    await citizen.reload();
    await citizen.getByTestId('my-dossier').getByTestId('status-tag').getByText('Đã trả kết quả', { exact: true }).waitFor();
    const result = citizen.getByTestId('issued-item').and(citizen.locator('[data-form=final]'));
    await result.getByText('Có chữ ký số').waitFor();
    const download = citizen.waitForEvent('download');
    await result.getByTestId('issued-download').click();
    const file = await (await download).path();
    const bytes = await fs.readFile(file);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.includes(Buffer.from('/ByteRange'))).toBe(true);

    const form = citizen.getByTestId('my-rating').getByTestId('rating-form');
    await form.getByText('Đúng hẹn', { exact: true }).click();
    await form.getByText('Rất hài lòng', { exact: true }).click();
    await form.getByRole('textbox').fill('Nộp trực tuyến thuận tiện');
    await shoot(citizen, 'rating');
    await form.getByTestId('rating-submit').click();
    await citizen.getByTestId('rating-thanks').waitFor();
    const [rating] = await q(`SELECT r.timeliness, r.attitude, r.contacts, r.channel, r.comment FROM dossier_ratings r JOIN dossiers d ON d.id = r.dossier_id WHERE d.code = $1`, [code]);
    expect(rating).toEqual({ timeliness: 'on_time', attitude: 5, contacts: 1, channel: 'portal', comment: 'Nộp trực tuyến thuận tiện' });
  });

  it('the counter tablet records a rating; the notice link shows it without login, a wrong link is refused', async () => {
    const tablet = await login('tiepnhan');
    await tablet.goto(`${e.server.url}/danh-gia/quay`);
    await tablet.getByTestId('counter-code').fill(priorResult.toLowerCase());
    await tablet.getByTestId('counter-open').click();
    const form = tablet.getByTestId('rating-form');
    await tablet.getByTestId('rating-summary').getByText('Sở Tư pháp tỉnh An Giang').waitFor();
    await form.getByText('Trễ hẹn', { exact: true }).click();
    await form.getByText('Hài lòng', { exact: true }).click();
    await form.getByTestId('rating-submit').click();
    await tablet.getByTestId('rating-thanks').waitFor();
    const [row] = await q(`SELECT r.timeliness, r.attitude, r.channel FROM dossier_ratings r JOIN dossiers d ON d.id = r.dossier_id WHERE d.code = $1`, [priorResult]);
    expect(row).toEqual({ timeliness: 'late', attitude: 4, channel: 'counter' });

    const anonymous = await (await newContext({ width: 390, height: 844 })).newPage();
    anonymous.on('pageerror', (err) => errors.push(`anonymous: ${err.message}`));
    await anonymous.goto(`${e.server.url}/danh-gia/${code}?t=${await lookupToken(e.db.store, code)}`);
    await anonymous.getByTestId('rating-summary').getByText(code).waitFor();
    await anonymous.getByTestId('rating-submit').getByText('Cập nhật đánh giá').waitFor();
    await expectAccessible(anonymous);
    expect(await anonymous.locator('body').textContent()).not.toContain('Phan Thị Thu');
    await anonymous.goto(`${e.server.url}/danh-gia/${code}?t=sai-ma`);
    await anonymous.getByTestId('rating-error').getByText('Không tìm thấy hồ sơ, hoặc đường dẫn đánh giá không đúng.').waitFor();
    expect(errors).toEqual([]);
  });
});
