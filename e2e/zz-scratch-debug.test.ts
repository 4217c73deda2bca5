import { it } from 'vitest';
import { DEMO_PASSWORD } from '../src/server/demo/users';
import { startE2E } from './browser';
it('scratch', async () => {
  const e = await startE2E();
  try {
    for (const [user, path] of [['tiepnhan', '/can-bo/tiep-nhan']] as const) {
      const page = await e.browser.newPage({ viewport: { width: 1280, height: 900 } });
      page.on('pageerror', (err) => console.log('PAGEERROR', user, err.message));
      page.on('response', (r) => r.status() >= 404 && console.log('CONSOLE', user, r.status(), r.url()));
      await page.goto(`${e.server.url}/dang-nhap`);
      await page.fill('#username', user);
      await page.fill('#password', DEMO_PASSWORD);
      await page.click('button[type=submit]');
      await page.waitForURL('**/can-bo');
      await page.goto(`${e.server.url}${path}`);
      await new Promise((r) => setTimeout(r, 4000));
      if (path === '/can-bo/tiep-nhan') {
        await page.getByTestId('counter-title').waitFor();
        await page.keyboard.type('ly lich');
        await new Promise((r) => setTimeout(r, 2000));
        await page.locator('.ant-select-dropdown:visible').locator('.ant-select-item-option', { hasText: '3.000334' }).click();
        await new Promise((r) => setTimeout(r, 4000));
        console.log('SUMMARY', await page.getByTestId('procedure-summary').count(), (await page.getByTestId('procedure-summary').first().innerText().catch(() => 'none')).slice(0, 300));
      }
      await page.screenshot({ path: `/tmp/debug-${user}.png` });
      console.log('TEXT', user, (await page.locator('body').innerText()).slice(0, 600).replace(/\n/g, ' | '));
      await page.close();
    }
  } finally {
    await e.close();
  }
});
