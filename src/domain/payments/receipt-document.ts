/**
 * The electronic receipt for fees (biên lai thu phí, lệ phí điện tử) as a printable FormDocument:
 * the collecting agency, the receipt series (ký hiệu) and number, the payer, the lines collected,
 * the total in figures and in words, how it was paid and when. The server renders and signs it with
 * the agency's key. The official template of e-receipts (NĐ 123/2020/NĐ-CP art. 32; NĐ 11/2020) was
 * not checked against the texts: the fields are those such receipts carry (docs/adr/0019-payments.md).
 */
import { formatFormDateTime, formatPlaceDate } from '../forms/format';
import { MOTTO, NATION } from '../forms/build';
import type { FormAgency, FormBlock, FormDocument } from '../forms/types';
import { dongInWords, groupThousands } from './money-words';
import type { ObligationLine } from './obligation';
import { PAYMENT_METHOD_VI, type PaymentMethod } from './state';

export type ReceiptRequest = {
  agency: FormAgency;
  series: string;
  /** Sequence within the series, printed with 7 digits. */
  number: number;
  issuedAt: Date;
  paidAt: Date;
  code: string;
  lookupUrl: string;
  procedureName: string;
  payer: { name: string; idNumber: string | null; address: string | null };
  lines: readonly ObligationLine[];
  total: number;
  method: PaymentMethod;
  /** Provider transaction number, card slip or transfer reference. */
  reference: string | null;
  bankCode: string | null;
  /** The officer who collected it at the counter, or null online. */
  collector: string | null;
  exemption: { label: string; legalBasis: string; evidence: string } | null;
  surplus: boolean;
};

const upper = (s: string) => s.toLocaleUpperCase('vi');
export const receiptNumber = (n: number) => String(n).padStart(7, '0');
export const RECEIPT_TITLE = 'BIÊN LAI THU PHÍ, LỆ PHÍ';

export function buildReceipt(r: ReceiptRequest): FormDocument {
  const number = receiptNumber(r.number);
  const blocks: FormBlock[] = [
    { type: 'field', label: 'Ký hiệu', value: r.series, strong: true },
    { type: 'field', label: 'Số', value: number, strong: true },
    { type: 'field', label: 'Đơn vị thu', value: r.agency.name, strong: false },
    { type: 'field', label: 'Người nộp', value: r.payer.name, strong: true },
    ...(r.payer.idNumber ? [{ type: 'field', label: 'Số định danh / mã số thuế', value: r.payer.idNumber, strong: false } as const] : []),
    ...(r.payer.address ? [{ type: 'field', label: 'Địa chỉ', value: r.payer.address, strong: false } as const] : []),
    { type: 'field', label: 'Nội dung thu', value: `Phí, lệ phí giải quyết thủ tục "${r.procedureName}"`, strong: false },
    {
      type: 'table',
      columns: [
        { header: 'STT', width: 1, align: 'center' },
        { header: 'Khoản thu', width: 6, align: 'left' },
        { header: 'Số lượng', width: 3, align: 'center' },
        { header: 'Số tiền (đồng)', width: 3, align: 'right' },
      ],
      rows: r.lines.map((l, i) => [String(i + 1), l.label, l.quantity, groupThousands(l.amount)]),
    },
    { type: 'field', label: 'Tổng số tiền', value: `${groupThousands(r.total)} đồng`, strong: true },
    { type: 'field', label: 'Số tiền bằng chữ', value: dongInWords(r.total), strong: false },
    { type: 'field', label: 'Hình thức thanh toán', value: PAYMENT_METHOD_VI[r.method], strong: false },
    ...(r.reference ? [{ type: 'field', label: 'Mã giao dịch / chứng từ', value: r.bankCode ? `${r.reference} (${r.bankCode})` : r.reference, strong: false } as const] : []),
    { type: 'field', label: 'Thời điểm thu', value: formatFormDateTime(r.paidAt), strong: false },
  ];
  if (r.exemption) blocks.push({ type: 'note', text: `Miễn, giảm: ${r.exemption.label} (${r.exemption.legalBasis}); giấy tờ chứng minh: ${r.exemption.evidence}.` });
  if (r.surplus) blocks.push({ type: 'note', text: 'Khoản thu này phát sinh sau khi nghĩa vụ đã được thực hiện; đơn vị thu sẽ hoàn trả cho người nộp.' });
  blocks.push({ type: 'note', text: `Biên lai điện tử được ký số bởi ${r.agency.name}. Tra cứu hồ sơ ${r.code} tại ${r.lookupUrl.split('?')[0]} hoặc quét mã QR.` });
  return {
    set: '03/2025',
    kind: 'payment_receipt',
    number: '',
    formLabel: `Ký hiệu: ${r.series} — Số: ${number}`,
    legalBasis: 'Biên lai điện tử',
    title: RECEIPT_TITLE,
    subtitle: '(Biên lai điện tử)',
    paper: 'A5',
    orientation: 'portrait',
    header: { agencyParent: r.agency.parentName ? upper(r.agency.parentName) : null, agency: upper(r.agency.name), nation: NATION, motto: MOTTO, documentNumber: null },
    placeDate: formatPlaceDate(r.agency.place, r.issuedAt),
    code: r.code,
    qr: r.lookupUrl,
    blocks,
    signatures: [
      { title: 'NGƯỜI NỘP TIỀN', note: r.collector ? '(Ký, ghi rõ họ tên)' : '(Thanh toán trực tuyến)', name: r.collector ? null : r.payer.name },
      { title: 'NGƯỜI THU TIỀN', note: '(Đã ký số)', name: r.collector ?? r.agency.name },
    ],
    issuedAt: r.issuedAt,
    meta: { title: `${RECEIPT_TITLE} ${r.series} số ${number}`, subject: `Biên lai thu phí, lệ phí hồ sơ ${r.code}`, keywords: [r.code, r.series, number] },
  };
}
