import ExcelJS from 'exceljs';
import { VN_OFFSET_MS } from '../../domain/calendar';
import { PAYMENT_METHOD_VI, receiptNumber, type PaymentMethod } from '../../domain/payments';

/**
 * The collections report as an Excel workbook: a summary sheet (period × agency × procedure ×
 * method × channel, with counts, amounts, refunds and net), a detail sheet (one row per payment with
 * its receipt), and a totals row. Amounts are numbers formatted #,##0 so officials can sum and filter.
 */
export type CollectionsWorkbook = {
  title: string;
  scope: string;
  from: string;
  to: string;
  generatedAt: Date;
  summary: { period: string; agency: string; procedureCode: string; procedureName: string; method: string; channel: string; payments: number; amount: number; refunds: number; refundedAmount: number }[];
  details: { paidAt: Date; series: string | null; number: number | null; agency: string; code: string; procedureCode: string; applicantName: string; method: string; reference: string | null; amount: number; status: string; surplus: boolean }[];
};

const CHANNEL_VI: Record<string, string> = { direct: 'Trực tiếp', online: 'Trực tuyến', postal: 'Bưu chính' };
const money = '#,##0';
const wallClock = (at: Date) => new Date(at.getTime() + VN_OFFSET_MS);

function header(ws: ExcelJS.Worksheet, row: number, titles: string[]) {
  const r = ws.getRow(row);
  r.values = titles;
  r.font = { bold: true };
  r.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  r.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2EFDA' } };
    c.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
  });
}

export async function collectionsToXlsx(w: CollectionsWorkbook): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'motcua';
  wb.created = w.generatedAt;
  const sum = wb.addWorksheet('Tổng hợp', { views: [{ state: 'frozen', ySplit: 4 }], pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sum.mergeCells(1, 1, 1, 11);
  sum.getCell(1, 1).value = w.title;
  sum.getCell(1, 1).font = { bold: true, size: 14 };
  sum.mergeCells(2, 1, 2, 11);
  sum.getCell(2, 1).value = `${w.scope} — từ ngày ${w.from.split('-').reverse().join('/')} đến ngày ${w.to.split('-').reverse().join('/')}`;
  sum.getCell(2, 1).font = { italic: true };
  header(sum, 4, ['Kỳ', 'Cơ quan thu', 'Mã thủ tục', 'Tên thủ tục', 'Hình thức thanh toán', 'Kênh nộp hồ sơ', 'Số khoản thu', 'Số tiền (đồng)', 'Số khoản hoàn', 'Đã hoàn (đồng)', 'Thực thu (đồng)']);
  [10, 32, 11, 48, 26, 14, 11, 16, 11, 16, 16].forEach((width, i) => (sum.getColumn(i + 1).width = width));
  for (const r of w.summary) {
    sum.addRow([r.period, r.agency, r.procedureCode, r.procedureName, PAYMENT_METHOD_VI[r.method as PaymentMethod] ?? r.method, CHANNEL_VI[r.channel] ?? r.channel, r.payments, r.amount, r.refunds, r.refundedAmount, r.amount - r.refundedAmount]);
  }
  const first = 5;
  const last = first + w.summary.length - 1;
  const total = sum.addRow(['Tổng cộng', '', '', '', '', '', ...['G', 'H', 'I', 'J', 'K'].map((col) => (w.summary.length ? { formula: `SUM(${col}${first}:${col}${last})`, result: undefined } : 0))]);
  total.font = { bold: true };
  for (const col of [8, 10, 11]) sum.getColumn(col).numFmt = money;
  sum.getColumn(4).alignment = { wrapText: true, vertical: 'top' };
  sum.autoFilter = { from: { row: 4, column: 1 }, to: { row: 4, column: 11 } };

  const det = wb.addWorksheet('Chi tiết', { views: [{ state: 'frozen', ySplit: 1 }] });
  header(det, 1, ['Thời điểm thu', 'Ký hiệu biên lai', 'Số biên lai', 'Cơ quan thu', 'Mã hồ sơ', 'Mã thủ tục', 'Người nộp', 'Hình thức', 'Mã giao dịch / chứng từ', 'Số tiền (đồng)', 'Tình trạng']);
  [17, 12, 11, 32, 28, 11, 28, 24, 22, 16, 22].forEach((width, i) => (det.getColumn(i + 1).width = width));
  for (const d of w.details) {
    const status = d.status === 'refunded' ? 'Đã hoàn tiền' : d.surplus ? 'Thu thừa (chờ hoàn)' : 'Đã thu';
    det.addRow([wallClock(d.paidAt), d.series ?? '', d.number ? receiptNumber(d.number) : '', d.agency, d.code, d.procedureCode, d.applicantName, PAYMENT_METHOD_VI[d.method as PaymentMethod] ?? d.method, d.reference ?? '', d.amount, status]);
  }
  det.getColumn(1).numFmt = 'dd/mm/yyyy hh:mm';
  det.getColumn(10).numFmt = money;
  det.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 11 } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
