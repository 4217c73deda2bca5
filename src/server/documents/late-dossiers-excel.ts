/**
 * Late dossiers of a report period as an Excel sheet: one row per dossier resolved after its
 * appointment or still pending past it, with the unit at fault, the explanation recorded and whether
 * an apology letter was issued (NĐ 61/2018 art. 19 §3; docs/adr/0027).
 */
import ExcelJS from 'exceljs';
import { formatFormShortDateTime, formatLocalFormDate } from '../../domain/forms/format';

export type LateDossierList = {
  scope: string;
  from: string;
  to: string;
  rows: { code: string; field: string; procedureName: string; applicantName: string; agency: string; receivedAt: Date; dueAt: Date | null; finishedAt: Date | null; unitCode: string | null; explanation: string | null; apologyReason: string | null; apologised: boolean }[];
};

const HEADERS = ['STT', 'Mã hồ sơ', 'Lĩnh vực', 'Thủ tục hành chính', 'Tổ chức, cá nhân', 'Cơ quan giải quyết', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày giải quyết xong', 'Đơn vị để trễ', 'Giải trình', 'Đã gửi thư xin lỗi', 'Lý do trong thư xin lỗi'];

export async function lateDossiersWorkbook(l: LateDossierList): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'motcua';
  const ws = wb.addWorksheet('Hồ sơ trễ hạn', { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.mergeCells(1, 1, 1, HEADERS.length);
  ws.getCell(1, 1).value = 'DANH SÁCH HỒ SƠ GIẢI QUYẾT TRỄ HẠN';
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.mergeCells(2, 1, 2, HEADERS.length);
  ws.getCell(2, 1).value = `${l.scope} — từ ngày ${formatLocalFormDate(l.from, 'from')} đến ngày ${formatLocalFormDate(l.to, 'to')}`;
  ws.getCell(2, 1).alignment = { horizontal: 'center' };
  const head = ws.getRow(4);
  head.values = HEADERS;
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  ws.columns = HEADERS.map((h) => ({ width: h === 'STT' ? 6 : h === 'Giải trình' || h === 'Thủ tục hành chính' || h.startsWith('Lý do') ? 40 : 18 }));
  l.rows.forEach((r, i) => {
    ws.getRow(5 + i).values = [i + 1, r.code, r.field, r.procedureName, r.applicantName, r.agency, formatFormShortDateTime(r.receivedAt), formatFormShortDateTime(r.dueAt), formatFormShortDateTime(r.finishedAt), r.unitCode ?? '', r.explanation ?? '', r.apologised ? 'Có' : 'Không', r.apologyReason ?? ''];
    ws.getRow(5 + i).alignment = { wrapText: true, vertical: 'top' };
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
