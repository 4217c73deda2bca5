import { describe, expect, it } from 'vitest';
import { parseSyncInstant, parseSyncRecord, prepareImport } from '../../../src/domain/dossier-import';
import { buildSyncRecord } from '../../support/sync-records';

const vn = (iso: string) => Date.parse(`${iso}+07:00`);
const NOW = vn('2026-11-22T12:00:00');

describe('DVCQG instants (interpreted in Asia/Ho_Chi_Minh)', () => {
  it('reads yyyyMMddHHmmss and yyyyMMdd as Vietnamese wall-clock time', () => {
    expect(parseSyncInstant('20240312083015')).toBe(Date.UTC(2024, 2, 12, 1, 30, 15));
    expect(parseSyncInstant('20240312')).toBe(Date.UTC(2024, 2, 11, 17, 0, 0));
    // An appointment date without a time lasts the whole day.
    expect(parseSyncInstant('20240322', 'end')).toBe(Date.UTC(2024, 2, 22, 16, 59, 59));
  });

  it('reads ISO-8601: without an offset in Vietnamese time, with one as written', () => {
    expect(parseSyncInstant('2024-03-12T08:30:15')).toBe(Date.UTC(2024, 2, 12, 1, 30, 15));
    expect(parseSyncInstant('2024-03-12 08:30')).toBe(Date.UTC(2024, 2, 12, 1, 30, 0));
    expect(parseSyncInstant('2024-03-12T08:30:15.250')).toBe(Date.UTC(2024, 2, 12, 1, 30, 15, 250));
    expect(parseSyncInstant('2024-03-12T01:30:15Z')).toBe(Date.UTC(2024, 2, 12, 1, 30, 15));
    expect(parseSyncInstant('2024-03-12T10:30:15+09:00')).toBe(Date.UTC(2024, 2, 12, 1, 30, 15));
    expect(parseSyncInstant('2024-03-12', 'end')).toBe(Date.UTC(2024, 2, 12, 16, 59, 59));
    expect(parseSyncInstant(' 20240312083015 ')).toBe(Date.UTC(2024, 2, 12, 1, 30, 15));
  });

  it('refuses dates that do not exist and other forms', () => {
    for (const bad of ['20230229080000', '20240312250000', '20241301', '2024-02-30', '12/03/2024', '2024031208', 'hôm qua', '', '2024-03-12T08:61']) {
      expect(parseSyncInstant(bad), bad).toBeNull();
    }
    expect(parseSyncInstant('20240229080000')).toBe(Date.UTC(2024, 1, 29, 1, 0, 0));
  });
});

describe('sync record parsing', () => {
  it('takes status and channel codes as numbers or numeric strings', () => {
    const r = parseSyncRecord(buildSyncRecord({ KenhThucHien: '2', TrangThaiHoSo: '10', TienTrinh: [{ TrangThai: '2', ThoiDiem: '20240312080000' }, { TrangThai: 10, ThoiDiem: '20240313080000' }] }));
    expect(r.ok && [r.record.KenhThucHien, r.record.TrangThaiHoSo, r.record.TienTrinh[0]!.TrangThai]).toEqual([2, 10, 2]);
  });

  it('maps the channel (null counts as in person), the components and the sync facts', () => {
    const p = prepareImport(buildSyncRecord({ KenhThucHien: null, DuocThanhToanTrucTuyen: 0, HoSoCoThanhPhanSoHoa: true, TaiKhoanDuocXacThucVoiVNeID: '0' }), NOW);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.value.channel).toBe('direct');
    expect(p.value.facts).toEqual({ onlinePayment: null, resultCode: 'KQ-2024-0001', resultUrl: 'https://motcua.example.vn/kq/KQ-2024-0001.pdf', digitisedComponents: true, vneid: false });
    expect(p.value.documents).toEqual([
      { code: 'TP1', name: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', copies: '1 bản chính', digitised: true, source: 'reused' },
      { code: 'TP2', name: 'Bản chụp CCCD', copies: '1 bản sao', digitised: true, source: 'personal_store' },
    ]);
    expect(prepareImport(buildSyncRecord({ KenhThucHien: 3 }), NOW)).toMatchObject({ ok: true, value: { channel: 'postal' } });
    expect(prepareImport(buildSyncRecord({ KenhThucHien: 2 }), NOW)).toMatchObject({ ok: true, value: { channel: 'online' } });
  });

  it('takes the applicant from ThongTinNguoiNop and a different owner from ChuHoSo; organisations by tax code', () => {
    const p = prepareImport(buildSyncRecord({ ChuHoSo: 'Công ty TNHH An Phú', ThongTinNguoiNop: { TenNguoiNop: 'Lê Văn Cường', SoDinhDanh: '089195000123', SoDinhDanhChuHs: '0101234567' } }), NOW);
    expect(p.ok && p.value.applicant).toMatchObject({ kind: 'individual', name: 'Lê Văn Cường', idNumber: '089195000123' });
    expect(p.ok && p.value.owner).toMatchObject({ kind: 'organisation', name: 'Công ty TNHH An Phú', idNumber: '0101234567' });
    const alone = prepareImport(buildSyncRecord({ ThongTinNguoiNop: null, ChuHoSo: 'Trần Văn Bình' }), NOW);
    expect(alone.ok && [alone.value.applicant.name, alone.value.owner]).toEqual(['Trần Văn Bình', null]);
  });

  it('reports every problem with its path, in Vietnamese', () => {
    const r = prepareImport(
      {
        MaHoSo: '000.00.17.H04-240312',
        MaTTHC: 'TTHC-1',
        KenhThucHien: 4,
        NgayHenTra: '32/13/2024',
        TrangThaiHoSo: 11,
        ThongTinNguoiNop: { SoDinhDanh: 89195000123 },
        ThanhPhanHoSo: [{ TenThanhPhanHoSo: '', DuocSoHoa: 'có' }],
        TienTrinh: [],
      },
      NOW,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('000.00.17.H04-240312');
    expect(Object.fromEntries(r.problems.map((p) => [p.path, p.message]))).toEqual({
      MaHoSo: 'Mã hồ sơ phải theo TT 01/2018 (mã cơ quan-YYMMDD-NNNN), ví dụ 000.00.17.H04-240312-0001',
      MaTTHC: 'Mã thủ tục phải có dạng 1.234567',
      MaDonViTiepNhan: 'Thiếu trường bắt buộc: Mã đơn vị tiếp nhận (mã định danh QCVN 102, ví dụ 000.00.17.H04)',
      KenhThucHien: 'Kênh thực hiện phải là một trong 1, 2, 3',
      NgayHenTra: 'Thời điểm "32/13/2024" không hợp lệ (cần yyyyMMddHHmmss, yyyyMMdd hoặc ISO-8601; không có múi giờ thì hiểu là giờ Việt Nam)',
      TrangThaiHoSo: 'Trạng thái hồ sơ phải là một trong 1, 2, 3, 4, 5, 6, 7, 8, 9, 10',
      'ThongTinNguoiNop.SoDinhDanh': 'Phải là chuỗi ký tự (đặt trong dấu nháy)',
      'ThanhPhanHoSo.0.TenThanhPhanHoSo': 'Thiếu trường bắt buộc: Cần tên thành phần hồ sơ (tối đa 1000 ký tự)',
      'ThanhPhanHoSo.0.DuocSoHoa': 'Phải là 0 hoặc 1 (hoặc true/false)',
      TienTrinh: 'Cần ít nhất một mục tiến trình',
    });
  });

  it('says what is missing when a required field is absent or of the wrong type', () => {
    const r = parseSyncRecord({ MaHoSo: '000.00.17.H04-240312-0001', MaTTHC: '3.000334', MaDonViTiepNhan: '000.00.17.H04', TienTrinh: 'không' });
    expect(!r.ok && r.problems).toEqual([
      { path: 'TrangThaiHoSo', message: 'Thiếu trạng thái hồ sơ' },
      { path: 'TienTrinh', message: 'Cần tiến trình xử lý (TienTrinh) là một mảng' },
    ]);
    expect(parseSyncRecord([1, 2])).toEqual({ ok: false, problems: [{ path: '', message: 'Mỗi hồ sơ phải là một đối tượng JSON' }] });
  });

  it('needs a name for the applicant', () => {
    const r = prepareImport(buildSyncRecord({ ChuHoSo: null, ThongTinNguoiNop: { SoDinhDanh: '089195000123' } }), NOW);
    expect(!r.ok && r.problems).toEqual([{ path: 'ThongTinNguoiNop.TenNguoiNop', message: 'Cần tên người nộp (ThongTinNguoiNop.TenNguoiNop) hoặc chủ hồ sơ (ChuHoSo)' }]);
  });
});
