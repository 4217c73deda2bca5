import { passwordProblem, signupProblems, type CitizenKind } from '../../domain/citizen';
import { conflict } from '../errors';
import { appendAudit } from '../storage/audit';
import { findCitizenByIdNumber, insertCitizen, updateCitizen } from '../storage/citizens';
import { inTransaction } from '../storage/database';
import { accountByName, channelFor, citizenView, ensureContactsFree, mapUniqueViolation, refuseFields, type CitizenView } from './citizen-account';
import { checkCode, codeRefusal, issueCode, resendTooSoon, spendCode, type CodeChannel, type CodeFailure, type SentCode } from './citizen-codes';
import { startCitizenSession } from './citizen-session';
import type { ServiceContext } from './context';
import { hashPassword } from './passwords';

export type SignupRequest = {
  kind: CitizenKind;
  idNumber: string;
  fullName: string;
  phone?: string | null | undefined;
  email?: string | null | undefined;
  address?: string | null | undefined;
  password: string;
  channel?: CodeChannel | undefined;
};

/**
 * Self sign-up on the portal: an individual by CCCD, an organisation by tax code, with a mobile
 * number and/or an e-mail address and a password. The account stays pending until the code sent to
 * one of those addresses is entered. A pending sign-up nobody finished may be made again (its
 * details are replaced); an account made at the counter must be activated instead.
 */
export async function signUpCitizen(ctx: ServiceContext, input: SignupRequest): Promise<SentCode & { account: string }> {
  const idNumber = input.idNumber.trim();
  const { contact, problems } = signupProblems(input, { passwordRequired: true });
  if (problems.length > 0) refuseFields(problems, 'Thông tin đăng ký chưa hợp lệ');
  const target = channelFor(contact, input.channel);
  const passwordHash = await hashPassword(input.password);
  const details = { kind: input.kind, fullName: input.fullName.trim(), ...contact, address: input.address?.trim() || null, passwordHash };
  return mapUniqueViolation(() =>
    inTransaction(ctx.store, async (tx) => {
      const existing = await findCitizenByIdNumber(tx, idNumber, { forUpdate: true });
      if (existing && existing.status !== 'pending') {
        throw conflict('Số định danh này đã có tài khoản. Vui lòng đăng nhập, hoặc dùng chức năng quên mật khẩu.', { reason: 'account_exists', errors: [{ name: 'idNumber', reason: 'đã có tài khoản' }] });
      }
      if (existing?.createdBy) {
        throw conflict('Tài khoản của số định danh này đã được tạo tại bộ phận một cửa. Vui lòng kích hoạt bằng mã đã được gửi, hoặc yêu cầu gửi lại mã.', {
          reason: 'account_pending_activation',
          errors: [{ name: 'idNumber', reason: 'đã được tạo tại bộ phận một cửa, chờ kích hoạt' }],
        });
      }
      await ensureContactsFree(tx, contact, existing?.id ?? null);
      const row = existing
        ? await updateCitizen(tx, existing.id, existing.version, details)
        : await insertCitizen(tx, { ...details, idNumber, status: 'pending', createdBy: null });
      if (!row) throw conflict('Tài khoản vừa được đăng ký bởi một yêu cầu khác. Vui lòng thử lại.', { reason: 'account_exists' });
      const sent = await issueCode(tx, { citizenId: row.id, purpose: 'signup', ...target });
      if (!sent) throw resendTooSoon();
      await appendAudit(tx, { actorId: null, action: 'citizen.signup', entity: 'citizen', entityId: row.id, detail: { kind: row.kind, channel: sent.channel }, requestId: ctx.requestId ?? null });
      return { account: row.idNumber, ...sent };
    }),
  );
}

type Failure = { ok: false; reason: CodeFailure; attemptsLeft?: number } | { ok: false; reason: 'password_required' };

/**
 * Activates a pending account with the code sent to it: a self sign-up by its sign-up code, an
 * account made at the counter by its activation code and a new password. Opens a portal session.
 * An unknown or already active account is refused like a wrong code.
 */
export async function activateCitizen(ctx: ServiceContext, input: { account: string; code: string; password?: string | undefined }) {
  if (input.password !== undefined) {
    const p = passwordProblem(input.password);
    if (p) refuseFields([{ name: 'password', reason: p }], 'Mật khẩu chưa hợp lệ');
  }
  const passwordHash = input.password !== undefined ? await hashPassword(input.password) : undefined;
  const outcome = await inTransaction(ctx.store, async (tx): Promise<{ ok: true; view: CitizenView } | Failure> => {
    const found = await accountByName(tx, input.account);
    if (!found || found.account.status !== 'pending') return { ok: false, reason: 'code_invalid' };
    const c = found.account;
    const check = await checkCode(tx, c.id, ['signup', 'activation'], input.code);
    if (!check.ok) return check;
    // Only after the right code does the account say it needs a password (the code stays valid).
    if (c.passwordHash === null && passwordHash === undefined) return { ok: false, reason: 'password_required' };
    await spendCode(tx, check.code);
    const row = await updateCitizen(tx, c.id, c.version, { status: 'active', ...(passwordHash !== undefined && { passwordHash }) });
    if (!row) throw conflict('Tài khoản vừa được thay đổi bởi một yêu cầu khác. Vui lòng thử lại.');
    await appendAudit(tx, { actorId: null, action: 'citizen.activate', entity: 'citizen', entityId: c.id, detail: { purpose: check.code.purpose }, requestId: ctx.requestId ?? null });
    return { ok: true, view: citizenView(row) };
  });
  if (!outcome.ok) {
    if (outcome.reason === 'password_required') {
      refuseFields([{ name: 'password', reason: 'Tài khoản được tạo tại bộ phận một cửa: vui lòng đặt mật khẩu (ít nhất 10 ký tự)' }], 'Cần đặt mật khẩu');
    }
    throw codeRefusal(outcome);
  }
  const session = await startCitizenSession(ctx.store, outcome.view.id, passwordHash !== undefined ? 'password' : 'otp');
  return { view: outcome.view, session };
}

/**
 * Sends a pending account a new sign-up or activation code, to its e-mail when it has one, else by
 * SMS. The answer never tells whether the account exists.
 */
export async function resendActivationCode(ctx: ServiceContext, input: { account: string }): Promise<void> {
  await inTransaction(ctx.store, async (tx) => {
    const found = await accountByName(tx, input.account);
    if (!found || found.account.status !== 'pending') return;
    const c = found.account;
    if (!c.phone && !c.email) return;
    const target = channelFor({ phone: c.phone, email: c.email });
    const sent = await issueCode(tx, { citizenId: c.id, purpose: c.createdBy ? 'activation' : 'signup', ...target });
    if (sent) await appendAudit(tx, { actorId: null, action: 'citizen.code_resent', entity: 'citizen', entityId: c.id, detail: { channel: sent.channel }, requestId: ctx.requestId ?? null });
  });
}
