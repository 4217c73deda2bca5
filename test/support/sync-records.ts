/**
 * National sync records (docs/dossier-import-format.md) for import tests: a dossier of Sở Tư pháp's
 * demo procedure 3.000334 received at the counter on 12/3/2024 08:00, due 22/3/2024 17:00, processed
 * on 20/3 and returned on 21/3, unless overridden.
 */
export type ProgressInput = { TrangThai: number | string; ThoiDiem: string; NoiDungXuLy?: string; PhongBanXuLy?: string; NguoiXuLy?: string };

export function buildSyncRecord(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    MaHoSo: '000.00.17.H04-240312-0001',
    MaTTHC: '3.000334',
    MaDonViTiepNhan: '000.00.17.H04',
    KenhThucHien: 1,
    NgayNop: '20240312080000',
    NgayTiepNhan: '20240312080000',
    NgayHenTra: '20240322170000',
    TrangThaiHoSo: 10,
    ChuHoSo: 'Trần Văn Bình',
    ThongTinNguoiNop: { TenNguoiNop: 'Trần Văn Bình', SoDinhDanh: '089195000123', SoDienThoai: '0912345678', DiaChiChiTiet: 'phường Long Xuyên, An Giang' },
    ThanhPhanHoSo: [
      { MaThanhPhanHoSo: 'TP1', TenThanhPhanHoSo: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', SoLuong: 1, LoaiBan: 'bản chính', DuocSoHoa: 1, DuocLayTuKhoDMQG: 0 },
      { MaThanhPhanHoSo: 'TP2', TenThanhPhanHoSo: 'Bản chụp CCCD', SoLuong: 1, LoaiBan: 'bản sao', DuocSoHoa: 0, DuocLayTuKhoDMQG: 1 },
    ],
    MaKetQua: 'KQ-2024-0001',
    DuongDanTepTinKetQua: 'https://motcua.example.vn/kq/KQ-2024-0001.pdf',
    DuocThanhToanTrucTuyen: 1,
    HoSoCoThanhPhanSoHoa: 1,
    TaiKhoanDuocXacThucVoiVNeID: 1,
    TienTrinh: [
      { TrangThai: 2, ThoiDiem: '20240312080000', NoiDungXuLy: 'Tiếp nhận tại quầy', NguoiXuLy: 'Lê Thị Hồng' },
      { TrangThai: 4, ThoiDiem: '20240312100000', PhongBanXuLy: 'Phòng Hành chính tư pháp' },
      { TrangThai: 9, ThoiDiem: '20240320100000', NoiDungXuLy: 'Đã ký Phiếu lý lịch tư pháp' },
      { TrangThai: 10, ThoiDiem: '20240321090000' },
    ] satisfies ProgressInput[],
    ...overrides,
  };
}

/** A dossier still being processed (status 4): it continues through the normal engine once imported. */
export const openSyncRecord = (overrides: Record<string, unknown> = {}) =>
  buildSyncRecord({
    MaHoSo: '000.00.17.H04-261110-0007',
    NgayNop: '20261110080000',
    NgayTiepNhan: '20261110080000',
    NgayHenTra: '20261120170000',
    TrangThaiHoSo: 4,
    MaKetQua: null,
    DuongDanTepTinKetQua: null,
    TienTrinh: [
      { TrangThai: 2, ThoiDiem: '20261110080000' },
      { TrangThai: 4, ThoiDiem: '20261110090000', PhongBanXuLy: 'Phòng Hành chính tư pháp' },
    ],
    ...overrides,
  });
