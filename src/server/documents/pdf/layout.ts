/** Page geometry and type sizes per paper: A5 portrait slips, A4 landscape book. */
import type { FormDocument } from '../../../domain/forms';
import { FONT } from './fonts';

export type Layout = {
  readonly size: 'A5' | 'A4';
  readonly orientation: 'portrait' | 'landscape';
  /** Left margin is the widest: forms are filed and bound on the left. */
  readonly margins: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  readonly base: number;
  readonly small: number;
  readonly header: number;
  readonly title: number;
  readonly table: number;
  readonly qr: number;
  readonly lineGap: number;
  /** Share of the content width taken by the agency half of the header. */
  readonly headerSplit: number;
};

const A5: Layout = {
  size: 'A5',
  orientation: 'portrait',
  margins: { top: 22, bottom: 30, left: 34, right: 24 },
  base: 9,
  small: 7.5,
  header: 7.5,
  title: 10.5,
  table: 8,
  qr: 78,
  lineGap: 1.2,
  headerSplit: 0.42,
};

const A4: Layout = {
  size: 'A4',
  orientation: 'portrait',
  margins: { top: 30, bottom: 38, left: 42, right: 30 },
  base: 10,
  small: 8,
  header: 9,
  title: 13,
  table: 8,
  qr: 84,
  lineGap: 1.2,
  headerSplit: 0.45,
};

export function layoutOf(doc: FormDocument): Layout {
  return { ...(doc.paper === 'A5' ? A5 : A4), orientation: doc.orientation };
}

/** Left edge and width of the text column on the current page. */
export function column(pdf: PDFKit.PDFDocument): { x: number; width: number } {
  const m = pdf.page.margins;
  return { x: m.left, width: pdf.page.width - m.left - m.right };
}

/** Sets font and size in one call. */
export function use(pdf: PDFKit.PDFDocument, face: keyof typeof FONT, size: number): PDFKit.PDFDocument {
  return pdf.font(FONT[face]).fontSize(size);
}

/** Text as drawn: NFC, so decomposed Vietnamese marks map to the font's precomposed glyphs. */
export const nfc = (s: string) => s.normalize('NFC');
