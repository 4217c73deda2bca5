/**
 * Accent- and case-insensitive search text, the same on the server and in the browser:
 * foldVietnamese(s) equals PostgreSQL `lower(unaccent(s))` for Vietnamese text (unaccent maps
 * đ/Đ → d/D), with runs of whitespace collapsed to one space and the ends trimmed.
 */

/** Letters unaccent rewrites that Unicode decomposition does not: đ, Đ and the look-alike Ð/ð. */
const STROKED: Readonly<Record<string, string>> = { đ: 'd', Đ: 'D', ð: 'd', Ð: 'D' };

export function foldVietnamese(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[đĐðÐ]/gu, (c) => STROKED[c]!)
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/** True when every word of the query occurs in the text, both folded. */
export function matchesQuery(text: string, query: string): boolean {
  const haystack = foldVietnamese(text);
  return foldVietnamese(query)
    .split(' ')
    .filter((w) => w !== '')
    .every((w) => haystack.includes(w));
}
