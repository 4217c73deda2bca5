/**
 * Renders a FormDocument (src/domain/forms) to PDF with pdfkit. Deterministic: the PDF dates are
 * the form's issue instant and pdfkit derives the trailer /ID from the info dictionary (an MD5 of
 * its entries), so the same input gives the same bytes. Classic xref table, no object streams:
 * the output can be signed later with @signpdf/placeholder-plain.
 */
import PDFDocument from 'pdfkit';
import type { FormBlock, FormDocument, FormSignature } from '../../../domain/forms';
import { registerFonts } from './fonts';
import { drawQr } from './qr';
import { drawTable } from './table';
import { column, layoutOf, nfc, use, type Layout } from './layout';

export type RenderOptions = { producer?: string };

function drawHeader(pdf: PDFKit.PDFDocument, doc: FormDocument, L: Layout): void {
  const { x, width } = column(pdf);
  const leftW = width * L.headerSplit;
  const rightX = x + leftW;
  const rightW = width - leftW;
  const top = pdf.page.margins.top;
  use(pdf, 'italic', L.small).text(nfc(`${doc.formLabel} (${doc.legalBasis})`), x, top, { width, align: 'right' });
  const y0 = pdf.y + 3;
  const lineUnder = (cx: number, y: number, w: number) => pdf.moveTo(cx - w / 2, y).lineTo(cx + w / 2, y).lineWidth(0.6).stroke();

  // Left: parent body, agency (bold), short rule.
  pdf.y = y0;
  if (doc.header.agencyParent) use(pdf, 'regular', L.header).text(nfc(doc.header.agencyParent), x, pdf.y, { width: leftW, align: 'center' });
  use(pdf, 'bold', L.header).text(nfc(doc.header.agency), x, pdf.y, { width: leftW, align: 'center' });
  lineUnder(x + leftW / 2, pdf.y + 2, leftW / 3);
  const leftBottom = pdf.y + 5;

  // Right: nation, motto underlined to its own width.
  use(pdf, 'bold', L.header).text(nfc(doc.header.nation), rightX, y0, { width: rightW, align: 'center' });
  const mottoW = Math.min(rightW, pdf.widthOfString(nfc(doc.header.motto)));
  pdf.text(nfc(doc.header.motto), rightX, pdf.y, { width: rightW, align: 'center' });
  lineUnder(rightX + rightW / 2, pdf.y + 1, mottoW);
  const rightBottom = pdf.y + 5;

  // Document number under the agency, place and date under the motto, on one row.
  const y1 = Math.max(leftBottom, rightBottom);
  let bottom = y1;
  if (doc.header.documentNumber) {
    use(pdf, 'regular', L.header).text(nfc(doc.header.documentNumber), x, y1, { width: leftW, align: 'center' });
    bottom = pdf.y;
  }
  use(pdf, 'italic', L.header + 0.5).text(nfc(doc.placeDate), rightX, y1, { width: rightW, align: 'center' });
  pdf.x = x;
  pdf.y = Math.max(bottom, pdf.y) + 8;
}

function drawTitle(pdf: PDFKit.PDFDocument, doc: FormDocument, L: Layout): void {
  const { x, width } = column(pdf);
  // A long title shrinks up to 12% to stay on one line, then wraps.
  const natural = use(pdf, 'bold', L.title).widthOfString(nfc(doc.title));
  const size = natural > width ? Math.max(L.title * 0.88, (L.title * width) / natural - 0.05) : L.title;
  use(pdf, 'bold', size).text(nfc(doc.title), x, pdf.y, { width, align: 'center' });
  if (doc.subtitle) use(pdf, 'italic', L.base).text(nfc(doc.subtitle), x, pdf.y + 1, { width, align: 'center' });
  pdf.y += 6;
  if (doc.qr !== null) {
    const top = pdf.y;
    drawQr(pdf, doc.qr, x, top, L.qr);
    const tx = x + L.qr + 6;
    const tw = width - L.qr - 6;
    use(pdf, 'bold', L.base + 1).text(nfc(`Mã hồ sơ: ${doc.code ?? ''}`), tx, top + L.qr / 2 - 16, { width: tw });
    use(pdf, 'italic', L.small).text('Quét mã QR để tra cứu tình trạng hồ sơ', tx, pdf.y + 2, { width: tw });
    pdf.x = x;
    pdf.y = Math.max(top + L.qr, pdf.y) + 2;
  } else if (doc.code !== null) {
    use(pdf, 'bold', L.base + 1).text(nfc(`Mã hồ sơ: ${doc.code}`), x, pdf.y, { width, align: 'center' });
    pdf.y += 6;
  } else {
    pdf.y += 4;
  }
}

function drawBlock(pdf: PDFKit.PDFDocument, block: FormBlock, L: Layout): void {
  const { x, width } = column(pdf);
  const opts = { width, lineGap: L.lineGap };
  switch (block.type) {
    case 'heading':
      use(pdf, 'bold', L.base).text(nfc(block.text), x, pdf.y + 2, opts);
      pdf.y += 1;
      return;
    case 'paragraph':
      use(pdf, block.style === 'normal' ? 'regular' : block.style, L.base).text(nfc(block.text), x, pdf.y + 1, { ...opts, align: block.align });
      pdf.y += 1;
      return;
    case 'field':
      use(pdf, 'regular', L.base).text(nfc(`${block.label}: `), x, pdf.y + 1, { ...opts, continued: true });
      // An empty string would leave the line open and glue the next block onto it.
      use(pdf, block.strong ? 'bold' : 'regular', L.base).text(nfc(block.value) || ' ', { ...opts, continued: false });
      return;
    case 'note':
      use(pdf, 'italic', L.small).text(nfc(block.text), x, pdf.y + 3, opts);
      pdf.y += 1;
      return;
    case 'table':
      pdf.y += 2;
      drawTable(pdf, L, block.columns, block.rows);
      return;
  }
}

const SIGN_SPACE = 44;

function drawSignatures(pdf: PDFKit.PDFDocument, signatures: readonly FormSignature[], L: Layout): void {
  if (signatures.length === 0) return;
  const { x, width } = column(pdf);
  const w = width / signatures.length;
  const height = (s: FormSignature) =>
    use(pdf, 'bold', L.base).heightOfString(nfc(s.title), { width: w }) +
    use(pdf, 'italic', L.small).heightOfString(nfc(s.note), { width: w }) +
    SIGN_SPACE +
    (s.name ? use(pdf, 'bold', L.base).heightOfString(nfc(s.name), { width: w }) : 0);
  const needed = Math.max(...signatures.map(height));
  if (pdf.y + 8 + needed > pdf.page.maxY()) pdf.addPage();
  const top = pdf.y + 8;
  let bottom = top;
  signatures.forEach((s, i) => {
    const cx = x + i * w;
    use(pdf, 'bold', L.base).text(nfc(s.title), cx, top, { width: w, align: 'center' });
    use(pdf, 'italic', L.small).text(nfc(s.note), cx, pdf.y, { width: w, align: 'center' });
    const nameY = pdf.y + SIGN_SPACE;
    if (s.name) use(pdf, 'bold', L.base).text(nfc(s.name), cx, nameY, { width: w, align: 'center' });
    bottom = Math.max(bottom, s.name ? pdf.y : nameY);
  });
  pdf.x = x;
  pdf.y = bottom;
}

/** "Trang x/y" at the foot of every page when there is more than one. */
function drawPageNumbers(pdf: PDFKit.PDFDocument, L: Layout): void {
  const range = pdf.bufferedPageRange();
  if (range.count < 2) return;
  for (let i = 0; i < range.count; i++) {
    pdf.switchToPage(range.start + i);
    const { x, width } = column(pdf);
    const bottomMargin = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0; // writing in the margin must not open a new page
    use(pdf, 'regular', L.small).text(`Trang ${i + 1}/${range.count}`, x, pdf.page.height - bottomMargin / 2 - L.small / 2, { width, align: 'center', lineBreak: false });
    pdf.page.margins.bottom = bottomMargin;
  }
}

/** Renders the form to PDF bytes. */
export function renderPdf(doc: FormDocument, opts: RenderOptions = {}): Promise<Buffer> {
  const L = layoutOf(doc);
  const pdf = new PDFDocument({
    size: L.size,
    layout: L.orientation,
    margins: L.margins,
    bufferPages: true,
    lang: 'vi-VN',
    displayTitle: true,
    info: {
      Title: nfc(doc.meta.title),
      Subject: nfc(doc.meta.subject),
      Keywords: nfc(doc.meta.keywords.join(', ')),
      Author: nfc(doc.header.agency),
      Creator: 'motcua',
      Producer: opts.producer ?? 'motcua (pdfkit)',
      CreationDate: doc.issuedAt,
      ModDate: doc.issuedAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  try {
    registerFonts(pdf);
    drawHeader(pdf, doc, L);
    drawTitle(pdf, doc, L);
    for (const block of doc.blocks) drawBlock(pdf, block, L);
    drawSignatures(pdf, doc.signatures, L);
    drawPageNumbers(pdf, L);
    pdf.end();
  } catch (error) {
    pdf.destroy();
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  return done;
}
