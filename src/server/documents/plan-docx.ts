import { AlignmentType, BorderStyle, Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type ISectionOptions } from 'docx';
import type { PlanSection, TaskHeading } from '../../domain/plans';

/**
 * A control plan as .docx in the layout of administrative documents (NĐ 30/2020/NĐ-CP, Phụ lục I): the
 * national header (agency and number on the left; "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do -
 * Hạnh phúc", place and date on the right), "KẾ HOẠCH" and its title, the Roman-numbered sections, the
 * signature, then each appendix on landscape pages with its table STT / Nội dung / Cơ quan chủ trì / Cơ quan
 * phối hợp / Thời gian hoàn thành / Kết quả / Ghi chú. Headings of the table are written as the importer
 * reads them (a numbered paragraph between tables, a Roman or numbered row), so an exported plan imports
 * back to the same tasks (test/server/plans-docx.test.ts).
 */

export type DocxPlan = {
  agencyName: string;
  number: string | null;
  planDate: string | null;
  place: string | null;
  year: number;
  title: string;
  issuer: string | null;
  signer: string | null;
  signerTitle: string | null;
  sections: PlanSection[];
  tasks: {
    appendix: string | null;
    headings: TaskHeading[];
    number: string;
    content: string;
    lead: string;
    coordinating: string;
    deadline: string;
    product: string;
    notes: string;
  }[];
};

const FONT = 'Times New Roman';
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

type RunStyle = { bold?: boolean; italics?: boolean; size?: number };
const para = (text: string, style: RunStyle = {}, alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT) =>
  new Paragraph({ alignment, spacing: { after: 60 }, children: [new TextRun({ text, font: FONT, size: style.size ?? 26, bold: style.bold, italics: style.italics })] });
const lines = (text: string, style: RunStyle = {}, alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT) => text.split('\n').map((l) => para(l, style, alignment));
const blank = () => new Paragraph({ children: [] });

const two = (d: number) => String(d).padStart(2, '0');

function dateLine(p: DocxPlan): string {
  const [y, m, d] = p.planDate ? p.planDate.split('-').map(Number) : [p.year, null, null];
  const date = `ngày ${d ? two(d) : '…'} tháng ${m ? two(m) : '…'} năm ${y}`;
  return p.place ? `${p.place}, ${date}` : date;
}

function nationalHeader(p: DocxPlan): Table {
  const cell = (children: Paragraph[]) => new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, children });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell([para(p.agencyName.toUpperCase(), { bold: true, size: 24 }, AlignmentType.CENTER), para(`Số: ${p.number ?? '……'}`, { size: 24 }, AlignmentType.CENTER)]),
          cell([
            para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 24 }, AlignmentType.CENTER),
            para('Độc lập - Tự do - Hạnh phúc', { bold: true, size: 26 }, AlignmentType.CENTER),
            para(dateLine(p), { italics: true, size: 26 }, AlignmentType.CENTER),
          ]),
        ],
      }),
    ],
  });
}

function body(p: DocxPlan): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [nationalHeader(p), blank(), para('KẾ HOẠCH', { bold: true, size: 28 }, AlignmentType.CENTER), para(p.title, { bold: true }, AlignmentType.CENTER), blank()];
  for (const s of p.sections) {
    out.push(para(`${s.number}. ${s.heading}`, { bold: true }));
    if (s.body.trim()) out.push(...lines(s.body, {}, AlignmentType.JUSTIFIED));
  }
  out.push(blank());
  if (p.signerTitle) out.push(...lines(p.signerTitle, { bold: true }, AlignmentType.RIGHT));
  if (p.signer) out.push(blank(), blank(), para(p.signer, { bold: true }, AlignmentType.RIGHT));
  return out;
}

const COLUMNS = ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Kết quả', 'Ghi chú'] as const;
const WIDTHS = [6, 30, 14, 14, 12, 14, 10];

function row(cells: readonly string[], opts: { header?: boolean; bold?: boolean } = {}): TableRow {
  return new TableRow({
    tableHeader: opts.header,
    cantSplit: false,
    children: cells.map(
      (c, i) =>
        new TableCell({
          width: { size: WIDTHS[i] ?? 10, type: WidthType.PERCENTAGE },
          children: c === '' ? [blank()] : lines(c, { size: 24, bold: opts.header || opts.bold }, opts.header || i === 0 ? AlignmentType.CENTER : AlignmentType.LEFT),
        }),
    ),
  });
}

const sameHeading = (a: TaskHeading | undefined, b: TaskHeading | undefined) => !!a && !!b && a.level === b.level && a.number === b.number && a.text === b.text;

/** The appendix pages: per appendix its title, then tables split at the numbered paragraphs between them. */
function appendix(p: DocxPlan): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  let rows: TableRow[] = [];
  const closeTable = () => {
    if (rows.length > 0) out.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }), blank());
    rows = [];
  };
  const openTable = () => rows.length === 0 && rows.push(row(COLUMNS, { header: true }));
  let appendixTitle: string | null | undefined;
  let previous: TaskHeading[] = [];
  const annex = `(Kèm theo Kế hoạch${p.number ? ` số ${p.number}` : ''}${p.planDate ? ` ngày ${p.planDate.split('-').reverse().join('/')}` : ''}${p.issuer ? ` của ${p.issuer}` : ''})`;
  for (const t of p.tasks) {
    if (t.appendix !== appendixTitle || out.length === 0) {
      closeTable();
      appendixTitle = t.appendix;
      out.push(...lines(t.appendix ?? 'PHỤ LỤC\nNHIỆM VỤ CỤ THỂ CỦA KẾ HOẠCH', { bold: true }, AlignmentType.CENTER), para(annex, { italics: true }, AlignmentType.CENTER), blank());
      previous = [];
    }
    const top = t.headings.find((h) => h.level === 0);
    if (top && !sameHeading(top, previous.find((h) => h.level === 0))) {
      closeTable();
      out.push(para(`${top.number}. ${top.text}`, { bold: true }));
      previous = [top];
    }
    openTable();
    const rowsOf = t.headings.filter((h) => h.level > 0);
    const before = previous.filter((h) => h.level > 0);
    const firstNew = rowsOf.findIndex((h, i) => !sameHeading(h, before[i]));
    if (firstNew >= 0) for (const h of rowsOf.slice(firstNew)) rows.push(row([h.number, h.text, '', '', '', '', ''], { bold: h.level === 1 }));
    rows.push(row([t.number, t.content, t.lead, t.coordinating, t.deadline, t.product, t.notes]));
    previous = t.headings;
  }
  closeTable();
  return out;
}

const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 1134 };

/** The .docx bytes of a plan. */
export async function planDocx(p: DocxPlan): Promise<Buffer> {
  const sections: ISectionOptions[] = [{ properties: { page: { size: A4, margin: MARGIN } }, children: body(p) }];
  if (p.tasks.length > 0) {
    sections.push({ properties: { page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: MARGIN } }, children: appendix(p) });
  }
  const doc = new Document({ creator: 'motcua', title: `Kế hoạch ${p.title}`, styles: { default: { document: { run: { font: FONT, size: 26 } } } }, sections });
  return Packer.toBuffer(doc);
}
