import { describe, expect, it } from 'vitest';
import {
  computeObligation,
  counterRefusal,
  decideNotification,
  dongInWords,
  FeeSchedule,
  isFinalPayment,
  nextPaymentStatus,
  ObligationError,
  officerObligation,
  onlinePaymentIndicators,
  PAYMENT_EVENTS,
  PAYMENT_STATUSES,
  receiptSeries,
  refundRefusal,
  scheduleFromCatalogue,
  type FeeScheduleInput,
} from '../../src/domain/payments';
import type { ProcedureRecord } from '../../src/domain/procedure';
import procedures from '../../src/server/demo/procedures/procedures.json';

const demoProcedures = () => procedures as unknown as ProcedureRecord[];

const copying: FeeScheduleInput = {
  items: [
    { key: 'chung-thuc', kind: 'phi', label: 'Phí chứng thực bản sao', basis: 'per_unit', amount: 2000, unitName: 'trang', tiers: [{ fromUnit: 3, amount: 1000 }], maxPerCopy: 200_000 },
    { key: 'le-phi', kind: 'le_phi', label: 'Lệ phí', basis: 'per_dossier', amount: 50_000, channels: ['direct', 'online'] },
  ],
  exemptions: [{ code: 'nguoi-co-cong', label: 'Người có công với cách mạng', legalBasis: 'Điều 5 Thông tư mẫu (thử nghiệm)', evidence: 'Giấy chứng nhận người có công', items: ['le-phi'], percent: 100 }],
  onlineDiscounts: [{ decision: 'Quyết định giảm 50% lệ phí nộp trực tuyến (thử nghiệm)', effectiveFrom: '2026-01-01', effectiveTo: '2026-12-31', items: ['le-phi'], kind: 'percent', value: 50 }],
};

describe('payment state machine (a checked table)', () => {
  it('allows exactly pending → paid | failed | expired and paid → refunded', () => {
    const allowed = PAYMENT_STATUSES.flatMap((s) => PAYMENT_EVENTS.map((e) => [s, e, nextPaymentStatus(s, e)] as const)).filter(([, , to]) => to !== null);
    expect(allowed).toEqual([
      ['pending', 'confirm', 'paid'],
      ['pending', 'fail', 'failed'],
      ['pending', 'expire', 'expired'],
      ['paid', 'refund', 'refunded'],
    ]);
    expect(PAYMENT_STATUSES.filter(isFinalPayment)).toEqual(['failed', 'expired', 'refunded']);
  });

  it('decides a notification in the gateway order: signature, order, amount, status', () => {
    const pending = { status: 'pending' as const, amount: 50_000 };
    const open = { status: 'open' as const, amount: 50_000 };
    const ok = { signatureValid: true, txnRef: 'x', amount: 50_000, success: true };
    expect(decideNotification({ ...ok, signatureValid: false, amount: 1 }, null, null)).toEqual({ code: '97' });
    expect(decideNotification({ ...ok, amount: 1 }, null, null)).toEqual({ code: '01' });
    expect(decideNotification({ ...ok, amount: 49_999 }, { ...pending, status: 'paid' }, open)).toEqual({ code: '04' });
    expect(decideNotification({ ...ok, amount: null }, pending, open)).toEqual({ code: '04' });
    expect(decideNotification(ok, { ...pending, status: 'paid' }, open)).toEqual({ code: '02' });
    expect(decideNotification(ok, { ...pending, status: 'expired' }, open)).toEqual({ code: '02' });
    expect(decideNotification(ok, pending, open)).toEqual({ code: '00', event: 'confirm', settles: true, surplus: false });
    expect(decideNotification({ ...ok, success: false }, pending, open)).toEqual({ code: '00', event: 'fail', settles: false, surplus: false });
    // Paid at the counter meanwhile: the online payment is kept as a surplus to refund, never a second settlement.
    expect(decideNotification(ok, pending, { status: 'open', amount: 60_000 })).toEqual({ code: '00', event: 'confirm', settles: false, surplus: true });
    expect(decideNotification(ok, pending, { status: 'paid', amount: 50_000 })).toEqual({ code: '00', event: 'confirm', settles: false, surplus: true });
  });

  it('takes a counter payment only for an open obligation and its exact amount', () => {
    expect(counterRefusal({ status: 'open', amount: 50_000 }, 50_000)).toBeNull();
    expect(counterRefusal({ status: 'open', amount: 50_000 }, 40_000)).toBe('amount_mismatch');
    expect(counterRefusal({ status: 'paid', amount: 50_000 }, 50_000)).toBe('not_open');
  });

  it('refunds where the schedule allows it for how the dossier ended, and always a surplus', () => {
    const policy = { onRefusal: true, onWithdrawal: true, onStop: false, onRejection: false };
    const paid = { status: 'paid' as const, surplus: false };
    expect(refundRefusal(paid, { status: 7, decision: null }, policy)).toBeNull();
    expect(refundRefusal(paid, { status: 8, decision: null }, policy)).toBe('not_allowed');
    expect(refundRefusal(paid, { status: 9, decision: 'rejected' }, policy)).toBe('not_allowed');
    expect(refundRefusal(paid, { status: 4, decision: null }, policy)).toBe('not_allowed');
    expect(refundRefusal({ status: 'paid', surplus: true }, { status: 4, decision: null }, policy)).toBeNull();
    expect(refundRefusal({ status: 'refunded', surplus: false }, { status: 7, decision: null }, policy)).toBe('not_paid');
  });
});

describe('fee schedules and obligations', () => {
  it('validates a schedule with Vietnamese messages', () => {
    expect(FeeSchedule.safeParse({ items: [{ key: 'a', kind: 'phi', label: 'A', basis: 'per_dossier', amount: 1.5 }] }).error?.issues[0]?.message).toBe('Số tiền phải là số nguyên (đồng)');
    const bad = FeeSchedule.safeParse({
      items: [{ key: 'a', kind: 'phi', label: 'A', basis: 'per_dossier', amount: 1 }, { key: 'a', kind: 'phi', label: 'B', basis: 'per_copy', amount: 10, tiers: [{ fromUnit: 2, amount: 1 }] }],
      exemptions: [{ code: 'x', label: 'X', legalBasis: 'L', evidence: 'E', items: ['nope'], percent: 100 }],
      onlineDiscounts: [{ decision: 'D', effectiveFrom: '2026-02-01', effectiveTo: '2026-01-01', items: 'all', kind: 'percent', value: 150 }],
    });
    expect(bad.success).toBe(false);
    const messages = bad.error!.issues.map((i) => i.message);
    for (const m of ['Bậc thu và mức tối đa mỗi bản chỉ dùng cho khoản thu theo đơn vị (trang)', 'Mã khoản thu "a" bị lặp', 'Không có khoản thu "nope"', 'Ngày hết hiệu lực phải sau ngày có hiệu lực', 'Tỷ lệ giảm không quá 100%']) expect(messages).toContain(m);
  });

  it('computes per-page tiers with the cap per copy, channels, the online discount in force and an exemption with evidence', () => {
    const s = FeeSchedule.parse(copying);
    // 2 copies × 5 pages: (2 000 × 2 + 1 000 × 3) × 2 = 14 000; counter: lệ phí 50 000 in full.
    const counter = computeObligation(s, { channel: 'direct', date: '2026-11-22', quantities: { 'chung-thuc': { copies: 2, units: 5 } } });
    expect(counter.lines.map((l) => [l.key, l.quantity, l.amount])).toEqual([
      ['chung-thuc', '2 bản × 5 trang', 14_000],
      ['le-phi', '1 trường hợp', 50_000],
    ]);
    expect(counter.total).toBe(64_000);
    // 300 pages cap at 200 000 per copy.
    expect(computeObligation(s, { channel: 'postal', date: '2026-11-22', quantities: { 'chung-thuc': { copies: 1, units: 300 } } }).total).toBe(200_000);
    const online = computeObligation(s, { channel: 'online', date: '2026-11-22' });
    expect(online.total).toBe(2_000 + 25_000);
    expect(online.discounts).toEqual([{ decision: copying.onlineDiscounts![0]!.decision, amount: 25_000 }]);
    // The discount is not in force in 2027.
    expect(computeObligation(s, { channel: 'online', date: '2027-01-01' }).total).toBe(52_000);
    const exempt = computeObligation(s, { channel: 'direct', date: '2026-11-22', exemption: { code: 'nguoi-co-cong', evidence: 'Giấy chứng nhận số 123/GCN' } });
    expect(exempt.total).toBe(2_000);
    expect(exempt.exemption).toMatchObject({ code: 'nguoi-co-cong', evidence: 'Giấy chứng nhận số 123/GCN' });
    expect(() => computeObligation(s, { channel: 'direct', date: '2026-11-22', exemption: { code: 'nguoi-co-cong', evidence: ' ' } })).toThrow(ObligationError);
    expect(() => computeObligation(s, { channel: 'direct', date: '2026-11-22', quantities: { 'chung-thuc': { copies: 0 } } })).toThrow('Số bản');
  });

  it('reads the default schedule from the catalogue: per page with tier and cap, per transaction, channels', () => {
    const byCode = new Map(demoProcedures().map((p) => [p.code, p]));
    const copy = scheduleFromCatalogue(byCode.get('2.000815')!);
    expect(copy.items).toEqual([expect.objectContaining({ kind: 'phi', basis: 'per_unit', amount: 2000, unitName: 'trang', tiers: [{ fromUnit: 3, amount: 1000 }], maxPerCopy: 200_000, channels: null })]);
    const tx = scheduleFromCatalogue(byCode.get('2.000913')!);
    expect(tx.items).toEqual([expect.objectContaining({ basis: 'per_dossier', amount: 30_000, unitName: 'giao dịch', channels: null })]);
    expect(scheduleFromCatalogue(byCode.get('3.000334')!).items).toEqual([]);
    const adoption = scheduleFromCatalogue(byCode.get('2.001263')!);
    expect(adoption.items).toHaveLength(1);
    expect(adoption.items[0]).toMatchObject({ kind: 'le_phi', amount: 400_000, unitName: 'trường hợp' });
  });

  it('keeps the officer-determined amount as one line', () => {
    expect(officerObligation(1_250_000, 'Lệ phí trước bạ').lines).toEqual([expect.objectContaining({ label: 'Lệ phí trước bạ', amount: 1_250_000 })]);
    expect(() => officerObligation(0, 'x')).toThrow(ObligationError);
  });
});

describe('receipts and indicators', () => {
  it('writes amounts in Vietnamese words as receipts print them', () => {
    expect(dongInWords(0)).toBe('Không đồng');
    expect(dongInWords(50_000)).toBe('Năm mươi nghìn đồng');
    expect(dongInWords(1_250_000)).toBe('Một triệu hai trăm năm mươi nghìn đồng');
    expect(dongInWords(1_005_000)).toBe('Một triệu không trăm lẻ năm nghìn đồng');
    expect(dongInWords(21_015)).toBe('Hai mươi mốt nghìn không trăm mười lăm đồng');
    expect(dongInWords(2_000_000_000)).toBe('Hai tỷ đồng');
    expect(receiptSeries(2026)).toBe('BL26E');
  });

  it('computes the 766 group 3b ratios and both scores from pooled counts', () => {
    const r = onlinePaymentIndicators({ proceduresWithFeeDossiers: 8, proceduresWithFees: 10, proceduresPaidOnline: 4, feeProceduresWithDossiers: 8, dossiersPaidOnline: 30, feeDossiers: 100 });
    expect(r.indicators.map((i) => [i.id, i.percent, i.score])).toEqual([
      ['3.5', 80, 2],
      ['3.5b', 50, 1.25],
      ['3.6', 30, 1.8],
    ]);
    // 6 × 0.3 + min(2, 2.5 × 0.5) + 2.5 × 0.8
    expect(r.apiScore).toBe(5.05);
    expect(r.displayScore).toBe(5.05);
    expect(onlinePaymentIndicators({ proceduresWithFeeDossiers: 0, proceduresWithFees: 0, proceduresPaidOnline: 0, feeProceduresWithDossiers: 0, dossiersPaidOnline: 0, feeDossiers: 0 }).apiScore).toBe(0);
  });
});
