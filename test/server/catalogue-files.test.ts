import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, testApp, type TestApp } from '../support/app';
import { buildProcedure, CAN_CUOC, CATALOGUE_FIXTURE } from '../support/procedures';

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

  const workbookOf = async (payload: Buffer) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(payload as unknown as ArrayBuffer);
    return wb;
  };
  const importXlsx = async (wb: ExcelJS.Workbook) => {
    const res = await t.app.inject({ method: 'POST', url: '/api/admin/catalogue/import.xlsx', headers: { cookie: kstthc, 'content-type': 'application/octet-stream' }, payload: Buffer.from(await wb.xlsx.writeBuffer()) });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const draftOf = async (code: string) => (await t.app.inject({ method: 'GET', url: `/api/admin/procedures/${code}/draft`, headers: { cookie: kstthc } })).json().record;

  it('the workbook carries the location flag, form templates and reusable kinds, and re-imports unchanged', async () => {
    const imported = await t.app.inject({ method: 'POST', url: '/api/admin/catalogue/import?publishAs=06%2FQĐ-UBND', headers: { cookie: kstthc }, payload: { procedures: [CAN_CUOC] } });
    expect(imported.json()).toMatchObject({ created: 1, errors: [] });
    const res = await t.app.inject({ method: 'GET', url: '/api/admin/catalogue/export.xlsx', headers: { cookie: kstthc } });
    const wb = await workbookOf(res.rawPayload);
    const procedures = wb.getWorksheet('Thủ tục')!;
    expect(procedures.getRow(1).getCell(12).value).toBe('Không phụ thuộc địa giới hành chính (có/không)');
    const row = (ws: ExcelJS.Worksheet, code: string) => ws.getRows(2, ws.rowCount - 1)!.filter((r) => r.getCell(1).value === code);
    expect(row(procedures, '1.014061')[0]!.getCell(12).value).toBe('có');
    expect(row(procedures, '2.000488')[0]!.getCell(12).value).toBe('không');
    const documents = row(wb.getWorksheet('Thành phần hồ sơ')!, '1.014061');
    expect(documents.map((r) => [r.getCell(5).value, r.getCell(6).value])).toEqual([
      ['Mẫu DC01 Phiếu thu thập thông tin dân cư.docx', ''],
      ['Mẫu DC02 Phiếu đề nghị giải quyết thủ tục về căn cước.doc | https://dichvucong.gov.vn/mau/DC02.doc', ''],
      ['', 'cccd'],
    ]);
    expect(await importXlsx(wb)).toMatchObject({ created: 0, updated: 0, unchanged: 5, errors: [] });
  });

  it('reads a workbook made from the template before these columns existed, and Vietnamese reusable-kind names', async () => {
    const old = new ExcelJS.Workbook();
    old.addWorksheet('Thủ tục').addRows([
      ['Mã TTHC', 'Tên thủ tục', 'Lĩnh vực', 'Cấp thực hiện', 'Cơ quan thực hiện', 'Quyết định công bố', 'Mức DVCTT', 'Căn cứ pháp lý', 'Đối tượng thực hiện', 'Kết quả', 'Yêu cầu, điều kiện'],
      ['1.000894', 'Thủ tục đăng ký kết hôn', 'Hộ tịch', 'commune', 'Ủy ban nhân dân cấp xã', '163/QĐ-BTP', 'full', 'Luật Hộ tịch 2014', 'Công dân', 'Giấy chứng nhận kết hôn', ''],
    ]);
    old.addWorksheet('Hình thức nộp').addRows([['Mã TTHC', 'Hình thức', 'Thời hạn', 'Đơn vị', 'Như công bố', 'Phí'], ['1.000894', 'direct', 0, 'same_day', 'Ngay trong ngày', 'Lệ phí | 0 | Miễn lệ phí']]);
    old.addWorksheet('Thành phần hồ sơ').addRows([['Mã TTHC', 'Tên giấy tờ', 'Số lượng', 'Bắt buộc'], ['1.000894', 'Tờ khai đăng ký kết hôn theo mẫu', '1 bản chính', 'có']]);
    expect(await importXlsx(old)).toMatchObject({ created: 1, errors: [] });
    expect(await draftOf('1.000894')).toMatchObject({ locationIndependent: false, documents: [{ name: 'Tờ khai đăng ký kết hôn theo mẫu', forms: [], reuse: null }] });

    const tpl = await workbookOf((await t.app.inject({ method: 'GET', url: '/api/admin/catalogue/export.xlsx?template=true', headers: { cookie: kstthc } })).rawPayload);
    const p = buildProcedure({ code: '1.000656', name: 'Thủ tục đăng ký khai tử', field: 'Hộ tịch' });
    tpl.getWorksheet('Thủ tục')!.addRow([p.code, p.name, p.field, 'commune', p.implementingAgency, p.decisionRef, 'full', 'Luật Hộ tịch 2014', '', '', '', 'Có']);
    tpl.getWorksheet('Thủ tục')!.addRow(['1.000657', p.name, p.field, 'commune', p.implementingAgency, p.decisionRef, 'full', '', '', '', '', 'có']);
    tpl.getWorksheet('Hình thức nộp')!.addRow([p.code, 'direct', 0, 'same_day', 'Trong ngày', '']);
    tpl.getWorksheet('Hình thức nộp')!.addRow(['1.000657', 'direct', 0, 'same_day', 'Trong ngày', '']);
    tpl.getWorksheet('Thành phần hồ sơ')!.addRow([p.code, 'Tờ khai đăng ký khai tử theo mẫu', '1 bản chính', 'có', 'Mau TP-HT-khai-tu.docx | https://example.gov.vn/mau.docx\nHuong dan.pdf', '']);
    tpl.getWorksheet('Thành phần hồ sơ')!.addRow([p.code, 'Bản sao giấy khai sinh của người chết', '1 bản sao', 'không', '', 'giay khai sinh']);
    tpl.getWorksheet('Thành phần hồ sơ')!.addRow(['1.000657', 'Hộ chiếu', '1 bản chính', 'có', '', 'hộ chiếu']);
    const body = await importXlsx(tpl);
    expect(body.created).toBe(1);
    expect(body.errors).toEqual([{ index: 1, code: '1.000657', problems: [{ path: 'documents.0.reuse', message: expect.stringMatching(/^Loại giấy tờ tái sử dụng không hợp lệ/u) }] }]);
    expect(await draftOf('1.000656')).toMatchObject({
      locationIndependent: true,
      documents: [
        { forms: [{ name: 'Mau TP-HT-khai-tu.docx', url: 'https://example.gov.vn/mau.docx' }, { name: 'Huong dan.pdf', url: null }], reuse: null },
        { forms: [], reuse: 'birth_certificate' },
      ],
    });
  });

  it('a file that is not a workbook gets a 400 problem', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/admin/catalogue/import.xlsx', headers: { cookie: kstthc, 'content-type': 'application/octet-stream' }, payload: Buffer.from('MZ not a workbook') });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('Excel');
  });
});
