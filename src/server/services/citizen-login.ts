import { AppError } from '../errors';
import { appendAudit } from '../storage/audit';
import { inTransaction } from '../storage/database';
import { accountByName, citizenView } from './citizen-account';
import { endCitizenSession, startCitizenSession } from './citizen-session';
import type { ServiceContext } from './context';
import { timingDummyHash, verifyPassword } from './passwords';

/**
 * Password login by CCCD / tax code, mobile number or e-mail. Unknown account, account without a
 * password and wrong password get the same 401 after the same argon2 work; only the holder of the
 * right password learns that the account is pending or locked.
 */
export async function loginCitizen(ctx: ServiceContext, input: { account: string; password: string }) {
  const found = await accountByName(ctx.store, input.account);
  const c = found?.account;
  const ok = await verifyPassword(c?.passwordHash ?? (await timingDummyHash()), input.password);
  if (!c || c.passwordHash === null || !ok) {
    throw new AppError('UNAUTHENTICATED', 'Tài khoản hoặc mật khẩu không đúng.', { reason: 'bad_credentials' });
  }
  if (c.status === 'pending') {
    throw new AppError('FORBIDDEN', 'Tài khoản chưa được kích hoạt. Vui lòng nhập mã xác thực đã được gửi, hoặc yêu cầu gửi lại mã.', { reason: 'account_pending' });
  }
  if (c.status === 'locked') throw new AppError('FORBIDDEN', 'Tài khoản đã bị khóa. Vui lòng liên hệ bộ phận một cửa.', { reason: 'account_locked' });
  const session = await startCitizenSession(ctx.store, c.id, 'password');
  await inTransaction(ctx.store, (tx) => appendAudit(tx, { actorId: null, action: 'citizen.login', entity: 'citizen', entityId: c.id, detail: { by: found.matched }, requestId: ctx.requestId ?? null }));
  return { view: citizenView(c), session };
}

export const logoutCitizen = (ctx: ServiceContext, token: string | undefined) => endCitizenSession(ctx.store, token);
