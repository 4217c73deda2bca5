/** Vietnamese problem messages for interchange validation issues (Zod issues → {path, message}). */
import type { z } from 'zod';

export interface Problem {
  /** Dot-separated path into the record, e.g. "channels.0.processingTime.unit"; "" for the record itself. */
  readonly path: string;
  readonly message: string;
}

/** Vietnamese names of the fields, as the published catalogue calls them. */
const LABELS: Record<string, string> = {
  code: 'mã thủ tục',
  name: 'tên thủ tục',
  field: 'lĩnh vực',
  levels: 'cấp thực hiện',
  implementingAgency: 'cơ quan thực hiện',
  decisionRef: 'số quyết định công bố',
  channels: 'cách thức thực hiện',
  channel: 'hình thức nộp',
  processingTime: 'thời hạn giải quyết',
  unit: 'đơn vị thời hạn',
  asWritten: 'nội dung nguyên văn',
  fees: 'phí, lệ phí',
  label: 'tên khoản phí, lệ phí',
  documents: 'thành phần hồ sơ',
  copies: 'số lượng bản',
  required: 'tính bắt buộc của giấy tờ',
  forms: 'mẫu đơn, tờ khai',
  url: 'đường dẫn tệp mẫu',
  reuse: 'loại giấy tờ tái sử dụng',
  locationIndependent: 'tính không phụ thuộc địa giới hành chính',
  onlineLevel: 'mức độ dịch vụ công trực tuyến',
  legalBases: 'căn cứ pháp lý',
  subjects: 'đối tượng thực hiện',
  result: 'kết quả thực hiện',
  conditions: 'yêu cầu, điều kiện',
  formFields: 'trường thông tin tờ khai',
  key: 'mã trường',
  kind: 'loại trường',
  options: 'lựa chọn',
  visibleIf: 'điều kiện hiển thị',
};

const EXPECTED: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  boolean: 'true hoặc false',
  array: 'danh sách',
  object: 'đối tượng',
};

type Key = PropertyKey;

function labelOf(path: readonly Key[]): string {
  const names = path.filter((k): k is string => typeof k === 'string');
  const last = names.at(-1);
  if (last === undefined) return 'bản ghi thủ tục';
  if (last === 'amount') return names.includes('fees') ? 'số tiền phí, lệ phí' : 'số lượng thời hạn';
  if (last === 'name' && names.includes('forms')) return 'tên tệp mẫu đơn, tờ khai';
  if (last === 'name' && names.includes('documents')) return 'tên giấy tờ';
  if (typeof path.at(-1) === 'number') return `mục ${String(path.at(-1))} của ${LABELS[last] ?? last}`;
  return LABELS[last] ?? last;
}

function valueAt(input: unknown, path: readonly Key[]): unknown {
  let cur: unknown = input;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<Key, unknown>)[k];
  }
  return cur;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function messageOf(issue: z.core.$ZodIssue, input: unknown): string {
  const label = labelOf(issue.path);
  const missing = valueAt(input, issue.path) === undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (missing) return `Thiếu ${label}`;
      return `${capitalise(label)} phải là ${EXPECTED[issue.expected] ?? issue.expected}`;
    case 'invalid_format':
      if (issue.path.at(-1) === 'code') return 'Mã thủ tục phải có dạng 1.001193';
      return `${capitalise(label)} sai định dạng`;
    case 'invalid_value':
      if (missing) return `Thiếu ${label}`;
      return `${capitalise(label)} không hợp lệ; giá trị cho phép: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'string') return `${capitalise(label)} không được để trống`;
      if (issue.origin === 'array') return `${capitalise(label)} phải có ít nhất ${String(issue.minimum)} mục`;
      return `${capitalise(label)} không được là số âm`;
    case 'custom':
      return issue.message;
    default:
      return `${capitalise(label)} không hợp lệ`;
  }
}

export function problemsFromIssues(issues: readonly z.core.$ZodIssue[], input: unknown): Problem[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: messageOf(issue, input) }));
}
