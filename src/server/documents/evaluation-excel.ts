import ExcelJS from 'exceljs';
import { localDateOf } from '../../domain/calendar';
import { INDICATOR_NAMES_VI, viDate, type IndicatorId } from '../../domain/evaluation';

/**
 * The evaluation results as an official table (TT 01/2018/TT-VPCP art. 13–15): title, period and
 * scope, a two-row header (the indicators by number and name), one row per official, unit or agency
 * with numbers formatted to 1 decimal (empty cell = no data, excluded), the grading rules, and the
 * signature block. Numbers stay numbers so officials can sort and sum.
 */
export type EvaluationWorkbook = {
  level: 'official' | 'unit' | 'agency';
  scope: string;
  period: string;
  from: string;
  to: string;
  generatedAt: Date;
  indicatorIds: readonly IndicatorId[];
  rows: { name: string; code: string | null; agency: string | null; unit: string | null; dossiers: number; indicators: Record<string, number | null>; total: number | null; max: number; fullMax: number; converted: number | null; bandName: string | null }[];
};

const LEVEL_VI = { official: 'cán bộ, công chức, viên chức', unit: 'đơn vị', agency: 'cơ quan' } as const;
const NAME_COL = { official: 'Họ và tên', unit: 'Đơn vị', agency: 'Cơ quan' } as const;
const PLACE_COL = { official: 'Đơn vị, cơ quan', unit: 'Cơ quan', agency: 'Mã định danh' } as const;
const thin = { style: 'thin' } as const;
const box = { top: thin, bottom: thin, left: thin, right: thin };

function headerCell(ws: ExcelJS.Worksheet, row: number, col: number, value: string) {
  const c = ws.getCell(row, col);
  c.value = value;
  c.font = { bold: true };
  c.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  c.border = box;
}

export async function evaluationToXlsx(w: EvaluationWorkbook): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'motcua';
  wb.created = w.generatedAt;
  const ws = wb.addWorksheet('Kết quả đánh giá', { views: [{ state: 'frozen', ySplit: 6 }], pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const n = w.indicatorIds.length;
  const last = 4 + n + 4; // STT, name, place, dossiers | indicators | total, max, converted, band
  const line = (row: number, text: string, font: Partial<ExcelJS.Font>) => {
    ws.mergeCells(row, 1, row, last);
    ws.getCell(row, 1).value = text;
    ws.getCell(row, 1).font = font;
    ws.getCell(row, 1).alignment = { horizontal: 'center', wrapText: true };
  };
  line(1, `BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ VIỆC GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH CỦA ${LEVEL_VI[w.level].toUpperCase()}`, { bold: true, size: 14 });
  line(2, `(Theo Điều 13 – Điều 15 Thông tư số 01/2018/TT-VPCP) — Kỳ đánh giá: ${w.period} (từ ngày ${viDate(w.from)} đến ngày ${viDate(w.to)})`, { italic: true });
  line(3, `Phạm vi: ${w.scope}`, { italic: true });

  const fixed = ['STT', NAME_COL[w.level], PLACE_COL[w.level], 'Số hồ sơ được đánh giá'];
  fixed.forEach((t, i) => {
    ws.mergeCells(5, i + 1, 6, i + 1);
    headerCell(ws, 5, i + 1, t);
  });
  ws.mergeCells(5, 5, 5, 4 + n);
  headerCell(ws, 5, 5, 'Điểm trung bình các chỉ số (mỗi chỉ số 0 – 2 điểm)');
  w.indicatorIds.forEach((id, i) => headerCell(ws, 6, 5 + i, `${id}. ${INDICATOR_NAMES_VI[id]}`));
  ['Tổng điểm', 'Điểm tối đa (chỉ số có dữ liệu)', `Điểm quy đổi (thang ${w.level === 'official' ? 10 : 18})`, 'Xếp loại'].forEach((t, i) => {
    ws.mergeCells(5, 5 + n + i, 6, 5 + n + i);
    headerCell(ws, 5, 5 + n + i, t);
  });
  ws.getRow(6).height = 90;
  [6, 30, 30, 10, ...w.indicatorIds.map(() => 13), 10, 12, 12, 26].forEach((width, i) => (ws.getColumn(i + 1).width = width));

  w.rows.forEach((r, i) => {
    const place = w.level === 'official' ? [r.unit, r.agency].filter(Boolean).join(', ') : w.level === 'unit' ? (r.agency ?? '') : (r.code ?? '');
    const row = ws.addRow([i + 1, r.name, place, r.dossiers, ...w.indicatorIds.map((id) => r.indicators[String(id)] ?? null), r.total, r.max, r.converted, r.bandName ?? 'Chưa có dữ liệu']);
    row.eachCell({ includeEmpty: true }, (c, col) => {
      c.border = box;
      if (col >= 5 && col <= 7 + n) c.numFmt = '0.0';
      c.alignment = { vertical: 'top', wrapText: col === 2 || col === 3 || col === last };
    });
  });

  const notes = ws.rowCount + 2;
  const rules =
    w.level === 'official'
      ? 'Xếp loại cán bộ (chỉ số 1, 2, 3, 4, 7; tối đa 10 điểm): từ 5 điểm trở lên — hoàn thành 100% nhiệm vụ; từ 3,5 đến dưới 5 điểm — từ 70% đến dưới 100%; dưới 3,5 điểm — dưới 70%.'
      : 'Xếp loại (9 chỉ số; tối đa 18 điểm): từ 15 điểm — Xuất sắc; từ 12 đến dưới 15 — Tốt; từ 9 đến dưới 12 — Khá; từ 6 đến dưới 9 — Trung bình; dưới 6 — Yếu.';
  [
    'Ghi chú: điểm mỗi chỉ số là trung bình cộng điểm các hồ sơ, làm tròn đến 1 chữ số thập phân. Ô trống: chỉ số không có dữ liệu, không tính vào tổng điểm và điểm tối đa; xếp loại theo điểm quy đổi về thang điểm đầy đủ.',
    rules,
  ].forEach((t, i) => {
    ws.mergeCells(notes + i, 1, notes + i, last);
    const c = ws.getCell(notes + i, 1);
    c.value = t;
    c.alignment = { wrapText: true };
    ws.getRow(notes + i).height = 32;
  });
  const sign = notes + 3;
  ws.mergeCells(sign, last - 3, sign, last);
  ws.getCell(sign, last - 3).value = '…………, ngày …… tháng …… năm ……';
  ws.getCell(sign, last - 3).alignment = { horizontal: 'center' };
  ws.getCell(sign, last - 3).font = { italic: true };
  ws.mergeCells(sign + 1, 1, sign + 1, 3);
  ws.getCell(sign + 1, 1).value = 'NGƯỜI LẬP BIỂU';
  ws.mergeCells(sign + 1, last - 3, sign + 1, last);
  ws.getCell(sign + 1, last - 3).value = 'THỦ TRƯỞNG CƠ QUAN';
  for (const col of [1, last - 3]) {
    ws.getCell(sign + 1, col).font = { bold: true };
    ws.getCell(sign + 1, col).alignment = { horizontal: 'center' };
  }
  ws.getCell(sign + 2, last).value = `Lập ngày ${viDate(localDateOf(w.generatedAt))} bởi motcua`;
  ws.getCell(sign + 2, last).font = { size: 8, color: { argb: 'FF888888' } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
