import type { IpnCode, OnlineMethod } from '../../domain/payments';

/**
 * An online payment provider: where to send the applicant, how to read what it tells us (signed
 * notification or return URL), and — where the provider offers them — a server-to-server status
 * query and refund. Adapters: VNPAY 2.1.0 (vnpay.ts) and the national payment platform (national.ts).
 */
export type PayRequest = {
  txnRef: string;
  amount: number;
  orderInfo: string;
  returnUrl: string;
  ipAddr: string;
  createdAt: Date;
  expiresAt: Date;
  locale: 'vn' | 'en';
};

/** What a notification, a return URL or a status query says, after its signature was checked. */
export type ProviderResult = {
  signatureValid: boolean;
  txnRef: string;
  /** đồng, or null when the value is not a whole number of đồng. */
  amount: number | null;
  success: boolean;
  responseCode: string | null;
  transactionStatus: string | null;
  transactionNo: string | null;
  bankCode: string | null;
  cardType: string | null;
  payDate: Date | null;
};

export type RefundRequest = { txnRef: string; amount: number; transactionNo: string | null; transactionDate: Date; createdBy: string; ipAddr: string; reason: string };

export interface PaymentProvider {
  readonly method: OnlineMethod;
  /** The URL of the provider's payment page for this request (signed). */
  paymentUrl(req: PayRequest): string;
  /** Reads the parameters of a notification or a return URL. */
  read(params: Record<string, string>): ProviderResult;
  /** The body answering a notification with a code. */
  ack(code: IpnCode): Record<string, string>;
  /** Asks the provider what became of a transaction; null when it cannot tell (unsupported, unreachable, unsigned). */
  query?(p: { txnRef: string; createdAt: Date; ipAddr: string }): Promise<ProviderResult | null>;
  /** Asks the provider to refund a paid transaction in full. */
  refund?(r: RefundRequest): Promise<{ ok: boolean; code: string }>;
}

export type PaymentProviders = {
  vnpay: PaymentProvider | null;
  national: PaymentProvider | null;
  /** How long an online payment may stay pending (the provider's own expiry, vnp_ExpireDate). */
  expiryMinutes: number;
};

export const noProviders: PaymentProviders = { vnpay: null, national: null, expiryMinutes: 15 };

export const providerOf = (p: PaymentProviders, method: OnlineMethod): PaymentProvider | null => (method === 'vnpay' ? p.vnpay : p.national);
