/**
 * Scanned plans whose table came out of OCR as one cell per paragraph, without diacritics (seed 003,
 * Sóc Trăng). The header (STT / Nội dung công việc / Kết quả / Phân công thực hiện / Thời gian thực hiện)
 * is followed by groups of lines separated by empty lines. A group that reads as a deadline ("Thuong
 * xuyén", "Trong nam 2022", "trước 31/01/2022") closes a task: the first text group before it is the
 * content, later ones the product, groups naming units ("- Van phong Sở chủ trì", "… phối hợp") the lead
 * and coordinating units. A one-line group after a deadline followed by more text is a heading; a line
 * "IV | …" is a Roman heading; a multi-line "… | … |" group is a row OCR glued together. Every task read
 * this way is approximate: the report says so, and groups left over are listed as unrecognised.
 */
import type { Block } from './blocks';
import { parseDeadline } from './deadline';
import { foldAligned, foldText } from './fold';
import type { RawTask } from './import-tables';
import type { ImportIssue, TaskHeading } from './model';

type Group = { lines: string[]; text: string; folded: string; line: number };
type Kind = 'heading' | 'anchor' | 'unit' | 'text' | 'row' | 'header';


const HEADER_WORDS = /^(?:stt|noi\s+dung\s+cong\s+viec|ke\S*t\s+qua\s+cong\s+viec|ph\S*n\s+cong\s+thuc\s+hi\S*n|thoi\s+gian\s+th\S*\s+hi\S*n)$/;
const UNIT_START = /^-?\s*(?:cac\s+phong|van\s+phong|vin\s+phong|phong\s|thanh\s+tra|trung\s+tam|trung\s+tdm|vien\s+chuc|cong\s+chuc|chi\s+cuc|\(?phoi\s+hop)/;
const LEGAL_REF = /nghi\s+dinh|thong\s+tu|quyet\s+dinh\s+so|\bluat\b/;
const PIPE_ROMAN = /^(?:[ivxl1]{1,4})\s*\|\s*(\S.*)$/;
const EMBEDDED_DEADLINE = /thu\S{0,3}ng\s+xuy\S*n|trong\s+nam\s+\d{4}/;

function groupsOf(blocks: readonly Block[]): Group[] {
  const out: Group[] = [];
  let cur: Group | null = null;
  for (const b of blocks) {
    if (b.kind !== 'para') {
      cur = null;
      continue;
    }
    // A year alone ("Trong nam" / "2022") finishes the group before it, across the empty line.
    const previous = out.at(-1);
    if (!cur && previous && /^\d{4}\.?$/u.test(b.text.trim())) cur = previous;
    if (!cur) {
      cur = { lines: [], text: '', folded: '', line: b.line };
      out.push(cur);
    }
    cur.lines.push(b.text);
    cur.text = cur.lines.join(' ');
    cur.folded = foldText(cur.text);
  }
  return out;
}

function kindOf(g: Group, year: number | null): Kind {
  if (HEADER_WORDS.test(g.folded)) return 'header';
  if (/^(?:[ivx]{1,4}|vil|[il1]{2,3})$/.test(g.folded)) return 'heading';
  if (g.lines.length === 1 && PIPE_ROMAN.test(g.folded)) return 'heading';
  if (g.text.includes(' | ')) return 'row';
  const words = g.folded.split(' ').length;
  if (words <= 40 && !LEGAL_REF.test(g.folded) && parseDeadline(g.text, { year }).rule.kind !== 'unparsed') return 'anchor';
  if (/^-?\s*theo\s/.test(g.folded) && words <= 15) return 'anchor';
  if (words <= 30 && (UNIT_START.test(g.folded) || /chu\s+tri|phoi\s+hop/.test(g.folded))) return 'unit';
  return 'text';
}

/** The region between the exploded header and "TỔ CHỨC THỰC HIỆN" / "Nơi nhận". */
function regionOf(blocks: readonly Block[]): Block[] | null {
  const paras = blocks.map((b) => (b.kind === 'para' ? foldText(b.text) : ''));
  const start = paras.findIndex((f, i) => f === 'stt' && paras.slice(i, i + 16).some((x) => /^noi\s+dung/.test(x)));
  if (start < 0) return null;
  const end = paras.findIndex((f, i) => i > start && (/^(?:[il1]{1,3}|iv|v|vi)[.\s]+to\s+chuc\s+thu\S*\s+hien/.test(f) || /^noi\s+nhan/.test(f)));
  return blocks.slice(start, end < 0 ? blocks.length : end);
}

type Draft = { content: string | null; product: string[]; lead: string[]; coordinating: string[]; where: string };
const emptyDraft = (where = ''): Draft => ({ content: null, product: [], lead: [], coordinating: [], where });

/** Tasks of a scanned, flattened table; null when the plan has no such table. */
export function readOcr(blocks: readonly Block[], year: number | null): { tasks: RawTask[]; unrecognised: ImportIssue[] } | null {
  const region = regionOf(blocks);
  if (!region) return null;
  const groups = groupsOf(region);
  const kinds = groups.map((g) => kindOf(g, year));
  // Units come before the deadline in the table: a deadline-like group followed by units is a product.
  kinds.forEach((k, i) => {
    const next = kinds.slice(i + 1).find((x) => x !== 'header');
    if (k === 'anchor' && next === 'unit') kinds[i] = 'text';
  });
  const tasks: RawTask[] = [];
  const unrecognised: ImportIssue[] = [];
  let headings: TaskHeading[] = [];
  let draft = emptyDraft();
  let afterAnchor = true;
  let lastHeading = false;
  const push = (d: Draft, deadline: string, where: string) =>
    tasks.push({ appendix: null, headings: headings.map((h) => ({ ...h })), number: String(tasks.length + 1), content: d.content ?? d.product.shift() ?? '', lead: d.lead.join('\n'), coordinating: d.coordinating.join('\n'), deadline, product: d.product.join('\n'), notes: '', where });
  // Sections of a scan get Roman numbers in order (seed 003 numbers them I–IX; OCR reads few of them).
  let sectionCount = 0;
  const ROMANS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];
  const setHeading = (text: string, number?: string) => {
    if (lastHeading && headings[0]) headings[0].text = `${headings[0].text} ${text}`.trim();
    else headings = [{ level: 1, number: number ?? ROMANS[sectionCount] ?? String(sectionCount + 1), text }];
    if (!lastHeading) sectionCount++;
    lastHeading = true;
  };
  groups.forEach((g, i) => {
    const kind = kinds[i]!;
    const where = `dòng ${g.line}`;
    if (kind !== 'heading' && kind !== 'text') lastHeading = kind === 'header' ? lastHeading : false;
    switch (kind) {
      case 'header':
        return;
      case 'heading':
        // "IX" alone: the heading's text follows in the next group.
        if (!g.text.includes('|')) return void ((lastHeading = false), setHeading('', g.text.trim().toUpperCase()));
        return void ((lastHeading = false), setHeading(g.text.replace(/^\S+\s*\|\s*/u, ''), g.text.split('|')[0]!.trim().toUpperCase()));
      case 'row': {
        const { original, folded } = foldAligned(g.text);
        const m = EMBEDDED_DEADLINE.exec(folded);
        if (!m) return void draft.product.push(g.text);
        if (draft.content !== null || draft.product.length > 0) unrecognised.push({ where: draft.where, text: [draft.content, ...draft.product].join(' ').slice(0, 300), reason: 'Bản quét: đoạn không gắn được với thời hạn' });
        push({ ...emptyDraft(where), content: g.text }, original.slice(m.index, m.index + m[0].length), where);
        draft = emptyDraft();
        afterAnchor = true;
        return;
      }
      case 'anchor':
        if (draft.content === null && draft.product.length === 0) unrecognised.push({ where, text: g.text, reason: 'Bản quét: thời hạn không gắn với nội dung nào' });
        else push(draft, g.text, draft.where || where);
        draft = emptyDraft();
        afterAnchor = true;
        return;
      case 'unit':
        (/phoi\s+hop/.test(g.folded) && !/chu\s+tri/.test(g.folded) ? draft.coordinating : draft.lead).push(g.text);
        return;
      case 'text': {
        const next = kinds[i + 1];
        if (draft.content === null && afterAnchor && g.lines.length === 1 && (next === 'text' || next === 'heading')) return setHeading(g.text);
        lastHeading = false;
        afterAnchor = false;
        if (draft.content === null) draft = { ...draft, content: g.text, where: draft.where || where };
        else draft.product.push(g.text);
        return;
      }
    }
  });
  if (draft.content !== null || draft.product.length > 0 || draft.lead.length > 0) {
    unrecognised.push({ where: draft.where || 'cuối bảng', text: [draft.content, ...draft.product, ...draft.lead, ...draft.coordinating].filter(Boolean).join(' ').slice(0, 300), reason: 'Bản quét: phần cuối bảng không có thời hạn' });
  }
  return { tasks: tasks.filter((t) => t.content !== ''), unrecognised };
}
