/**
 * A QR code drawn as vector rectangles (one filled path, horizontal runs merged), so it stays
 * crisp at any zoom and costs no image decoding. Error correction M; 4-module quiet zone.
 */
import QRCode from 'qrcode';

export const QUIET_ZONE = 4;

/** Draws `text` as a QR code in a `size`×`size` square (quiet zone included) at (x, y). */
export function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const unit = size / (n + 2 * QUIET_ZONE);
  const ox = x + QUIET_ZONE * unit;
  const oy = y + QUIET_ZONE * unit;
  doc.save();
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (modules.data[row * n + col] === 0) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && modules.data[row * n + col] !== 0) col++;
      doc.rect(ox + start * unit, oy + row * unit, (col - start) * unit, unit);
    }
  }
  doc.fillColor('#000000').fill();
  doc.restore();
}
