/**
 * Appendix tables → tasks. Columns are found by their header names, not by position (seed 001 puts the
 * deadline before the lead unit; seed 000's Phụ lục II has a two-row header with "Bắt đầu"/"Hoàn thành").
 * Rows are read the way the seeds are laid out:
 * - a Roman-numbered row (I, "III NHIỆM VỤ …", "I. Kiểm soát …") without units or deadline is a heading;
 *   with them it is a task;
 * - a numbered row (1, 1.1, "5.") with units, deadline or product is a task; without them a sub-heading;
 *   an unnumbered row right after a sub-heading is that heading's task (seed 001 "1 Công bố TTHC");
 * - a row after a page break (a repeated header, an empty line) or starting in lower case continues the
 *   task above, cell by cell ("Thường" + "xuyên"); text alone in the first cell continues a heading.
 * Anything else is reported in `unrecognised`, never dropped.
 */
import { rowText, type Block } from './blocks';
import { foldText } from './fold';
import type { ImportIssue, TaskHeading } from './model';

export type Role = 'stt' | 'content' | 'lead' | 'coordinating' | 'deadline' | 'start' | 'product' | 'notes' | 'extra';

/** A task as cells, before its deadline is read. */
export type RawTask = {
  appendix: string | null;
  headings: TaskHeading[];
  number: string;
  content: string;
  lead: string;
  coordinating: string;
  deadline: string;
  product: string;
  notes: string;
  where: string;
};

const ROLE_TESTS: readonly [Role, RegExp][] = [
  ['stt', /^(?:stt|tt|so\s+tt)$/],
  ['content', /noi\s+dung|ten\s+(?:tthc|thu\s+tuc)|nhiem\s+vu/],
  ['product', /ket\s+qua|san\s+pham/],
  ['notes', /ghi\s+chu/],
  ['start', /bat\s+dau/],
  ['deadline', /thoi\s+gian|thoi\s+han|hoan\s+thanh|tien\s+do/],
  ['coordinating', /phoi\s+hop/],
  ['lead', /chu\s+tri|thuc\s+hien|phan\s+cong|dau\s+moi/],
];

const roleOf = (name: string): Role | null => {
  const f = foldText(name);
  return f === '' ? null : (ROLE_TESTS.find(([, re]) => re.test(f))?.[0] ?? null);
};

/** A header row: it names the content and at least a deadline or a unit column. */
export function headerRoles(cells: readonly string[]): Role[] | null {
  // Header cells are short names; a task row can contain the same words in a sentence (seed 001 row 7).
  if (cells.some((c) => c.split(/\s+/u).length > 14)) return null;
  const roles = cells.map(roleOf);
  const has = (r: Role) => roles.includes(r);
  if (!has('content') || !(has('deadline') || has('lead')) || roles.filter((r) => r !== null).length < 3) return null;
  const seen = new Set<Role>();
  return roles.map((r) => {
    if (r === null) return 'extra';
    if (seen.has(r)) return 'extra';
    seen.add(r);
    return r;
  });
}

/** A second header row (seed 000 Phụ lục II): the first cells empty, the others header words only. */
const isSubHeader = (cells: readonly string[]) =>
  cells.slice(0, 2).every((c) => c === '') && cells.some((c) => c !== '') && cells.every((c) => c === '' || /^(?:phong|co\s+quan|don\s+vi|[, ])*(?:chu\s+tri|phoi\s+hop|bat\s+dau|hoan\s+thanh|thuc\s+hien)$/.test(foldText(c)));

type Table = { roles: Role[]; names: string[]; header: string };

const ROMAN_CELL = /^([IVX]+)(?:\.?\s*$|[.\s]\s*(\S.*)$)/su;
const NUMBER_CELL = /^(\d+(?:\.\d+)*)\.?$/u;
const HEADING_PARA = /^((?:[IVX]+|\d+(?:\.\d+)*))\.\s+(\S.*)$/u;
const join = (a: string, b: string) => (a === '' ? b : b === '' ? a : `${a} ${b}`);

export class TableReader {
  readonly tasks: RawTask[] = [];
  readonly unrecognised: ImportIssue[] = [];
  readonly warnings: ImportIssue[] = [];
  private table: Table | null = null;
  private appendix: string | null = null;
  private appendixOpen = false;
  private headings: TaskHeading[] = [];
  private last: 'heading' | 'task' | null = null;
  private broken = false;

  /** Whether any table header was seen (the plan has the table layout). */
  get found(): boolean {
    return this.table !== null || this.tasks.length > 0;
  }

  para(b: Extract<Block, { kind: 'para' }>, inAppendix: boolean): void {
    const f = foldText(b.text);
    if (/^phu\s+luc\b/.test(f) && f.split(' ').length <= 4) {
      this.appendix = b.text;
      this.appendixOpen = true;
      this.headings = [];
      this.table = null;
      this.last = null;
      return;
    }
    if (!inAppendix && !this.found) return;
    if (/^\(/.test(b.text) || /kem\s+(?:theo\s+)?ke\s+hoach/.test(f)) return void (this.appendixOpen = false);
    const m = HEADING_PARA.exec(b.text);
    if (m) {
      this.appendixOpen = false;
      this.headings = [{ level: 0, number: m[1]!, text: m[2]!.trim() }];
      this.last = null;
      return;
    }
    if (this.appendixOpen && this.appendix !== null) return void (this.appendix = `${this.appendix}\n${b.text}`);
    if (this.found) this.warnings.push({ where: `dòng ${b.line}`, text: b.text, reason: 'Đoạn văn trong phụ lục, ngoài bảng nhiệm vụ' });
  }

  blank(): void {
    this.broken = true;
  }

  row(b: Extract<Block, { kind: 'row' }>, next: Extract<Block, { kind: 'row' }> | undefined): 'used' | 'used-next' {
    this.appendixOpen = false;
    const roles = headerRoles(b.cells);
    if (roles) {
      const header = rowText(b.cells);
      if (this.table && this.table.header === header) {
        this.broken = true;
        return 'used';
      }
      const names = [...b.cells];
      let used: 'used' | 'used-next' = 'used';
      if (next && isSubHeader(next.cells)) {
        next.cells.forEach((c, i) => (names[i] = join(names[i] ?? '', c)));
        used = 'used-next';
      }
      this.table = { roles: headerRoles(names) ?? roles, names, header };
      this.last = null;
      this.broken = false;
      return used;
    }
    if (!this.table) {
      this.unrecognised.push({ where: `dòng ${b.line}`, text: rowText(b.cells), reason: 'Dòng bảng trước khi có dòng tiêu đề cột' });
      return 'used';
    }
    this.readRow(b, this.table);
    this.broken = false;
    return 'used';
  }

  private readRow(b: Extract<Block, { kind: 'row' }>, t: Table): void {
    const get = (r: Role) => t.roles.flatMap((x, i) => (x === r ? [b.cells[i] ?? ''] : [])).join(' ').trim();
    const extra = t.roles.flatMap((x, i) => (x === 'extra' && b.cells[i] ? [`${t.names[i]?.trim() || 'Khác'}: ${b.cells[i]}`] : []));
    const start = get('start');
    const cells = {
      content: get('content'),
      lead: get('lead'),
      coordinating: get('coordinating'),
      deadline: get('deadline'),
      product: get('product'),
      notes: [get('notes'), start ? `Bắt đầu: ${start}` : '', ...extra].filter((x) => x !== '').join('\n'),
    };
    const stt = get('stt');
    const filled = cells.lead !== '' || cells.coordinating !== '' || cells.deadline !== '' || cells.product !== '';
    const where = `dòng ${b.line}`;
    const roman = ROMAN_CELL.exec(stt);
    const numbered = NUMBER_CELL.exec(stt);
    if (roman) {
      const content = join(roman[2]?.trim() ?? '', cells.content);
      this.headings = this.headings.filter((h) => h.level < 1);
      if (filled) return this.addTask({ ...cells, content }, roman[1]!, where);
      if (content === '') return void this.unrecognised.push({ where, text: rowText(b.cells), reason: 'Dòng đánh số La Mã không có nội dung' });
      this.headings.push({ level: 1, number: roman[1]!, text: content });
      this.last = 'heading';
      return;
    }
    if (numbered) {
      if (filled) return this.addTask(cells, numbered[1]!, where);
      if (cells.content === '') return void this.unrecognised.push({ where, text: rowText(b.cells), reason: 'Dòng có số thứ tự nhưng không có nội dung' });
      this.headings = this.headings.filter((h) => h.level < 2);
      this.headings.push({ level: 2, number: numbered[1]!, text: cells.content });
      this.last = 'heading';
      return;
    }
    if (stt !== '') {
      const heading = this.headings.at(-1);
      if (this.last === 'heading' && heading && !filled && cells.content === '') return void (heading.text = join(heading.text, stt));
      return void this.unrecognised.push({ where, text: rowText(b.cells), reason: 'Không nhận ra cột số thứ tự' });
    }
    if (!filled && cells.content === '' && cells.notes === '') return;
    const heading = this.headings.at(-1);
    if (this.last === 'heading' && heading && heading.level === 2 && filled && cells.content !== '') return this.addTask(cells, heading.number, where);
    const previous = this.tasks.at(-1);
    const continues = this.broken || cells.content === '' || /^[\p{Ll}]/u.test(cells.content);
    if (this.last === 'task' && previous && continues) {
      for (const k of ['content', 'lead', 'coordinating', 'deadline', 'product'] as const) previous[k] = join(previous[k], cells[k]);
      previous.notes = [previous.notes, cells.notes].filter((x) => x !== '').join('\n');
      return;
    }
    if (filled && cells.content !== '') {
      this.warnings.push({ where, text: cells.content.slice(0, 120), reason: 'Nhiệm vụ không đánh số thứ tự' });
      return this.addTask(cells, '', where);
    }
    this.unrecognised.push({ where, text: rowText(b.cells), reason: 'Dòng không thuộc nhiệm vụ nào' });
  }

  private addTask(cells: Omit<RawTask, 'appendix' | 'headings' | 'number' | 'where'>, number: string, where: string): void {
    if (cells.content === '') return void this.unrecognised.push({ where, text: [cells.lead, cells.deadline, cells.product].join(' | '), reason: 'Dòng thiếu nội dung nhiệm vụ' });
    // A sub-heading covers its own number and the numbers below it ("4" covers 4 and 4.1, not 5).
    const sub = this.headings.at(-1);
    if (sub?.level === 2 && NUMBER_CELL.test(number) && number !== sub.number && !number.startsWith(`${sub.number}.`)) this.headings.pop();
    this.tasks.push({ ...cells, appendix: this.appendix, headings: this.headings.map((h) => ({ ...h })), number, where });
    this.last = 'task';
  }
}

/** Reads every table of the blocks; paragraphs between tables give headings and appendix titles. */
export function readTables(blocks: readonly Block[]): TableReader {
  const reader = new TableReader();
  let inAppendix = false;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'blank') reader.blank();
    else if (b.kind === 'para') {
      if (/^phu\s+luc\b/.test(foldText(b.text))) inAppendix = true;
      reader.para(b, inAppendix);
    } else {
      const next = blocks.slice(i + 1).find((x) => x.kind !== 'blank');
      if (reader.row(b, next?.kind === 'row' ? next : undefined) === 'used-next') i = blocks.indexOf(next!, i + 1);
    }
  }
  return reader;
}
