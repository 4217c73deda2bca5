/**
 * Text folding for the plan readers. Unlike `foldVietnamese`, `foldAligned` keeps every character in
 * place (one folded character per character of the NFC input, whitespace kept), so a match found in
 * the folded text names the same span of the text as written; the span's complement becomes a
 * deadline's condition. Scanned plans (seed 003) lost their diacritics to OCR, so a few misread words
 * are mended to the same length ("trude" → "truoc").
 */

/** Letters decomposition leaves alone, and dashes written several ways. */
const STROKED: Readonly<Record<string, string>> = { đ: 'd', Đ: 'd', ð: 'd', Ð: 'd', '–': '-', '—': '-', '−': '-', '‐': '-' };

/** OCR misreadings seen in seed 003, each replaced by a word of the same length. */
const OCR_WORDS: Readonly<Record<string, string>> = {
  trude: 'truoc',
  trudc: 'truoc',
  trugc: 'truoc',
  trudec: 'truoc ',
  cudi: 'cuoi',
  thudng: 'thuong',
  thudong: 'thuong ',
  phdi: 'phoi',
  phei: 'phoi',
  cta: 'cua',
};

function foldChar(c: string): string {
  const stroked = STROKED[c];
  if (stroked) return stroked;
  const base = c.normalize('NFD').replace(/[\u0300-\u036f]/gu, '');
  // Letters OCR produced outside Latin-1 (é → e is handled above; "¢", "€" are noise): keep one char.
  const one = base.length === 1 ? base : c.length === 1 ? c : base.slice(0, 1);
  return one === '\n' ? one : /\s/u.test(one) ? ' ' : one.toLowerCase();
}

/** The NFC text and its folding, character for character. */
export function foldAligned(text: string): { original: string; folded: string } {
  const original = text.normalize('NFC');
  const chars = Array.from(original);
  // Array.from splits by code point; keep the folded string aligned with UTF-16 indices of `original`.
  let folded = '';
  for (const c of chars) {
    const f = foldChar(c);
    folded += c.length === 2 ? `${f} ` : f;
  }
  folded = folded.replace(/\b[a-z]+\b/g, (w) => OCR_WORDS[w] ?? w);
  return { original, folded };
}

/** Folded for comparisons: lower case, no diacritics, runs of whitespace as one space. */
export function foldText(text: string): string {
  return foldAligned(text).folded.replace(/\s+/g, ' ').trim();
}
