import ExcelJS from 'exceljs';
import { VN_OFFSET_MS } from '../../domain/calendar';
import { MISMATCH_KIND_VI, PAYMENT_STATUS_VI, type Mismatch, type StatementLine, type StatementProblem } from '../../domain/payments';

/**
 * The mismatch list of a reconciled statement as an Excel workbook, for the officer who follows them
 * up with the provider: one row per mismatch with both sides' amounts and what to do, and a sheet
 * of the statement lines that could not be read. Amounts are numbers (#,##0) so they can be summed.
 */
export type ReconciliationWorkbook = {
  providerName: string;
  date: string;
  generatedAt: Date;
  lines: number;
  matched: number;
  mismatches: Mismatch[];
  problems: StatementProblem[];
};

const money = '#,##0';
const wallClock = (at: Date | null) => (at === null ? null : new Date(at.getTime() + VN_OFFSET_MS));
const TYPE_VI: Record<StatementLine['type'], string> = { '01': 'Thanh toán', '02': 'Hoàn toàn phần', '03': 'Hoàn một phần' };
const HEADER_ROW = 5;

function header(ws: ExcelJS.Worksheet, row: number, titles: string[]) {
  const r = ws.getRow(row);
  r.values = titles;
  r.font = { bold: true };
  r.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  r.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };
    c.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
  });
}

/** One row: kind, reference, the provider's side, ours, the difference (theirs − ours) and the action. */
function rowOf(m: Mismatch, i: number): ExcelJS.CellValue[] {
  const theirs = m.kind === 'missing_theirs' ? null : m.theirs;
  const ours = m.kind === 'missing_ours' ? null : m.ours;
  const ourStatus = m.kind === 'missing_ours' ? m.ourStatus : m.ours.status;
  const difference = (theirs?.amount ?? 0) - (ours?.amount ?? 0);
  return [
    i + 1,
    MISMATCH_KIND_VI[m.kind].label,
    m.txnRef,
    theirs?.transactionNo ?? ours?.transactionNo ?? '',
    theirs ? TYPE_VI[theirs.type] : '',
    wallClock(theirs?.payDate ?? null),
    theirs?.amount ?? null,
    ours?.amount ?? null,
    difference,
    ourStatus ? PAYMENT_STATUS_VI[ourStatus] : 'Không có giao dịch',
    theirs?.line ?? null,
    MISMATCH_KIND_VI[m.kind].action,
  ];
}

export async function reconciliationToXlsx(w: ReconciliationWorkbook): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'motcua';
  wb.created = w.generatedAt;
  const ws = wb.addWorksheet('Chênh lệch', { views: [{ state: 'frozen', ySplit: HEADER_ROW }], pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const cols = 12;
  ws.mergeCells(1, 1, 1, cols);
  ws.getCell(1, 1).value = 'DANH SÁCH CHÊNH LỆCH ĐỐI SOÁT GIAO DỊCH THANH TOÁN TRỰC TUYẾN';
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.mergeCells(2, 1, 2, cols);
  ws.getCell(2, 1).value = `${w.providerName} — bảng đối soát ngày ${w.date.split('-').reverse().join('/')}`;
  ws.getCell(2, 1).font = { italic: true };
  ws.mergeCells(3, 1, 3, cols);
  ws.getCell(3, 1).value = `Số dòng đọc được: ${w.lines}; khớp: ${w.matched}; chênh lệch: ${w.mismatches.length}; dòng không đọc được: ${w.problems.length}`;
  header(ws, HEADER_ROW, ['STT', 'Loại chênh lệch', 'Mã tham chiếu', 'Mã giao dịch nhà cung cấp', 'Loại giao dịch', 'Thời gian thanh toán', 'Số tiền theo nhà cung cấp (đồng)', 'Số tiền theo hệ thống (đồng)', 'Chênh lệch (đồng)', 'Tình trạng trong hệ thống', 'Dòng trong tệp', 'Việc cần làm']);
  [6, 34, 24, 20, 16, 17, 18, 18, 14, 22, 9, 48].forEach((width, i) => (ws.getColumn(i + 1).width = width));
  w.mismatches.forEach((m, i) => ws.addRow(rowOf(m, i)));
  ws.getColumn(6).numFmt = 'dd/mm/yyyy hh:mm';
  for (const col of [7, 8, 9]) ws.getColumn(col).numFmt = money;
  for (const col of [2, 12]) ws.getColumn(col).alignment = { wrapText: true, vertical: 'top' };
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: cols } };

  const bad = wb.addWorksheet('Dòng không đọc được', { views: [{ state: 'frozen', ySplit: 1 }] });
  header(bad, 1, ['Dòng trong tệp', 'Lý do']);
  bad.getColumn(1).width = 14;
  bad.getColumn(2).width = 70;
  for (const p of w.problems) bad.addRow([p.line, p.message]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
