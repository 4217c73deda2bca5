/**
 * Small text helpers shared by the crawled-record parsers. The national portal's tables reach
 * us flattened into one string without separators; these helpers never throw.
 */

/** The portal's placeholder for an empty cell. */
export const NO_INFO = 'Không có thông tin';

/**
 * A parse flag: a stable code, optionally followed by ":" and where it applies
 * (a channel key, a document index), e.g. "time_unit_missing:direct".
 */
export type ParseFlag = string;

export const flag = (code: string, where?: string | number): ParseFlag => (where === undefined ? code : `${code}:${String(where)}`);

/** The code part of a flag ("time_unit_missing:direct" → "time_unit_missing"). */
export const flagCode = (f: ParseFlag): string => f.split(':')[0] ?? f;

/** The value if it is a string (NFC, so precomposed and decomposed input compare alike), else "". */
export function asText(value: unknown): string {
  return typeof value === 'string' ? value.normalize('NFC') : '';
}

/** Collapses runs of whitespace (tabs, newlines, non-breaking spaces) to one space and trims. */
export function squash(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

/**
 * An integer written with thousands separators, either "1,200,000" (as the crawl renders the
 * portal's numbers) or "1.200.000" (Vietnamese), or plain digits. Anything else (e.g. "1,5",
 * "12,34") is not certain and gives null.
 */
export function parseGroupedInteger(s: string): number | null {
  const t = s.trim();
  if (/^\d+$/u.test(t)) return Number(t);
  if (/^\d{1,3}(,\d{3})+$/u.test(t) || /^\d{1,3}(\.\d{3})+$/u.test(t)) return Number(t.replace(/[.,]/gu, ''));
  return null;
}

/**
 * Index just after the parenthesised group that opens at `open` (s[open] === "("), or -1 when
 * the group is never closed.
 */
export function closingParen(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** Strips list bullets and separators left at the edges of a flattened cell. */
export function trimBullets(s: string): string {
  return squash(s)
    .replace(/^[-+*•–\s]+/u, '')
    .replace(/[\s;,]+$/u, '')
    .trim();
}
