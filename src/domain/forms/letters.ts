/**
 * Letters to the applicant, signed by the head of the agency: Form 04 (TT 01/2018 "Phiếu xin lỗi
 * và hẹn lại ngày trả kết quả"; TT 03/2025 "Văn bản xin lỗi và đề nghị gia hạn thời gian giải
 * quyết") and TT 03/2025 Form 05 "Thông báo dừng giải quyết hồ sơ". Whether an extension is still
 * allowed (once only, notice in time) is decided before, by `canExtend` in domain/rules.
 */
import { FormError } from './catalogue';
import { SEAL_NOTE, field, lookupNote, note, para, procedureText, receivedAtOf } from './blocks';
import { formatFormDate, formatFormDateTime } from './format';
import type { Body } from './slips';
import type { FormBase, FormSet } from './types';

const HEAD = 'THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ';

export type ApologyInput = { reason: string; originalDueAt: Date; newDueAt: Date; responsibleAgency: string };

export function apologyBody(req: FormBase, set: FormSet, a: ApologyInput): Body {
  const receivedAt = receivedAtOf(req, 'Văn bản xin lỗi');
  if (a.newDueAt.getTime() <= a.originalDueAt.getTime()) {
    throw new FormError(
      `Văn bản xin lỗi: thời hạn mới (${formatFormDateTime(a.newDueAt, 'newDueAt')}) phải sau thời hạn đã hẹn (${formatFormDateTime(a.originalDueAt, 'originalDueAt')}).`,
    );
  }
  const blocks = [
    para(`Kính gửi: ${req.applicant.name}`, 'center', 'bold'),
    para(
      `Ngày ${formatFormDate(receivedAt, 'receivedAt')}, ${req.agency.name} tiếp nhận giải quyết hồ sơ của ông/bà, ` +
        `mã hồ sơ ${req.code}, nội dung yêu cầu giải quyết: ${procedureText(req)}. Thời hạn trả kết quả giải quyết hồ sơ ` +
        `ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả là ${formatFormDateTime(a.originalDueAt, 'originalDueAt')}.`,
    ),
    para('Tuy nhiên đến nay, hồ sơ của ông/bà chưa được giải quyết xong đúng thời hạn như đã hẹn.'),
    field('Lý do chậm trễ', a.reason, true),
    field('Cơ quan, đơn vị chủ trì giải quyết', a.responsibleAgency),
  ];
  const newDue = formatFormDateTime(a.newDueAt, 'newDueAt');
  if (set === '01/2018') {
    blocks.push(
      para(
        `Sự chậm trễ này đã gây phiền hà, tốn kém chi phí đi lại của ông/bà. ${req.agency.name} xin lỗi ông/bà ` +
          `và hẹn lại thời gian trả kết quả giải quyết hồ sơ vào ${newDue}, tại Bộ phận Một cửa, ${req.agency.name}.`,
      ),
    );
  } else {
    blocks.push(
      para(
        `Sự chậm trễ này đã gây phiền hà, tốn kém chi phí đi lại của ông/bà. ${req.agency.name} trân trọng xin lỗi ông/bà ` +
          `và đề nghị gia hạn thời gian giải quyết hồ sơ đến ${newDue}. Kết quả giải quyết hồ sơ được trả tại Bộ phận Một cửa, ${req.agency.name}.`,
      ),
      field('Thời hạn trả kết quả mới (sau gia hạn)', newDue, true),
      note('Thời gian giải quyết hồ sơ chỉ được gia hạn một lần.'),
    );
  }
  blocks.push(para('Chúng tôi xin trân trọng cảm ơn sự hợp tác của ông/bà./.'), lookupNote(req));
  return { blocks, signatures: [{ title: HEAD, note: SEAL_NOTE, name: req.officer.name }] };
}

export function stopBody(req: FormBase, reason: string): Body {
  const blocks = [
    para(`Kính gửi: ${req.applicant.name}`, 'center', 'bold'),
    para(`${req.agency.name} thông báo dừng giải quyết hồ sơ mã số ${req.code} của ông/bà, cụ thể như sau:`),
    field('Nội dung yêu cầu giải quyết', procedureText(req)),
  ];
  if (req.receivedAt) blocks.push(field('Thời gian nhận hồ sơ', formatFormDateTime(req.receivedAt, 'receivedAt')));
  if (req.dueAt) blocks.push(field('Thời hạn trả kết quả đã hẹn', formatFormDateTime(req.dueAt, 'dueAt')));
  blocks.push(
    field('Lý do dừng giải quyết', reason, true),
    para(
      `Mọi vướng mắc, ông/bà vui lòng liên hệ ${req.agency.name}${req.agency.phone ? `, số điện thoại ${req.agency.phone},` : ''} ` +
        'để được hướng dẫn. Xin thông báo để ông/bà được biết./.',
    ),
    lookupNote(req),
  );
  return { blocks, signatures: [{ title: HEAD, note: SEAL_NOTE, name: req.officer.name }] };
}
