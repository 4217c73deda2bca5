import { z } from 'zod';
import { COUNTER_METHODS, OBLIGATION_STATUSES, ONLINE_METHODS, PAYMENT_METHODS, PAYMENT_STATUSES } from '../../../domain/payments';

/** Zod shapes of the payments API (they generate its OpenAPI document). */
export const ObligationId = z.object({ id: z.uuid('Mã nghĩa vụ tài chính không hợp lệ') });
export const PaymentId = z.object({ id: z.uuid('Mã khoản thanh toán không hợp lệ') });
export const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');

const Line = z.looseObject({ key: z.string(), label: z.string(), quantity: z.string(), gross: z.number(), discount: z.number(), exempt: z.number(), amount: z.number() });

export const PaymentView = z.object({
  id: z.string(),
  method: z.enum(PAYMENT_METHODS),
  methodName: z.string(),
  status: z.enum(PAYMENT_STATUSES),
  statusName: z.string(),
  amount: z.number().int(),
  surplus: z.boolean(),
  createdAt: z.date(),
  expiresAt: z.date().nullable(),
  paidAt: z.date().nullable(),
  txnRef: z.string().nullable(),
  providerTxnNo: z.string().nullable(),
  bankCode: z.string().nullable(),
  reference: z.string().nullable(),
  receipt: z.object({ series: z.string(), number: z.string(), documentId: z.string().nullable() }).nullable(),
  refund: z.object({ status: z.string(), reason: z.string(), requestedAt: z.date(), doneAt: z.date().nullable() }).nullable(),
  refundable: z.boolean(),
});

export const ObligationView = z.object({
  id: z.string(),
  basis: z.enum(['schedule', 'officer']).describe('schedule: theo biểu phí khi tiếp nhận; officer: do cán bộ xác định (yêu cầu nghĩa vụ tài chính)'),
  status: z.enum(OBLIGATION_STATUSES),
  statusName: z.string(),
  amount: z.number().int().describe('Đồng'),
  lines: z.array(Line),
  discounts: z.array(z.object({ decision: z.string(), amount: z.number() })),
  exemption: z.looseObject({ code: z.string(), label: z.string(), evidence: z.string() }).nullable(),
  quantities: z.record(z.string(), z.object({ copies: z.number(), units: z.number().optional() })).nullable(),
  dueAt: z.date().nullable(),
  overdue: z.boolean(),
  createdAt: z.date(),
  paidAt: z.date().nullable(),
  cancelledReason: z.string().nullable(),
  version: z.number().int(),
  payments: z.array(PaymentView),
});

export const DossierObligations = z.object({
  code: z.string(),
  dossierStatus: z.number().int(),
  obligations: z.array(ObligationView),
  exemptions: z.array(z.object({ code: z.string(), label: z.string(), evidence: z.string(), percent: z.number(), legalBasis: z.string() })),
  items: z.array(z.object({ key: z.string(), label: z.string(), basis: z.string(), unitName: z.string().nullable(), amount: z.number() })),
  canCollect: z.boolean(),
  canAdjust: z.boolean(),
  onlineMethods: z.array(z.enum(ONLINE_METHODS)),
});

export const CounterPaymentInput = z.object({
  method: z.enum(COUNTER_METHODS).describe('cash: tiền mặt; card: thẻ qua POS (cần số chuẩn chi); transfer: chuyển khoản (cần số chứng từ)'),
  amount: z.number().int().positive('Số tiền phải là số nguyên dương (đồng)'),
  reference: z.string().trim().max(100).nullish(),
});

export const AdjustInput = z.object({
  version: z.number().int().positive(),
  quantities: z.record(z.string().max(40), z.object({ copies: z.number().int().min(1).max(10_000), units: z.number().int().min(1).max(100_000).optional() })).optional(),
  exemption: z.object({ code: z.string().min(1).max(40), evidence: z.string().trim().min(1, 'Cần ghi giấy tờ chứng minh diện miễn, giảm').max(500) }).nullish(),
});

export const ApplicantObligation = z.object({
  id: z.string(),
  dossierCode: z.string(),
  dossierStatus: z.number().int(),
  procedure: z.object({ code: z.string(), name: z.string() }),
  agency: z.string().nullable(),
  status: z.enum(OBLIGATION_STATUSES),
  statusName: z.string(),
  amount: z.number().int(),
  lines: z.array(Line),
  discounts: z.array(z.object({ decision: z.string(), amount: z.number() })),
  dueAt: z.date().nullable(),
  overdue: z.boolean(),
  payable: z.boolean(),
  methods: z.array(z.enum(ONLINE_METHODS)),
  via: z.enum(['citizen', 'token']),
  payments: z.array(z.object({ id: z.string(), method: z.enum(PAYMENT_METHODS), methodName: z.string(), status: z.enum(PAYMENT_STATUSES), statusName: z.string(), amount: z.number(), paidAt: z.date().nullable(), surplus: z.boolean(), receipt: z.object({ series: z.string(), number: z.string() }).nullable() })),
});

export const StartInput = z.object({
  method: z.enum(ONLINE_METHODS).default('vnpay'),
  t: z.string().max(64).optional().describe('Mã tra cứu trong QR của giấy tiếp nhận (khi không đăng nhập tài khoản công dân)'),
  locale: z.enum(['vn', 'en']).optional(),
});

export const Started = z.object({ paymentId: z.string(), txnRef: z.string(), amount: z.number().int(), expiresAt: z.date(), redirectUrl: z.string() });

export const ReturnResult = z.union([
  z.object({ verified: z.literal(false) }),
  z.object({
    verified: z.literal(true),
    paymentId: z.string(),
    obligationId: z.string(),
    dossierCode: z.string(),
    status: z.enum(PAYMENT_STATUSES),
    amount: z.number().int(),
    surplus: z.boolean(),
    providerCode: z.string().nullable(),
    providerSaysSuccess: z.boolean(),
    paidAt: z.date().nullable(),
    date: z.string(),
    receipt: z.object({ series: z.string(), number: z.string() }).nullable(),
  }),
]);

/** The provider's query string: the signed parameters (vnp_…), documented by the two that route it. */
export const ProviderQuery = z.looseObject({
  vnp_TxnRef: z.unknown().optional().describe('Mã tham chiếu giao dịch của hệ thống (vnp_TxnRef)'),
  vnp_SecureHash: z.unknown().optional().describe('HMAC-SHA512 của các tham số vnp_ đã sắp xếp'),
});

/** The provider's parameters as strings (a repeated name: its first value), at most 60 of them. */
export function providerParams(q: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(q)
      .slice(0, 60)
      .map(([k, v]) => [k.slice(0, 64), String(Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).slice(0, 1024)]),
  );
}
