import { createHmac, randomBytes, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import { OTP_DIGITS, OTP_MAX_ATTEMPTS, OTP_TTL_MINUTES } from '../../domain/citizen';
import { maskEmail, maskPhone } from '../../domain/notifications';
import { AppError } from '../errors';
import { countAttempt, deleteCode, lockCode, upsertCode, type CodePurpose, type CodeRow } from '../storage/citizen-codes';
import type { Tx } from '../storage/database';
import { enqueue } from '../storage/outbox';

export type CodeChannel = 'email' | 'sms';

/** A new code to the same address waits this long (a different address may get one at once). */
export const RESEND_GAP_SECONDS = 60;

/** HMAC-SHA256 keyed by the code's own random salt: equal codes never share a stored value. */
export const hashCode = (salt: string, code: string) => createHmac('sha256', salt).update(code).digest('hex');

export const maskAddress = (channel: CodeChannel, to: string) => (channel === 'email' ? maskEmail(to) : maskPhone(to));

export type SentCode = { channel: CodeChannel; sentTo: string; expiresMinutes: number };

/**
 * Issues the account's new code for a purpose in the caller's transaction (any older one for that
 * purpose stops working) and records its delivery in the outbox: the notification worker sends it
 * after commit. Null when a code went to the same address less than a minute ago.
 */
export async function issueCode(tx: Tx, p: { citizenId: string; purpose: CodePurpose; channel: CodeChannel; to: string }): Promise<SentCode | null> {
  const code = String(randomInt(0, 10 ** OTP_DIGITS)).padStart(OTP_DIGITS, '0');
  const salt = randomBytes(16).toString('base64url');
  const row = await upsertCode(
    tx,
    {
      citizenId: p.citizenId,
      purpose: p.purpose,
      channel: p.channel,
      target: p.to,
      salt,
      codeHash: hashCode(salt, code),
      maxAttempts: OTP_MAX_ATTEMPTS,
      expiresAt: new Date(Date.now() + OTP_TTL_MINUTES * 60_000),
    },
    RESEND_GAP_SECONDS,
  );
  if (!row) return null;
  const id = randomUUID();
  await enqueue(tx, 'citizen.otp', { id, channel: p.channel, to: p.to, code, purpose: p.purpose, expiresMinutes: OTP_TTL_MINUTES }, `citizen.otp:${id}`);
  return { channel: p.channel, sentTo: maskAddress(p.channel, p.to), expiresMinutes: OTP_TTL_MINUTES };
}

export type CodeFailure = 'code_invalid' | 'code_expired' | 'code_locked';
export type CodeCheck = { ok: true; code: CodeRow } | { ok: false; reason: CodeFailure; attemptsLeft?: number };

/**
 * Checks a code in the caller's transaction, the row locked: a wrong code counts an attempt (the
 * caller must commit it, so it returns rather than throws); the fifth wrong one spends the code.
 * The caller deletes a right code once it has used it (`spendCode`).
 */
export async function checkCode(tx: Tx, citizenId: string, purposes: readonly CodePurpose[], given: string): Promise<CodeCheck> {
  const row = await lockCode(tx, citizenId, purposes);
  if (!row) return { ok: false, reason: 'code_invalid' };
  if (row.attempts >= row.maxAttempts) return { ok: false, reason: 'code_locked' };
  if (row.expiresAt.getTime() <= Date.now()) return { ok: false, reason: 'code_expired' };
  const expected = Buffer.from(row.codeHash, 'hex');
  const actual = Buffer.from(hashCode(row.salt, given.trim()), 'hex');
  if (expected.length === actual.length && timingSafeEqual(expected, actual)) return { ok: true, code: row };
  const attempts = await countAttempt(tx, row.id);
  if (attempts >= row.maxAttempts) return { ok: false, reason: 'code_locked' };
  return { ok: false, reason: 'code_invalid', attemptsLeft: row.maxAttempts - attempts };
}

export const spendCode = (tx: Tx, code: CodeRow) => deleteCode(tx, code.id);

/** The Vietnamese refusal of a failed check (400, `reason` stable, the field is `code`). */
export function codeRefusal(f: { reason: CodeFailure; attemptsLeft?: number | undefined }): AppError {
  const detail = {
    code_invalid:
      f.attemptsLeft !== undefined
        ? `Mã xác thực không đúng. Còn ${f.attemptsLeft} lần thử.`
        : 'Mã xác thực không đúng hoặc không còn hiệu lực. Vui lòng kiểm tra lại hoặc yêu cầu mã mới.',
    code_expired: `Mã xác thực đã hết hiệu lực (${OTP_TTL_MINUTES} phút). Vui lòng yêu cầu mã mới.`,
    code_locked: `Mã xác thực đã bị hủy do nhập sai quá ${OTP_MAX_ATTEMPTS} lần. Vui lòng yêu cầu mã mới.`,
  }[f.reason];
  return new AppError('VALIDATION', detail, {
    reason: f.reason,
    errors: [{ name: 'code', reason: detail }],
    ...(f.attemptsLeft !== undefined ? { attemptsLeft: f.attemptsLeft } : {}),
  });
}

/** A code to the same address was sent less than a minute ago. */
export const resendTooSoon = () =>
  new AppError('RATE_LIMITED', `Mã xác thực vừa được gửi. Vui lòng chờ ${RESEND_GAP_SECONDS} giây trước khi yêu cầu mã mới.`, { reason: 'code_resend_too_soon' });
