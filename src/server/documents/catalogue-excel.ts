import ExcelJS from 'exceljs';
import { foldVietnamese, REUSABLE_KINDS, REUSABLE_LABELS, type ProcedureRecord } from '../../domain/procedure';

/**
 * The catalogue as an Excel workbook officials can fill in: one sheet of procedures, one of
 * channels (time and fees per submission channel) and one of required documents, joined by the
 * procedure code. Reading it yields raw interchange objects that the importer validates as usual.
 * Columns are read by position; columns added later go at the end of their sheet, so a workbook
 * made from an older template still reads (the missing columns are empty: their defaults).
 */
const SHEETS = {
  procedures: 'Thủ tục',
  channels: 'Hình thức nộp',
  documents: 'Thành phần hồ sơ',
  guide: 'Hướng dẫn',
} as const;

const PROCEDURE_COLUMNS = [
  { key: 'code', header: 'Mã TTHC', width: 12 },
  { key: 'name', header: 'Tên thủ tục', width: 60 },
  { key: 'field', header: 'Lĩnh vực', width: 20 },
  { key: 'levels', header: 'Cấp thực hiện (province, commune, central, district; cách nhau dấu phẩy)', width: 24 },
  { key: 'implementingAgency', header: 'Cơ quan thực hiện', width: 30 },
  { key: 'decisionRef', header: 'Quyết định công bố', width: 18 },
  { key: 'onlineLevel', header: 'Mức DVCTT (full, partial, none)', width: 14 },
  { key: 'legalBases', header: 'Căn cứ pháp lý (mỗi dòng một văn bản)', width: 40 },
  { key: 'subjects', header: 'Đối tượng thực hiện', width: 24 },
  { key: 'result', header: 'Kết quả', width: 24 },
  { key: 'conditions', header: 'Yêu cầu, điều kiện', width: 24 },
  { key: 'locationIndependent', header: 'Không phụ thuộc địa giới hành chính (có/không)', width: 16 },
] as const;
const CHANNEL_COLUMNS = [
  { key: 'code', header: 'Mã TTHC', width: 12 },
  { key: 'channel', header: 'Hình thức (direct, online, postal)', width: 16 },
  { key: 'amount', header: 'Thời hạn (số)', width: 10 },
  { key: 'unit', header: 'Đơn vị (working_days, calendar_days, working_hours, months, same_day)', width: 18 },
  { key: 'timeAsWritten', header: 'Thời hạn như công bố', width: 22 },
  { key: 'fees', header: 'Phí, lệ phí (mỗi dòng: Tên | số đồng | như công bố)', width: 50 },
] as const;
const DOCUMENT_COLUMNS = [
  { key: 'code', header: 'Mã TTHC', width: 12 },
  { key: 'name', header: 'Tên giấy tờ', width: 60 },
  { key: 'copies', header: 'Số lượng (ví dụ 1 bản chính)', width: 20 },
  { key: 'required', header: 'Bắt buộc (có/không)', width: 10 },
  { key: 'forms', header: 'Mẫu đơn, tờ khai (mỗi dòng: tên tệp | đường dẫn nếu có)', width: 40 },
  { key: 'reuse', header: `Tái sử dụng được (${REUSABLE_KINDS.join(', ')}; để trống nếu không)`, width: 22 },
] as const;

function addSheet(wb: ExcelJS.Workbook, name: string, columns: readonly { key: string; header: string; width: number }[]) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ key: c.key, header: c.header, width: c.width, style: { alignment: { wrapText: true, vertical: 'top' } } }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };
  return ws;
}

export async function catalogueWorkbook(records: readonly ProcedureRecord[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'motcua';
  const p = addSheet(wb, SHEETS.procedures, PROCEDURE_COLUMNS);
  const c = addSheet(wb, SHEETS.channels, CHANNEL_COLUMNS);
  const d = addSheet(wb, SHEETS.documents, DOCUMENT_COLUMNS);
  for (const r of records) {
    p.addRow({ ...r, levels: r.levels.join(', '), onlineLevel: r.onlineLevel ?? '', legalBases: r.legalBases.join('\n'), locationIndependent: r.locationIndependent ? 'có' : 'không' });
    for (const ch of r.channels) {
      c.addRow({
        code: r.code,
        channel: ch.channel,
        amount: ch.processingTime.amount ?? '',
        unit: ch.processingTime.unit ?? '',
        timeAsWritten: ch.processingTime.asWritten,
        fees: ch.fees.map((f) => `${f.label} | ${f.amount ?? ''} | ${f.asWritten}`).join('\n'),
      });
    }
    for (const doc of r.documents) {
      d.addRow({
        code: r.code,
        name: doc.name,
        copies: doc.copies,
        required: doc.required ? 'có' : 'không',
        forms: doc.forms.map((f) => (f.url ? `${f.name} | ${f.url}` : f.name)).join('\n'),
        reuse: doc.reuse ?? '',
      });
    }
  }
  const g = wb.addWorksheet(SHEETS.guide);
  g.getColumn(1).width = 110;
  [
    'Mẫu danh mục thủ tục hành chính của motcua (định dạng trao đổi: docs/catalogue-format.md).',
    'Sheet "Thủ tục": một dòng một thủ tục. Sheet "Hình thức nộp": một dòng cho mỗi hình thức nộp của thủ tục (thời hạn, phí/lệ phí).',
    'Sheet "Thành phần hồ sơ": một dòng một giấy tờ. Các sheet nối với nhau bằng cột Mã TTHC.',
    'Số tiền ghi bằng số đồng, không dấu chấm (ví dụ 200000). Để trống khi chưa chắc chắn; giữ nguyên cách ghi trong cột "như công bố".',
    'Cột "Không phụ thuộc địa giới hành chính": ghi "có" khi thủ tục được tiếp nhận không phụ thuộc nơi cư trú của người nộp (NĐ 118/2025/NĐ-CP); để trống là "không".',
    'Cột "Mẫu đơn, tờ khai": mỗi dòng một tệp mẫu, ví dụ "Mau NA20-BCA.docx" hoặc "Mau NA20-BCA.docx | https://…".',
    'Cột "Tái sử dụng được": loại giấy tờ cơ quan lấy được từ cơ sở dữ liệu, ghi mã hoặc tên:',
    ...REUSABLE_KINDS.map((k) => `    ${k}: ${REUSABLE_LABELS[k]}`),
  ].forEach((line) => g.addRow([line]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const cellText = (v: ExcelJS.CellValue): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return String(v.text);
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if (v instanceof Date) return v.toISOString().slice(0, 10);
  }
  return String(v).trim();
};
const numberOrNull = (s: string) => (s === '' ? null : Number.isFinite(Number(s)) ? Number(s) : NaN);
const NO = /^(không|khong|no|false|0)$/iu;
const YES = /^(có|co|yes|true|1|x)$/iu;
/** "có" → true, empty → false; anything else is passed on for the validator to report. */
const yesNo = (s: string): boolean | string => (s === '' || NO.test(s) ? false : YES.test(s) ? true : s);
/** A reusable kind by its code or its Vietnamese label; empty → null; anything else is passed on to be reported. */
function reuseOf(s: string): string | null {
  if (s === '') return null;
  const folded = foldVietnamese(s);
  return REUSABLE_KINDS.find((k) => k === s.trim() || foldVietnamese(REUSABLE_LABELS[k]) === folded) ?? s;
}
/** "Tên tệp | đường dẫn" lines. */
const formsOf = (s: string) =>
  s
    .split('\n')
    .map((line) => line.split('|').map((x) => x.trim()))
    .filter((parts) => parts.some(Boolean))
    .map(([name = '', url = '']) => ({ name, url: url || null }));

function rowsOf(wb: ExcelJS.Workbook, name: string, keys: readonly string[]): Record<string, string>[] {
  const ws = wb.getWorksheet(name);
  if (!ws) return [];
  const out: Record<string, string>[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const obj = Object.fromEntries(keys.map((k, i) => [k, cellText(row.getCell(i + 1).value)]));
    if (Object.values(obj).some((x) => x !== '')) out.push(obj);
  });
  return out;
}

/** Reads a workbook in the template's shape into raw interchange objects (validated later). */
export async function readCatalogueWorkbook(data: Buffer): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const procedures = rowsOf(wb, SHEETS.procedures, PROCEDURE_COLUMNS.map((c) => c.key));
  const channels = rowsOf(wb, SHEETS.channels, CHANNEL_COLUMNS.map((c) => c.key));
  const documents = rowsOf(wb, SHEETS.documents, DOCUMENT_COLUMNS.map((c) => c.key));
  return procedures.map((p) => ({
    code: p.code,
    name: p.name,
    field: p.field,
    levels: (p.levels ?? '').split(/[,;\s]+/).filter(Boolean),
    implementingAgency: p.implementingAgency,
    decisionRef: p.decisionRef,
    onlineLevel: p.onlineLevel || null,
    legalBases: (p.legalBases ?? '').split('\n').map((s) => s.trim()).filter(Boolean),
    subjects: p.subjects ?? '',
    result: p.result ?? '',
    conditions: p.conditions ?? '',
    locationIndependent: yesNo(p.locationIndependent ?? ''),
    channels: channels
      .filter((c) => c.code === p.code)
      .map((c) => ({
        channel: c.channel,
        processingTime: { amount: numberOrNull(c.amount ?? ''), unit: c.unit || null, asWritten: c.timeAsWritten ?? '' },
        fees: (c.fees ?? '')
          .split('\n')
          .map((line) => line.split('|').map((s) => s.trim()))
          .filter((parts) => parts.some(Boolean))
          .map(([label = '', amount = '', asWritten = '']) => ({ label, amount: numberOrNull(amount), asWritten })),
      })),
    documents: documents
      .filter((d) => d.code === p.code)
      .map((d) => ({ name: d.name, copies: d.copies ?? '', required: !NO.test(d.required ?? ''), forms: formsOf(d.forms ?? ''), reuse: reuseOf(d.reuse ?? '') })),
  }));
}
