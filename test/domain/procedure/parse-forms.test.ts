/** Form template file names glued into the crawled document rows (shared/data/procedures-dvcqg.jsonl.gz). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocuments, parseDvcqgRecord, splitFormFiles } from '../../../src/domain/procedure';

describe('splitFormFiles on real document cells', () => {
  it.each([
    // [procedure, cell as crawled (name column + template column), name, template files]
    ['1.000232', 'Văn bản đề nghị hủy tài khoản điện tử (NA20).Mau NA20-BCA.docx', 'Văn bản đề nghị hủy tài khoản điện tử (NA20).', ['Mau NA20-BCA.docx']],
    ['1.000807', '01 Tờ khai đề nghị cấp Giấy miễn thị thực (Mẫu NA9).10-Mẫu NA9.doc', '01 Tờ khai đề nghị cấp Giấy miễn thị thực (Mẫu NA9).', ['10-Mẫu NA9.doc']],
    ['1.004089', 'Giấy chứng nhận bị thương của Công an đơn vị, địa phương (mẫu TB1)70-Mẫu TB1-Giấy chứng nhận bị thương.doc', 'Giấy chứng nhận bị thương của Công an đơn vị, địa phương (mẫu TB1)', ['70-Mẫu TB1-Giấy chứng nhận bị thương.doc']],
    ['1.001010', 'Đơn xin thường trú;Mẫu-NA12,-Đơn-xin-thường-trú-cho-người-nước-ngoài.-doc.doc', 'Đơn xin thường trú;', ['Mẫu-NA12,-Đơn-xin-thường-trú-cho-người-nước-ngoài.-doc.doc']],
    ['1.000070', 'Tờ khai theo Mẫu 40, Phụ lục I Nghị định số 23/2026/NĐ-CPMau38.docxMau40.docx', 'Tờ khai theo Mẫu 40, Phụ lục I Nghị định số 23/2026/NĐ-CP', ['Mau38.docx', 'Mau40.docx']],
    ['1.001321', 'Văn bản đề nghị cấp đổi thẻ bảo hiểm y tế của Tổng cục, Bộ Tư lệnh, đơn vị trực thuộc BộMau02-ĐN(BHYT).doc', 'Văn bản đề nghị cấp đổi thẻ bảo hiểm y tế của Tổng cục, Bộ Tư lệnh, đơn vị trực thuộc Bộ', ['Mau02-ĐN(BHYT).doc']],
    ['1.014257', 'Phương án khai thác khoáng sản nhóm IVMau 37 - Phu luc II_36.2025.TT-BNNMT_02.7.2025.docx', 'Phương án khai thác khoáng sản nhóm IV', ['Mau 37 - Phu luc II_36.2025.TT-BNNMT_02.7.2025.docx']],
    ['1.000049', 'Bản khai tham gia hoạt động đo đạc và bản đồ trước thời điểm chứng chỉ hết hạnmau so 20.doc', 'Bản khai tham gia hoạt động đo đạc và bản đồ trước thời điểm chứng chỉ hết hạn', ['mau so 20.doc']],
    ['1.003371', 'Văn bản đề nghị theo Mẫu số 02 Phụ lục ban hành kèm theo Quyết định số 19/2018/QĐ-TTgMẫu 2-CNLDN.docx', 'Văn bản đề nghị theo Mẫu số 02 Phụ lục ban hành kèm theo Quyết định số 19/2018/QĐ-TTg', ['Mẫu 2-CNLDN.docx']],
    ['1.008325', 'Tờ khai lệ phí theo mẫu số 01/LP tại Phụ lục II ban hành kèm theo Thông tư số 80/2021/TT-BTC01-LP.docx', 'Tờ khai lệ phí theo mẫu số 01/LP tại Phụ lục II ban hành kèm theo Thông tư số 80/2021/TT-BTC', ['01-LP.docx']],
    ['1.000312', 'Văn bản đề nghị cấp giấy phép theo mẫu1.000312.docx', 'Văn bản đề nghị cấp giấy phép theo mẫu', ['1.000312.docx']],
    ['1.004993', 'Đơn đề nghị theo mẫu quy địnhvăn bản đề nghị.docx', 'Đơn đề nghị theo mẫu quy định', ['văn bản đề nghị.docx']],
    ['1.002432', 'Đơn đề nghị theo Mẫu số 14.QLT Phụ lục IA ban hành kèm theo Nghị định số 32/2026/NĐ-CPMẫu số 14.QLT. Cấp lại.docx', 'Đơn đề nghị theo Mẫu số 14.QLT Phụ lục IA ban hành kèm theo Nghị định số 32/2026/NĐ-CP', ['Mẫu số 14.QLT. Cấp lại.docx']],
    ['1.003500', 'Bản đăng ký kiểm dịch động vật thủy sảnMau 04 TS. Giay dang ky kiem dich tam nhap tai xuat tam xuat tai nhap chuyen cua khau qua canh DV SP dong vat thuy san.docxMau 05 TS. Giay dang ky kiem dich nhap xuat kho ngoai quan dong vat san pham thuy san.docx', 'Bản đăng ký kiểm dịch động vật thủy sản', ['Mau 04 TS. Giay dang ky kiem dich tam nhap tai xuat tam xuat tai nhap chuyen cua khau qua canh DV SP dong vat thuy san.docx', 'Mau 05 TS. Giay dang ky kiem dich nhap xuat kho ngoai quan dong vat san pham thuy san.docx']],
  ])('%s', (_code, cell, name, forms) => {
    expect(splitFormFiles(cell)).toEqual({ name, forms, unsplit: false });
  });

  it('keeps the cell whole and says so when the file name cannot be told apart (2.001095)', () => {
    const cell = 'Báo cáo tóm tắt đánh giá rủi ro theo quy định tại Mẫu số 19 Phụ lục I ban hành kèm theo Nghị định số 43/2026/NĐ-CPBC tom tat. DG rui ro. MT, DDSH.docx';
    expect(splitFormFiles(cell)).toEqual({ name: cell, forms: [], unsplit: true });
  });

  it('reads ".doc" inside the name as text, not as a template (1.010732)', () => {
    const cell = 'Báo cáo đánh giá tác động môi trường kèm theo tệp văn bản điện tử định dạng đuôi “.doc” chứa nội dung của báo cáo';
    expect(splitFormFiles(cell)).toEqual({ name: cell, forms: [], unsplit: false });
  });

  it('does not cut "VNeID" or "4x6cm" inside a name', () => {
    expect(splitFormFiles('Tài khoản VNeID.Mẫu 01.docx')).toEqual({ name: 'Tài khoản VNeID.', forms: ['Mẫu 01.docx'], unsplit: false });
    expect(splitFormFiles('Ảnh cỡ 4x6cm;Mau 01.doc')).toEqual({ name: 'Ảnh cỡ 4x6cm;', forms: ['Mau 01.doc'], unsplit: false });
  });
});

describe('parseDocuments with templates', () => {
  it('one document per count cell, templates in order, the name trimmed, the reusable kind suggested', () => {
    const raw =
      '--Tên giấy tờMẫu đơn, tờ khaiSố lượng- Tờ khai theo Mẫu 40, Phụ lục I Nghị định số 23/2026/NĐ-CPMau38.docxMau40.docx1 bản chính' +
      'Bản sao Giấy khai sinh của con chưa thành niên0 bản chính,1 bản sao';
    expect(parseDocuments(raw)).toEqual({
      documents: [
        { name: 'Tờ khai theo Mẫu 40, Phụ lục I Nghị định số 23/2026/NĐ-CP', copies: '1 bản chính', required: true, forms: [{ name: 'Mau38.docx', url: null }, { name: 'Mau40.docx', url: null }], reuse: null },
        { name: 'Bản sao Giấy khai sinh của con chưa thành niên', copies: '0 bản chính, 1 bản sao', required: true, forms: [], reuse: 'birth_certificate' },
      ],
      flags: [],
    });
  });

  it('flags a template it cannot split off, keeping the name as written (1.014743)', () => {
    const raw = '--Tên giấy tờMẫu đơn, tờ khaiSố lượngBáo cáo kết quả khảo nghiệm thức ăn chăn nuôibáo cáo.pdf1 bản chính';
    const { documents, flags } = parseDocuments(raw);
    expect(documents.map((d) => [d.name, d.forms])).toEqual([['Báo cáo kết quả khảo nghiệm thức ăn chăn nuôibáo cáo.pdf', []]]);
    expect(flags).toEqual(['document_form_unsplit:0']);
  });
});

describe('parseDvcqgRecord: location-independent reception', () => {
  it('is read from the channels or the steps as published (1.014061, 1.014058)', () => {
    const channels =
      'Hình thức nộpThời gianPhí, lệ phíMô tảTrực tiếp7 Ngày làm việcKhông có thông tin- Trực tiếp tại địa điểm tiếp dân của Công an cấp xã hoặc Bộ phận Một cửa cấp xã (nếu đã triển khai) trong cả nước không phụ thuộc vào nơi cư trú.';
    expect(parseDvcqgRecord({ cach_thuc_thuc_hien: channels }).record.locationIndependent).toBe(true);
    const steps = 'Bước 1: Cá nhân chuẩn bị đầy đủ hồ sơ theo quy định của pháp luật. Bước 2: Nộp hồ sơ tại Công an cấp xã trong cả nước không phụ thuộc vào nơi cư trú.';
    expect(parseDvcqgRecord({ trinh_tu_thuc_hien: steps }).record.locationIndependent).toBe(true);
    expect(parseDvcqgRecord({ trinh_tu_thuc_hien: 'Bước 1: Nộp hồ sơ tại Ủy ban nhân dân cấp xã nơi cư trú.' }).record.locationIndependent).toBe(false);
    // The steps field is optional: its absence is not flagged.
    expect(parseDvcqgRecord({ cach_thuc_thuc_hien: channels }).flags).not.toContain('field_missing:trinh_tu_thuc_hien');
  });
});

/** Document names as the name column ends them: a separator the template is glued to. */
const NAMES = ['Văn bản đề nghị (NA20).', 'Tờ khai theo Mẫu 15, Phụ lục I Nghị định số 23/2026/NĐ-CP;', 'Đơn đề nghị (mẫu TB1)', 'Giấy đề nghị.'];
const fileName = fc
  .tuple(
    fc.constantFrom('Mau', 'Mẫu số', 'Phụ lục', 'TK', '01-', 'PL'),
    fc.stringMatching(/^[A-Za-z0-9 _()-]{0,30}$/u),
    fc.constantFrom('.docx', '.doc', '.pdf'),
  )
  .map(([a, b, ext]) => `${a}${b}`.trimEnd() + ext);

describe('splitFormFiles properties', () => {
  it('recovers the name and every glued template file', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), fc.array(fileName, { minLength: 1, maxLength: 4 }), (name, files) => {
        expect(splitFormFiles(name + files.join(''))).toEqual({ name, forms: files, unsplit: false });
      }),
      { numRuns: 1_000 },
    );
  });

  it('loses no text: name and templates put back together give the cell', () => {
    const pieces = fc.array(fc.oneof(fc.constantFrom(...NAMES, 'Mau01', '.docx', '.doc', 'x', ';', ')', 'NĐ-CP', ' ', 'theo mẫu'), fileName, fc.string({ maxLength: 6 })), { maxLength: 12 });
    fc.assert(
      fc.property(pieces, (xs) => {
        const cell = xs.join('');
        const r = splitFormFiles(cell);
        expect(r.forms.length === 0 ? r.name : r.name + r.forms.join('')).toBe(r.forms.length === 0 ? cell : cell.trimEnd());
        for (const f of r.forms) {
          expect(f).toMatch(/\.(?:docx?|pdf|xlsx?|odt|ods|rtf|zip|rar)$/iu);
          expect(f).not.toMatch(/[/\\:*?"<>|;“”]/u);
        }
      }),
      { numRuns: 2_000 },
    );
  });
});
