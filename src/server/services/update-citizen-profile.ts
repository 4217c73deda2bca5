import { contactOf, passwordProblem } from '../../domain/citizen';
import { AppError, conflict, invalid } from '../errors';
import { appendAudit } from '../storage/audit';
import { deleteCitizenSessionsOf, findCitizenById, updateCitizen } from '../storage/citizens';
import { inTransaction } from '../storage/database';
import { citizenView, ensureContactsFree, mapUniqueViolation, refuseFields, type CitizenView } from './citizen-account';
import { checkCode, codeRefusal, issueCode, resendTooSoon, spendCode, type CodeChannel, type CodeFailure, type SentCode } from './citizen-codes';
import { requireCitizen } from './citizen-session';
import type { ServiceContext } from './context';
import { hashPassword, sha256, verifyPassword } from './passwords';

const gone = () => new AppError('UNAUTHENTICATED', 'Phiên đăng nhập không còn hiệu lực. Vui lòng đăng nhập lại.');
const changed = () => conflict('Tài khoản vừa được thay đổi bởi một yêu cầu khác. Vui lòng tải lại và thử lại.');

/** The logged-in citizen's own account. */
export async function citizenProfile(ctx: ServiceContext): Promise<CitizenView> {
  const me = requireCitizen(ctx);
  const row = await findCitizenById(ctx.store, me.citizenId);
  if (!row) throw gone();
  return citizenView(row);
}

/** Name and address; the CCCD / tax code never changes, phone and e-mail change by a code. */
export async function updateCitizenProfile(ctx: ServiceContext, input: { fullName?: string | undefined; address?: string | null | undefined }): Promise<CitizenView> {
  const me = requireCitizen(ctx);
  if (input.fullName !== undefined && !input.fullName.trim()) refuseFields([{ name: 'fullName', reason: 'Cần họ và tên' }], 'Thông tin chưa hợp lệ');
  return inTransaction(ctx.store, async (tx) => {
    const c = await findCitizenById(tx, me.citizenId, { forUpdate: true });
    if (!c) throw gone();
    const row = await updateCitizen(tx, c.id, c.version, {
      ...(input.fullName !== undefined && { fullName: input.fullName.trim() }),
      ...(input.address !== undefined && { address: input.address?.trim() || null }),
    });
    if (!row) throw changed();
    await appendAudit(tx, { actorId: null, action: 'citizen.profile_updated', entity: 'citizen', entityId: c.id, detail: { fields: Object.keys(input) }, requestId: ctx.requestId ?? null });
    return citizenView(row);
  });
}

/** Sends a code to a new mobile number or e-mail address; the address changes once the code comes back. */
export async function requestContactChange(ctx: ServiceContext, input: { channel: CodeChannel; value: string }): Promise<SentCode> {
  const me = requireCitizen(ctx);
  const field = input.channel === 'sms' ? 'phone' : 'email';
  const { contact, problems } = contactOf({ [field]: input.value });
  if (problems.length > 0) refuseFields(problems.map((p) => ({ ...p, name: 'value' })), 'Thông tin liên lạc chưa hợp lệ');
  const to = (input.channel === 'sms' ? contact.phone : contact.email)!;
  return inTransaction(ctx.store, async (tx) => {
    const c = await findCitizenById(tx, me.citizenId, { forUpdate: true });
    if (!c) throw gone();
    if ((input.channel === 'sms' ? c.phone : c.email?.toLowerCase()) === (input.channel === 'sms' ? to : to.toLowerCase())) {
      throw invalid('Đây đã là thông tin liên lạc hiện tại của tài khoản.', { reason: 'contact_unchanged', errors: [{ name: 'value', reason: 'không thay đổi' }] });
    }
    await ensureContactsFree(tx, { phone: contact.phone, email: contact.email }, c.id);
    const sent = await issueCode(tx, { citizenId: c.id, purpose: 'contact', channel: input.channel, to });
    if (!sent) throw resendTooSoon();
    return sent;
  });
}

/** Confirms the new address with its code and puts it on the account. */
export async function confirmContactChange(ctx: ServiceContext, input: { code: string }): Promise<CitizenView> {
  const me = requireCitizen(ctx);
  const outcome = await mapUniqueViolation(() =>
    inTransaction(ctx.store, async (tx): Promise<{ ok: true; view: CitizenView } | { ok: false; reason: CodeFailure; attemptsLeft?: number }> => {
      const c = await findCitizenById(tx, me.citizenId, { forUpdate: true });
      if (!c) throw gone();
      const check = await checkCode(tx, c.id, ['contact'], input.code);
      if (!check.ok) return check;
      const patch = check.code.channel === 'sms' ? { phone: check.code.target } : { email: check.code.target };
      await ensureContactsFree(tx, { phone: patch.phone ?? null, email: patch.email ?? null }, c.id);
      await spendCode(tx, check.code);
      const row = await updateCitizen(tx, c.id, c.version, patch);
      if (!row) throw changed();
      await appendAudit(tx, { actorId: null, action: 'citizen.contact_changed', entity: 'citizen', entityId: c.id, detail: { channel: check.code.channel }, requestId: ctx.requestId ?? null });
      return { ok: true, view: citizenView(row) };
    }),
  );
  if (!outcome.ok) throw codeRefusal(outcome);
  return outcome.view;
}

/**
 * Changes (or, for an account opened through e-ID, sets) the password; the current one is required
 * when there is one. Other sessions end; this one stays.
 */
export async function changeCitizenPassword(ctx: ServiceContext, input: { currentPassword?: string | undefined; newPassword: string }, sessionToken: string | undefined): Promise<void> {
  const me = requireCitizen(ctx);
  const p = passwordProblem(input.newPassword);
  if (p) refuseFields([{ name: 'newPassword', reason: p }], 'Mật khẩu mới chưa hợp lệ');
  const current = await findCitizenById(ctx.store, me.citizenId);
  if (!current) throw gone();
  if (current.passwordHash !== null && !(await verifyPassword(current.passwordHash, input.currentPassword ?? ''))) {
    throw invalid('Mật khẩu hiện tại không đúng.', { reason: 'password_wrong', errors: [{ name: 'currentPassword', reason: 'không đúng' }] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await inTransaction(ctx.store, async (tx) => {
    const row = await updateCitizen(tx, current.id, current.version, { passwordHash });
    if (!row) throw changed();
    await deleteCitizenSessionsOf(tx, current.id, sessionToken ? sha256(sessionToken) : undefined);
    await appendAudit(tx, { actorId: null, action: 'citizen.password_changed', entity: 'citizen', entityId: current.id, requestId: ctx.requestId ?? null });
  });
}
