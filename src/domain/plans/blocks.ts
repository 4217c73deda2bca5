/**
 * A plan file as a list of blocks, the same for both readers: a .docx gives its paragraphs and table
 * rows (server/documents/plan-docx-read.ts), a text file gives its lines, where a line with a tab is a
 * table row (the seeds' appendix tables are tab-separated) and an empty line is a break (a page break
 * inside a table, a gap between paragraphs of a scan). Cell and paragraph text is cleaned of the HTML
 * and Markdown the converted seeds carry (`<p>`, `<i>`, `**bold**`, `## heading`).
 */

export type Block =
  | { readonly kind: 'para'; readonly text: string; readonly line: number }
  | { readonly kind: 'row'; readonly cells: readonly string[]; readonly line: number }
  | { readonly kind: 'blank'; readonly line: number };

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ', '#39': "'" };

/** Text of a cell or paragraph: paragraphs and list items become lines, other tags and emphasis go. */
export function cleanText(s: string): string {
  return s
    .replace(/<\/p>\s*<p[^>]*>|<br\s*\/?>|<\/li>\s*<li[^>]*>/giu, '\n')
    .replace(/<[^>]+>/gu, '')
    .replace(/&(amp|lt|gt|quot|nbsp|#39);/gu, (_, e: string) => ENTITIES[e] ?? '')
    .replace(/\\([*_#])/gu, '$1')
    .replace(/\*\*|__/gu, '')
    .replace(/(^|[\s(])\*([^*\n]+)\*(?=$|[\s).,:;])/gu, '$1$2')
    .split('\n')
    .map((l) => l.replace(/^#{1,6}\s+/u, '').replace(/[ \t\u00a0]+/gu, ' ').trim())
    .join('\n')
    .replace(/\n{2,}/gu, '\n')
    .trim();
}

/** Blocks of a plain-text plan (1-based line numbers, for the import report). */
export function textToBlocks(text: string): Block[] {
  const lines = text.replace(/\r\n?/gu, '\n').split('\n');
  return lines.map((raw, i): Block => {
    const line = i + 1;
    if (raw.includes('\t')) {
      const cells = raw.split('\t').map(cleanText);
      return cells.every((c) => c === '') ? { kind: 'blank', line } : { kind: 'row', cells, line };
    }
    const text = cleanText(raw);
    return text === '' ? { kind: 'blank', line } : { kind: 'para', text, line };
  });
}

/** Where a block is, for the import report. */
export const whereOf = (b: Block) => `dòng ${b.line}`;

/** A row as one line of text, for the import report. */
export const rowText = (cells: readonly string[]) =>
  cells
    .map((c) => c.replace(/\s+/gu, ' '))
    .join(' | ')
    .replace(/(?:\s\|\s*)+$/u, '')
    .trim();
