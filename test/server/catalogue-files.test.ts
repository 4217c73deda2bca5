import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, testApp, type TestApp } from '../support/app';
import { buildProcedure, CATALOGUE_FIXTURE } from '../support/procedures';

const run = promisify(execFile);

describe('catalogue files: Excel template and command-line import', () => {
  let t: TestApp;
  let kstthc: string;
  beforeAll(async () => {
    t = await testApp();
    kstthc = await loginAs(t.app, 'kiemsoat');
  });
  afterAll(() => t.close());

  it('imports a JSON file from the command line, publishing it, and reports bad records with exit code 3', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'motcua-cat-'));
    const file = path.join(dir, 'danh-muc.json');
    await fs.writeFile(file, JSON.stringify({ procedures: [...CATALOGUE_FIXTURE, { code: '1.000002', name: 'Thiếu dữ liệu' }] }));
    const cli = run(process.execPath, ['bin/motcua.mjs', 'catalogue', 'import', file, '--publish-as', '05/QĐ-UBND'], { env: { ...process.env, DATABASE_URL: t.db.url } });
    await expect(cli).rejects.toMatchObject({ code: 3, stdout: expect.stringContaining('Đã nhập: 4 mới, 0 cập nhật, 0 không đổi, 1 lỗi; công bố theo 05/QĐ-UBND') });
    await fs.rm(dir, { recursive: true });
    const found = (await t.app.inject({ method: 'GET', url: '/api/procedures?q=khai sinh' })).json();
    expect(found.items.map((i: { code: string }) => i.code)).toEqual(['1.001193']);
  });

  it('exports the catalogue to Excel and re-imports it unchanged', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/admin/catalogue/export.xlsx', headers: { cookie: kstthc } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Thủ tục', 'Hình thức nộp', 'Thành phần hồ sơ', 'Hướng dẫn']);
    expect(wb.getWorksheet('Thủ tục')!.rowCount).toBe(5);
    const back = await t.app.inject({
      method: 'POST',
      url: '/api/admin/catalogue/import.xlsx',
      headers: { cookie: kstthc, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      payload: res.rawPayload,
    });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({ created: 0, updated: 0, unchanged: 4, errors: [] });
  });

  it('an official fills the blank template: a new procedure is created, a bad row is reported', async () => {
    const tpl = await t.app.inject({ method: 'GET', url: '/api/admin/catalogue/export.xlsx?template=true', headers: { cookie: kstthc } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(tpl.rawPayload as unknown as ArrayBuffer);
    const p = buildProcedure({ code: '1.004946', name: 'Thủ tục đăng ký kết hôn', field: 'Hộ tịch', levels: ['commune'] });
    wb.getWorksheet('Thủ tục')!.addRow([p.code, p.name, p.field, 'commune', p.implementingAgency, p.decisionRef, 'full', 'Luật Hộ tịch 2014\nNghị định 123/2015/NĐ-CP', 'Công dân', 'Giấy chứng nhận kết hôn', '']);
    wb.getWorksheet('Thủ tục')!.addRow(['1.004947', '', 'Hộ tịch', 'xã', '', '', '', '', '', '', '']);
    wb.getWorksheet('Hình thức nộp')!.addRow(['1.004946', 'direct', 0, 'same_day', 'Ngay trong ngày', 'Lệ phí | 0 | Miễn lệ phí']);
    wb.getWorksheet('Thành phần hồ sơ')!.addRow(['1.004946', 'Tờ khai đăng ký kết hôn', '1 bản chính', 'có']);
    const payload = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await t.app.inject({ method: 'POST', url: '/api/admin/catalogue/import.xlsx', headers: { cookie: kstthc, 'content-type': 'application/octet-stream' }, payload });
    const body = res.json();
    expect(body.created).toBe(1);
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].code).toBe('1.004947');
    const draft = (await t.app.inject({ method: 'GET', url: '/api/admin/procedures/1.004946/draft', headers: { cookie: kstthc } })).json();
    expect(draft.record).toMatchObject({ legalBases: ['Luật Hộ tịch 2014', 'Nghị định 123/2015/NĐ-CP'], channels: [{ channel: 'direct', processingTime: { unit: 'same_day' }, fees: [{ label: 'Lệ phí', amount: 0 }] }] });
  });

  it('a file that is not a workbook gets a 400 problem', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/admin/catalogue/import.xlsx', headers: { cookie: kstthc, 'content-type': 'application/octet-stream' }, payload: Buffer.from('MZ not a workbook') });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('Excel');
  });
});
