/**
 * Biểu số II.06a/VPCP/KSTT (TT 01/2020/TT-VPCP, legal digest §5.1) as printed: the columns, the
 * cells of a row, and the A4 landscape FormDocument the PDF renderer draws. The spreadsheet export
 * reads the same columns, so the Excel and the PDF say the same thing.
 */
import { col, para, table } from '../forms/blocks';
import { MOTTO, NATION } from '../forms/build';
import { formatLocalFormDate, formatPlaceDate } from '../forms/format';
import type { FormAgency, FormDocument } from '../forms/types';
import type { II06aCounts, II06aReport } from './ii06a';

export const II06A_FORM = 'Biểu số II.06a/VPCP/KSTT';
export const II06A_BASIS = 'Thông tư số 01/2020/TT-VPCP';
export const II06A_TITLE = 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH';

/** Column groups of the two-row header: [label, first column, last column] (numbers 1–13). */
export const II06A_GROUPS = [
  ['Số hồ sơ nhận giải quyết', 3, 6],
  ['Số hồ sơ đã giải quyết', 7, 10],
  ['Số hồ sơ đang giải quyết', 11, 13],
] as const;

/** The 13 columns; `group` null means the header spans both rows. */
export const II06A_COLUMNS = [
  { no: 1, header: 'STT', group: null, width: 0.5 },
  { no: 2, header: 'Lĩnh vực, công việc giải quyết theo cấp', group: null, width: 3 },
  { no: 3, header: 'Tổng số', group: 0, width: 0.8 },
  { no: 4, header: 'Số mới tiếp nhận trực tuyến', group: 0, width: 1 },
  { no: 5, header: 'Số mới tiếp nhận trực tiếp hoặc dịch vụ bưu chính', group: 0, width: 1.2 },
  { no: 6, header: 'Số kỳ trước chuyển qua', group: 0, width: 0.9 },
  { no: 7, header: 'Tổng số', group: 1, width: 0.8 },
  { no: 8, header: 'Trả trước hạn', group: 1, width: 0.8 },
  { no: 9, header: 'Trả đúng thời hạn', group: 1, width: 0.8 },
  { no: 10, header: 'Trả quá hạn', group: 1, width: 0.8 },
  { no: 11, header: 'Tổng số', group: 2, width: 0.8 },
  { no: 12, header: 'Chưa đến hạn', group: 2, width: 0.8 },
  { no: 13, header: 'Quá hạn', group: 2, width: 0.8 },
] as const;

/** Columns 3–13 of a row, in order. */
export function ii06aNumbers(c: II06aCounts): number[] {
  return [c.received.total, c.received.online, c.received.directOrPostal, c.received.carriedOver, c.resolved.total, c.resolved.early, c.resolved.onTime, c.resolved.late, c.pending.total, c.pending.withinDeadline, c.pending.overdue];
}

/** "Kỳ báo cáo: từ ngày 15/12/2025 đến ngày 14/03/2026". */
export function ii06aPeriodText(from: string, to: string): string {
  return `Kỳ báo cáo: từ ngày ${formatLocalFormDate(from, 'from')} đến ngày ${formatLocalFormDate(to, 'to')}`;
}

export type II06aDocumentRequest = {
  agency: FormAgency;
  /** The scope's name, printed under the title ("Đơn vị báo cáo"). */
  scope: string;
  from: string;
  to: string;
  issuedAt: Date;
  report: II06aReport;
};

/**
 * The report as an A4 landscape document. The PDF table has one header row, so each header says its
 * group and its column number ("Đã giải quyết: Trả trước hạn (8)"); the Excel has the two-row header.
 */
export function buildII06aDocument(req: II06aDocumentRequest): FormDocument {
  const shortGroup = ['Tiếp nhận', 'Đã giải quyết', 'Đang giải quyết'] as const;
  const columns = II06A_COLUMNS.map((c) => col(`${c.group === null ? '' : `${shortGroup[c.group]}: `}${c.header} (${c.no})`, c.width, c.no === 2 ? 'left' : 'center'));
  const rows = req.report.rows.map((r, i) => [`${i + 1}`, r.field, ...ii06aNumbers(r).map(String)]);
  rows.push(['', 'Tổng cộng', ...ii06aNumbers(req.report.totals).map(String)]);
  const subtitle = ii06aPeriodText(req.from, req.to);
  return {
    set: '03/2025',
    kind: 'periodic_report',
    number: 'II.06a',
    formLabel: II06A_FORM,
    legalBasis: II06A_BASIS,
    title: II06A_TITLE,
    subtitle,
    paper: 'A4',
    orientation: 'landscape',
    header: { agencyParent: req.agency.parentName, agency: req.agency.name, nation: NATION, motto: MOTTO, documentNumber: null },
    placeDate: formatPlaceDate(req.agency.place, req.issuedAt),
    code: null,
    qr: null,
    blocks: [
      para(`Đơn vị báo cáo: ${req.scope}`, 'left', 'normal'),
      table(columns, rows),
      ...(req.report.rows.length === 0 ? [para('Không có hồ sơ trong kỳ.', 'center', 'italic')] : []),
    ],
    signatures: [
      { title: 'NGƯỜI LẬP BIỂU', note: '(Ký và ghi rõ họ tên)', name: null },
      { title: 'THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ', note: '(Ký, ghi rõ họ tên và đóng dấu)', name: null },
    ],
    issuedAt: req.issuedAt,
    meta: { title: `${II06A_FORM}: ${II06A_TITLE}`, subject: `${req.scope}. ${subtitle}`, keywords: ['II.06a', req.from, req.to] },
  };
}
