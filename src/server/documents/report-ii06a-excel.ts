/**
 * Biểu số II.06a/VPCP/KSTT (TT 01/2020/TT-VPCP) as an Excel sheet laid out like the official form:
 * form label, agency, title, period, the two-row header with the column numbers (1)…(13), one row per
 * field, the totals, and the signature block. Numbers are numbers so officials can check the sums.
 */
import ExcelJS from 'exceljs';
import { formatLocalFormDate, formatPlaceDate } from '../../domain/forms/format';
import type { II06aReport } from '../../domain/indicators/ii06a';
import { II06A_BASIS, II06A_COLUMNS, II06A_FORM, II06A_GROUPS, II06A_TITLE, ii06aNumbers, ii06aPeriodText } from '../../domain/indicators/ii06a-form';

export type II06aWorkbook = { agency: string; place: string; scope: string; from: string; to: string; generatedAt: Date; report: II06aReport };

const thin = { style: 'thin' } as const;
const box = { top: thin, bottom: thin, left: thin, right: thin };
const LAST: number = II06A_COLUMNS.length;

function line(ws: ExcelJS.Worksheet, row: number, text: string, font: Partial<ExcelJS.Font>, from = 1, to = LAST, horizontal: 'center' | 'left' | 'right' = 'center') {
  ws.mergeCells(row, from, row, to);
  const c = ws.getCell(row, from);
  c.value = text;
  c.font = font;
  c.alignment = { horizontal, vertical: 'middle', wrapText: true };
}

function headerRows(ws: ExcelJS.Worksheet, top: number) {
  for (const c of II06A_COLUMNS) {
    if (c.group === null) {
      ws.mergeCells(top, c.no, top + 1, c.no);
      ws.getCell(top, c.no).value = c.header;
    } else {
      ws.getCell(top + 1, c.no).value = c.header;
    }
    ws.getCell(top + 2, c.no).value = `(${c.no})`;
  }
  for (const [label, a, b] of II06A_GROUPS) {
    ws.mergeCells(top, a, top, b);
    ws.getCell(top, a).value = label;
  }
  for (let r = top; r <= top + 2; r++) {
    const row = ws.getRow(r);
    row.font = { bold: r < top + 2, italic: r === top + 2 };
    row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    for (let c = 1; c <= LAST; c++) row.getCell(c).border = box;
  }
  ws.getRow(top + 1).height = 48;
}

function dataRow(ws: ExcelJS.Worksheet, r: number, values: (string | number)[], bold: boolean) {
  const row = ws.getRow(r);
  row.values = values;
  row.font = { bold };
  for (let c = 1; c <= LAST; c++) {
    const cell = row.getCell(c);
    cell.border = box;
    cell.alignment = { horizontal: c === 2 ? 'left' : 'center', vertical: 'middle', wrapText: true };
  }
}

export async function ii06aToXlsx(w: II06aWorkbook): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'motcua';
  wb.created = w.generatedAt;
  const ws = wb.addWorksheet('II.06a', { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = II06A_COLUMNS.map((c) => ({ width: c.no === 2 ? 40 : c.no === 1 ? 6 : 12 }));
  line(ws, 1, `${II06A_FORM} (${II06A_BASIS})`, { italic: true }, 1, LAST, 'right');
  line(ws, 2, w.agency.toUpperCase(), { bold: true }, 1, 5);
  line(ws, 2, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true }, 7, LAST);
  line(ws, 3, 'Độc lập - Tự do - Hạnh phúc', { bold: true }, 7, LAST);
  line(ws, 4, formatPlaceDate(w.place, w.generatedAt), { italic: true }, 7, LAST);
  line(ws, 6, II06A_TITLE, { bold: true, size: 13 });
  ws.getRow(6).height = 36;
  line(ws, 7, ii06aPeriodText(w.from, w.to), { italic: true });
  line(ws, 8, `Đơn vị báo cáo: ${w.scope}`, {}, 1, LAST, 'left');
  const top = 10;
  headerRows(ws, top);
  let r = top + 3;
  w.report.rows.forEach((row, i) => dataRow(ws, r++, [i + 1, row.field, ...ii06aNumbers(row)], false));
  dataRow(ws, r++, ['', 'Tổng cộng', ...ii06aNumbers(w.report.totals)], true);
  r++;
  line(ws, r, 'NGƯỜI LẬP BIỂU', { bold: true }, 1, 5);
  line(ws, r, 'THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ', { bold: true }, 8, LAST);
  line(ws, r + 1, '(Ký và ghi rõ họ tên)', { italic: true }, 1, 5);
  line(ws, r + 1, '(Ký, ghi rõ họ tên và đóng dấu)', { italic: true }, 8, LAST);
  line(ws, r + 6, `Số liệu từ ngày ${formatLocalFormDate(w.from, 'from')} đến ngày ${formatLocalFormDate(w.to, 'to')}, lập lúc ${w.generatedAt.toISOString()} bởi motcua.`, { italic: true, size: 9 }, 1, LAST, 'left');
  return Buffer.from(await wb.xlsx.writeBuffer());
}
