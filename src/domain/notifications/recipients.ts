/**
 * Where a notice can go: Vietnamese mobile numbers in E.164 (+84…) and e-mail addresses, with the
 * masked forms shown to officers and stored for display.
 */

/**
 * Mobile prefixes after the 2018 renumbering: 03x, 05x, 07x, 08x, 09x followed by 7 digits
 * (10 digits with the leading 0). Landlines (02x) cannot receive SMS.
 */
const MOBILE = /^0[35789]\d{8}$/;

/** "+84912345678" for "0912 345 678", "+84 912.345.678" or "84912345678"; null if not a Vietnamese mobile. */
export function normaliseVietnamMobile(input: string): string | null {
  const compact = input.trim().replace(/[\s.\-()]/g, '');
  let national: string;
  if (/^\+84\d+$/.test(compact)) national = `0${compact.slice(3)}`;
  else if (/^0084\d+$/.test(compact)) national = `0${compact.slice(4)}`;
  else if (/^84\d{9}$/.test(compact)) national = `0${compact.slice(2)}`;
  else national = compact;
  return MOBILE.test(national) ? `+84${national.slice(1)}` : null;
}

/** A deliberately plain check (local@domain.tld, no spaces, one @); the SMTP server has the last word. */
const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** The address trimmed, or null when it is not a usable e-mail address. */
export function normaliseEmail(input: string): string | null {
  const s = input.trim();
  if (s.length > 254 || !EMAIL.test(s)) return null;
  const local = s.slice(0, s.indexOf('@'));
  if (local.length > 64 || local.startsWith('.') || local.endsWith('.') || local.includes('..')) return null;
  return s;
}

/** "+84912***678": enough for the applicant to recognise, not enough to call. */
export function maskPhone(e164: string): string {
  if (e164.length < 8) return '*'.repeat(e164.length);
  return `${e164.slice(0, 6)}${'*'.repeat(e164.length - 9)}${e164.slice(-3)}`;
}

/** "l**@example.vn". */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '*'.repeat(email.length);
  const local = email.slice(0, at);
  return `${local[0]}${'*'.repeat(Math.max(2, local.length - 1))}${email.slice(at)}`;
}

export type Channel = 'email' | 'sms';

/** The sendable form of a recipient, or why there is none. */
export function recipientOf(channel: Channel, raw: string): { ok: true; to: string; masked: string } | { ok: false; masked: string; reason: string } {
  if (channel === 'email') {
    const to = normaliseEmail(raw);
    return to ? { ok: true, to, masked: maskEmail(to) } : { ok: false, masked: maskEmail(raw.trim()), reason: 'Địa chỉ thư điện tử không hợp lệ' };
  }
  const to = normaliseVietnamMobile(raw);
  return to
    ? { ok: true, to, masked: maskPhone(to) }
    : { ok: false, masked: maskPhone(raw.replace(/\s/g, '')), reason: 'Không phải số điện thoại di động Việt Nam hợp lệ (0xxxxxxxxx)' };
}
