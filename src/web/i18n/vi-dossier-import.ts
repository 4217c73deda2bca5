/** Vietnamese texts of the import of past dossiers (Quản trị → Nhập hồ sơ cũ). */
export const dossierImportVi = {
  nav: 'Nhập hồ sơ cũ',
  title: 'Nhập hồ sơ từ hệ thống một cửa cũ',
  intro:
    'Tải lên tệp JSON (mảng hồ sơ hoặc {"dossiers": […]}) hay JSON Lines (mỗi dòng một hồ sơ) theo cấu trúc đồng bộ hồ sơ DVCQG kèm tiến trình TienTrinh. Hồ sơ nhập giữ nguyên mã, được tính vào chỉ số và báo cáo; hồ sơ đã kết thúc chỉ được xem. Nhập lại cùng mã hồ sơ thì cập nhật.',
  cardHint: 'Chuyển hồ sơ các năm trước sang hệ thống',
  drop: 'Kéo thả hoặc bấm để chọn tệp .json / .jsonl',
  hint: 'Tệp rất lớn (hàng triệu hồ sơ): dùng lệnh npx motcua dossiers import TỆP trên máy chủ.',
  badFile: 'Tệp không đọc được: cần JSON (mảng hồ sơ) hoặc JSON Lines.',
  sending: 'Đang gửi {done}/{total} hồ sơ…',
  result: 'Kết quả nhập',
  imported: 'Đã nhập',
  skipped: 'Bỏ qua (không thay đổi)',
  failed: 'Lỗi',
  errors: 'Hồ sơ không nhập được',
  index: 'Thứ tự',
  code: 'Mã hồ sơ',
  field: 'Trường',
  message: 'Vấn đề',
  unreadable: 'Dòng {line} không phải JSON hợp lệ',
  importedTag: 'Nhập từ hệ thống cũ',
};
