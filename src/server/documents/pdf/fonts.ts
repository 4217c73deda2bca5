/**
 * DejaVu Serif (regular, bold, italic) from the `dejavu-fonts-ttf` package: full Vietnamese
 * coverage, free licence. The files are read once per process and the buffers reused; pdfkit
 * embeds only the glyphs a document uses (subsetting).
 *
 * Parsing a face (cmap, GSUB/GPOS) costs several milliseconds, more than laying out a whole slip,
 * so the parsed faces are cached too and handed to pdfkit, which accepts a fontkit font in place
 * of a buffer. Each document makes its own subset and layout cache and pdfkit reads a face only
 * synchronously (drawing, then embedding inside `end()`). One catch: fontkit caches glyph objects
 * with the characters they were first created for, and pdfkit writes those characters into the
 * PDF's ToUnicode map, so a cache filled by an earlier document garbles text extraction of the
 * next. The glyph cache is therefore emptied for every document; if a fontkit release renames
 * that private field, each document parses its own faces again (slower, still correct).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const FONT = { regular: 'serif', bold: 'serif-bold', italic: 'serif-italic' } as const;
export type FontRole = keyof typeof FONT;

const FILES: Record<FontRole, string> = { regular: 'DejaVuSerif.ttf', bold: 'DejaVuSerif-Bold.ttf', italic: 'DejaVuSerif-Italic.ttf' };
const ROLES = Object.keys(FILES) as FontRole[];

let buffers: Record<FontRole, Buffer> | null = null;
let faces: Record<FontRole, Face> | null = null;

/** The font files, read on first use. */
export function fontBuffers(): Record<FontRole, Buffer> {
  if (buffers === null) {
    const dir = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    buffers = Object.fromEntries(ROLES.map((r) => [r, readFileSync(path.join(dir, FILES[r]))])) as Record<FontRole, Buffer>;
  }
  return buffers;
}

type Face = { layout(text: string): unknown; _glyphs?: unknown };
type Fontkit = { create(data: Uint8Array): Face };

/**
 * The faces parsed by the fontkit that pdfkit itself depends on (resolved from pdfkit's folder),
 * typed as pdfkit's font source: pdfkit uses any object with a `layout` method as a parsed font.
 */
function parsedFaces(): Record<FontRole, Face> {
  if (faces === null) {
    const req = createRequire(import.meta.url);
    const fontkit = createRequire(req.resolve('pdfkit'))('fontkit') as Fontkit;
    const b = fontBuffers();
    faces = Object.fromEntries(ROLES.map((r) => [r, fontkit.create(b[r])])) as Record<FontRole, Face>;
  }
  return faces;
}

const hasGlyphCache = (f: Face) => typeof f._glyphs === 'object' && f._glyphs !== null;

/** Registers the three faces under the names in FONT, each with an empty glyph cache. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  const f = parsedFaces();
  for (const r of ROLES) {
    const face = f[r];
    if (hasGlyphCache(face)) {
      face._glyphs = {};
      doc.registerFont(FONT[r], face as unknown as Buffer); // pdfkit takes any object with layout() as a parsed font
    } else {
      doc.registerFont(FONT[r], fontBuffers()[r]);
    }
  }
}
