/**
 * "Thành phần hồ sơ": one or more tables (Tên giấy tờ | Mẫu đơn, tờ khai | Số lượng) flattened
 * without separators, each possibly preceded by a section title ("* Giấy tờ phải xuất trình:",
 * "* Trường hợp ủy quyền…:"). An entry ends with its count cell, e.g. "1 bản chính" or
 * "0 bản chính,1 bản sao", written directly after the name (no space before the digit). Form
 * template file names glued between the name and the count are split off (parse-forms.ts), and
 * the kind of reusable document is suggested from the name (guessReuse).
 */
import type { DocumentItem, FormTemplate } from './interchange';
import { splitFormFiles } from './parse-forms';
import { flag, NO_INFO, squash, trimBullets, type ParseFlag } from './parse-text';
import { guessReuse } from './reuse';

export const DOCUMENT_TABLE_HEADER = 'Tên giấy tờMẫu đơn, tờ khaiSố lượng';

/**
 * The count cell: glued to the name before it and to the next name after it, so neither
 * preceded nor followed by a space (inline text such as "+ 01 bản chính văn bản…" is), without a
 * leading zero, "bản chính" optionally followed by ",N bản sao".
 */
const COUNT = /(?<![\s(])(\d{1,2}) bản (chính|sao)(?:,(\d{1,2}) bản sao)?(?!\s)/gu;

/** A name ending in a date ("…ngày 25/6/2024") before the count: the digits split for certain. */
const ENDS_WITH_DATE = /\d{1,2}\/\d{1,2}\/\d{4}$/u;

interface Entry {
  readonly name: string;
  readonly copies: string;
  readonly forms: FormTemplate[];
  readonly flags: ParseFlag[];
}

function copiesText(count: string, kind: string, copies: string | undefined): string {
  return copies === undefined ? `${count} bản ${kind}` : `${count} bản ${kind}, ${copies} bản sao`;
}

function entriesOf(section: string, index: number): { entries: Entry[]; tail: string } {
  const entries: Entry[] = [];
  let from = 0;
  for (const m of section.matchAll(COUNT)) {
    let before = section.slice(from, m.index);
    let count = m[1]!;
    if (count.length === 2 && count.startsWith('0')) continue;
    const flags: ParseFlag[] = [];
    if (/\d$/u.test(before)) {
      // "Mẫu số 02" + "1 bản chính" reads "021 bản chính": keep one digit as the count, flagged.
      before += count.slice(0, -1);
      count = count.slice(-1);
      if (!ENDS_WITH_DATE.test(before)) flags.push(flag('document_count_ambiguous', index + entries.length));
    }
    const split = splitFormFiles(before);
    const name = trimBullets(split.name);
    if (split.unsplit) flags.push(flag('document_form_unsplit', index + entries.length));
    if (name === '') flags.push(flag('document_name_missing', index + entries.length));
    const forms = split.forms.map((f) => ({ name: squash(f), url: null }));
    entries.push({ name, copies: copiesText(count, m[2]!, m[3]), forms, flags });
    from = m.index + m[0].length;
  }
  return { entries, tail: squash(section.slice(from)) };
}

/** Conditional sections ("* Trường hợp ủy quyền…:", "b) Nếu…") hold documents that are not always required. */
const CONDITIONAL = /^[\s*+\-–•]*(?:\p{L}\)\s*)?(?:trường hợp|đối với trường hợp|nếu)/iu;

/** The whole text as one document, when no table could be read. */
const unparsed = (text: string): DocumentItem => ({ name: text, copies: '', required: true, forms: [], reuse: null });

export function parseDocuments(raw: string): { documents: DocumentItem[]; flags: ParseFlag[] } {
  const text = squash(raw);
  if (text === '' || text === '--' || text === NO_INFO) return { documents: [], flags: [flag('documents_missing')] };
  const parts = text.split(DOCUMENT_TABLE_HEADER);
  if (parts.length === 1) return { documents: [unparsed(text)], flags: [flag('documents_unparsed')] };
  const documents: DocumentItem[] = [];
  const flags: ParseFlag[] = [];
  let title = parts[0]!;
  for (let p = 1; p < parts.length; p++) {
    const { entries, tail } = entriesOf(parts[p]!, documents.length);
    const conditionalSection = CONDITIONAL.test(title);
    for (const e of entries) {
      flags.push(...e.flags);
      if (e.name === '') continue;
      documents.push({
        name: e.name,
        copies: e.copies,
        required: !conditionalSection && !/\(nếu có\)/iu.test(e.name),
        forms: e.forms,
        reuse: guessReuse(e.name),
      });
    }
    if (entries.length === 0 && squash(parts[p]!) !== '') flags.push(flag('documents_unparsed', p));
    title = tail;
  }
  if (trimBullets(title) !== '') flags.push(flag('documents_note_dropped'));
  if (documents.length === 0) return { documents: [unparsed(text)], flags: [...flags, flag('documents_unparsed')] };
  return { documents, flags };
}
