import JSZip from 'jszip';
import { cleanText, type Block } from '../../domain/plans';

/**
 * A .docx plan as blocks (domain/plans/blocks.ts): the body's paragraphs in order, and the rows of its
 * tables with one text per cell (a cell's paragraphs joined by line breaks; a merged cell `gridSpan`
 * followed by empty cells so columns stay aligned). A table of one or two columns is page layout (the
 * national header: agency and number on the left, "CỘNG HÒA …" and the date on the right), so its cells
 * are read as paragraphs. Word's XML is read with regular expressions on `word/document.xml`: the
 * elements used here (w:p, w:t, w:tab, w:br, w:tbl, w:tr, w:tc, w:gridSpan) do not nest except tables.
 */

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/giu, (_, e: string) => (e.startsWith('#x') || e.startsWith('#X') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e] ?? '')));

export class DocxError extends Error {}

function paragraphText(xml: string): string {
  let out = '';
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>|<w:cr\/>/gu)) {
    if (m[1] !== undefined) out += decode(m[1]);
    else out += m[0] === '<w:tab/>' ? ' ' : '\n';
  }
  return out;
}

/** Top-level elements of a container: paragraphs and tables (a table's own paragraphs stay inside it). */
function* children(xml: string): Generator<{ kind: 'p' | 'tbl'; xml: string }> {
  const re = /<w:tbl>|<w:tbl\s[^>]*>|<w:p\/>|<w:p(?:\s[^>]*)?>/gu;
  let at = 0;
  for (;;) {
    re.lastIndex = at;
    const m = re.exec(xml);
    if (!m) return;
    if (m[0].startsWith('<w:tbl')) {
      let depth = 0;
      const tag = /<w:tbl(?:\s[^>]*)?>|<\/w:tbl>/gu;
      tag.lastIndex = m.index;
      let end = -1;
      for (let t = tag.exec(xml); t; t = tag.exec(xml)) {
        depth += t[0] === '</w:tbl>' ? -1 : 1;
        if (depth === 0) {
          end = t.index + t[0].length;
          break;
        }
      }
      if (end < 0) throw new DocxError('Bảng trong tệp .docx không đóng');
      yield { kind: 'tbl', xml: xml.slice(m.index, end) };
      at = end;
    } else if (m[0] === '<w:p/>') {
      yield { kind: 'p', xml: '' };
      at = m.index + m[0].length;
    } else {
      const end = xml.indexOf('</w:p>', m.index);
      if (end < 0) throw new DocxError('Đoạn văn trong tệp .docx không đóng');
      yield { kind: 'p', xml: xml.slice(m.index, end + 6) };
      at = end + 6;
    }
  }
}

function tableRows(xml: string): string[][] {
  const inner = xml.replace(/^<w:tbl[^>]*>/u, '').replace(/<\/w:tbl>$/u, '');
  const rows: string[][] = [];
  for (const tr of inner.matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/gu)) {
    const cells: string[] = [];
    for (const tc of tr[1]!.matchAll(/<w:tc(?:\s[^>]*)?>([\s\S]*?)<\/w:tc>/gu)) {
      const texts = [...children(tc[1]!)].map((c) => (c.kind === 'p' ? paragraphText(c.xml) : tableRows(c.xml).map((r) => r.join(' ')).join('\n')));
      cells.push(cleanText(texts.join('\n')));
      const span = Number(/<w:gridSpan\s+w:val="(\d+)"/u.exec(tc[1]!)?.[1] ?? 1);
      for (let i = 1; i < span; i++) cells.push('');
    }
    rows.push(cells);
  }
  return rows;
}

/** The blocks of a .docx; throws DocxError when the bytes are not a readable Word document. */
export async function docxToBlocks(bytes: Uint8Array): Promise<Block[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new DocxError('Tệp không phải .docx hợp lệ (không đọc được gói nén)');
  }
  const doc = zip.file('word/document.xml');
  if (!doc) throw new DocxError('Tệp .docx không có word/document.xml');
  const xml = await doc.async('string');
  const body = /<w:body>([\s\S]*)<\/w:body>/u.exec(xml)?.[1];
  if (body === undefined) throw new DocxError('Tệp .docx không có phần thân văn bản');
  const blocks: Block[] = [];
  const para = (text: string) => {
    const line = blocks.length + 1;
    const t = cleanText(text);
    blocks.push(t === '' ? { kind: 'blank', line } : { kind: 'para', text: t, line });
  };
  for (const c of children(body)) {
    if (c.kind === 'p') {
      para(paragraphText(c.xml));
      continue;
    }
    const rows = tableRows(c.xml);
    if (rows.every((r) => r.length <= 2)) {
      for (const r of rows) for (const cell of r) for (const l of cell.split('\n')) para(l);
      continue;
    }
    blocks.push({ kind: 'blank', line: blocks.length + 1 });
    for (const cells of rows) blocks.push({ kind: 'row', cells, line: blocks.length + 1 });
  }
  return blocks;
}
