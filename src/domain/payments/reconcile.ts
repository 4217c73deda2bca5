/**
 * Reconciliation (đối soát) of a provider's daily statement with our payments, matched by the
 * transaction reference we sent (vnp_TxnRef). VNPAY sends the merchant a file of day T's
 * transactions (e-mail or SFTP) to check and answer; its column layout is agreed in the merchant
 * contract and is not published, so the importer reads the columns below by header name (Vietnamese
 * or English aliases, any order, "," or ";" separated, optional BOM) — see docs/adr/0019-payments.md.
 */
import { parseGroupedInteger } from '../procedure/parse-text';
import { parseVnpDate } from './vnpay';

export type StatementLine = {
  line: number;
  txnRef: string;
  transactionNo: string | null;
  amount: number;
  bankCode: string | null;
  payDate: Date | null;
  /** 01 payment, 02 full refund, 03 partial refund (vnp_TransactionType). */
  type: '01' | '02' | '03';
  /** 00 = successful (vnp_TransactionStatus). */
  status: string;
};

export const STATEMENT_COLUMNS = {
  txnRef: ['txnref', 'vnp_txnref', 'ma tham chieu', 'ma giao dich merchant', 'ma don hang'],
  transactionNo: ['transactionno', 'vnp_transactionno', 'ma giao dich vnpay', 'ma gd vnpay', 'ma giao dich'],
  amount: ['amount', 'vnp_amount', 'so tien'],
  bankCode: ['bankcode', 'vnp_bankcode', 'ngan hang', 'ma ngan hang'],
  payDate: ['paydate', 'vnp_paydate', 'thoi gian thanh toan', 'ngay thanh toan'],
  type: ['transactiontype', 'vnp_transactiontype', 'loai giao dich'],
  status: ['status', 'transactionstatus', 'vnp_transactionstatus', 'trang thai'],
} as const;
type Column = keyof typeof STATEMENT_COLUMNS;

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9_ ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** RFC 4180 rows (quotes, doubled quotes, CR LF or LF). */
export function csvRows(text: string, sep: ',' | ';'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === sep) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      if (row.some((x) => x.trim() !== '')) rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  row.push(cell);
  if (row.some((x) => x.trim() !== '')) rows.push(row);
  return rows;
}

export type StatementProblem = { line: number; message: string };

/** dd/MM/yyyy HH:mm[:ss] (GMT+7) or yyyyMMddHHmmss. */
function dateOf(s: string): Date | null {
  const t = s.trim();
  if (/^\d{14}$/.test(t)) return parseVnpDate(t);
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (!m) return null;
  const p2 = (x: string | undefined) => (x ?? '0').padStart(2, '0');
  return parseVnpDate(`${m[3]}${p2(m[2])}${p2(m[1])}${p2(m[4])}${p2(m[5])}${p2(m[6])}`);
}

/** Parses a statement; lines it cannot read are reported, never guessed. */
export function parseStatement(text: string): { lines: StatementLine[]; problems: StatementProblem[] } {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const sep = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows = csvRows(body, sep);
  const header = (rows[0] ?? []).map(fold);
  const index = {} as Record<Column, number>;
  for (const col of Object.keys(STATEMENT_COLUMNS) as Column[]) index[col] = header.findIndex((h) => (STATEMENT_COLUMNS[col] as readonly string[]).includes(h));
  const missing = (['txnRef', 'amount'] as const).filter((c) => index[c] < 0);
  if (missing.length) return { lines: [], problems: [{ line: 1, message: `Thiếu cột ${missing.map((c) => STATEMENT_COLUMNS[c][0]).join(', ')} trong dòng tiêu đề` }] };
  const lines: StatementLine[] = [];
  const problems: StatementProblem[] = [];
  for (const [i, r] of rows.slice(1).entries()) {
    const line = i + 2;
    const get = (c: Column) => (index[c] >= 0 ? (r[index[c]] ?? '').trim() : '');
    const txnRef = get('txnRef');
    const amount = parseGroupedInteger(get('amount').replace(/\s*(?:VND|VNĐ|đ|đồng)$/i, ''));
    const type = get('type') || '01';
    const payDate = get('payDate') ? dateOf(get('payDate')) : null;
    const problem = !txnRef
      ? 'Thiếu mã tham chiếu giao dịch'
      : amount === null
        ? `Số tiền "${get('amount')}" không đọc được`
        : type !== '01' && type !== '02' && type !== '03'
          ? `Loại giao dịch "${type}" không hợp lệ`
          : get('payDate') && !payDate
            ? `Thời gian "${get('payDate')}" không đọc được`
            : null;
    if (problem || amount === null || (type !== '01' && type !== '02' && type !== '03')) {
      problems.push({ line, message: problem ?? 'Dòng không đọc được' });
      continue;
    }
    lines.push({ line, txnRef, transactionNo: get('transactionNo') || null, amount, bankCode: get('bankCode') || null, payDate, type, status: get('status') || '00' });
  }
  return { lines, problems };
}

/** One of our online payments as reconciliation sees it. */
export type OurPayment = { txnRef: string; amount: number; status: 'pending' | 'paid' | 'failed' | 'expired' | 'refunded'; transactionNo: string | null; refunded: boolean };

export type Mismatch =
  | { kind: 'missing_ours'; txnRef: string; theirs: StatementLine; ourStatus: OurPayment['status'] | null }
  | { kind: 'missing_theirs'; txnRef: string; ours: OurPayment }
  | { kind: 'amount_differs'; txnRef: string; ours: OurPayment; theirs: StatementLine };

/** What each kind of mismatch means and what the officer does about it (the Excel list and the screen). */
export const MISMATCH_KIND_VI: Record<Mismatch['kind'], { label: string; action: string }> = {
  missing_ours: { label: 'Nhà cung cấp đã thu, hệ thống chưa ghi nhận', action: 'Tra soát giao dịch; xác nhận thanh toán hoặc hoàn tiền cho người nộp' },
  missing_theirs: { label: 'Hệ thống đã ghi nhận, bảng đối soát không có', action: 'Đề nghị nhà cung cấp tra soát; kiểm tra ngày thanh toán của giao dịch' },
  amount_differs: { label: 'Số tiền khác nhau', action: 'Đối chiếu chứng từ với nhà cung cấp; hoàn phần thu thừa hoặc thu bổ sung' },
};

/**
 * Matches successful payment lines with our paid payments: a line we have not recorded as paid is
 * missing on our side (money taken, nothing settled: confirm or refund it), a payment of ours the
 * provider does not list is missing on theirs, equal references with different amounts differ.
 * Refund lines are matched against payments we refunded. `expected`: the references the statement
 * should list (our payments of its day); others are only looked up. Lines that are not successful
 * (status other than 00) are neither matched nor mismatched: no money moved.
 */
export function reconcile(ours: readonly OurPayment[], theirs: readonly StatementLine[], expected: ReadonlySet<string> = new Set(ours.map((p) => p.txnRef))) {
  const byRef = new Map(ours.map((p) => [p.txnRef, p]));
  const seen = new Set<string>();
  const mismatches: Mismatch[] = [];
  const matchedLines: StatementLine[] = [];
  for (const t of theirs) {
    if (t.status !== '00') continue;
    const o = byRef.get(t.txnRef);
    if (t.type !== '01') {
      if (!o || !o.refunded) mismatches.push({ kind: 'missing_ours', txnRef: t.txnRef, theirs: t, ourStatus: o?.status ?? null });
      else matchedLines.push(t);
      continue;
    }
    seen.add(t.txnRef);
    if (!o || (o.status !== 'paid' && o.status !== 'refunded')) mismatches.push({ kind: 'missing_ours', txnRef: t.txnRef, theirs: t, ourStatus: o?.status ?? null });
    else if (o.amount !== t.amount) mismatches.push({ kind: 'amount_differs', txnRef: t.txnRef, ours: o, theirs: t });
    else matchedLines.push(t);
  }
  for (const o of ours) if (expected.has(o.txnRef) && (o.status === 'paid' || o.status === 'refunded') && !seen.has(o.txnRef)) mismatches.push({ kind: 'missing_theirs', txnRef: o.txnRef, ours: o });
  return { matched: matchedLines.length, matchedLines, mismatches };
}
