import ExcelJS from 'exceljs';
import { COST_ACTIVITY_VI, type CostComparison, type CostScenario, type ScenarioCost } from '../../domain/compliance-cost';

/**
 * The compliance-cost table of a review as an Excel workbook (TT 02/2017/TT-VPCP, Standard Cost Model):
 * one sheet per scenario (current, proposed) with a row per activity — hours, time cost, outsourcing,
 * fees, other costs, total — then C1, the subjects, the frequency and the year's cost; and a summary
 * sheet with the saving and its rate. Cells carry formulas (so officials can try other figures) with
 * motcua's computed results cached, rounded as the calculator does (ROUND half up to the đồng).
 */
export type CostWorkbook = {
  title: string;
  procedure: { code: string; name: string };
  agency: string;
  generatedAt: Date;
  scenarios: { current: CostScenario; proposed: CostScenario };
  result: CostComparison;
};

const money = '#,##0';
const border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } } as const;

function scenarioSheet(wb: ExcelJS.Workbook, name: string, heading: string, s: CostScenario, c: ScenarioCost, w: CostWorkbook) {
  const ws = wb.addWorksheet(name, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  [6, 20, 40, 10, 16, 16, 16, 16, 18].forEach((width, i) => (ws.getColumn(i + 1).width = width));
  ws.mergeCells(1, 1, 1, 9);
  ws.getCell(1, 1).value = `${heading}: ${w.procedure.name} (${w.procedure.code})`;
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  ws.getCell(2, 2).value = 'Thu nhập bình quân/giờ (đồng)';
  ws.getCell(2, 5).value = s.hourlyIncome;
  ws.getCell(2, 5).numFmt = money;
  const head = ws.getRow(4);
  head.values = ['STT', 'Hoạt động', 'Nội dung', 'Số giờ', 'Chi phí thời gian', 'Thuê dịch vụ, tư vấn', 'Phí, lệ phí', 'Chi phí khác', 'Cộng (đồng)'];
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  c.rows.forEach((r, i) => {
    const n = 5 + i;
    ws.getRow(n).values = [
      i + 1,
      COST_ACTIVITY_VI[r.activity],
      r.label,
      r.hours,
      { formula: `ROUND(D${n}*$E$2,0)`, result: r.timeCost },
      r.outsourcing,
      r.fees,
      r.otherCosts,
      { formula: `SUM(E${n}:H${n})`, result: r.total },
    ];
  });
  const first = 5;
  const last = 4 + c.rows.length;
  const t = last + 1;
  const range = (col: string) => (c.rows.length ? `SUM(${col}${first}:${col}${last})` : '0');
  ws.getRow(t).values = ['', 'Chi phí một lần thực hiện (C1)', '', { formula: range('D'), result: c.hours }, ...['E', 'F', 'G', 'H', 'I'].map((col, k) => ({ formula: range(col), result: [c.timeCost, c.outsourcing, c.fees, c.otherCosts, c.perExecution][k]! }))];
  ws.getRow(t).font = { bold: true };
  ws.getRow(t + 1).values = ['', 'Số đối tượng tuân thủ/năm', '', '', '', '', '', '', s.subjectsPerYear];
  ws.getRow(t + 2).values = ['', 'Số lần thực hiện/năm', '', '', '', '', '', '', s.frequencyPerYear];
  ws.getRow(t + 3).values = ['', 'Chi phí tuân thủ một năm', '', '', '', '', '', '', { formula: `ROUND(I${t}*I${t + 1}*I${t + 2},0)`, result: c.annual }];
  ws.getRow(t + 3).font = { bold: true };
  for (let r = 4; r <= t + 3; r++) ws.getRow(r).eachCell({ includeEmpty: true }, (cell, col) => col <= 9 && (cell.border = border));
  for (const col of [5, 6, 7, 8, 9]) ws.getColumn(col).numFmt = money;
  ws.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
  return { sheet: name, perExecution: `I${t}`, annual: `I${t + 3}` };
}

export async function costWorkbook(w: CostWorkbook): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'motcua';
  wb.created = w.generatedAt;
  const sum = wb.addWorksheet('Tổng hợp');
  const cur = scenarioSheet(wb, 'Hiện tại', 'Chi phí tuân thủ hiện tại', w.scenarios.current, w.result.current, w);
  const pro = scenarioSheet(wb, 'Sau đơn giản hóa', 'Chi phí tuân thủ sau đơn giản hóa', w.scenarios.proposed, w.result.proposed, w);
  [44, 20, 20, 20, 14].forEach((width, i) => (sum.getColumn(i + 1).width = width));
  sum.mergeCells(1, 1, 1, 5);
  sum.getCell(1, 1).value = w.title;
  sum.getCell(1, 1).font = { bold: true, size: 14 };
  sum.getCell(2, 1).value = `${w.procedure.name} (${w.procedure.code}) — ${w.agency}`;
  sum.getCell(2, 1).font = { italic: true };
  const head = sum.getRow(4);
  head.values = ['Chỉ tiêu', 'Hiện tại (đồng)', 'Sau đơn giản hóa (đồng)', 'Tiết kiệm (đồng)', 'Tỷ lệ cắt giảm (%)'];
  head.font = { bold: true };
  const ref = (s: { sheet: string }, cell: string) => `'${s.sheet}'!${cell}`;
  const line = (row: number, label: string, key: 'perExecution' | 'annual') => {
    const c = w.result.current[key];
    const p = w.result.proposed[key];
    sum.getRow(row).values = [
      label,
      { formula: ref(cur, cur[key]), result: c },
      { formula: ref(pro, pro[key]), result: p },
      { formula: `B${row}-C${row}`, result: c - p },
      { formula: `IF(B${row}=0,"",ROUND((B${row}-C${row})/B${row}*100,2))`, result: w.result.rate[key] ?? '' },
    ];
  };
  line(5, 'Chi phí một lần thực hiện', 'perExecution');
  line(6, 'Chi phí tuân thủ một năm', 'annual');
  for (const col of [2, 3, 4]) sum.getColumn(col).numFmt = money;
  sum.getColumn(5).numFmt = '0.00';
  for (let r = 4; r <= 6; r++) sum.getRow(r).eachCell({ includeEmpty: true }, (cell, col) => col <= 5 && (cell.border = border));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
