/**
 * SMS text. Vietnamese SMS are sent without diacritics: with them a message is UCS-2 (70 characters
 * a segment), without them GSM 03.38 "7-bit" (160). `toSmsText` strips the marks as foldVietnamese
 * does (domain/procedure/search-text.ts: NFD, drop combining marks, đ → d) but keeps the case, turns
 * typographic punctuation into ASCII and anything else outside ASCII into "?", so the result always
 * fits the GSM alphabet.
 */

/** Letters that Unicode decomposition does not take apart, and punctuation with an ASCII twin. */
const ASCII_TWIN: Readonly<Record<string, string>> = {
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2026': '...',
  '\u00a0': ' ',
  '\u20ab': 'd', // ₫
};

/** Plain ASCII, case kept, whitespace collapsed: what an SMS gateway sends as GSM 7-bit. */
export function toSmsText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[^\x20-\x7e]/gu, (c) => (/\s/u.test(c) ? ' ' : (ASCII_TWIN[c] ?? '?')))
    .replace(/`/gu, "'") // ASCII, but not in the GSM alphabet
    .replace(/\s+/gu, ' ')
    .trim();
}

/** GSM 03.38 basic alphabet (one septet each) and its extension table (two septets: escape + char). */
const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
const GSM_EXTENDED = new Set('^{}\\[~]|€\f');

/** Septets needed in GSM 7-bit, or null when the text needs UCS-2. */
export function gsm7Length(text: string): number | null {
  let n = 0;
  for (const c of text) {
    if (GSM_BASIC.has(c)) n += 1;
    else if (GSM_EXTENDED.has(c)) n += 2;
    else return null;
  }
  return n;
}

/** Segments a text takes: 160/153 septets in GSM 7-bit, 70/67 UTF-16 units in UCS-2. */
export function smsSegments(text: string): number {
  const septets = gsm7Length(text);
  if (septets !== null) return septets <= 160 ? 1 : Math.ceil(septets / 153);
  const units = text.length;
  return units <= 70 ? 1 : Math.ceil(units / 67);
}

/** Septets that fit in `segments` GSM 7-bit segments. */
const capacity = (segments: number) => (segments <= 1 ? 160 : segments * 153);

/**
 * The SMS form of a message whose one variable part (a procedure name, a reason) may be long:
 * the whole when it fits in `maxSegments`, else the variable part shortened with "..." as much as
 * needed, else the text cut at the limit.
 */
export function fitSms(render: (variable: string) => string, variable: string, maxSegments = 2): string {
  const fits = (v: string) => smsSegments(toSmsText(render(v))) <= maxSegments;
  if (fits(variable)) return toSmsText(render(variable));
  const shortened = (n: number) => (n === 0 ? '' : `${variable.slice(0, n).trimEnd()}...`);
  let lo = 0;
  let hi = variable.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(shortened(mid))) lo = mid;
    else hi = mid - 1;
  }
  const text = toSmsText(render(shortened(lo)));
  if (smsSegments(text) <= maxSegments) return text;
  return cutToSeptets(text, capacity(maxSegments));
}

function cutToSeptets(text: string, limit: number): string {
  let n = 0;
  let out = '';
  for (const c of text) {
    const w = GSM_EXTENDED.has(c) ? 2 : 1;
    if (n + w > limit) break;
    n += w;
    out += c;
  }
  return out;
}
