/**
 * The payment state machine as a table the compiler checks (STYLE.md 2), and the one decision
 * every provider notification goes through. A payment is one attempt to settle an obligation:
 * pending → paid | failed | expired, and paid → refunded. An obligation is settled by exactly one
 * payment; a payment confirmed after its obligation was already settled (e.g. cash at the counter
 * while an online payment was open) is recorded as a surplus to refund, never as a second settlement.
 */

export const PAYMENT_STATUSES = ['pending', 'paid', 'failed', 'expired', 'refunded'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export const PAYMENT_EVENTS = ['confirm', 'fail', 'expire', 'refund'] as const;
export type PaymentEvent = (typeof PAYMENT_EVENTS)[number];

export const PAYMENT_TRANSITIONS = {
  confirm: { from: ['pending'], to: 'paid' },
  fail: { from: ['pending'], to: 'failed' },
  expire: { from: ['pending'], to: 'expired' },
  refund: { from: ['paid'], to: 'refunded' },
} as const satisfies Record<PaymentEvent, { from: readonly PaymentStatus[]; to: PaymentStatus }>;

/** The status after `event`, or null when the table does not allow it from `status`. */
export function nextPaymentStatus(status: PaymentStatus, event: PaymentEvent): PaymentStatus | null {
  const t = PAYMENT_TRANSITIONS[event];
  return (t.from as readonly PaymentStatus[]).includes(status) ? t.to : null;
}

export const isFinalPayment = (s: PaymentStatus) => !PAYMENT_EVENTS.some((e) => nextPaymentStatus(s, e) !== null);

export const PAYMENT_STATUS_VI: Record<PaymentStatus, string> = {
  pending: 'Đang chờ thanh toán',
  paid: 'Đã thanh toán',
  failed: 'Không thành công',
  expired: 'Hết hạn',
  refunded: 'Đã hoàn tiền',
};

/** Obligation: open until one payment settles it (paid); a settled one may be refunded; an open one cancelled. */
export const OBLIGATION_STATUSES = ['open', 'paid', 'refunded', 'cancelled'] as const;
export type ObligationStatus = (typeof OBLIGATION_STATUSES)[number];
export const OBLIGATION_STATUS_VI: Record<ObligationStatus, string> = {
  open: 'Chưa thanh toán',
  paid: 'Đã thanh toán',
  refunded: 'Đã hoàn trả',
  cancelled: 'Đã hủy',
};

export const PAYMENT_METHODS = ['cash', 'card', 'transfer', 'vnpay', 'national'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const COUNTER_METHODS = ['cash', 'card', 'transfer'] as const satisfies readonly PaymentMethod[];
export type CounterMethod = (typeof COUNTER_METHODS)[number];
export const ONLINE_METHODS = ['vnpay', 'national'] as const satisfies readonly PaymentMethod[];
export type OnlineMethod = (typeof ONLINE_METHODS)[number];
export const isOnlineMethod = (m: PaymentMethod): m is OnlineMethod => (ONLINE_METHODS as readonly string[]).includes(m);
export const PAYMENT_METHOD_VI: Record<PaymentMethod, string> = {
  cash: 'Tiền mặt',
  card: 'Thẻ (POS)',
  transfer: 'Chuyển khoản',
  vnpay: 'Trực tuyến qua VNPAY',
  national: 'Trực tuyến qua Nền tảng thanh toán DVCQG',
};

/**
 * The answer codes a redirect-and-IPN gateway expects from the merchant (VNPAY IPN: RspCode):
 * 00 confirmed, 01 order not found, 02 already confirmed, 04 invalid amount, 97 invalid signature,
 * 99 unknown error (the gateway retries).
 */
export const IPN_CODES = ['00', '01', '02', '04', '97', '99'] as const;
export type IpnCode = (typeof IPN_CODES)[number];
export const IPN_MESSAGES: Record<IpnCode, string> = {
  '00': 'Confirm Success',
  '01': 'Order not found',
  '02': 'Order already confirmed',
  '04': 'Invalid amount',
  '97': 'Invalid signature',
  '99': 'Unknown error',
};

/** A provider's notification after its signature was checked; amounts in đồng (null: not a whole đồng amount). */
export type VerifiedNotification = { signatureValid: boolean; txnRef: string; amount: number | null; success: boolean };

export type NotificationDecision =
  | { code: '97' | '01' | '04' | '02' }
  /** 00: apply `event` to the payment; `settles`: it settles the obligation; `surplus`: paid but the obligation was settled already. */
  | { code: '00'; event: 'confirm' | 'fail'; settles: boolean; surplus: boolean };

/**
 * What a notification does, in the order the gateway's reference IPN handler checks it: signature,
 * order, amount, order status. Duplicates and late or out-of-order notices find the payment no
 * longer pending and change nothing (02); a wrong amount changes nothing (04).
 */
export function decideNotification(
  n: VerifiedNotification,
  payment: { status: PaymentStatus; amount: number } | null,
  obligation: { status: ObligationStatus; amount: number } | null,
): NotificationDecision {
  if (!n.signatureValid) return { code: '97' };
  if (!payment || !obligation) return { code: '01' };
  if (n.amount === null || n.amount !== payment.amount) return { code: '04' };
  const event = n.success ? 'confirm' : 'fail';
  if (nextPaymentStatus(payment.status, event) === null) return { code: '02' };
  if (event === 'fail') return { code: '00', event, settles: false, surplus: false };
  // Money the provider took is recorded; it settles only an open obligation of exactly that amount.
  const settles = obligation.status === 'open' && payment.amount === obligation.amount;
  return { code: '00', event, settles, surplus: !settles };
}

export type CounterRefusal = 'not_open' | 'amount_mismatch';

/** A counter payment settles an open obligation with exactly its amount (no partial payments). */
export function counterRefusal(obligation: { status: ObligationStatus; amount: number }, amount: number): CounterRefusal | null {
  if (obligation.status !== 'open') return 'not_open';
  if (amount !== obligation.amount) return 'amount_mismatch';
  return null;
}

/** Why a paid payment may not be refunded now, or null. Dossier statuses: 3 refused, 7 withdrawn, 8 stopped, 9 processed. */
export function refundRefusal(
  p: { status: PaymentStatus; surplus: boolean },
  dossier: { status: number; decision: 'approved' | 'rejected' | null },
  policy: { onRefusal: boolean; onWithdrawal: boolean; onStop: boolean; onRejection: boolean },
): 'not_paid' | 'not_allowed' | null {
  if (nextPaymentStatus(p.status, 'refund') === null) return 'not_paid';
  if (p.surplus) return null;
  const ok =
    (dossier.status === 3 && policy.onRefusal) ||
    (dossier.status === 7 && policy.onWithdrawal) ||
    (dossier.status === 8 && policy.onStop) ||
    ((dossier.status === 9 || dossier.status === 10) && dossier.decision === 'rejected' && policy.onRejection);
  return ok ? null : 'not_allowed';
}
