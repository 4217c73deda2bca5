import { describe, expect, it } from 'vitest';
import { parseStatement, reconcile, type OurPayment } from '../../src/domain/payments';

const ours = (txnRef: string, amount: number, status: OurPayment['status'] = 'paid', refunded = false): OurPayment => ({ txnRef, amount, status, transactionNo: null, refunded });

describe('statement reconciliation', () => {
  const csv = [
    'Mã tham chiếu;Số tiền;Mã giao dịch VNPAY;Thời gian thanh toán;Loại giao dịch;Trạng thái',
    'MC1;50.000;9001;22/11/2026 09:15;01;00', // matched
    'MC2;30.000 VNĐ;9002;22/11/2026 09:20;01;00', // ours is 25.000: amount differs
    'MC3;50000;9003;20261122093000;01;00', // unknown to us: missing on our side
    'MC4;50.000;9004;22/11/2026 10:00;01;00', // paid, then refunded: matched
    'MC4;50.000;9004;22/11/2026 15:00;02;00', // its refund: matched with our refund
    'MC5;40.000;9005;22/11/2026 11:00;01;24', // cancelled at the gateway: no money moved
    ';10.000;9006;;01;00', // no reference: a problem, not a line
  ].join('\n');

  it('reads the lines by header name and reports the unreadable ones', () => {
    const s = parseStatement(csv);
    expect(s.lines.map((l) => [l.line, l.txnRef, l.amount, l.type])).toEqual([
      [2, 'MC1', 50_000, '01'],
      [3, 'MC2', 30_000, '01'],
      [4, 'MC3', 50_000, '01'],
      [5, 'MC4', 50_000, '01'],
      [6, 'MC4', 50_000, '02'],
      [7, 'MC5', 40_000, '01'],
    ]);
    expect(s.problems).toEqual([{ line: 8, message: 'Thiếu mã tham chiếu giao dịch' }]);
    // 09:15 in Hồ Chí Minh City is 02:15 UTC.
    expect(s.lines[0]!.payDate!.toISOString()).toBe('2026-11-22T02:15:00.000Z');
  });

  it('returns the matched lines and each kind of mismatch', () => {
    const { lines } = parseStatement(csv);
    const r = reconcile([ours('MC1', 50_000), ours('MC2', 25_000), ours('MC4', 50_000, 'refunded', true), ours('MC6', 20_000)], lines);
    expect(r.matchedLines.map((l) => `${l.txnRef}/${l.type}`)).toEqual(['MC1/01', 'MC4/01', 'MC4/02']);
    expect(r.matched).toBe(3);
    expect(r.mismatches.map((m) => `${m.kind}:${m.txnRef}`)).toEqual(['amount_differs:MC2', 'missing_ours:MC3', 'missing_theirs:MC6']);
  });

  it('lists a refund line as missing on our side when we recorded no refund', () => {
    const { lines } = parseStatement('TxnRef,Amount,TransactionType\nMC7,50000,01\nMC7,50000,02\n');
    const r = reconcile([ours('MC7', 50_000)], lines);
    expect(r.matched).toBe(1);
    expect(r.mismatches).toEqual([{ kind: 'missing_ours', txnRef: 'MC7', theirs: lines[1], ourStatus: 'paid' }]);
  });

  it('only expects the references of the statement day', () => {
    const r = reconcile([ours('MC8', 10_000), ours('MC9', 10_000)], [], new Set(['MC8']));
    expect(r.mismatches.map((m) => m.txnRef)).toEqual(['MC8']);
  });
});
