import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/server/demo/users';
import { hasChromium, startE2E, type E2E } from './browser';

describe.skipIf(!hasChromium)('journey: the administrator maintains the working calendar', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
  });
  afterAll(() => e?.close());

  it('shows the official 2025 make-up Saturday and records a new one for 2027', async () => {
    const page = await e.browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(`${e.server.url}/dang-nhap?next=/quan-tri/lich`);
    await page.fill('#username', 'quantri');
    await page.fill('#password', DEMO_PASSWORD);
    await page.click('button[type=submit]');
    const year = page.getByLabel('Năm');
    await year.fill('2025');
    await year.press('Enter');
    await page.getByTestId('year-origin').getByText('Lịch chính thức có sẵn').waitFor();
    expect(await page.locator('[data-date="2025-04-26"]').getAttribute('data-kind')).toBe('makeup_workday');
    expect(await page.locator('[data-date="2025-05-02"]').getAttribute('data-kind')).toBe('swap_off');

    await year.fill('2027');
    await year.press('Enter');
    await page.getByTestId('year-origin').getByText('Tạm tính theo Bộ luật Lao động').waitFor();
    await page.locator('[data-date="2027-05-08"]').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('label.ant-radio-button-wrapper', { hasText: 'Làm bù' }).click();
    await dialog.locator('label.ant-radio-button-wrapper-checked', { hasText: 'Làm bù' }).waitFor();
    await dialog.getByLabel('Tên').fill('Làm bù cho ngày 3/5');
    await dialog.getByLabel('Văn bản căn cứ').fill('CV 1234/VPCP-KGVX');
    await dialog.getByRole('button', { name: 'Áp dụng' }).click();
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByTestId('year-origin').getByText('Đã sửa tại đây').waitFor();
    await page.getByText(/lưu \d+ ngày/).waitFor();

    const day = await (await fetch(`${e.server.url}/api/calendar/days?from=2027-05-08&to=2027-05-08`)).json();
    expect(day[0]).toMatchObject({ working: true, kind: 'makeup_workday', source: 'CV 1234/VPCP-KGVX' });
    await page.screenshot({ path: 'e2e/.artifacts-calendar.png' }).catch(() => {});
    await page.close();
  });
});
