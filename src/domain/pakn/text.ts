/**
 * Text of PAKN items: the search text of a published answer (found without diacritics, like the
 * catalogue: `foldVietnamese`), and the similarity used to suggest duplicates to merge.
 */
import { foldVietnamese } from '../procedure/search-text';

/** The folded text searched in the public list: title, content, answer and the procedure's name. */
export function paknSearchText(p: { code: string; title: string; content: string; answer?: string | null; procedureName?: string | null }): string {
  return foldVietnamese([p.code, p.title, p.content, p.answer ?? '', p.procedureName ?? ''].join(' '));
}

/** Words of a query as they occur in the search text (folded, no empties), at most 8. */
export const searchWords = (q: string): string[] => foldVietnamese(q).split(' ').filter((w) => w.length > 0).slice(0, 8);

/** Folded word tokens without punctuation. */
function tokens(s: string): string[] {
  return foldVietnamese(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((w) => w.length > 1);
}

/** Word pairs (shingles of 2) of a text; a one-word text is its word. */
function shingles(s: string): Set<string> {
  const t = tokens(s);
  if (t.length < 2) return new Set(t);
  const out = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) out.add(`${t[i]} ${t[i + 1]}`);
  return out;
}

/**
 * Jaccard similarity (0..1) of the word pairs of two texts, both folded: the same complaint retyped
 * with or without diacritics, reordered sentences or a different greeting still scores high.
 */
export function textSimilarity(a: string, b: string): number {
  const x = shingles(a);
  const y = shingles(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const s of x) if (y.has(s)) common++;
  return common / (x.size + y.size - common);
}

export const DUPLICATE_THRESHOLD = 0.3;

/** The candidates most like `text`, best first, at or above the threshold. */
export function duplicateCandidates<T extends { id: string; title: string; content: string }>(
  item: { id: string; title: string; content: string },
  others: readonly T[],
  limit = 5,
  threshold = DUPLICATE_THRESHOLD,
): { item: T; score: number }[] {
  const me = `${item.title} ${item.content}`;
  return others
    .filter((o) => o.id !== item.id)
    .map((o) => ({ item: o, score: Math.round(textSimilarity(me, `${o.title} ${o.content}`) * 100) / 100 }))
    .filter((c) => c.score >= threshold)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `PA<yymmdd>-XXXX`: the reception date and 4 random Crockford characters from `random` (bytes). */
export function paknCode(localDate: string, random: Uint8Array): string {
  const ymd = localDate.slice(2).replace(/-/g, '');
  let tail = '';
  for (let i = 0; i < 4; i++) tail += CROCKFORD[(random[i] ?? 0) % 32];
  return `PA${ymd}-${tail}`;
}

/** The sender's secret: 8 Crockford characters shown as `XXXX-XXXX`; typed in any case, with or without the dash. */
export function paknSecret(random: Uint8Array): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += CROCKFORD[(random[i] ?? 0) % 32];
  return `${s.slice(0, 4)}-${s.slice(4)}`;
}

/** The canonical form of a typed secret (upper case, no dash; O→0, I/L→1 as Crockford reads them). */
export const normaliseSecret = (s: string): string =>
  s
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
