/**
 * The VNPAY 2.1.0 protocol as its published integration guide and reference code describe it
 * (docs/adr/0019-payments.md lists what was confirmed): payment URL parameters, the checksum
 * vnp_SecureHash = hex(HMAC-SHA512(secret, data)) where data is every vnp_ parameter except
 * vnp_SecureHash / vnp_SecureHashType, non-empty, sorted by name and form-URL-encoded
 * (application/x-www-form-urlencoded: space as "+", A–Z a–z 0–9 * - . _ kept, the rest as %XX of
 * UTF-8), joined with "&"; amounts ×100; times yyyyMMddHHmmss at GMT+7; the pipe-joined checksums of
 * the querydr and refund APIs. Pure: the HMAC function is passed in (node:crypto on the server).
 */
import { DAY_MS, VN_OFFSET_MS, parseInstant, partsFromDayNumber, type Instant } from '../calendar';

/** HMAC-SHA512 of UTF-8 `data` under the UTF-8 `secret`, as lower-case hex. */
export type HmacSha512 = (secret: string, data: string) => string;

export const VNP_VERSION = '2.1.0';

const HEX = '0123456789ABCDEF';

/** application/x-www-form-urlencoded serialisation of one string (the WHATWG URL standard's byte serializer). */
export function formEncode(s: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(s)) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9*\-._]/.test(c)) out += c;
    else if (byte === 0x20) out += '+';
    else out += `%${HEX[byte >> 4]}${HEX[byte & 15]}`;
  }
  return out;
}

/** Parameters that take part in the checksum: vnp_ names, non-empty values, without the hash itself. */
function signed(params: Record<string, string | undefined>): [string, string][] {
  return Object.entries(params)
    .filter((e): e is [string, string] => e[0].startsWith('vnp_') && e[0] !== 'vnp_SecureHash' && e[0] !== 'vnp_SecureHashType' && e[1] !== undefined && e[1] !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The string the checksum is computed over (also the query string of the URL, before vnp_SecureHash). */
export function canonicalQuery(params: Record<string, string | undefined>): string {
  return signed(params)
    .map(([k, v]) => `${formEncode(k)}=${formEncode(v)}`)
    .join('&');
}

export function secureHash(params: Record<string, string | undefined>, secret: string, hmac: HmacSha512): string {
  return hmac(secret, canonicalQuery(params));
}

/** Compares two hex strings in time independent of where they differ (case-insensitive). */
export function sameHex(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let diff = x.length ^ y.length;
  for (let i = 0; i < Math.max(x.length, y.length); i++) diff |= (x.charCodeAt(i) || 0) ^ (y.charCodeAt(i) || 0);
  return diff === 0;
}

export function verifySecureHash(params: Record<string, string | undefined>, secret: string, hmac: HmacSha512): boolean {
  const given = params.vnp_SecureHash;
  if (!given || !/^[0-9a-fA-F]{128}$/.test(given)) return false;
  return sameHex(secureHash(params, secret, hmac), given);
}

/** The query string of a signed request: canonical parameters then vnp_SecureHash. */
export function signedQuery(params: Record<string, string | undefined>, secret: string, hmac: HmacSha512): string {
  return `${canonicalQuery(params)}&vnp_SecureHash=${secureHash(params, secret, hmac)}`;
}

/** vnp_Amount: đồng × 100, digits only. */
export const toVnpAmount = (dong: number) => String(dong * 100);

/** đồng from vnp_Amount, or null when it is not a whole number of đồng written in digits. */
export function fromVnpAmount(s: string | undefined): number | null {
  if (!s || !/^\d{1,17}$/.test(s)) return null;
  const n = Number(s);
  return Number.isSafeInteger(n) && n % 100 === 0 ? n / 100 : null;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** yyyyMMddHHmmss on the GMT+7 wall clock. */
export function vnpDate(at: Instant): string {
  const local = parseInstant(at) + VN_OFFSET_MS;
  const dn = Math.floor(local / DAY_MS);
  const p = partsFromDayNumber(dn);
  const sec = Math.floor((local - dn * DAY_MS) / 1000);
  return `${p.year}${pad2(p.month)}${pad2(p.day)}${pad2(Math.floor(sec / 3600))}${pad2(Math.floor(sec / 60) % 60)}${pad2(sec % 60)}`;
}

/** The instant of a yyyyMMddHHmmss GMT+7 time, or null. */
export function parseVnpDate(s: string | undefined): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(s ?? '');
  if (!m) return null;
  try {
    return new Date(parseInstant(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}+07:00`));
  } catch {
    return null;
  }
}

/** vnp_OrderInfo: Vietnamese without diacritics and without special characters (the guide's rule). */
export function orderInfo(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9 .,:_-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 255);
}

export type PayRequest = {
  tmnCode: string;
  amount: number;
  txnRef: string;
  orderInfo: string;
  returnUrl: string;
  ipAddr: string;
  createdAt: Instant;
  expiresAt: Instant;
  locale?: 'vn' | 'en';
  bankCode?: string;
};

/** The parameters of a payment URL (vnp_Command=pay), unsigned. */
export function payParams(r: PayRequest): Record<string, string> {
  return {
    vnp_Version: VNP_VERSION,
    vnp_Command: 'pay',
    vnp_TmnCode: r.tmnCode,
    vnp_Amount: toVnpAmount(r.amount),
    vnp_CurrCode: 'VND',
    vnp_TxnRef: r.txnRef,
    vnp_OrderInfo: orderInfo(r.orderInfo),
    vnp_OrderType: 'other',
    vnp_Locale: r.locale ?? 'vn',
    vnp_ReturnUrl: r.returnUrl,
    vnp_IpAddr: r.ipAddr,
    vnp_CreateDate: vnpDate(r.createdAt),
    vnp_ExpireDate: vnpDate(r.expiresAt),
    ...(r.bankCode ? { vnp_BankCode: r.bankCode } : {}),
  };
}

/** What an IPN or a return URL says, once its checksum and terminal code were checked. */
export function readResult(params: Record<string, string | undefined>, secret: string, tmnCode: string, hmac: HmacSha512) {
  const signatureValid = verifySecureHash(params, secret, hmac) && params.vnp_TmnCode === tmnCode;
  return {
    signatureValid,
    txnRef: params.vnp_TxnRef ?? '',
    amount: fromVnpAmount(params.vnp_Amount),
    success: params.vnp_ResponseCode === '00' && params.vnp_TransactionStatus === '00',
    responseCode: params.vnp_ResponseCode ?? null,
    transactionStatus: params.vnp_TransactionStatus ?? null,
    transactionNo: params.vnp_TransactionNo ?? null,
    bankCode: params.vnp_BankCode ?? null,
    cardType: params.vnp_CardType ?? null,
    payDate: parseVnpDate(params.vnp_PayDate),
  };
}

const pipe = (values: readonly (string | number | undefined | null)[]) => values.map((v) => (v === undefined || v === null ? '' : String(v))).join('|');

/** querydr request checksum data (merchant → VNPAY). */
export const queryDrData = (p: { requestId: string; tmnCode: string; txnRef: string; transactionDate: string; createDate: string; ipAddr: string; orderInfo: string }) =>
  pipe([p.requestId, VNP_VERSION, 'querydr', p.tmnCode, p.txnRef, p.transactionDate, p.createDate, p.ipAddr, p.orderInfo]);

/** querydr response checksum data (VNPAY → merchant). */
export const queryDrResponseData = (r: Record<string, string | undefined>) =>
  pipe([r.vnp_ResponseId, r.vnp_Command, r.vnp_ResponseCode, r.vnp_Message, r.vnp_TmnCode, r.vnp_TxnRef, r.vnp_Amount, r.vnp_BankCode, r.vnp_PayDate, r.vnp_TransactionNo, r.vnp_TransactionType, r.vnp_TransactionStatus, r.vnp_OrderInfo, r.vnp_PromotionCode, r.vnp_PromotionAmount]);

/** refund request checksum data; vnp_TransactionType 02 = full refund, 03 = partial. */
export const refundData = (p: { requestId: string; tmnCode: string; transactionType: '02' | '03'; txnRef: string; amount: string; transactionNo: string; transactionDate: string; createBy: string; createDate: string; ipAddr: string; orderInfo: string }) =>
  pipe([p.requestId, VNP_VERSION, 'refund', p.tmnCode, p.transactionType, p.txnRef, p.amount, p.transactionNo, p.transactionDate, p.createBy, p.createDate, p.ipAddr, p.orderInfo]);

/** refund response checksum data. */
export const refundResponseData = (r: Record<string, string | undefined>) =>
  pipe([r.vnp_ResponseId, r.vnp_Command, r.vnp_ResponseCode, r.vnp_Message, r.vnp_TmnCode, r.vnp_TxnRef, r.vnp_Amount, r.vnp_BankCode, r.vnp_PayDate, r.vnp_TransactionNo, r.vnp_TransactionType, r.vnp_TransactionStatus, r.vnp_OrderInfo]);

/** vnp_ResponseCode of a payment, in the applicant's words (as the gateway's code table gives them). */
export const VNP_RESPONSE_VI: Record<string, string> = {
  '00': 'Giao dịch thành công',
  '07': 'Trừ tiền thành công, giao dịch bị nghi ngờ (liên quan tới lừa đảo, giao dịch bất thường)',
  '09': 'Thẻ/Tài khoản chưa đăng ký dịch vụ Internet Banking tại ngân hàng',
  '10': 'Xác thực thông tin thẻ/tài khoản không đúng quá 3 lần',
  '11': 'Đã hết hạn chờ thanh toán',
  '12': 'Thẻ/Tài khoản bị khóa',
  '13': 'Nhập sai mật khẩu xác thực giao dịch (OTP)',
  '24': 'Khách hàng hủy giao dịch',
  '51': 'Tài khoản không đủ số dư',
  '65': 'Tài khoản đã vượt quá hạn mức giao dịch trong ngày',
  '75': 'Ngân hàng thanh toán đang bảo trì',
  '79': 'Nhập sai mật khẩu thanh toán quá số lần quy định',
  '99': 'Lỗi không xác định',
};
