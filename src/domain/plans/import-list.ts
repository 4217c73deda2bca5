/**
 * Plans written as numbered items instead of a table (seed 004, Sa Pa): "**1. Thực hiện …**" followed by
 * labelled lines "- Sản phẩm: …", "- Bộ phận thực hiện: …", "- Thời gian thực hiện: …" ("+ …" lines
 * continue the label above; other lines belong to the content). An item with labels is a task; a numbered
 * item without labels whose children have them ("4." above "4.1.") is a heading. A second deadline in one
 * item is kept in the notes and reported.
 */
import type { Block } from './blocks';
import { foldAligned, foldText } from './fold';
import type { RawTask } from './import-tables';
import type { ImportIssue, TaskHeading } from './model';

type Field = 'product' | 'lead' | 'coordinating' | 'deadline';

const LABELS: readonly [Field, RegExp][] = [
  ['product', /san\s+pham|ket\s+qua/],
  ['coordinating', /(?:don\s+vi|co\s+quan|bo\s+phan)\s+phoi\s+hop/],
  ['lead', /bo\s+phan\s+thuc\s+hien|don\s+vi\s+(?:thuc\s+hien|chu\s+tri)|co\s+quan\s+(?:chu\s+tri|thuc\s+hien)/],
  ['deadline', /thoi\s+gian\s+(?:thuc\s+hien|hoan\s+thanh)|thoi\s+han/],
];

const LABEL_LINE = /^[-+•]?\s*([a-z ]{4,40}?)\s*:\s*/;
const ITEM = /^(\d+(?:\.\d+)*)\.\s+(\S.*)$/u;
const ROMAN = /^(?:X{0,1})(?:IX|IV|V?I{0,3})\.\s+\S/u;

/** A labelled line: its field and the value as written. */
function labelOf(text: string): { field: Field; value: string } | null {
  const { original, folded } = foldAligned(text);
  const m = LABEL_LINE.exec(folded);
  if (!m) return null;
  const field = LABELS.find(([, re]) => re.test(m[1]!))?.[0];
  return field ? { field, value: original.slice(m[0].length).trim() } : null;
}

type Item = { number: string; title: string; lines: string[]; fields: Partial<Record<Field, string>>; extraDeadlines: string[]; where: string };

function toItems(paras: readonly Extract<Block, { kind: 'para' }>[]): Item[][] {
  const sections: Item[][] = [[]];
  let item: Item | null = null;
  let field: Field | null = null;
  for (const p of paras) {
    if (ROMAN.test(p.text) && p.text.slice(0, 30) === p.text.slice(0, 30).toUpperCase()) {
      sections.push([]);
      item = null;
      continue;
    }
    const m = ITEM.exec(p.text);
    if (m) {
      item = { number: m[1]!, title: m[2]!.replace(/[\s:.]+$/u, ''), lines: [], fields: {}, extraDeadlines: [], where: `dòng ${p.line}` };
      sections.at(-1)!.push(item);
      field = null;
      continue;
    }
    if (!item) continue;
    const label = labelOf(p.text);
    if (label) {
      field = label.field;
      const had = item.fields[field];
      if (field === 'deadline' && had !== undefined) item.extraDeadlines.push(label.value);
      else item.fields[field] = label.value;
      continue;
    }
    if (/^\+\s*/.test(p.text) && field) {
      const value = p.text.replace(/^\+\s*/u, '');
      item.fields[field] = item.fields[field] ? `${item.fields[field]}\n${value}` : value;
      continue;
    }
    field = null;
    item.lines.push(p.text.replace(/^[-*•]\s*/u, ''));
  }
  return sections;
}

/** Tasks of a plan written as numbered items; empty when no item carries a label. */
export function readList(blocks: readonly Block[]): { tasks: RawTask[]; warnings: ImportIssue[] } {
  const paras = blocks.filter((b): b is Extract<Block, { kind: 'para' }> => b.kind === 'para');
  const tasks: RawTask[] = [];
  const warnings: ImportIssue[] = [];
  for (const items of toItems(paras)) {
    if (!items.some((i) => Object.keys(i.fields).length > 0)) continue;
    let heading: TaskHeading | null = null;
    for (const i of items) {
      const labelled = Object.keys(i.fields).length > 0;
      const hasChildren = items.some((c) => c.number.startsWith(`${i.number}.`));
      if (!labelled && hasChildren) {
        heading = { level: 2, number: i.number, text: [i.title, ...i.lines].join('\n') };
        continue;
      }
      if (!i.number.includes('.')) heading = null;
      if (!labelled) {
        warnings.push({ where: i.where, text: i.title, reason: 'Mục không ghi sản phẩm, đơn vị, thời gian; nhập như nhiệm vụ chưa có thời hạn' });
      }
      if (i.extraDeadlines.length > 0) {
        warnings.push({ where: i.where, text: i.extraDeadlines.join('; '), reason: `Mục ${i.number} ghi hơn một thời hạn; dùng thời hạn đầu, thời hạn sau ghi vào ghi chú` });
      }
      const content = [i.title, ...i.lines].join('\n');
      tasks.push({
        appendix: null,
        headings: heading ? [heading] : [],
        number: i.number,
        content,
        lead: i.fields.lead ?? '',
        coordinating: i.fields.coordinating ?? '',
        deadline: i.fields.deadline ?? '',
        product: i.fields.product ?? '',
        notes: i.extraDeadlines.map((d) => `Thời gian thực hiện: ${d}`).join('\n'),
        where: i.where,
      });
    }
  }
  return { tasks, warnings };
}

export const isListLayout = (blocks: readonly Block[]) => blocks.some((b) => b.kind === 'para' && labelOf(b.text)?.field === 'deadline' && foldText(b.text).length < 200);
