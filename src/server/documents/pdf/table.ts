/**
 * Bordered tables that wrap cell text and continue across pages, repeating the header row on
 * every page. Rows never split; a row taller than a page is cut with an ellipsis.
 */
import type { FormColumn } from '../../../domain/forms';
import { column, nfc, use, type Layout } from './layout';

const PAD = 2.5;
const HEADER_FILL = '#EDEDED';

type Cell = { text: string; align: FormColumn['align'] };

function cellHeight(pdf: PDFKit.PDFDocument, cells: readonly Cell[], widths: readonly number[], lineGap: number): number {
  let h = 0;
  cells.forEach((c, i) => {
    const w = widths[i]! - 2 * PAD;
    if (c.text !== '') h = Math.max(h, pdf.heightOfString(c.text, { width: w, lineGap }));
  });
  return Math.ceil(h + 2 * PAD);
}

function drawRow(pdf: PDFKit.PDFDocument, cells: readonly Cell[], x: number, y: number, widths: readonly number[], height: number, lineGap: number, fill: string | null) {
  let cx = x;
  cells.forEach((c, i) => {
    const w = widths[i]!;
    if (fill) pdf.rect(cx, y, w, height).fillAndStroke(fill, '#000000').fillColor('#000000');
    else pdf.rect(cx, y, w, height).stroke();
    if (c.text !== '') {
      pdf.text(c.text, cx + PAD, y + PAD, { width: w - 2 * PAD, height: height - 2 * PAD + 0.5, align: c.align, lineGap, ellipsis: true });
    }
    cx += w;
  });
}

/** Draws the table from the current y; leaves y under it. */
export function drawTable(pdf: PDFKit.PDFDocument, L: Layout, columns: readonly FormColumn[], rows: readonly (readonly string[])[]): void {
  const { x, width } = column(pdf);
  const total = columns.reduce((s, c) => s + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * width);
  const lineGap = 0.6;
  const header: Cell[] = columns.map((c) => ({ text: nfc(c.header), align: 'center' }));
  use(pdf, 'bold', L.table);
  const headerHeight = cellHeight(pdf, header, widths, lineGap);
  pdf.lineWidth(0.5).strokeColor('#000000');

  let y = pdf.y;
  const drawHeader = () => {
    use(pdf, 'bold', L.table);
    drawRow(pdf, header, x, y, widths, headerHeight, lineGap, HEADER_FILL);
    y += headerHeight;
    use(pdf, 'regular', L.table);
  };
  const newPage = () => {
    pdf.addPage();
    y = pdf.page.margins.top;
    drawHeader();
  };

  use(pdf, 'regular', L.table);
  const firstHeight = rows[0] ? cellHeight(pdf, rows[0].map((t, i) => ({ text: nfc(t), align: columns[i]?.align ?? 'left' })), widths, lineGap) : 0;
  if (y + headerHeight + firstHeight > pdf.page.maxY()) {
    pdf.addPage();
    y = pdf.page.margins.top;
  }
  drawHeader();
  for (const row of rows) {
    const cells = columns.map((c, i) => ({ text: nfc(row[i] ?? ''), align: c.align }));
    const room = pdf.page.maxY() - pdf.page.margins.top - headerHeight;
    const height = Math.min(cellHeight(pdf, cells, widths, lineGap), room);
    if (y + height > pdf.page.maxY()) newPage();
    drawRow(pdf, cells, x, y, widths, height, lineGap, null);
    y += height;
  }
  pdf.x = x;
  pdf.y = y + 4;
}
