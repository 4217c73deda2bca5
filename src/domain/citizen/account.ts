/**
 * Citizen and organisation accounts of the portal: what a sign-up must contain and how an account is
 * named at login (CCCD / tax code, mobile number or e-mail). Pure: the browser shows the same
 * problems the server refuses with.
 */
import { cccdProblem, taxCodeProblem } from '../dossier/identity';
import { normaliseEmail, normaliseVietnamMobile } from '../notifications/recipients';

export const CITIZEN_KINDS = ['individual', 'organisation'] as const;
export type CitizenKind = (typeof CITIZEN_KINDS)[number];

export const CITIZEN_PASSWORD_MIN = 10;
export const CITIZEN_PASSWORD_MAX = 256;

/** One-time codes: 6 digits, valid 10 minutes, 5 wrong tries and the code is spent. */
export const OTP_DIGITS = 6;
export const OTP_TTL_MINUTES = 10;
export const OTP_MAX_ATTEMPTS = 5;

export type FieldProblem = { name: string; reason: string };

export const idNumberProblem = (kind: CitizenKind, value: string): string | null =>
  kind === 'organisation' ? taxCodeProblem(value) : cccdProblem(value);

export function passwordProblem(password: string): string | null {
  if (password.length < CITIZEN_PASSWORD_MIN) return `Mật khẩu phải có ít nhất ${CITIZEN_PASSWORD_MIN} ký tự`;
  if (password.length > CITIZEN_PASSWORD_MAX) return `Mật khẩu không được dài quá ${CITIZEN_PASSWORD_MAX} ký tự`;
  if (password.trim().length === 0) return 'Mật khẩu không được chỉ gồm khoảng trắng';
  return null;
}

export type ContactInput = { phone?: string | null | undefined; email?: string | null | undefined };
export type Contact = { phone: string | null; email: string | null };

/** Phone (+84…) and e-mail normalised, with a problem per unusable field; at least one is required. */
export function contactOf(input: ContactInput): { contact: Contact; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const rawPhone = input.phone?.trim() || null;
  const rawEmail = input.email?.trim() || null;
  const phone = rawPhone ? normaliseVietnamMobile(rawPhone) : null;
  const email = rawEmail ? normaliseEmail(rawEmail) : null;
  if (rawPhone && !phone) problems.push({ name: 'phone', reason: 'Không phải số điện thoại di động Việt Nam hợp lệ (0xxxxxxxxx)' });
  if (rawEmail && !email) problems.push({ name: 'email', reason: 'Địa chỉ thư điện tử không hợp lệ' });
  if (!rawPhone && !rawEmail) problems.push({ name: 'phone', reason: 'Cần số điện thoại di động hoặc thư điện tử để nhận mã xác thực' });
  return { contact: { phone, email }, problems };
}

export type SignupInput = { kind: CitizenKind; idNumber: string; fullName: string; phone?: string | null | undefined; email?: string | null | undefined; password?: string | undefined };

/** Every problem of a sign-up (or of an account made at the counter, which has no password). */
export function signupProblems(input: SignupInput, opts: { passwordRequired: boolean }): { contact: Contact; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const id = idNumberProblem(input.kind, input.idNumber.trim());
  if (id) problems.push({ name: 'idNumber', reason: id });
  if (!input.fullName.trim()) problems.push({ name: 'fullName', reason: input.kind === 'organisation' ? 'Cần tên tổ chức' : 'Cần họ và tên' });
  const c = contactOf(input);
  problems.push(...c.problems);
  if (opts.passwordRequired || input.password !== undefined) {
    const p = passwordProblem(input.password ?? '');
    if (p) problems.push({ name: 'password', reason: p });
  }
  return { contact: c.contact, problems };
}

/**
 * The columns an account name may match at login, recovery or activation: a 12-digit CCCD or a tax
 * code is an id number; a 10-digit tax code starting like a mobile number is also tried as a phone
 * (the id number wins); an address with "@" is an e-mail. Null when it can be none of them.
 */
export type AccountKey = { idNumber: string | null; phone: string | null; email: string | null };

export function accountKeyOf(raw: string): AccountKey | null {
  const s = raw.trim();
  if (!s) return null;
  if (s.includes('@')) {
    const email = normaliseEmail(s);
    return email ? { idNumber: null, phone: null, email: email.toLowerCase() } : null;
  }
  const idNumber = /^\d{12}$|^\d{10}(-\d{3})?$/.test(s) ? s : null;
  const phone = normaliseVietnamMobile(s);
  return idNumber || phone ? { idNumber, phone, email: null } : null;
}

/** The two spellings a mobile number may be stored in (+84… and 0…), for lookups. */
export const phoneSpellings = (e164: string): string[] => [e164, `0${e164.slice(3)}`];

/** A path inside the portal to come back to after login; anything else (other sites, the API) goes home. */
export function safeReturnPath(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\') || raw.startsWith('/api/')) return '/';
  if (/[\r\n]/.test(raw) || raw.length > 500) return '/';
  return raw;
}
