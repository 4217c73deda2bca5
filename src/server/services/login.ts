import { AppError } from '../errors';
import { inTransaction } from '../storage/database';
import { appendAudit } from '../storage/audit';
import { deleteSession, insertSession } from '../storage/sessions';
import { findUserByUsername } from '../storage/users';
import type { ServiceContext } from './context';
import { newSecret, sha256, timingDummyHash, verifyPassword } from './passwords';

export type LoginInput = { username: string; password: string; ip: string | null; userAgent: string | null };

/** Checks the password and opens a session; the same error for unknown user and wrong password. */
export async function login(ctx: ServiceContext, input: LoginInput, ttlHours: number) {
  const user = await findUserByUsername(ctx.store, input.username);
  const ok = user ? await verifyPassword(user.passwordHash, input.password) : await verifyPassword(await timingDummyHash(), input.password);
  if (!user || !ok || !user.active) {
    throw new AppError('UNAUTHENTICATED', 'Tên đăng nhập hoặc mật khẩu không đúng.');
  }
  const { secret, hash } = newSecret('');
  const expiresAt = new Date(Date.now() + ttlHours * 3_600_000);
  await inTransaction(ctx.store, async (tx) => {
    await insertSession(tx, { tokenHash: hash, userId: user.id, expiresAt, ip: input.ip, userAgent: input.userAgent });
    await appendAudit(tx, { actorId: user.id, action: 'login', entity: 'user', entityId: user.id, requestId: ctx.requestId ?? null });
  });
  return { sessionToken: secret, expiresAt, userId: user.id };
}

export async function logout(ctx: ServiceContext, sessionToken: string | undefined): Promise<void> {
  if (!sessionToken) return;
  await deleteSession(ctx.store, sha256(sessionToken));
}
