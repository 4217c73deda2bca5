/**
 * File types recognised by their content (magic bytes), never by their name. DOCX and XLSX are ZIP
 * packages told apart by their parts; a ZIP whose declared uncompressed size or compression ratio
 * is absurd is refused as a bomb. Pure: works on the bytes it is given.
 */
export const ALLOWED_TYPES = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  tiff: 'image/tiff',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
export type FileKind = keyof typeof ALLOWED_TYPES;

export type Sniffed = { ok: true; kind: FileKind; mime: string } | { ok: false; reason: 'empty' | 'unknown_type' | 'zip_bomb' | 'bad_zip' };

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((x, i) => b[at + i] === x);

/** Reads a ZIP's central directory: entry names and total declared uncompressed size. */
function zipEntries(b: Uint8Array): { names: string[]; uncompressed: number; compressed: number } | null {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
  for (let i = b.length - 22; i >= Math.max(0, b.length - 65_557); i--) {
    if (view.getUint32(i, true) !== 0x06054b50) continue;
    const count = view.getUint16(i + 10, true);
    let p = view.getUint32(i + 16, true);
    const names: string[] = [];
    let uncompressed = 0;
    let compressed = 0;
    for (let n = 0; n < count; n++) {
      if (p + 46 > b.length || view.getUint32(p, true) !== 0x02014b50) return null;
      compressed += view.getUint32(p + 20, true);
      uncompressed += view.getUint32(p + 24, true);
      const nameLen = view.getUint16(p + 28, true);
      const extra = view.getUint16(p + 30, true);
      const comment = view.getUint16(p + 32, true);
      names.push(new TextDecoder().decode(b.subarray(p + 46, p + 46 + nameLen)));
      p += 46 + nameLen + extra + comment;
    }
    return { names, uncompressed, compressed };
  }
  return null;
}

export function sniff(bytes: Uint8Array, limits: { maxUnzipped: number; maxRatio: number } = { maxUnzipped: 200 * 1024 * 1024, maxRatio: 100 }): Sniffed {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { ok: true, kind: 'pdf', mime: ALLOWED_TYPES.pdf };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { ok: true, kind: 'jpeg', mime: ALLOWED_TYPES.jpeg };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { ok: true, kind: 'png', mime: ALLOWED_TYPES.png };
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return { ok: true, kind: 'tiff', mime: ALLOWED_TYPES.tiff };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const z = zipEntries(bytes);
    if (!z) return { ok: false, reason: 'bad_zip' };
    if (z.uncompressed > limits.maxUnzipped || (z.compressed > 0 && z.uncompressed / z.compressed > limits.maxRatio)) return { ok: false, reason: 'zip_bomb' };
    if (z.names.includes('[Content_Types].xml')) {
      if (z.names.some((n) => n.startsWith('word/'))) return { ok: true, kind: 'docx', mime: ALLOWED_TYPES.docx };
      if (z.names.some((n) => n.startsWith('xl/'))) return { ok: true, kind: 'xlsx', mime: ALLOWED_TYPES.xlsx };
    }
    return { ok: false, reason: 'unknown_type' };
  }
  return { ok: false, reason: 'unknown_type' };
}

/** A file name safe to show and to put in a Content-Disposition header: no path, no control characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>:|?*]/g, '').replace(/^\.+/, '').trim().slice(0, 200);
  return cleaned || 'tep-tin';
}
