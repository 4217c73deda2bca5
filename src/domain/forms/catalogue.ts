/**
 * Which forms each circular defines, their numbers and official names.
 * TT 01/2018/TT-VPCP art. 9: 6 forms (01–05 A5, 06 A4). TT 03/2025/TT-VPCP Phụ lục I: 7 forms,
 * adding 05 "Thông báo dừng giải quyết hồ sơ" and turning 04 into a letter that also asks for
 * the extension (docs: legal digest §1.6).
 */
import type { FormKind, FormSet } from './types';

/** Typed error for a form that cannot be produced (unknown in the set, inconsistent input). */
export class FormError extends Error {
  readonly code = 'FORM_INPUT' as const;

  constructor(message: string) {
    super(message);
    this.name = 'FormError';
  }
}

export const FORM_SETS: readonly FormSet[] = ['01/2018', '03/2025'];
export const FORM_KINDS: readonly FormKind[] = ['receipt', 'supplement', 'refusal', 'apology', 'stop', 'control', 'book'];

const NUMBERS = {
  '01/2018': { receipt: '01', supplement: '02', refusal: '03', apology: '04', stop: null, control: '05', book: '06' },
  '03/2025': { receipt: '01', supplement: '02', refusal: '03', apology: '04', stop: '05', control: '06', book: '07' },
} as const satisfies Record<FormSet, Record<FormKind, string | null>>;

/** The form's number in the set ('01'…'07'), or null when the set has no such form. */
export function formNumber(set: FormSet, kind: FormKind): string | null {
  return NUMBERS[set][kind];
}

/** Official name of the form (sentence case), as listed in the circular. */
export function formName(set: FormSet, kind: FormKind): string {
  switch (kind) {
    case 'receipt':
      return 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả';
    case 'supplement':
      return 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ';
    case 'refusal':
      return 'Phiếu từ chối tiếp nhận giải quyết hồ sơ';
    case 'apology':
      return set === '01/2018' ? 'Phiếu xin lỗi và hẹn lại ngày trả kết quả' : 'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết';
    case 'stop':
      return 'Thông báo dừng giải quyết hồ sơ';
    case 'control':
      return 'Phiếu kiểm soát quá trình giải quyết hồ sơ';
    case 'book':
      return 'Sổ theo dõi hồ sơ';
  }
}

/** Full citation of the circular. */
export function circularOf(set: FormSet): string {
  return set === '01/2018' ? 'Thông tư số 01/2018/TT-VPCP' : 'Thông tư số 03/2025/TT-VPCP';
}

/** The number, or a FormError naming the form and the circular when the set lacks it. */
export function requireFormNumber(set: FormSet, kind: FormKind): string {
  const n = formNumber(set, kind);
  if (n === null) {
    throw new FormError(`Biểu mẫu "${formName(set, kind)}" không có trong bộ biểu mẫu ban hành kèm theo ${circularOf(set)}.`);
  }
  return n;
}

/** The A5/A4 rule of TT 01/2018 art. 9 (kept by TT 03/2025): every slip is A5, the book A4. */
export function paperOf(kind: FormKind): 'A5' | 'A4' {
  return kind === 'book' ? 'A4' : 'A5';
}
