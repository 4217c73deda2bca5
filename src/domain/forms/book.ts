/**
 * `buildBook`: the tracking book (Sổ theo dõi hồ sơ; Form 06 of TT 01/2018, 07 of TT 03/2025) for
 * a period, one row per dossier. A4 landscape: ten columns do not fit across A4 portrait.
 * The book has no single dossier, so it has no dossier code and no QR code.
 */
import { compareLocalDates } from '../calendar';
import { col, para, table } from './blocks';
import { FormError } from './catalogue';
import { frame } from './build';
import { formatFormShortDateTime, formatLocalFormDate } from './format';
import type { BookRequest, BookRow, FormDocument } from './types';

/** The book's columns, shared with the spreadsheet export so both say the same. */
export const BOOK_COLUMNS = [
  { key: 'no', header: 'STT', width: 0.5, align: 'center' },
  { key: 'code', header: 'Mã hồ sơ', width: 2.5, align: 'left' },
  { key: 'procedure', header: 'Tên thủ tục hành chính', width: 2.5, align: 'left' },
  { key: 'applicant', header: 'Tên tổ chức, cá nhân', width: 1.7, align: 'left' },
  { key: 'receivedAt', header: 'Ngày, giờ nhận hồ sơ', width: 1.15, align: 'center' },
  { key: 'dueAt', header: 'Ngày, giờ hẹn trả kết quả', width: 1.15, align: 'center' },
  { key: 'transfer', header: 'Chuyển hồ sơ đến cơ quan giải quyết', width: 1.4, align: 'left' },
  { key: 'returnedAt', header: 'Ngày, giờ trả kết quả', width: 1.15, align: 'center' },
  { key: 'status', header: 'Tình trạng', width: 1.1, align: 'left' },
  { key: 'note', header: 'Ký nhận, ghi chú', width: 1.1, align: 'left' },
] as const satisfies readonly { key: keyof BookRow; header: string; width: number; align: 'left' | 'center' | 'right' }[];

/** "Từ ngày 01/11/2026 đến ngày 30/11/2026". */
export function bookPeriod(from: string, to: string): string {
  const a = formatLocalFormDate(from, 'from');
  const b = formatLocalFormDate(to, 'to');
  if (compareLocalDates(from, to) > 0) throw new FormError(`Sổ theo dõi hồ sơ: ngày bắt đầu ${a} sau ngày kết thúc ${b}.`);
  return `Từ ngày ${a} đến ngày ${b}`;
}

export function bookCell(row: BookRow, key: (typeof BOOK_COLUMNS)[number]['key']): string {
  switch (key) {
    case 'no':
      return `${row.no}`;
    case 'receivedAt':
    case 'dueAt':
    case 'returnedAt':
      return formatFormShortDateTime(row[key], `rows[${row.no}].${key}`);
    case 'transfer':
    case 'note':
      return row[key] ?? '';
    case 'code':
    case 'procedure':
    case 'applicant':
    case 'status':
      return row[key];
  }
}

export function buildBook(req: BookRequest): FormDocument {
  const subtitle = bookPeriod(req.from, req.to);
  const { name, ...f } = frame(req.set, 'book', req.agency, req.issuedAt, null);
  const columns = BOOK_COLUMNS.map((c) => col(c.header, c.width, c.align));
  const blocks = [table(columns, req.rows.map((r) => BOOK_COLUMNS.map((c) => bookCell(r, c.key))))];
  if (req.rows.length === 0) blocks.push(para('Không có hồ sơ trong kỳ.', 'center', 'italic'));
  return {
    ...f,
    subtitle,
    orientation: 'landscape',
    code: null,
    qr: null,
    blocks,
    signatures: [],
    meta: { title: `${f.formLabel}: ${name}`, subject: `${name} ${subtitle.toLocaleLowerCase('vi')}`, keywords: [req.from, req.to] },
  };
}
