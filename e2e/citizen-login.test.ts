import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalEid, type LocalEid } from '../test/support/local-eid';
import { DEMO_PASSWORD } from '../src/server/demo/users';
import { hasChromium, settled, startE2E, type E2E } from './browser';

const LAN = { idNumber: '079190000321', fullName: 'Đỗ Thị Lan', email: 'lan@example.vn', password: 'mat-khau-cua-lan' };
const MINH = { idNumber: '089190000432', fullName: 'Ngô Văn Minh', phone: '0912000432', password: 'mat-khau-cua-minh' };
const EID_PERSON = { sub: 'vneid-e2e-01', name: 'Hồ Văn Định', cccd: '001090000555', email: 'dinh@example.vn' };

/** No serious or critical accessibility violation on the page as it is now. */
async function expectAccessible(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
}

describe.skipIf(!hasChromium)('journey: citizen accounts on the portal', () => {
  let eid: LocalEid;
  let e: E2E;
  beforeAll(async () => {
    eid = await startLocalEid([EID_PERSON]);
    e = await startE2E({
      env: { MOTCUA_OIDC_ISSUER: eid.issuer, MOTCUA_OIDC_CLIENT_ID: eid.clientId, MOTCUA_OIDC_CLIENT_SECRET: eid.clientSecret, MOTCUA_OIDC_SCOPE: 'openid profile email cccd' },
    });
    // The portal's address is known only now; the provider registers its redirect URI.
    eid.configure([`${e.server.url}/api/citizen/oidc/callback`]);
  });
  afterAll(async () => {
    await e?.close();
    await eid?.close();
  });

  it('signs up, activates with the code, sees the name in the header, logs out and logs in again', async () => {
    // A phone-sized window; axe needs a page of its own browser context.
    const context = await e.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(`${e.server.url}/tai-khoan/dang-ky`);
    await page.getByTestId('signup-form').waitFor();
    await expectAccessible(page);
    await page.fill('#idNumber', LAN.idNumber);
    await page.fill('#fullName', LAN.fullName);
    await page.fill('#email', LAN.email);
    await page.fill('#password', LAN.password);
    await page.fill('#passwordAgain', LAN.password);
    await page.getByTestId('signup-submit').click();
    await page.getByTestId('code-sent').getByText('l**@example.vn', { exact: false }).waitFor();

    // The code as the notification worker sends it (the outbox row of the sign-up).
    const row = await e.db.pool.query(`SELECT payload->>'code' AS code FROM outbox WHERE topic = 'citizen.otp' AND payload->>'to' = $1 ORDER BY id DESC LIMIT 1`, [LAN.email]);
    await page.fill('#code', row.rows[0].code);
    await page.getByTestId('code-submit').click();
    await page.waitForURL('**/tai-khoan');
    expect(await page.getByTestId('citizen-name').textContent()).toBe(LAN.fullName);
    await page.getByTestId('account-details').getByText(LAN.idNumber).waitFor();

    await page.getByTestId('citizen-menu').click();
    await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
    await page.getByTestId('citizen-login-link').click();
    await page.waitForURL('**/tai-khoan/dang-nhap**');
    await page.locator('#account').waitFor();
    await expectAccessible(page);
    await page.fill('#account', LAN.email);
    await page.fill('#password', 'sai-mat-khau-roi');
    await page.getByTestId('citizen-login-submit').click();
    await page.getByRole('alert').getByText('Tài khoản hoặc mật khẩu không đúng.').waitFor();
    await page.fill('#account', LAN.idNumber);
    await page.fill('#password', LAN.password);
    await page.getByTestId('citizen-login-submit').click();
    await page.getByTestId('citizen-name').waitFor();
    expect(await page.getByTestId('citizen-name').textContent()).toBe(LAN.fullName);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a one-stop officer opens an account at the counter; the citizen activates it on the portal', async () => {
    const officer = await e.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await officer.goto(`${e.server.url}/dang-nhap`);
    await officer.fill('#username', 'tiepnhan');
    await officer.fill('#password', DEMO_PASSWORD);
    await officer.click('button[type=submit]');
    await officer.waitForURL('**/can-bo');
    await officer.goto(`${e.server.url}/can-bo/tiep-nhan`);
    await officer.getByTestId('assist-signup').click();
    const dialog = officer.getByRole('dialog');
    await settled(dialog);
    await dialog.getByLabel('Số CCCD / số định danh cá nhân').fill(MINH.idNumber);
    await dialog.getByLabel('Họ và tên').fill(MINH.fullName);
    await dialog.getByLabel('Số điện thoại di động').fill(MINH.phone);
    await dialog.getByTestId('assist-submit').click();
    await dialog.getByTestId('assist-done').getByText('+84912***432', { exact: false }).waitFor();
    await officer.close();

    const page = await e.browser.newPage();
    await page.goto(`${e.server.url}/tai-khoan/dang-nhap`);
    await page.getByRole('link', { name: /Kích hoạt tài khoản/ }).click();
    await page.waitForURL('**/tai-khoan/kich-hoat');
    const row = await e.db.pool.query(`SELECT payload->>'code' AS code FROM outbox WHERE topic = 'citizen.otp' AND payload->>'to' = '+84912000432' ORDER BY id DESC LIMIT 1`);
    await page.fill('#account', MINH.phone);
    await page.fill('#code', row.rows[0].code);
    await page.fill('#password', MINH.password);
    await page.fill('#passwordAgain', MINH.password);
    await page.getByTestId('activate-submit').click();
    await page.waitForURL('**/tai-khoan');
    expect(await page.getByTestId('citizen-name').textContent()).toBe(MINH.fullName);
    const created = await e.db.pool.query(`SELECT c.status, u.username FROM citizens c JOIN users u ON u.id = c.created_by WHERE c.id_number = $1`, [MINH.idNumber]);
    expect(created.rows[0]).toEqual({ status: 'active', username: 'tiepnhan' });
    await page.close();
  });

  it('logs in with e-ID through the local OpenID provider and comes back to the page it left', async () => {
    const page = await e.browser.newPage();
    await page.goto(`${e.server.url}/tra-cuu`);
    await page.getByTestId('citizen-login-link').click();
    await page.waitForURL('**/tai-khoan/dang-nhap?next=%2Ftra-cuu');
    await page.getByTestId('eid-login').getByText('Đăng nhập bằng VNeID').click();

    // The provider's own pages: login, then consent.
    await page.waitForURL(`${eid.issuer}/**`);
    await page.fill('input[name=login]', EID_PERSON.sub);
    await page.fill('input[name=password]', 'bat-ky');
    await page.click('button[type=submit]');
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.waitForURL(`${e.server.url}/tra-cuu`);
    await page.getByTestId('citizen-name').waitFor();
    expect(await page.getByTestId('citizen-name').textContent()).toBe(EID_PERSON.name);
    const row = await e.db.pool.query(`SELECT status, oidc_issuer, oidc_subject FROM citizens WHERE id_number = $1`, [EID_PERSON.cccd]);
    expect(row.rows[0]).toEqual({ status: 'active', oidc_issuer: eid.issuer, oidc_subject: EID_PERSON.sub });
    await page.close();
  });
});
