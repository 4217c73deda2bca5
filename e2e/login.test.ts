import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY } from '../src/domain/access';
import { DEMO_PASSWORD, DEMO_USERS } from '../src/server/demo/users';
import { hasChromium, startE2E, type E2E } from './browser';

const AREA = { admin: { path: '/quan-tri', testId: 'admin-title' }, workspace: { path: '/can-bo', testId: 'workspace-title' } } as const;

describe.skipIf(!hasChromium)('journey: every demo role logs in and lands in its area', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
  });
  afterAll(() => e?.close());

  for (const user of DEMO_USERS) {
    it(`${user.username} (${user.role})`, async () => {
      const page = await e.browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (err) => errors.push(err.message));
      await page.goto(`${e.server.url}/dang-nhap`);
      await page.fill('#username', user.username);
      await page.fill('#password', DEMO_PASSWORD);
      await page.click('button[type=submit]');
      const area = ['admin', 'kstthc'].includes(user.role) ? AREA.admin : AREA.workspace;
      await page.waitForURL(`**${area.path}`);
      await page.getByTestId(area.testId).waitFor();
      expect(await page.getByTestId('current-user').textContent()).toBe(user.fullName);
      if (area === AREA.workspace) {
        expect(await page.getByTestId('role-item').count()).toBeGreaterThan(0);
        // The administration area opens only for the roles the policy lets in (inspectors do, for inspections);
        // the others are refused.
        await page.goto(`${e.server.url}/quan-tri`);
        if ((POLICY['area.admin'].roles as readonly string[]).includes(user.role)) await page.getByTestId(AREA.admin.testId).waitFor();
        else await page.getByText('403').waitFor();
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('a wrong password shows the Vietnamese error and stays on the login page', async () => {
    const page = await e.browser.newPage();
    await page.goto(`${e.server.url}/dang-nhap`);
    await page.fill('#username', 'tiepnhan');
    await page.fill('#password', 'sai-mat-khau');
    await page.click('button[type=submit]');
    await page.getByRole('alert').getByText('Tên đăng nhập hoặc mật khẩu không đúng.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/dang-nhap');
    await page.close();
  });

  it('an anonymous visitor to the workspace is sent to login, then back', async () => {
    const page = await e.browser.newPage();
    await page.goto(`${e.server.url}/can-bo`);
    await page.waitForURL('**/dang-nhap?next=%2Fcan-bo');
    await page.fill('#username', 'chuyenvien');
    await page.fill('#password', DEMO_PASSWORD);
    await page.click('button[type=submit]');
    await page.getByTestId('workspace-title').waitFor();
    await page.close();
  });

  it('the administrator adds a unit through the UI', async () => {
    const page = await e.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${e.server.url}/dang-nhap`);
    await page.fill('#username', 'quantri');
    await page.fill('#password', DEMO_PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForURL('**/quan-tri');
    await page.goto(`${e.server.url}/quan-tri/co-quan`);
    const row = page.locator('tr', { hasText: '000.02.31.H04' });
    await row.getByRole('button', { name: /Thêm đơn vị/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Mã đơn vị').fill('KT');
    await dialog.getByLabel('Tên').fill('Phòng Kinh tế');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await row.getByText('KT: Phòng Kinh tế').waitFor();
    const r = await e.db.pool.query(`SELECT u.name FROM units u JOIN agencies a ON a.id = u.agency_id WHERE a.code = '000.02.31.H04' AND u.code = 'KT'`);
    expect(r.rows[0]?.name).toBe('Phòng Kinh tế');
    await page.close();
  });
});
