import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type FileChild,
} from 'docx';
import { VN_OFFSET_MS } from '../../domain/calendar';

/**
 * The official layout of an administrative document (NĐ 30/2020/NĐ-CP, appendix I): A4, margins top
 * and bottom 20 mm, left 30 mm, right 20 mm; Times New Roman 13–14 pt; the header as a borderless
 * two-column table — left the managing body and the issuing body (bold), the number; right the national
 * name "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and the motto "Độc lập - Tự do - Hạnh phúc" (bold,
 * underlined), then "<place>, ngày … tháng … năm …" in italics.
 */
const MM = 56.7; // twips per millimetre
const PT = 2; // docx sizes are half-points
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

export const moneyText = (amount: number) => `${amount < 0 ? '-' : ''}${String(Math.abs(Math.trunc(amount))).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
export const percentText = (rate: number | null) => (rate === null ? '—' : `${rate.toFixed(2).replace('.', ',')}%`);
export const dateText = (d: string | null) => (d ? d.split('-').reverse().join('/') : '—');

/** "An Giang, ngày 20 tháng 11 năm 2026" on the Vietnamese wall clock. */
export function placeAndDate(place: string, at: Date): string {
  const local = new Date(at.getTime() + VN_OFFSET_MS);
  const dd = String(local.getUTCDate()).padStart(2, '0');
  const mm = String(local.getUTCMonth() + 1).padStart(2, '0');
  return `${place}, ngày ${dd} tháng ${mm} năm ${local.getUTCFullYear()}`;
}

type RunOpts = { bold?: boolean; italics?: boolean; size?: number; underline?: boolean };
const run = (text: string, o: RunOpts = {}) => new TextRun({ text, bold: o.bold ?? false, italics: o.italics ?? false, size: (o.size ?? 13) * PT, ...(o.underline && { underline: {} }) });

export const para = (text: string, o: RunOpts & { align?: 'left' | 'center' | 'justify'; indent?: boolean; after?: number } = {}) =>
  new Paragraph({
    alignment: o.align === 'center' ? AlignmentType.CENTER : o.align === 'left' ? AlignmentType.LEFT : AlignmentType.JUSTIFIED,
    spacing: { after: (o.after ?? 6) * 20 },
    ...(o.indent && { indent: { firstLine: Math.round(10 * MM) } }),
    children: [run(text, o)],
  });

/** A labelled line: "<label>: <value>" with the label in bold. */
export const field = (label: string, value: string) => new Paragraph({ spacing: { after: 80 }, alignment: AlignmentType.JUSTIFIED, children: [run(`${label}: `, { bold: true }), run(value)] });

export const heading = (text: string) => para(text, { bold: true, after: 6 });

const cell = (children: Paragraph[], widthPct: number, borders: 'none' | 'thin') =>
  new TableCell({
    width: { size: widthPct, type: WidthType.PERCENTAGE },
    verticalAlign: VerticalAlign.TOP,
    borders: borders === 'none' ? { top: none, bottom: none, left: none, right: none } : { top: thin, bottom: thin, left: thin, right: thin },
    children,
  });

export type Header = { parent: string; issuer: string; number: string; place: string; at: Date };

export function nationalHeader(h: Header): FileChild[] {
  const left = [para(h.parent.toUpperCase(), { align: 'center', size: 12, after: 0 }), para(h.issuer.toUpperCase(), { align: 'center', bold: true, size: 12, after: 6 }), para(h.number, { align: 'center', after: 0 })];
  const right = [
    para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { align: 'center', bold: true, size: 12, after: 0 }),
    para('Độc lập - Tự do - Hạnh phúc', { align: 'center', bold: true, underline: true, after: 6 }),
    para(placeAndDate(h.place, h.at), { align: 'center', italics: true, after: 0 }),
  ];
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: [new TableRow({ children: [cell(left, 40, 'none'), cell(right, 60, 'none')] })],
  });
  return [table, para('', { after: 6 })];
}

/** A title block: the kind of document in capitals, then its subject. */
export const title = (kind: string, subject: string[]) => [para(kind, { align: 'center', bold: true, size: 14, after: 0 }), ...subject.map((s) => para(s, { align: 'center', bold: true, after: 0 })), para('', { after: 6 })];

/** A bordered table: a bold header row, then the rows; widths in percent. */
export function grid(header: string[], rows: string[][], widths: number[]): Table {
  const line = (cells: string[], bold: boolean) => new TableRow({ tableHeader: bold, children: cells.map((c, i) => cell([para(c, { bold, size: 12, align: bold ? 'center' : 'left', after: 0 })], widths[i] ?? 10, 'thin')) });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [line(header, true), ...rows.map((r) => line(r, false))] });
}

/** The signature block at the right: the role in capitals, then the signer's name after space for the signature. */
export const signature = (role: string, name: string | null) => {
  const right = [para(role.toUpperCase(), { align: 'center', bold: true, after: 60 }), para(name ?? '', { align: 'center', bold: true, after: 0 })];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: [new TableRow({ children: [cell([para('')], 50, 'none'), cell(right, 50, 'none')] })],
  });
};

export async function officialDocx(meta: { title: string; creator: string }, children: FileChild[]): Promise<Buffer> {
  const doc = new Document({
    title: meta.title,
    creator: meta.creator,
    styles: { default: { document: { run: { font: 'Times New Roman', size: 13 * PT } } } },
    sections: [{ properties: { page: { size: { width: Math.round(210 * MM), height: Math.round(297 * MM) }, margin: { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(20 * MM) } } }, children }],
  });
  return Packer.toBuffer(doc);
}
