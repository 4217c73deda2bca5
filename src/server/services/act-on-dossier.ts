import { availableActions, blockedReason, PAYLOADS, statusName, type ActionName, type DossierState, type StatusCode, type Step } from '../../domain/dossier';
import { CLOSED_IMPORT_VI, isClosedImport } from '../../domain/dossier-import';
import { AppError, conflict, invalid, notFound } from '../errors';
import { findDossier } from '../storage/dossiers';
import { requireActor } from './authorize';
import { auditActorId, type Actor, type ServiceContext } from './context';
import { agencyDirectory } from './agency-directory';
import { dossierView, rolesOn } from './dossier-view';
import { commitAction } from './dossier-transition';
import { signingKeyFor } from './signing-keys';
import { checkPaymentAction } from './payment-hooks';

const BLOCKED_VI: Record<string, string> = {
  status: 'không thực hiện được ở trạng thái hiện tại',
  role: 'vai trò của bạn không thực hiện được thao tác này',
  step: 'không thực hiện được ở bước hiện tại',
  assignee: 'hồ sơ đang do cán bộ khác xử lý',
  consultations_open: 'còn ý kiến chưa được trả lời',
  unassigned: 'hồ sơ chưa được phân công',
  no_consultation: 'không có yêu cầu lấy ý kiến nào đang mở',
  already_transferred: 'hồ sơ đang ở cơ quan liên thông',
  not_transferred: 'hồ sơ không ở cơ quan liên thông',
  first_step: 'đang ở bước đầu tiên',
  supplement_once: 'chỉ được yêu cầu bổ sung một lần, đầy đủ',
};

/**
 * Takes one action on a dossier: the domain guard decides whether it is allowed for this officer
 * now; the projection moves only from the version the officer saw (otherwise 409 with the current
 * state); the action, the step history and the notification are written in the same transaction
 * (dossier-transition.ts).
 */
export async function actOnDossier(ctx: ServiceContext, code: string, input: { action: ActionName; version: number; payload: unknown }) {
  const actor: Actor = requireActor(ctx);
  const d = await findDossier(ctx.store, code);
  if (!d) throw notFound(`hồ sơ "${code}"`);
  const parsed = PAYLOADS[input.action].safeParse(input.payload ?? {});
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => ({ name: ['payload', ...i.path.map(String)].join('.'), reason: i.message }));
    throw invalid(`Thông tin kèm thao tác chưa đủ: ${errors.map((e) => `${e.name} — ${e.reason}`).join('; ')}`, { errors });
  }
  const payload = { ...parsed.data } as Record<string, unknown>;
  const roles = rolesOn(await agencyDirectory(ctx.store), actor, d);
  const state = d.state as DossierState;
  const steps = d.steps as Step[];
  const who = { userId: actor.userId, roles };
  const current = () => ({ currentStatus: d.status, currentStatusName: statusName(d.status as StatusCode), availableActions: availableActions(state, steps, who), currentVersion: d.version });
  if (roles.length === 0) throw new AppError('FORBIDDEN', 'Hồ sơ này không thuộc phạm vi của bạn.');
  // A closed dossier imported from the previous system is history (docs/adr/0022).
  if (isClosedImport(d)) throw conflict(CLOSED_IMPORT_VI, { ...current(), reason: 'imported_closed' });
  if (input.version !== d.version) throw conflict('Hồ sơ đã thay đổi kể từ khi bạn mở; vui lòng tải lại.', current());
  const blocked = blockedReason(state, steps, input.action, who);
  if (blocked) throw conflict(`Không thể "${input.action}": ${BLOCKED_VI[blocked] ?? blocked} (trạng thái: ${statusName(d.status as StatusCode)}).`, current());

  // A result can only be signed with the agency's certificate: say so before anything changes.
  if ((input.action === 'sign' || input.action === 'reject') && !(await signingKeyFor(ctx.store, d.handlingAgencyId))) {
    throw new AppError('UNPROCESSABLE', 'Cơ quan chưa có chứng thư số để ký văn bản kết quả; liên hệ quản trị hệ thống.', { reason: 'no_signing_key' });
  }
  await checkPaymentAction(ctx.store, d, input.action);
  const by = { userId: auditActorId(actor), name: actor.fullName, role: roles.find((r) => r !== 'inspector') ?? null, stateId: actor.userId };
  const won = await commitAction(ctx, d, { action: input.action, payload, by, now: new Date() });
  if (!won) {
    // Someone acted between our read and our write: answer with the state they left.
    const fresh = (await findDossier(ctx.store, code))!;
    const freshState = fresh.state as DossierState;
    throw conflict('Người khác vừa thao tác trên hồ sơ này; vui lòng tải lại.', {
      currentStatus: fresh.status,
      currentStatusName: statusName(fresh.status as StatusCode),
      availableActions: availableActions(freshState, steps, who),
      currentVersion: fresh.version,
    });
  }
  return dossierView(ctx.store, ctx.store, actor, code);
}
