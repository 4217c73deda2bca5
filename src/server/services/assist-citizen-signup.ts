import { signupProblems, type CitizenKind } from '../../domain/citizen';
import { conflict } from '../errors';
import { appendAudit } from '../storage/audit';
import { deleteCodesOf } from '../storage/citizen-codes';
import { findCitizenByIdNumber, insertCitizen, updateCitizen } from '../storage/citizens';
import { inTransaction } from '../storage/database';
import { authorize } from './authorize';
import { channelFor, ensureContactsFree, mapUniqueViolation, refuseFields } from './citizen-account';
import { issueCode, resendTooSoon, type CodeChannel, type SentCode } from './citizen-codes';
import type { ServiceContext } from './context';

export type AssistedSignup = {
  kind: CitizenKind;
  idNumber: string;
  fullName: string;
  phone?: string | null | undefined;
  email?: string | null | undefined;
  address?: string | null | undefined;
  channel?: CodeChannel | undefined;
};

export type AssistedAccount = SentCode & { id: string; kind: CitizenKind; idNumber: string; fullName: string; status: 'pending' };

/**
 * Seed 000 "hỗ trợ tạo tài khoản": a one-stop officer opens a portal account for a citizen at the
 * counter. The account is pending and has no password; an activation code goes to the citizen's
 * phone or e-mail, with which they set their own password on the portal. A pending account nobody
 * activated is taken over (its details replaced); an active one is refused.
 */
export async function assistCitizenSignup(ctx: ServiceContext, input: AssistedSignup): Promise<AssistedAccount> {
  const actor = authorize(ctx, 'citizen.assist_signup');
  const idNumber = input.idNumber.trim();
  const { contact, problems } = signupProblems(input, { passwordRequired: false });
  if (problems.length > 0) refuseFields(problems, 'Thông tin tài khoản chưa hợp lệ');
  const target = channelFor(contact, input.channel);
  const details = { kind: input.kind, fullName: input.fullName.trim(), ...contact, address: input.address?.trim() || null, passwordHash: null, createdBy: actor.userId };
  return mapUniqueViolation(() =>
    inTransaction(ctx.store, async (tx) => {
      const existing = await findCitizenByIdNumber(tx, idNumber, { forUpdate: true });
      if (existing && existing.status !== 'pending') {
        throw conflict('Công dân đã có tài khoản với số định danh này. Hướng dẫn công dân đăng nhập, hoặc khôi phục mật khẩu trên cổng.', {
          reason: 'account_exists',
          errors: [{ name: 'idNumber', reason: 'đã có tài khoản' }],
        });
      }
      await ensureContactsFree(tx, contact, existing?.id ?? null);
      if (existing) await deleteCodesOf(tx, existing.id, ['signup']);
      const row = existing ? await updateCitizen(tx, existing.id, existing.version, details) : await insertCitizen(tx, { ...details, idNumber, status: 'pending' });
      if (!row) throw conflict('Tài khoản vừa được tạo bởi một yêu cầu khác. Vui lòng thử lại.', { reason: 'account_exists' });
      const sent = await issueCode(tx, { citizenId: row.id, purpose: 'activation', ...target });
      if (!sent) throw resendTooSoon();
      await appendAudit(tx, {
        actorId: actor.userId,
        action: 'citizen.assist_signup',
        entity: 'citizen',
        entityId: row.id,
        detail: { kind: row.kind, channel: sent.channel, replacedPending: !!existing },
        requestId: ctx.requestId ?? null,
      });
      return { id: row.id, kind: row.kind, idNumber: row.idNumber, fullName: row.fullName, status: 'pending' as const, ...sent };
    }),
  );
}
