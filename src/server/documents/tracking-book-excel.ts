import ExcelJS from 'exceljs';
import { VN_OFFSET_MS } from '../../domain/calendar';
import { BOOK_COLUMNS, bookPeriod, circularOf, formName, formNumber, formatPlaceDate, type BookRequest, type BookRow } from '../../domain/forms';

/**
 * The tracking book (Sổ theo dõi hồ sơ) as an Excel workbook: title rows, one header row (frozen),
 * one row per dossier. Times are real Excel dates holding the Asia/Ho_Chi_Minh wall clock (Excel
 * has no time zones), shown as dd/mm/yyyy hh:mm, so officials can sort and filter them.
 */
const SHEET = 'Sổ theo dõi hồ sơ';
const WIDTHS: Record<(typeof BOOK_COLUMNS)[number]['key'], number> = {
  no: 6,
  code: 28,
  procedure: 48,
  applicant: 28,
  receivedAt: 17,
  dueAt: 17,
  transfer: 28,
  returnedAt: 17,
  status: 18,
  note: 24,
};
const DATE_KEYS = new Set(['receivedAt', 'dueAt', 'returnedAt']);
const DATE_FORMAT = 'dd/mm/yyyy hh:mm';
/** Title rows above the header. */
const TITLE_ROWS = 4;
const HEADER_ROW = TITLE_ROWS + 1;

/** A Date whose UTC reading is the Vietnamese wall clock: what Excel will display. */
const wallClock = (at: Date | null) => (at === null ? null : new Date(at.getTime() + VN_OFFSET_MS));

function cellValue(row: BookRow, key: (typeof BOOK_COLUMNS)[number]['key']): ExcelJS.CellValue {
  switch (key) {
    case 'receivedAt':
    case 'dueAt':
    case 'returnedAt':
      return wallClock(row[key]);
    case 'transfer':
    case 'note':
      return row[key] ?? '';
    case 'no':
    case 'code':
    case 'procedure':
    case 'applicant':
    case 'status':
      return row[key];
  }
}

export async function bookToXlsx(req: BookRequest): Promise<Buffer> {
  const period = bookPeriod(req.from, req.to);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'motcua';
  wb.created = req.issuedAt;
  wb.modified = req.issuedAt;
  const ws = wb.addWorksheet(SHEET, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}` },
  });
  const last = BOOK_COLUMNS.length;
  const title = (n: number, text: string, font: Partial<ExcelJS.Font>) => {
    ws.mergeCells(n, 1, n, last);
    const cell = ws.getCell(n, 1);
    cell.value = text;
    cell.font = font;
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
  };
  title(1, [req.agency.parentName, req.agency.name].filter(Boolean).join(' – ').toLocaleUpperCase('vi'), { bold: true });
  title(2, `${formName(req.set, 'book').toLocaleUpperCase('vi')} (Mẫu số ${formNumber(req.set, 'book')}, ${circularOf(req.set)})`, { bold: true, size: 14 });
  title(3, period, { italic: true });
  title(4, formatPlaceDate(req.agency.place, req.issuedAt), { italic: true, size: 10 });

  BOOK_COLUMNS.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = WIDTHS[c.key];
    column.alignment = { wrapText: true, vertical: 'top', horizontal: c.align === 'center' ? 'center' : 'left' };
    if (DATE_KEYS.has(c.key)) column.numFmt = DATE_FORMAT;
  });
  const header = ws.getRow(HEADER_ROW);
  header.values = BOOK_COLUMNS.map((c) => c.header);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };
    cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
  });
  for (const r of req.rows) ws.addRow(BOOK_COLUMNS.map((c) => cellValue(r, c.key)));
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: last } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Row number of the header in the sheet; data rows follow it. */
export const TRACKING_BOOK_HEADER_ROW = HEADER_ROW;
export const TRACKING_BOOK_SHEET = SHEET;
