import { lockReasonProblem, statusAfterUnlock } from '../../domain/citizen';
import { conflict, notFound } from '../errors';
import { appendAudit } from '../storage/audit';
import { deleteAllCodesOf, endCitizenSessions, lockRowOf, setCitizenLocked, setCitizenUnlocked } from '../storage/citizen-locks';
import { inTransaction } from '../storage/database';
import { authorize } from './authorize';
import { refuseFields } from './citizen-account';
import { auditActorId, type ServiceContext } from './context';
import { citizenAdminView, type CitizenAdminView } from './find-citizen-accounts';

const stale = () => conflict('Tài khoản vừa được thay đổi bởi một yêu cầu khác. Vui lòng tải lại và thử lại.', { reason: 'version_stale' });

/**
 * An administrator locks a portal account: it can no longer log in (password, code or e-ID), every
 * open session ends and every one-time code stops working, all in the transaction that records who
 * locked it and why (audit_log and the row itself).
 */
export async function lockCitizen(ctx: ServiceContext, id: string, input: { version: number; reason: string }): Promise<CitizenAdminView> {
  const actor = authorize(ctx, 'citizen.lock');
  const problem = lockReasonProblem(input.reason);
  if (problem) refuseFields([{ name: 'reason', reason: problem }], 'Chưa khóa được tài khoản');
  const reason = input.reason.trim();
  return inTransaction(ctx.store, async (tx) => {
    const row = await lockRowOf(tx, id);
    if (!row) throw notFound('tài khoản công dân');
    if (row.status === 'locked') throw conflict('Tài khoản này đã bị khóa.', { reason: 'already_locked' });
    if (row.version !== input.version || !(await setCitizenLocked(tx, id, input.version, { by: auditActorId(actor), reason }))) throw stale();
    const sessionsEnded = await endCitizenSessions(tx, id);
    await deleteAllCodesOf(tx, id);
    await appendAudit(tx, {
      actorId: auditActorId(actor),
      action: 'citizen.lock',
      entity: 'citizen',
      entityId: id,
      detail: { reason, previousStatus: row.status, sessionsEnded },
      requestId: ctx.requestId ?? null,
    });
    return (await citizenAdminView(tx, id))!;
  });
}

/** Unlocks an account: back to active if it was ever activated, else pending; the note is audited. */
export async function unlockCitizen(ctx: ServiceContext, id: string, input: { version: number; note?: string | null | undefined }): Promise<CitizenAdminView> {
  const actor = authorize(ctx, 'citizen.lock');
  const note = input.note?.trim() || null;
  return inTransaction(ctx.store, async (tx) => {
    const row = await lockRowOf(tx, id);
    if (!row) throw notFound('tài khoản công dân');
    if (row.status !== 'locked') throw conflict('Tài khoản này không bị khóa.', { reason: 'not_locked' });
    const status = statusAfterUnlock(row.activatedAt);
    if (row.version !== input.version || !(await setCitizenUnlocked(tx, id, input.version, status))) throw stale();
    await appendAudit(tx, {
      actorId: auditActorId(actor),
      action: 'citizen.unlock',
      entity: 'citizen',
      entityId: id,
      detail: { reason: note, restoredStatus: status },
      requestId: ctx.requestId ?? null,
    });
    return (await citizenAdminView(tx, id))!;
  });
}
