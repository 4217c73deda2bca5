import { passwordProblem } from '../../domain/citizen';
import { conflict } from '../errors';
import { appendAudit } from '../storage/audit';
import { deleteCitizenSessionsOf, updateCitizen } from '../storage/citizens';
import { inTransaction } from '../storage/database';
import { accountByName, channelFor, citizenView, refuseFields, type CitizenView } from './citizen-account';
import { checkCode, codeRefusal, issueCode, spendCode, type CodeFailure } from './citizen-codes';
import { startCitizenSession } from './citizen-session';
import type { ServiceContext } from './context';
import { hashPassword } from './passwords';

/**
 * Sends a recovery code to an active account: by SMS when it was named by its mobile number, by
 * e-mail when named by its e-mail, otherwise to its e-mail or, lacking one, its phone. The caller
 * answers 202 whatever happened, so nobody learns which accounts exist.
 */
export async function requestRecovery(ctx: ServiceContext, input: { account: string }): Promise<void> {
  await inTransaction(ctx.store, async (tx) => {
    const found = await accountByName(tx, input.account);
    if (!found || found.account.status !== 'active') return;
    const c = found.account;
    if (!c.phone && !c.email) return;
    const wanted = found.matched === 'phone' ? 'sms' : found.matched === 'email' ? 'email' : undefined;
    const sent = await issueCode(tx, { citizenId: c.id, purpose: 'recovery', ...channelFor({ phone: c.phone, email: c.email }, wanted) });
    if (sent) await appendAudit(tx, { actorId: null, action: 'citizen.recovery_requested', entity: 'citizen', entityId: c.id, detail: { channel: sent.channel }, requestId: ctx.requestId ?? null });
  });
}

/** Sets a new password with the recovery code, ends every other session and opens a new one. */
export async function resetPassword(ctx: ServiceContext, input: { account: string; code: string; password: string }) {
  const p = passwordProblem(input.password);
  if (p) refuseFields([{ name: 'password', reason: p }], 'Mật khẩu chưa hợp lệ');
  const passwordHash = await hashPassword(input.password);
  const outcome = await inTransaction(ctx.store, async (tx): Promise<{ ok: true; view: CitizenView } | { ok: false; reason: CodeFailure; attemptsLeft?: number }> => {
    const found = await accountByName(tx, input.account);
    if (!found || found.account.status !== 'active') return { ok: false, reason: 'code_invalid' };
    const c = found.account;
    const check = await checkCode(tx, c.id, ['recovery'], input.code);
    if (!check.ok) return check;
    await spendCode(tx, check.code);
    const row = await updateCitizen(tx, c.id, c.version, { passwordHash });
    if (!row) throw conflict('Tài khoản vừa được thay đổi bởi một yêu cầu khác. Vui lòng thử lại.');
    await deleteCitizenSessionsOf(tx, c.id);
    await appendAudit(tx, { actorId: null, action: 'citizen.password_reset', entity: 'citizen', entityId: c.id, requestId: ctx.requestId ?? null });
    return { ok: true, view: citizenView(row) };
  });
  if (!outcome.ok) throw codeRefusal(outcome);
  const session = await startCitizenSession(ctx.store, outcome.view.id, 'otp');
  return { view: outcome.view, session };
}
