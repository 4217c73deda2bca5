/**
 * Result document templates: a title and a body with {{field}} placeholders, filled from the dossier
 * and the decision at approval. Only the fields listed here exist, so a typo is refused when the
 * template is saved rather than printed on a citizen's certificate.
 */
export const RESULT_FIELDS = {
  'ho_so.ma': 'Mã hồ sơ',
  'thu_tuc.ma': 'Mã thủ tục',
  'thu_tuc.ten': 'Tên thủ tục',
  'nguoi_nop.ho_ten': 'Họ tên người nộp',
  'nguoi_nop.so_dinh_danh': 'Số định danh / mã số thuế người nộp',
  'nguoi_nop.dia_chi': 'Địa chỉ người nộp',
  'chu_ho_so.ho_ten': 'Chủ hồ sơ (hoặc người nộp)',
  'ngay_tiep_nhan': 'Ngày tiếp nhận',
  'ngay_quyet_dinh': 'Ngày quyết định',
  'co_quan.ten': 'Cơ quan giải quyết',
  'ket_qua.ten': 'Tên kết quả',
  'y_kien_duyet': 'Ý kiến của người duyệt',
} as const;
export type ResultField = keyof typeof RESULT_FIELDS;
export type ResultValues = Record<ResultField, string>;

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Problems of a template body, in Vietnamese (empty when it can be saved). */
export function templateProblems(body: string): string[] {
  const problems: string[] = [];
  for (const m of body.matchAll(PLACEHOLDER)) {
    if (!(m[1]! in RESULT_FIELDS)) problems.push(`Trường "{{${m[1]}}}" không tồn tại; các trường dùng được: ${Object.keys(RESULT_FIELDS).join(', ')}`);
  }
  const open = (body.match(/\{\{/g) ?? []).length;
  const close = (body.match(/\}\}/g) ?? []).length;
  if (open !== close) problems.push('Dấu {{ }} không khớp nhau');
  return problems;
}

export function fillTemplate(body: string, values: ResultValues): string {
  return body.replace(PLACEHOLDER, (whole, name: string) => (name in values ? values[name as ResultField] : whole));
}

/** The template used until a control officer writes one for the procedure. */
export function defaultResultTemplate(resultName: string | null): { title: string; body: string } {
  const title = (resultName?.trim() || 'Văn bản trả kết quả giải quyết thủ tục hành chính').toLocaleUpperCase('vi');
  return {
    title,
    body: [
      'Căn cứ hồ sơ số {{ho_so.ma}} tiếp nhận ngày {{ngay_tiep_nhan}} về thủ tục "{{thu_tuc.ten}}" (mã {{thu_tuc.ma}});',
      'Xét đề nghị của bộ phận chuyên môn, {{co_quan.ten}} xác nhận kết quả giải quyết thủ tục hành chính cho:',
      'Ông/Bà/Tổ chức: {{chu_ho_so.ho_ten}} — số định danh/mã số thuế: {{nguoi_nop.so_dinh_danh}}.',
      'Địa chỉ: {{nguoi_nop.dia_chi}}.',
      'Kết quả: {{ket_qua.ten}}. Ý kiến phê duyệt: {{y_kien_duyet}}.',
      'Văn bản có giá trị kể từ ngày {{ngay_quyet_dinh}}.',
    ].join('\n'),
  };
}
