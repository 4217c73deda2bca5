/**
 * Fees (phí, lệ phí) as written by the portal: "Miễn phí", "Không có thông tin",
 * "200,000 Việt Nam Đồng(200.000đ/lần cấp.)", "10 USD(/lần)", "Lệ phí : 8.000 Đồng".
 * Money is integer đồng; anything not certain keeps its text and gets amount null and a flag.
 */
import type { Fee } from './interchange';
import { closingParen, flag, NO_INFO, parseGroupedInteger, squash, type ParseFlag } from './parse-text';

export const DEFAULT_FEE_LABEL = 'Phí, lệ phí';

/** Currency words; cells are glued to the next text ("10 USDDịch vụ…"), so no word boundary. */
const DONG = /^(?:Việt Nam Đồng|VNĐ|VND|Đồng|đồng|đ(?!\p{L}))/u;
const FOREIGN = /^(?:USD|EUR|JPY|CNY|GBP|AUD|SGD|KRW|THB)/u;
const LABEL_PREFIX = /^(Lệ phí|Phí)\s*:\s*/iu;

/** A number as the fee cell writes it: digits with "," or "." separators. */
const NUMBER = /^\d[\d.,]*/u;

/** Amounts in đồng mentioned in a note, e.g. "(1.200.000đ/thẻ)", "10 nghìn đồng/trường hợp". */
export function dongAmountsIn(note: string): number[] {
  const found: number[] = [];
  const re = /(\d{1,3}(?:[.,]\d{3})+|\d+)\s*(nghìn|ngàn|triệu)?\s*(?:đồng|VNĐ|VND|đ(?!\p{L}))/giu;
  for (const m of note.matchAll(re)) {
    const n = parseGroupedInteger(m[1]!);
    if (n === null) continue;
    const scale = m[2]?.toLowerCase();
    found.push(scale === 'triệu' ? n * 1_000_000 : scale ? n * 1_000 : n);
  }
  return found;
}

/** A "Miễn phí" note that says the fee is set elsewhere or names an amount: not certainly free. */
function contradictsFree(note: string): boolean {
  return dongAmountsIn(note).some((n) => n > 0) || /mức (?:thu|lệ phí|phí)|hội đồng nhân dân|HĐND/iu.test(note);
}

function labelFrom(explicit: string | undefined, note: string): string {
  const source = explicit ?? /^[\s(+\-*]*(Lệ phí|Phí)(?!\p{L})/iu.exec(note)?.[1];
  if (!source) return DEFAULT_FEE_LABEL;
  return source.toLowerCase() === 'phí' ? 'Phí' : 'Lệ phí';
}

export interface FeeCell {
  readonly fee: Fee;
  readonly flags: ParseFlag[];
  /** Characters consumed from the start of the input. */
  readonly length: number;
}

/** The note in parentheses right after a fee; an unclosed note runs to `limit` (at least to its "("). */
function readNote(s: string, at: number, limit: number): { note: string; end: number } {
  if (s[at] !== '(') return { note: '', end: at };
  const close = closingParen(s, at);
  const end = close === -1 ? Math.max(limit, at + 1) : close;
  return { note: s.slice(at, end), end };
}

/**
 * Reads one fee cell at s[0]. `limit` bounds an unclosed note (the next row's start).
 * Returns null when s does not start with a fee cell.
 */
export function readFeeCell(s: string, where?: string, limit = s.length): FeeCell | null {
  const flags: ParseFlag[] = [];
  const prefix = LABEL_PREFIX.exec(s);
  const head = prefix ? prefix[0].length : 0;
  const rest = s.slice(head);
  let amount: number | null = null;
  let bodyEnd: number;
  if (!prefix && rest.startsWith('Miễn phí')) {
    amount = 0;
    bodyEnd = head + 'Miễn phí'.length;
  } else if (!prefix && rest.startsWith(NO_INFO)) {
    flags.push(flag('fee_missing', where));
    bodyEnd = head + NO_INFO.length;
  } else {
    const num = NUMBER.exec(rest);
    const afterNum = num ? rest.slice(num[0].length).replace(/^ /u, '') : rest;
    const gap = num ? rest.length - num[0].length - afterNum.length : 0;
    const dong = DONG.exec(afterNum);
    const foreign = dong ? null : FOREIGN.exec(afterNum);
    const unit = dong ?? foreign;
    if (!unit) return null;
    bodyEnd = head + (num ? num[0].length : 0) + gap + unit[0].length;
    if (foreign) flags.push(flag('fee_foreign_currency', where));
    else if (!num) flags.push(flag('fee_unparsed', where));
    else {
      amount = parseGroupedInteger(num[0]);
      if (amount === null) flags.push(flag('fee_unparsed', where));
    }
  }
  const { note, end } = readNote(s, bodyEnd, limit);
  if (amount === 0 && note && contradictsFree(note)) {
    amount = null;
    flags.push(flag('fee_free_conflict', where));
  } else if (amount !== null && amount > 0) {
    const mentioned = dongAmountsIn(note);
    if (mentioned.length > 0 && !mentioned.includes(amount)) {
      amount = null;
      flags.push(flag('fee_amount_conflict', where));
    } else if (amount < 1_000) {
      amount = null;
      flags.push(flag('fee_amount_suspicious', where));
    }
  }
  const label = labelFrom(prefix?.[1], note.slice(1));
  return { fee: { label, amount, asWritten: squash(s.slice(0, end)) }, flags, length: end };
}

/** Parses a whole fee text; text that is not one fee cell is kept with amount null. */
export function parseFee(text: string, where?: string): { fee: Fee; flags: ParseFlag[] } {
  const s = squash(text);
  const cell = readFeeCell(s, where);
  if (cell && cell.length === s.length) return { fee: cell.fee, flags: cell.flags };
  return { fee: { label: DEFAULT_FEE_LABEL, amount: null, asWritten: s }, flags: [flag(s ? 'fee_unparsed' : 'fee_missing', where)] };
}
