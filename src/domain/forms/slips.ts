/**
 * Bodies of the counter slips: 01 receipt and appointment, 02 supplement request, 03 refusal and
 * the control sheet (05 in TT 01/2018, 06 in TT 03/2025). Field lists: legal digest §1.6.
 */
import { BLANK, SIGN_NOTE, channelField, col, field, heading, lookupNote, note, ownerFields, para, partyFields, procedureText, receivedAtOf, table } from './blocks';
import { formatFormDateTime } from './format';
import type { FormBase, FormBlock, FormHandover, FormSignature } from './types';

export type Body = { blocks: FormBlock[]; signatures: FormSignature[] };

const dueText = (at: Date | null) => (at === null ? 'Không xác định (thủ tục không quy định thời hạn)' : formatFormDateTime(at, 'dueAt'));

export function receiptBody(req: FormBase, resultDelivery: string | null): Body {
  const receivedAt = receivedAtOf(req, 'Giấy tiếp nhận hồ sơ');
  const blocks: FormBlock[] = [
    para(`${req.agency.name} tiếp nhận hồ sơ của:`),
    ...partyFields(req.applicant, 'Ông/Bà (tổ chức)'),
    channelField(req),
    field('Nội dung yêu cầu giải quyết', procedureText(req)),
    ...ownerFields(req),
    heading('1. Thành phần hồ sơ nộp gồm:'),
    table(
      [col('STT', 0.6, 'center'), col('Tên giấy tờ', 4.4), col('Số lượng', 1.6, 'center')],
      req.documents.map((d, i) => [`${i + 1}`, d.name, d.copies]),
    ),
    field('2. Số lượng hồ sơ', '01 (bộ)'),
    field('3. Thời gian giải quyết hồ sơ theo quy định', req.processingTime ?? BLANK),
    field('4. Thời gian nhận hồ sơ', formatFormDateTime(receivedAt, 'receivedAt')),
    field('5. Thời gian trả kết quả giải quyết hồ sơ', dueText(req.dueAt), true),
    field('6. Đăng ký nhận kết quả tại', resultDelivery ?? `Bộ phận Một cửa, ${req.agency.name}`),
    lookupNote(req),
  ];
  const applicantNote = req.channel === 'online' ? '(Nộp hồ sơ trực tuyến)' : SIGN_NOTE;
  return {
    blocks,
    signatures: [
      { title: 'NGƯỜI NỘP HỒ SƠ', note: applicantNote, name: req.applicant.name },
      { title: 'NGƯỜI TIẾP NHẬN HỒ SƠ', note: SIGN_NOTE, name: req.officer.name },
    ],
  };
}

export function supplementBody(req: FormBase, reason: string, missing: readonly string[]): Body {
  const blocks: FormBlock[] = [
    ...partyFields(req.applicant, 'Hồ sơ của'),
    ...ownerFields(req),
    field('Nội dung yêu cầu giải quyết', procedureText(req)),
  ];
  if (req.receivedAt) blocks.push(field('Thời gian nhận hồ sơ', formatFormDateTime(req.receivedAt, 'receivedAt')));
  blocks.push(heading('Yêu cầu bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:'));
  if (missing.length > 0) blocks.push(table([col('STT', 0.6, 'center'), col('Nội dung cần bổ sung, hoàn thiện', 6)], missing.map((m, i) => [`${i + 1}`, m])));
  blocks.push(
    field('Lý do', reason),
    para(
      `Trong quá trình bổ sung, hoàn thiện hồ sơ nếu có vướng mắc, ông/bà liên hệ với ${req.officer.name}` +
        `${req.agency.phone ? `, số điện thoại ${req.agency.phone}` : ''} để được hướng dẫn.`,
    ),
    lookupNote(req),
  );
  return { blocks, signatures: [{ title: 'NGƯỜI HƯỚNG DẪN', note: SIGN_NOTE, name: req.officer.name }] };
}

export function refusalBody(req: FormBase, reason: string): Body {
  const blocks: FormBlock[] = [
    para(`${req.agency.name} tiếp nhận hồ sơ của:`),
    ...partyFields(req.applicant, 'Ông/Bà (tổ chức)'),
    ...ownerFields(req),
    field('Nội dung yêu cầu giải quyết', procedureText(req)),
    para(`Sau khi xem xét, đối chiếu với quy định hiện hành, ${req.agency.name} từ chối tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:`),
    field('Lý do từ chối', reason, true),
    para('Xin thông báo để ông/bà được biết và thực hiện./.'),
    lookupNote(req),
  ];
  return {
    blocks,
    signatures: [
      { title: 'NGƯỜI NỘP HỒ SƠ', note: req.channel === 'online' ? '(Nộp hồ sơ trực tuyến)' : SIGN_NOTE, name: req.applicant.name },
      { title: 'NGƯỜI TIẾP NHẬN HỒ SƠ', note: SIGN_NOTE, name: req.officer.name },
    ],
  };
}

export function controlBody(req: FormBase, handovers: readonly FormHandover[]): Body {
  const receivedAt = receivedAtOf(req, 'Phiếu kiểm soát quá trình giải quyết hồ sơ');
  const blocks: FormBlock[] = [
    field('Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả, mã hồ sơ', req.code, true),
    field('Nội dung yêu cầu giải quyết', procedureText(req)),
    field('Người nộp hồ sơ', req.applicant.name, true),
    ...ownerFields(req).slice(0, 1),
    field('Thời gian nhận hồ sơ', formatFormDateTime(receivedAt, 'receivedAt')),
    field('Thời gian giải quyết theo quy định', req.processingTime ?? BLANK),
    field('Thời gian hẹn trả kết quả', dueText(req.dueAt), true),
    heading('Quá trình giao, nhận hồ sơ:'),
    table(
      [
        col('STT', 0.65, 'center'),
        col('Cơ quan, bước xử lý', 2.0),
        col('Thời gian giao, nhận hồ sơ', 1.7),
        col('Người giao, người nhận', 1.9),
        col('Kết quả giải quyết', 1.6),
        col('Ghi chú', 1.2),
      ],
      handovers.map((h, i) => [
        `${i + 1}`,
        `${h.agency}\n${h.step}`,
        formatFormDateTime(h.at, `handovers[${i}].at`),
        `Giao: ${h.giver}\nNhận: ${h.receiver ?? ''}`,
        h.result ?? '',
        h.note ?? '',
      ]),
    ),
    note('Phiếu kiểm soát được lập thành 02 bản: 01 bản chuyển kèm theo hồ sơ, 01 bản lưu tại Bộ phận Một cửa.'),
  ];
  return {
    blocks,
    signatures: [
      { title: 'NGƯỜI LẬP PHIẾU', note: SIGN_NOTE, name: req.officer.name },
      { title: 'NGƯỜI NHẬN KẾT QUẢ', note: SIGN_NOTE, name: null },
    ],
  };
}
