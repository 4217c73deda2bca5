import { accountKeyOf, phoneSpellings, type AccountKey, type Contact, type FieldProblem } from '../../domain/citizen';
import { AppError, conflict, invalid } from '../errors';
import { contactsTaken, findCitizensByKey, type CitizenRow } from '../storage/citizens';
import type { Tx } from '../storage/database';
import type { CodeChannel } from './citizen-codes';

/** What the account holder sees of their own account. */
export type CitizenView = {
  id: string;
  kind: 'individual' | 'organisation';
  idNumber: string;
  fullName: string;
  phone: string | null;
  email: string | null;
  address: string | null;
  status: 'pending' | 'active' | 'locked';
  hasPassword: boolean;
  eidLinked: boolean;
};

export const citizenView = (c: CitizenRow): CitizenView => ({
  id: c.id,
  kind: c.kind,
  idNumber: c.idNumber,
  fullName: c.fullName,
  phone: c.phone,
  email: c.email,
  address: c.address,
  status: c.status,
  hasPassword: c.passwordHash !== null,
  eidLinked: c.oidcSubject !== null,
});

/** The account an account name (CCCD / tax code, mobile, e-mail) designates: the id number wins. */
export async function accountByName(tx: Tx, name: string): Promise<{ account: CitizenRow; key: AccountKey; matched: 'idNumber' | 'phone' | 'email' } | null> {
  const key = accountKeyOf(name);
  if (!key) return null;
  const rows = await findCitizensByKey(tx, { idNumber: key.idNumber, phones: key.phone ? phoneSpellings(key.phone) : [], email: key.email });
  const byId = key.idNumber ? rows.find((r) => r.idNumber === key.idNumber) : undefined;
  if (byId) return { account: byId, key, matched: 'idNumber' };
  const byPhone = key.phone ? rows.find((r) => r.phone !== null && phoneSpellings(key.phone!).includes(r.phone)) : undefined;
  if (byPhone) return { account: byPhone, key, matched: 'phone' };
  const byEmail = key.email ? rows.find((r) => r.email?.toLowerCase() === key.email) : undefined;
  return byEmail ? { account: byEmail, key, matched: 'email' } : null;
}

/** 400 with the problems by field name. */
export function refuseFields(problems: FieldProblem[], what: string): never {
  throw invalid(`${what}: ${problems.map((p) => p.reason).join('; ')}.`, { errors: problems });
}

/** 409 when another account holds the phone or the e-mail. */
export async function ensureContactsFree(tx: Tx, c: Contact, exceptId: string | null): Promise<void> {
  const taken = await contactsTaken(tx, { phones: c.phone ? phoneSpellings(c.phone) : [], email: c.email }, exceptId);
  const errors = [
    ...(taken.phone ? [{ name: 'phone', reason: 'Số điện thoại đã được dùng cho một tài khoản khác' }] : []),
    ...(taken.email ? [{ name: 'email', reason: 'Thư điện tử đã được dùng cho một tài khoản khác' }] : []),
  ];
  if (errors.length > 0) throw conflict(`${errors.map((e) => e.reason).join('; ')}.`, { reason: 'contact_taken', errors });
}

/** Where a code goes: the channel asked for, else e-mail when there is one, else SMS. */
export function channelFor(c: Contact, wanted?: CodeChannel): { channel: CodeChannel; to: string } {
  if (wanted === 'sms' && !c.phone) throw invalid('Chưa có số điện thoại để nhận mã qua SMS.', { errors: [{ name: 'phone', reason: 'bắt buộc khi nhận mã qua SMS' }] });
  if (wanted === 'email' && !c.email) throw invalid('Chưa có thư điện tử để nhận mã.', { errors: [{ name: 'email', reason: 'bắt buộc khi nhận mã qua thư điện tử' }] });
  const channel: CodeChannel = wanted ?? (c.email ? 'email' : 'sms');
  return { channel, to: channel === 'email' ? c.email! : c.phone! };
}

/** A unique index (phone, e-mail, id number) hit by a concurrent request, as a 409 instead of a 500. */
export async function mapUniqueViolation<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if ((err as { code?: string }).code === '23505') {
      throw new AppError('CONFLICT', 'Số định danh, số điện thoại hoặc thư điện tử vừa được dùng cho một tài khoản khác. Vui lòng kiểm tra và thử lại.', { reason: 'contact_taken' });
    }
    throw err;
  }
}
